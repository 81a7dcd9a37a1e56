sar-title = طلب البيانات الشخصية التي نحتفظ بها عنك
sar-summary = احصل على نسخة من المعلومات التي يحتفظ بها المجلس البلدي عنك.
sar-keywords = طلب الوصول إلى البيانات بياناتي الشخصية حماية البيانات سجلاتي معلوماتي subject access request sar gdpr
sar-standard = سنرسل إليك معلوماتك بحلول { $date }. هذه مدة شهر واحد، كما يطلب القانون.
sar-start-intro = من حقك أن تحصل على نسخة من المعلومات الشخصية التي يحتفظ بها المجلس البلدي عنك. هذا مجاني.
sar-start-time = يستغرق ذلك نحو 5 دقائق.
sar-start-need = ستحتاج إلى:
sar-start-need-details = اسمك وتاريخ ميلادك، لكي نجد سجلاتك
sar-start-need-contact = عنوان بريد إلكتروني

sar-whose-title = معلومات من تريد؟
sar-whose-label = معلومات من تريد؟
sar-whose-summary = صاحب المعلومات
sar-whose-mine = معلوماتي
sar-whose-someone-else = معلومات شخص آخر
sar-whose-error-required = اختر صاحب المعلومات التي تريدها

sar-someone-else-title = يجب أن تتواصل معنا لتطلب معلومات شخص آخر
sar-someone-else-body = لتحصل على معلومات شخص آخر، تحتاج إلى إذن مكتوب منه، أو إلى صفة قانونية مثل توكيل رسمي (power of attorney).

    اتصل بنا على 020 7946 0000، أو زر أي مكتبة أو مركز لخدمة العملاء، وسنخبرك بما يجب أن ترسله.

sar-about-you-title = معلومات عنك
sar-full-name-label = الاسم الكامل
sar-full-name-summary = الاسم
sar-full-name-error-required = أدخل اسمك الكامل
sar-full-name-error-too-long = يجب ألا يزيد الاسم الكامل على { $max } حرف
sar-date-of-birth-label = تاريخ الميلاد
sar-date-of-birth-hint = مثلًا، 27 3 1985
sar-date-of-birth-summary = تاريخ الميلاد
sar-date-of-birth-error-required = أدخل تاريخ ميلادك
sar-date-of-birth-error-incomplete = يجب أن يحتوي تاريخ الميلاد على { $missing ->
    [day] يوم
    [month] شهر
    [year] سنة
    [day-month] يوم وشهر
    [day-year] يوم وسنة
   *[month-year] شهر وسنة
  }
sar-date-of-birth-error-invalid = يجب أن يكون تاريخ الميلاد تاريخًا حقيقيًا
sar-date-of-birth-error-year-digits = يجب أن تتكون السنة من 4 أرقام
sar-date-of-birth-error-future = يجب أن يكون تاريخ الميلاد في الماضي

sar-information-title = ما المعلومات التي تريدها؟
sar-information-label = ما المعلومات التي تريدها؟
sar-information-hint = مثلًا، ملف السكن الخاص بك، أو رسائل البريد الإلكتروني عن شكوى. اذكر التواريخ إذا استطعت.
sar-information-summary = المعلومات المطلوبة
sar-information-error-required = أدخل المعلومات التي تريدها
sar-information-error-too-long = يجب ألا يزيد ما تطلبه على { $max } حرف

sar-contact-title = ما عنوان بريدك الإلكتروني؟
sar-email-label = ما عنوان بريدك الإلكتروني؟
sar-email-hint = سنرسل رقمك المرجعي والمستجدات إلى هذا العنوان
sar-email-summary = عنوان البريد الإلكتروني
sar-email-error-required = أدخل عنوان بريدك الإلكتروني
sar-email-error-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com

sar-next-steps = سنطلب منك دليلًا على هويتك قبل أن نرسل إليك معلوماتك.
