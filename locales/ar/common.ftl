language-name = العربية
council-name = مجلس بلدية فرونت دور
council-phone = 020 7946 0000
council-email = contact@frontdoor.example.gov.uk
skip-link = انتقل إلى المحتوى الرئيسي
header-home = خدمات المجلس البلدي
language-switch = اللغة
language-switch-summary = اللغة: { $language }
language-unreviewed = لم يراجع مترجم مؤهل هذه الترجمة بعد، لذلك قد تكون بعض الكلمات خاطئة.
language-unreviewed-link = اقرأ هذه الصفحة باللغة الإنجليزية
footer-accessibility = إمكانية الوصول
footer-privacy = الخصوصية
footer-cookies = نستخدم ملف تعريف ارتباط (cookie) واحدًا لنتذكر إجاباتك، وملفًا آخر لنتذكر لغتك. لا نستخدم ملفات تعريف الارتباط لتتبعك.

contact-heading = طرق أخرى للتواصل معنا
contact-phone = الهاتف: { $phone }
contact-email = البريد الإلكتروني: { $email }
contact-hours = من الاثنين إلى الجمعة، من 9 صباحًا إلى 5 مساءً
contact-in-person = شخصيًا: في أي مكتبة أو مركز لخدمة العملاء. يمكن للموظفين ولمساعدي الخدمات الرقمية مساعدتك.

button-save-detail = حفظ
button-continue = متابعة
button-start = ابدأ الآن
button-send = أوافق وأرسل
button-find = ابحث عن طلبي
back-link = رجوع

error-summary-title = هناك مشكلة
error-title = خطأ: { $title }
error-prefix = خطأ:
optional = اختياري

date-day = اليوم
date-month = الشهر
date-year = السنة

character-count-limit = يمكنك كتابة ما يصل إلى { $max } حرف
character-count-remaining = { $remaining ->
    [zero] بقي لديك { $remaining } حرف
    [one] بقي لديك { $remaining } حرف
    [two] بقي لديك { $remaining } حرفان
    [few] بقي لديك { $remaining } أحرف
    [many] بقي لديك { $remaining } حرفًا
   *[other] بقي لديك { $remaining } حرف
  }
character-count-over = { $over ->
    [zero] لديك { $over } حرف زائد
    [one] لديك { $over } حرف زائد
    [two] لديك { $over } حرفان زائدان
    [few] لديك { $over } أحرف زائدة
    [many] لديك { $over } حرفًا زائدًا
   *[other] لديك { $over } حرف زائد
  }

home-title = ماذا تريد أن تفعل؟
home-intro = أبلغ عن مشكلة، أو اطلب خدمة، أو اعرف ما يحدث بشأن أمر أخبرتنا به.
home-track = تتبع طلبًا أرسلته من قبل

start-before = قبل أن تبدأ

check-answers-title = راجع إجاباتك قبل الإرسال
check-answers-change = تغيير
check-answers-not-given = لا توجد إجابة
check-answers-send-heading = أرسل طلبك الآن
check-answers-declaration = بإرسال هذا الطلب، تؤكد أن المعلومات التي قدمتها صحيحة حسب علمك.

confirmation-title = تم إرسال الطلب
confirmation-reference = رقمك المرجعي
confirmation-keep = اكتب رقمك المرجعي واحتفظ به. ستحتاج إليه لتتبع طلبك، أو إذا تواصلت معنا بشأنه.
confirmation-next = ماذا سيحدث بعد ذلك
confirmation-track = تتبع طلبك
confirmation-another = أبلغ عن أمر آخر أو اطلب شيئًا آخر

