missed-bin-title = الإبلاغ عن حاوية قمامة لم نجمعها
missed-bin-summary = أخبرنا إذا لم نفرغ حاويتك في يوم الجمع.
missed-bin-standard = سنعود لجمع حاويتك بحلول { $date }.
missed-bin-start-intro = استخدم هذه الخدمة لتخبرنا إذا لم نجمع القمامة أو مواد إعادة التدوير أو بقايا الطعام أو نفايات الحديقة في يومك المعتاد.
missed-bin-start-need = ستحتاج إلى:
missed-bin-start-need-address = عنوان مكان الجمع
missed-bin-start-need-date = تاريخ اليوم الذي لم نجمع فيه حاويتك
missed-bin-start-need-email = عنوان بريد إلكتروني، لكي نرسل إليك المستجدات
missed-bin-start-time = يستغرق ذلك نحو 3 دقائق.
missed-bin-start-limit = يمكنك الإبلاغ فقط عن حاوية لم نجمعها خلال آخر 14 يومًا.

missed-bin-address-title = ما عنوان مكان الجمع؟
missed-bin-postcode-label = الرمز البريدي
missed-bin-postcode-hint = مثلًا، SE1 2QH
missed-bin-postcode-summary = الرمز البريدي
missed-bin-postcode-error-required = أدخل الرمز البريدي لمكان الجمع
missed-bin-postcode-error-invalid = أدخل رمزًا بريديًا كاملًا في المملكة المتحدة، مثل SE1 2QH
missed-bin-address-line-1-label = رقم المنزل أو اسمه، والشارع
missed-bin-address-line-1-hint = مثلًا، 12 Peckham Road
missed-bin-address-line-1-summary = العنوان
missed-bin-address-line-1-error-required = أدخل رقم المنزل أو اسمه، والشارع
missed-bin-address-line-1-error-too-long = يجب ألا يزيد رقم المنزل أو اسمه والشارع على { $max } حرف

missed-bin-which-bin-title = ما الحاوية التي لم نجمعها؟
missed-bin-bin-label = ما الحاوية التي لم نجمعها؟
missed-bin-bin-summary = الحاوية
missed-bin-bin-rubbish = القمامة العامة
missed-bin-bin-recycling = إعادة التدوير
missed-bin-bin-food-waste = بقايا الطعام
missed-bin-bin-garden-waste = نفايات الحديقة
missed-bin-bin-error-required = اختر الحاوية التي لم نجمعها

missed-bin-date-title = متى لم نجمع حاويتك؟
missed-bin-date-label = متى لم نجمع حاويتك؟
missed-bin-date-hint = مثلًا، 20 11 2026
missed-bin-date-summary = تاريخ عدم الجمع
missed-bin-date-error-required = أدخل التاريخ الذي لم نجمع فيه حاويتك
missed-bin-date-error-incomplete = يجب أن يحتوي التاريخ الذي لم نجمع فيه حاويتك على { $missing ->
    [day] يوم
    [month] شهر
    [year] سنة
    [day-month] يوم وشهر
    [day-year] يوم وسنة
   *[month-year] شهر وسنة
  }
missed-bin-date-error-invalid = يجب أن يكون التاريخ الذي لم نجمع فيه حاويتك تاريخًا حقيقيًا
missed-bin-date-error-year-digits = يجب أن تتكون السنة من 4 أرقام
missed-bin-date-error-future = يجب أن يكون التاريخ الذي لم نجمع فيه حاويتك اليوم أو في الماضي
missed-bin-date-error-too-old = يجب أن يكون التاريخ الذي لم نجمع فيه حاويتك خلال آخر { $days } يومًا

missed-bin-more-information-title = هل هناك أي شيء آخر يجب أن نعرفه؟
missed-bin-more-information-label = هل هناك أي شيء آخر يجب أن نعرفه؟ (اختياري)
missed-bin-more-information-hint = مثلًا، أين وضعت الحاوية أو كيف نصل إليها
missed-bin-more-information-summary = أي شيء آخر
missed-bin-more-information-error-too-long = يجب ألا يزيد ما تريد أن نعرفه على { $max } حرف

missed-bin-contact-title = كيف يمكننا التواصل معك؟
missed-bin-email-label = عنوان البريد الإلكتروني
missed-bin-email-hint = سنرسل رقمك المرجعي والمستجدات إلى هذا العنوان
missed-bin-email-summary = عنوان البريد الإلكتروني
missed-bin-email-error-required = أدخل عنوان بريدك الإلكتروني
missed-bin-email-error-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com
missed-bin-phone-label = رقم الهاتف (اختياري)
missed-bin-phone-hint = رقم هاتف في المملكة المتحدة، مثل 07700 900 982
missed-bin-phone-summary = رقم الهاتف
missed-bin-phone-error-invalid = أدخل رقم هاتف في المملكة المتحدة، مثل 01632 960 001 أو 07700 900 982

missed-bin-next-steps = سنعود لجمع حاويتك. لا تحتاج إلى فعل أي شيء آخر.
missed-bin-next-steps-leave-out = من فضلك اترك حاويتك في الخارج حتى نجمعها.