track-title = تتبع طلبًا
track-intro = أدخل الرقم المرجعي وعنوان البريد الإلكتروني الذي أعطيتنا إياه عندما أرسلت طلبك.
track-reference-label = الرقم المرجعي
track-reference-hint = تجده في صفحة التأكيد. يتكون من 9 أحرف وأرقام، مثل KX4-P7M-HRT.
track-reference-error-required = أدخل رقمك المرجعي
track-reference-error-invalid = أدخل الرقم المرجعي تمامًا كما أُعطي لك، مثل KX4-P7M-HRT
track-email-label = عنوان البريد الإلكتروني
track-email-error-required = أدخل عنوان البريد الإلكتروني الذي أعطيتنا إياه
track-email-error-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com
track-not-found = لم نجد طلبًا بهذا الرقم المرجعي وعنوان البريد الإلكتروني. تحقق من الاثنين وحاول مرة أخرى، أو اتصل بنا.
track-result-title = طلبك
track-status = الحالة
track-status-received = تم الاستلام
track-status-acknowledged = تم تأكيد الاستلام
track-status-in-progress = قيد المعالجة
track-status-waiting-for-resident = بانتظار ردك
track-status-resolved = تم الحل
track-status-closed = مغلق
track-service = الطلب
track-reference = الرقم المرجعي
track-sent-on = تاريخ الإرسال
track-act-by = سنتخذ إجراءً بحلول
track-acknowledge-by = سنؤكد أننا استلمناه بحلول
track-another = تتبع طلبًا آخر
track-history = ما الذي حدث
track-overdue = لم ننجز هذا في الموعد الذي وعدنا به. نعتذر عن التأخير.
warning = تحذير
reply-heading = أجب عن سؤالنا
reply-intro = أخبرنا بما طلبناه منك. يمكنك أيضًا إضافة صور أو مستندات.
reply-label = إجابتك
reply-files-label = أضف صورًا أو مستندات (اختياري)
reply-reply-error-required = أدخل إجابتك، أو أضف ملفًا
reply-reply-error-too-long = يجب ألا تزيد إجابتك على { $max } حرف
button-send-reply = أرسل إجابتك
track-history-reply = أرسلت ردك
track-history-files = الملفات المرسلة: { $files }
rating-heading = ما مدى رضاك عن طريقة تعاملنا مع طلبك؟
rating-very-satisfied = راضٍ جدًا
rating-satisfied = راضٍ
rating-neither = لست راضيًا ولا غير راضٍ
rating-dissatisfied = غير راضٍ
rating-very-dissatisfied = غير راضٍ إطلاقًا
rating-comment-label = أخبرنا بالمزيد (اختياري)
rating-comment-hint = لا تكتب معلومات شخصية.
rating-satisfaction-error-required = اختر مدى رضاك
rating-comment-error-too-long = يجب ألا يزيد تعليقك على { $max } حرف
button-send-rating = إرسال
rating-thanks = شكرًا لك على إخبارنا برأيك في عملنا.

session-expired = انتهت جلستك. احتفظنا بما كتبته في هذه الصفحة. راجعه ثم تابع.
not-found-title = الصفحة غير موجودة
not-found-body = إذا كتبت عنوان الصفحة بنفسك، فتأكد من أنه صحيح.
server-error-title = عذرًا، هناك مشكلة في الخدمة
server-error-body = حاول مرة أخرى لاحقًا. تم حفظ إجاباتك.
server-error-try-later = حاول مرة أخرى لاحقًا.
forbidden-title = عذرًا، لم نتمكن من قبول هذا النموذج
forbidden-body = قد يحدث هذا إذا لم تستخدم الخدمة منذ مدة. ارجع إلى بداية النموذج وحاول مرة أخرى.
too-large-title = ما أرسلته كبير جدًا
too-large-body = ارجع وأرسل أقل من ذلك. إذا كنت تضيف ملفات، فأضفها واحدًا بعد الآخر.
too-many-requests-title = عذرًا، حدثت محاولات كثيرة جدًا
too-many-requests-body = انتظر بضع دقائق ثم حاول مرة أخرى.
error-page-contact = إذا كنت بحاجة إلى مساعدة، فتواصل معنا.

date-long = { $day } { $month } { $year }
# تاريخ مع اسم يوم الأسبوع، للتواريخ القادمة: «الثلاثاء، 9 ديسمبر 2025».
date-with-weekday = { $weekday }، { $day } { $month } { $year }
date-at-time = { $date } الساعة { $time }
# $hour من 1 إلى 12 مع $half بقيمة «am» أو «pm»؛ في لغة تستخدم نظام 24 ساعة، تكون $hour من 00 إلى 23
# ولا تستخدم الترجمة $half.
time-of-day = { $hour }:{ $minute } { $half ->
    [am] صباحًا
   *[pm] مساءً
}
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

answer-yes = نعم
answer-no = لا
select-choose = اختر واحدًا
checkboxes-or = أو

home-search-label = ابحث عن خدمة
home-search-button = بحث
home-search-results = { $count ->
    [zero] { $count } خدمة تطابق «{ $query }»
    [one] { $count } خدمة تطابق «{ $query }»
    [two] { $count } خدمتان تطابقان «{ $query }»
    [few] { $count } خدمات تطابق «{ $query }»
    [many] { $count } خدمة تطابق «{ $query }»
   *[other] { $count } خدمة تطابق «{ $query }»
  }
home-search-none = لا توجد خدمات تطابق «{ $query }». جرب كلمات أخرى، أو اتصل بنا.
home-search-all = عرض كل الخدمات
category-report = الإبلاغ عن مشكلة
category-request = طلب خدمة
category-apply = التقدم بطلب للحصول على شيء
category-complain = الشكاوى والإشادات والملاحظات
category-ask-for-information = طلب معلومات

save-link = احفظ وعد لاحقًا
save-title = احفظ وعد لاحقًا
save-intro = نحفظ إجاباتك أثناء تعبئة النموذج. لكي تعود إلى هذا النموذج لاحقًا، على هذا الجهاز أو على جهاز آخر، تحتاج إلى رمز دخول.
save-check = عندما تعود، سنطلب منك الرمز وإحدى الإجابات التي قدمتها، لنتأكد من أنك أنت.
save-button = احصل على رمز دخول
saved-title = تم حفظ إجاباتك
saved-code = رمز الدخول الخاص بك
saved-keep = اكتب رمز الدخول واحفظه في مكان آمن. أي شخص لديه الرمز وإجاباتك يمكنه أن يرى نموذجك.
saved-return-how = للعودة، اذهب إلى { $address } وأدخل الرمز.
saved-expires = سنحتفظ بإجاباتك حتى { $date }. بعد ذلك سنحذفها.
saved-emailed = أرسلنا إلى { $email } رابطًا للعودة إلى نموذجك.
saved-link = يمكنك أيضًا استخدام هذا الرابط:
saved-continue = تابع تعبئة النموذج
return-title = العودة إلى نموذج محفوظ
return-intro = أدخل رمز الدخول الذي حصلت عليه عندما حفظت نموذجك.
return-code-label = رمز الدخول
return-code-hint = يتكون من 9 أحرف وأرقام، مثل KX4-P7M-HRT.
return-code-error-required = أدخل رمز الدخول
return-code-error-invalid = أدخل رمز الدخول تمامًا كما أُعطي لك، مثل KX4-P7M-HRT
return-code-error-not-found = لم نجد نموذجًا محفوظًا بهذا الرمز. نحتفظ بالنماذج المحفوظة لمدة 28 يومًا.
return-check-title = نريد أن نتأكد من أنك أنت
return-check-uk-postcode = ما الرمز البريدي الذي كتبته في النموذج؟
return-check-email = ما عنوان البريد الإلكتروني الذي كتبته في النموذج؟
return-check-date = ما التاريخ الذي كتبته في سؤال «{ $question }» في النموذج؟
return-check-none = اختر «متابعة» لتكمل نموذجك.
return-check-error-required = أدخل الإجابة التي كتبتها في النموذج
return-check-error-wrong = هذه الإجابة لا تطابق الإجابة الموجودة في النموذج. تحقق منها وحاول مرة أخرى.
return-link-expired = هذا الرابط لا يعمل. ربما انتهت صلاحيته: نحتفظ بالنماذج المحفوظة لمدة 28 يومًا. إذا كنت قد كتبت رمز الدخول في مكان ما، فأدخله هنا.
return-start-again = لم تتطابق الإجابة مرات كثيرة. أدخل رمز الدخول مرة أخرى.

# سؤال العنوان: ابحث بالرمز البريدي، أو اكتب العنوان بنفسك
address-postcode = الرمز البريدي
address-find = ابحث عن العنوان
address-choose = اختر عنوانًا
address-found = { $count ->
    [zero] وجدنا { $count } عنوان للرمز البريدي { $postcode }
    [one] وجدنا { $count } عنوان للرمز البريدي { $postcode }
    [two] وجدنا { $count } عنوانين للرمز البريدي { $postcode }
    [few] وجدنا { $count } عناوين للرمز البريدي { $postcode }
    [many] وجدنا { $count } عنوانًا للرمز البريدي { $postcode }
   *[other] وجدنا { $count } عنوان للرمز البريدي { $postcode }
}
address-none-found = لم نجد عنوانًا للرمز البريدي { $postcode }. أدخل العنوان في الأسفل.
address-lookup-unavailable = لا يمكننا البحث عن العناوين الآن. أدخل العنوان في الأسفل.
address-manual = أو أدخل العنوان بنفسك.
address-line-1 = سطر العنوان 1
address-line-2 = سطر العنوان 2 (اختياري)
address-town = البلدة أو المدينة
address-error-line-1-required = أدخل سطر العنوان 1، وهو عادةً رقم المبنى أو اسمه والشارع
address-error-line-1-too-long = يجب ألا يزيد سطر العنوان 1 على { $max } حرف
address-error-line-2-too-long = يجب ألا يزيد سطر العنوان 2 على { $max } حرف
address-error-town-required = أدخل البلدة أو المدينة
address-error-town-too-long = يجب ألا يزيد اسم البلدة أو المدينة على { $max } حرف
address-error-lookup-required = أدخل رمزًا بريديًا
address-error-postcode-required = أدخل الرمز البريدي
address-error-postcode-invalid = أدخل رمزًا بريديًا كاملًا في المملكة المتحدة، مثل SE15 5DQ

# قوائم «أضف المزيد»
list-added = { $count ->
    [zero] أضفت { $count } عنصر
    [one] أضفت { $count } عنصر
    [two] أضفت { $count } عنصرين
    [few] أضفت { $count } عناصر
    [many] أضفت { $count } عنصرًا
   *[other] أضفت { $count } عنصر
}
list-remove = إزالة

# ملفات الأدلة
list-or = أو
file-limits = يمكنك إضافة ملفات، بحد أقصى { $count }. يجب أن يكون كل ملف بصيغة { $types }، وأصغر من { $max }.
file-upload-button = ارفع الملفات
file-added = { $count ->
    [zero] تمت إضافة { $count } ملف
    [one] تمت إضافة { $count } ملف
    [two] تمت إضافة { $count } ملفين
    [few] تمت إضافة { $count } ملفات
    [many] تمت إضافة { $count } ملفًا
   *[other] تمت إضافة { $count } ملف
}
file-remove = إزالة
file-cancel = إلغاء
file-uploading = { $name }: تم رفع { $percent }%
file-uploaded = تم رفع { $name }
file-cancelled = لم يتم رفع { $name }
file-error-empty = الملف { $name } فارغ. اختر ملفًا فيه محتوى
file-error-too-big = يجب أن يكون الملف { $name } أصغر من { $max }
file-error-total-too-big = لم تتم إضافة { $name }: يجب أن يكون حجم الملفات كلها معًا أصغر من { $total }
file-error-too-many = لم تتم إضافة { $name }: الحد الأقصى لعدد الملفات هو { $count }
file-error-wrong-type = يجب أن يكون الملف { $name } بصيغة { $types }
file-error-password = الملف { $name } محمي بكلمة مرور. أزل كلمة المرور ثم أضفه مرة أخرى
file-error-damaged = الملف { $name } تالف ولا يمكن فتحه. اختر ملفًا آخر
file-error-virus = الملف { $name } يحتوي على فيروس. اختر ملفًا آخر
file-error-not-checked = لم نتمكن من فحص الملف { $name } بحثًا عن الفيروسات. حاول مرة أخرى لاحقًا
file-error-incomplete = لم يكتمل رفع الملف { $name }. حاول مرة أخرى
file-error-none-chosen = اختر ملفًا
file-wait = انتظر حتى ينتهي رفع الملف { $name }

## موظف متابعة الطلبات ينقل الطلب إلى مرحلة جديدة

change-status-error-required = اختر حالة جديدة
change-status-error-not-allowed = { $from ->
    [resolved] تم حل هذا الطلب، لذلك لا يمكن تغيير حالته
    [closed] هذا الطلب مغلق، لذلك لا يمكن تغيير حالته
   *[other] { $to ->
        [received] لا يمكن أن يعود الطلب إلى حالة «تم الاستلام»
        [acknowledged] لا يمكن أن يعود طلب يجري العمل عليه إلى حالة «تم تأكيد الاستلام»
       *[other] الطلب في هذه الحالة بالفعل
    }
}
change-note-error-needed = اكتب ما تحتاج إليه من المقيم
change-note-error-outcome = اكتب النتيجة
change-note-error-too-long = يجب ألا تزيد الملاحظة على { $max } حرف
change-staff-note-error-too-long = يجب ألا تزيد ملاحظة الموظفين على { $max } حرف
change-staff-note-error-required = أدخل ملاحظة الموظفين

## حساب المقيم

account-title = حسابك
account-sign-in-title = سجل الدخول إلى حسابك
account-sign-in-intro = أدخل عنوان بريدك الإلكتروني. سنرسل إليك رمزًا ورابطًا بالبريد الإلكتروني. استخدم أيًا منهما لتسجيل الدخول: لا توجد كلمة مرور لتتذكرها.
account-code-intro = أرسلنا إليك رمزًا ورابطًا بالبريد الإلكتروني. اكتب الرمز هنا، أو استخدم الرابط الموجود في الرسالة. كل منهما يعمل مرة واحدة، لمدة { $minutes } دقيقة.
account-link-expired = رابط تسجيل الدخول هذا استُخدم من قبل أو انتهت صلاحيته. أدخل عنوان بريدك الإلكتروني لتحصل على رابط جديد.
account-signed-in-as = أنت مسجل الدخول بعنوان { $email }.
account-requests = طلباتك
account-no-requests = لم ترسل أي طلب بعنوان البريد الإلكتروني هذا بعد.
account-track = اعرف ما حدث لطلب
account-drafts = نماذج بدأت تعبئتها
account-no-drafts = ليست لديك نماذج قيد التعبئة.
account-draft-saved = آخر حفظ في { $when }
account-messages = الرسائل التي أرسلناها إليك
account-no-messages = لم نرسل إليك أي رسائل بعد.
account-message-request-received = استلمنا طلبك
account-message-request-moved = مستجدات بشأن طلبك
account-message-request-over = نتيجة طلبك
account-message-save-and-return = نموذجك المحفوظ
account-data-title = بياناتك
account-data-link = اطلع على كل ما نحتفظ به عنك، أو نزله
account-data-intro = هذا كل ما نحتفظ به عنك في حسابك: معلوماتك، والطلبات التي أرسلتها بعنوان بريدك الإلكتروني مع إجاباتك، والنماذج التي بدأت تعبئتها، والرسائل التي أرسلناها إليك.
account-data-download = نزل كل بياناتك (ملف JSON)
account-data-since = تاريخ إنشاء الحساب
account-data-answers = إجاباتك
account-data-files = الملفات المضافة
account-data-draft = بدأت نموذج: { $service }
account-delete-title = احذف حسابك
account-delete-goes = سيحذف هذا حسابك، والنماذج التي بدأت تعبئتها وأي ملفات أضفتها إليها، وسجلات تسجيل دخولك. سنسجل خروجك من كل الأجهزة.
account-delete-kept = نحتفظ بالطلبات التي أرسلتها من قبل، مع إجاباتها وملفاتها، لأن المجلس البلدي يجب أن يحتفظ بها للمدة التي يحددها القانون. ما زال بإمكانك تتبعها بالرقم المرجعي وعنوان بريدك الإلكتروني.
account-delete-confirm = تأكيد
account-delete-confirm-yes = أفهم ذلك. احذف حسابي.
account-delete-confirm-error-required = أكد أنك تريد حذف حسابك
account-delete-button = احذف حسابي
account-deleted = تم حذف حسابك. نحتفظ بالطلبات التي أرسلتها، وما زال بإمكانك تتبعها.
profile-used = ملأنا معلوماتك المحفوظة. راجعها، وغيرها هنا إذا كانت مختلفة هذه المرة.
profile-save-legend = حسابك
profile-save-hint = لن نحفظ في حسابك إلا ما تضع عليه علامة.
profile-save-new = احفظ إجابتي عن «{ $question }» في حسابي للمرة القادمة
profile-save-change = غير «{ $question }» في حسابي أيضًا
profile-heading = معلوماتك المحفوظة
profile-intro = نملأ هذه المعلومات لك في النماذج التي تطلبها. أنت تختار في كل نموذج إن كنت تريد حفظ أي تغيير هنا.
profile-remove = إزالة
profile-uses = كيف استخدمنا معلوماتك
profile-use = ملأنا { $detail } في نموذج «{ $service }»، { $when }
profile-field-language = اللغة
profile-field-contact-method = طريقة التواصل معك
profile-field-access-needs = المساعدة التي تحتاج إليها
profile-not-saved = غير محفوظ
profile-change = تغيير
profile-add = إضافة
profile-field-interpreter-language = مترجم شفهي للغة
profile-field-name = الاسم
profile-field-date-of-birth = تاريخ الميلاد
profile-field-email = عنوان البريد الإلكتروني
profile-field-phone = رقم الهاتف
profile-field-address = العنوان
profile-pass-on-heading = لقد غيرت معلوماتك. هل تريد أن تخبرنا مرة واحدة لكل طلباتك؟
profile-pass-on-legend = ما الطلبات المفتوحة التي تريد أن نضع فيها معلوماتك الجديدة؟
profile-pass-on-button = أرسل المعلومات الجديدة
profile-keep-button = ليس الآن
profile-passed-on = معلومات جديدة – { $detail }: { $value }
account-provider-heading = أو استخدم حسابك في المجلس البلدي
account-provider-button = سجل الدخول باستخدام { $name }
account-provider-failed = لم ينجح تسجيل الدخول بحسابك في المجلس البلدي. حاول مرة أخرى، أو استخدم الرمز الذي نرسله إليك بالبريد الإلكتروني.
account-sign-out = تسجيل الخروج
account-sign-out-everywhere = تسجيل الخروج من كل الأجهزة

## نموذج «معلوماتك» (المعلومات المحفوظة للمقيم)

details-title = معلوماتك المحفوظة
details-summary = معلومات نملؤها لك في النماذج.
details-standard = تُحفظ فورًا.
details-name-title = اسمك
details-full-name-label = ما اسمك الكامل؟
details-full-name-summary = الاسم
details-full-name-error-required = أدخل اسمك الكامل
details-full-name-error-too-long = يجب ألا يزيد اسمك على { $max } حرف
details-date-of-birth-title = تاريخ ميلادك
details-date-of-birth-label = ما تاريخ ميلادك؟
details-date-of-birth-summary = تاريخ الميلاد
details-date-of-birth-hint = مثلًا، 27 3 1985
details-date-of-birth-error-required = أدخل تاريخ ميلادك
details-date-of-birth-error-incomplete = يجب أن يحتوي تاريخ ميلادك على يوم وشهر وسنة
details-date-of-birth-error-invalid = يجب أن يكون تاريخ ميلادك تاريخًا حقيقيًا
details-date-of-birth-error-year-digits = يجب أن تتكون السنة من 4 أرقام
details-date-of-birth-error-future = يجب أن يكون تاريخ ميلادك في الماضي
details-email-title = عنوان بريدك الإلكتروني
details-email-label = ما عنوان البريد الإلكتروني الذي نستخدمه في النماذج؟
details-email-summary = عنوان البريد الإلكتروني
details-email-error-required = أدخل عنوان بريد إلكتروني
details-email-error-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com
details-phone-title = رقم هاتفك
details-phone-label = ما رقم هاتفك؟
details-phone-summary = رقم الهاتف
details-phone-error-required = أدخل رقم هاتف
details-phone-error-invalid = أدخل رقم هاتف في المملكة المتحدة، مثل 01632 960 001 أو 07700 900 982
details-address-title = عنوانك
details-address-label = ما عنوانك؟
details-address-summary = العنوان
details-address-hint = أدخل رمزك البريدي واختر «ابحث عن العنوان»، أو اكتب عنوانك بنفسك.
details-address-error-required = أدخل عنوانك
details-language-title = لغتك
details-language-label = ما اللغة التي تريد أن نستخدمها؟
details-language-summary = اللغة
details-language-error-required = اختر لغة
details-language-en-gb = English (الإنجليزية)
details-language-cy = Cymraeg (الويلزية)
details-language-pl = Polski (البولندية)
details-language-ro = Română (الرومانية)
details-language-pt = Português (البرتغالية)
details-language-es = Español (الإسبانية)
details-language-tr = Türkçe (التركية)
details-language-so = Soomaali (الصومالية)
details-language-bn = বাংলা (البنغالية)
details-language-ur = اردو (الأردية)
details-language-ar = العربية
details-language-zh-hans = 中文（简体） (الصينية المبسطة)
details-language-uk = Українська (الأوكرانية)
details-contact-method-title = طريقة التواصل معك
details-contact-method-label = كيف تريد أن نتواصل معك؟
details-contact-method-summary = طريقة التواصل معك
details-contact-method-error-required = اختر كيف تريد أن نتواصل معك
details-contact-method-email = بالبريد الإلكتروني
details-contact-method-phone = بالهاتف
details-contact-method-post = بالبريد العادي
details-access-needs-title = المساعدة التي تحتاج إليها منا
details-access-needs-label = هل تحتاج إلى أي من هذه منا؟
details-access-needs-summary = المساعدة التي تحتاج إليها
details-access-needs-hint = اختر كل ما ينطبق عليك.
details-access-needs-error-required = اختر خيارًا واحدًا على الأقل، أو ارجع
details-interpreter-language-label = إذا كنت بحاجة إلى مترجم شفهي، فلأي لغة؟ (اختياري)
details-interpreter-language-summary = مترجم شفهي للغة
details-interpreter-language-hint = مثلًا، البولندية أو الصومالية أو البنغالية
details-interpreter-language-error-too-long = يجب ألا يزيد اسم اللغة على { $max } حرف
details-access-needs-large-print = رسائل بخط كبير
details-access-needs-easy-read = نسخ سهلة القراءة
details-access-needs-british-sign-language = مترجم لغة الإشارة البريطانية (British Sign Language)
details-access-needs-interpreter = مترجم شفهي للغة أخرى
details-access-needs-someone-speaks-for-me = شخص يتحدث نيابة عني

## صفحات موظفي متابعة الطلبات

staff-area = موظفو متابعة الطلبات
staff-sign-in-title = سجل الدخول لترى الطلبات
staff-sign-in-intro = أدخل عنوان بريدك الإلكتروني في المجلس البلدي. سنرسل إليك رمزًا بالبريد الإلكتروني لتسجيل الدخول.
staff-email-label = عنوان البريد الإلكتروني
staff-email-error-required = أدخل عنوان بريدك الإلكتروني
staff-email-error-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@council.gov.uk
button-send-code = أرسل الرمز
staff-code-title = تحقق من بريدك الإلكتروني
staff-code-intro = إذا كان لهذا العنوان حساب، فقد أرسلنا إليه رمزًا. يعمل الرمز مرة واحدة، لمدة { $minutes } دقيقة.
staff-code-label = الرمز
staff-code-hint = يتكون من 6 أرقام، مثل 042917
staff-code-error-required = أدخل الرمز الموجود في رسالة البريد الإلكتروني
staff-code-error-invalid = يتكون الرمز من { $digits } أرقام
staff-code-error-wrong = الرمز خاطئ أو انتهت صلاحيته. تحقق من رسالة البريد الإلكتروني، أو احصل على رمز جديد
staff-code-again = احصل على رمز جديد
button-sign-in = تسجيل الدخول
staff-signed-in-as = مسجل الدخول باسم { $name }
staff-sign-out = تسجيل الخروج
staff-requests-title = الطلبات
staff-filter-service = الخدمة
staff-filter-status = الحالة
staff-filter-any = الكل
staff-filter-overdue = الطلبات المتأخرة فقط
button-filter = اعرض الطلبات
staff-requests-count = { $count ->
    [zero] { $count } طلب، الأقرب موعدًا أولًا
    [one] { $count } طلب، الأقرب موعدًا أولًا
    [two] { $count } طلبان، الأقرب موعدًا أولًا
    [few] { $count } طلبات، الأقرب موعدًا أولًا
    [many] { $count } طلبًا، الأقرب موعدًا أولًا
   *[other] { $count } طلب، الأقرب موعدًا أولًا
}
staff-requests-none = لا توجد طلبات مطابقة. جرب عوامل تصفية أخرى.
staff-column-reference = الرقم المرجعي
staff-column-service = الطلب
staff-column-status = الحالة
staff-column-sent = تاريخ الإرسال
staff-column-act-by = موعد الإجراء
staff-overdue = متأخر
staff-replied = رد المقيم
staff-ratings-heading = مدى رضا المقيمين
staff-ratings-none = لم يقيّم أي مقيم هذه الخدمة بعد.
staff-ratings-answer = الإجابة
staff-ratings-count = عدد المقيمين
staff-status-received = تم الاستلام
staff-status-acknowledged = تم تأكيد الاستلام
staff-status-in-progress = قيد المعالجة
staff-status-waiting-for-resident = بانتظار رد المقيم
staff-status-resolved = تم الحل
staff-status-closed = مغلق
staff-request-title = الطلب { $reference }
staff-back = العودة إلى الطلبات
staff-contact = البريد الإلكتروني للمقيم
staff-language = اللغة
staff-answers-heading = الإجابات
staff-files-heading = الأدلة
staff-files-none = لم تُرسل أي ملفات.
staff-file-clean = تم فحصه بحثًا عن الفيروسات
staff-file-not-scanned = لم يُفحص بحثًا عن الفيروسات
staff-file-with-reply = أُرسل مع رد
staff-file-download = تنزيل
staff-history-heading = السجل
staff-history-reply = رد المقيم
staff-history-note = ملاحظة الموظفين
staff-history-staff-note = ملاحظة الموظفين: { $note }
staff-history-by = بواسطة { $name }
staff-failed-heading = رسائل لم تُرسل
staff-failed-intro = لم نتمكن من إرسال هذه الرسائل إلى المقيم. تواصل معه بطريقة أخرى.
staff-message-request-received = تأكيد الاستلام
staff-message-request-moved = مستجدات بشأن طلبه
staff-message-request-over = نتيجة طلبه
staff-message-save-and-return = نموذج محفوظ
staff-rating = تقييم المقيم
staff-change-heading = انقل هذا الطلب إلى مرحلة جديدة
staff-request-over = انتهى هذا الطلب. لا يمكن نقله مرة أخرى.
change-status-label = الحالة الجديدة
change-note-label = ملاحظة للمقيم
change-note-hint = اكتب ما تحتاج إليه منه، أو النتيجة. سيرى هذه الملاحظة في صفحة التتبع وفي رسالة بريد إلكتروني.
change-staff-note-label = ملاحظة للموظفين فقط
change-staff-note-hint = لا يرى المقيم هذه الملاحظة أبدًا.
button-change-status = احفظ وأخبر المقيم
change-status-error-moved = نقل شخص آخر هذا الطلب إلى مرحلة جديدة بعد أن فتحته. راجعه مرة أخرى قبل أن تغيره

## الرسائل المرسلة إلى المقيمين (لكل رسالة موضوع ونص عادي؛ السطر الفارغ يبدأ
## فقرة جديدة)

mail-request-received-subject = استلمنا طلبك – الرقم المرجعي { $reference }
mail-request-received-body =
    شكرًا لك. استلمنا طلبك: { $service }.

    رقمك المرجعي هو { $reference }.

    سنتخذ إجراءً بحلول { $act_by }.

    يمكنك أن ترى ما يحدث بشأن طلبك في أي وقت: { $link }
mail-request-moved-subject = مستجدات بشأن طلبك { $reference }
mail-request-moved-body =
    هناك مستجدات بشأن طلبك: { $service }، الرقم المرجعي { $reference }.

    الحالة: { $status }

    { $note }

    اعرف ما حدث، أو أجب عن سؤال طرحناه عليك: { $link }
mail-save-and-return-subject = عد إلى نموذجك
mail-save-and-return-body =
    تم حفظ إجاباتك في نموذج: { $service }.

    للعودة إلى نموذجك، استخدم هذا الرابط: { $link }

    يعمل الرابط حتى { $expires_on }. بعد ذلك سنحذف إجاباتك.
mail-request-over-subject = طلبك { $reference }: { $status }
mail-request-over-body =
    هناك نتيجة لطلبك: { $service }، الرقم المرجعي { $reference }.

    الحالة: { $status }

    { $note }

    أخبرنا بمدى رضاك عن طريقة تعاملنا معه (سؤال واحد): { $link }
mail-staff-sign-in-code-subject = رمز تسجيل الدخول الخاص بك
mail-staff-sign-in-code-body =
    رمزك لتسجيل الدخول ورؤية الطلبات هو { $code }.

    يعمل الرمز مرة واحدة، لمدة { $minutes } دقيقة. إذا لم تطلبه، يمكنك تجاهل هذه الرسالة.
mail-resident-sign-in-subject = سجل الدخول إلى حسابك
mail-resident-sign-in-body =
    رمزك لتسجيل الدخول هو { $code }.

    أو استخدم هذا الرابط لتسجيل الدخول: { $link }

    يعمل الرمز والرابط مرة واحدة، لمدة { $minutes } دقيقة. إذا لم تطلب تسجيل الدخول، يمكنك تجاهل هذه الرسالة.
