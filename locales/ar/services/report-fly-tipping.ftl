fly-tipping-title = الإبلاغ عن رمي النفايات في مكان عام
fly-tipping-summary = أخبرنا عن نفايات مرمية في شارع أو ممر أو مكان عام آخر.
fly-tipping-keywords = نفايات مرمية قمامة رمي النفايات مرتبة فرشة أوساخ fly-tipping
fly-tipping-standard = سنزيلها أو نخبرك بما نفعله بحلول { $date }.
fly-tipping-start-intro = استخدم هذه الخدمة للإبلاغ عن نفايات رماها أحد في مكان عام، مثل شارع أو ممر أو حديقة عامة أو زقاق.
fly-tipping-start-danger = لا تلمس أي شيء قد يكون خطيرًا، مثل الإبر أو المواد الكيميائية أو الأسبستوس.
fly-tipping-start-time = يستغرق ذلك نحو 3 دقائق.
fly-tipping-start-need = ستحتاج إلى:
fly-tipping-start-need-where = أن تخبرنا أين توجد النفايات
fly-tipping-start-need-what = أن تخبرنا بنوع النفايات

fly-tipping-where-title = أين توجد النفايات؟
fly-tipping-location-label = صف مكانها
fly-tipping-location-hint = مثلًا، أمام 12 Peckham Road، بجانب موقف الحافلات
fly-tipping-location-summary = المكان
fly-tipping-location-error-required = أدخل مكان النفايات
fly-tipping-location-error-too-long = يجب ألا يزيد وصف مكان النفايات على { $max } حرف
fly-tipping-postcode-label = الرمز البريدي (اختياري)
fly-tipping-postcode-hint = إذا كنت تعرفه، مثلًا SE1 2QH
fly-tipping-postcode-summary = الرمز البريدي
fly-tipping-postcode-error-invalid = أدخل رمزًا بريديًا كاملًا في المملكة المتحدة، مثل SE1 2QH

fly-tipping-what-title = ما الذي رُمي؟
fly-tipping-waste-label = ما الذي رُمي؟
fly-tipping-waste-hint = اختر كل ما ينطبق.
fly-tipping-waste-summary = ما رُمي
fly-tipping-waste-bags = أكياس قمامة
fly-tipping-waste-furniture = أثاث أو مراتب
fly-tipping-waste-electrical = ثلاجات أو أجهزة تلفاز أو أجهزة كهربائية أخرى
fly-tipping-waste-building = أنقاض بناء
fly-tipping-waste-garden = نفايات الحدائق
fly-tipping-waste-other = شيء آخر
fly-tipping-waste-error-required = اختر ما الذي رُمي

fly-tipping-photos-title = أضف صورًا للنفايات المرمية (اختياري)
fly-tipping-photos-label = أضف صورًا للنفايات المرمية (اختياري)
fly-tipping-photos-hint = تساعد الصور فريقنا على إيجاد النفايات وإزالتها. لا تعرض نفسك للخطر لتلتقط الصور.
fly-tipping-photos-summary = الصور

fly-tipping-dangerous-title = هل يمكن أن يكون أي منها خطيرًا؟
fly-tipping-dangerous-label = هل يمكن أن يكون أي منها خطيرًا؟
fly-tipping-dangerous-hint = مثلًا، إبر أو مواد كيميائية أو أسطوانات غاز أو أسبستوس
fly-tipping-dangerous-summary = قد تكون خطيرة
fly-tipping-dangerous-error-required = اختر «نعم» إذا كان أي منها قد يكون خطيرًا

fly-tipping-seen-title = متى رأيتها؟
fly-tipping-seen-label = متى رأيتها؟
fly-tipping-seen-hint = مثلًا، 20 11 2026
fly-tipping-seen-summary = تاريخ رؤيتها
fly-tipping-seen-error-required = أدخل التاريخ الذي رأيت فيه النفايات
fly-tipping-seen-error-incomplete = يجب أن يحتوي التاريخ الذي رأيت فيه النفايات على { $missing ->
    [day] يوم
    [month] شهر
    [year] سنة
    [day-month] يوم وشهر
    [day-year] يوم وسنة
   *[month-year] شهر وسنة
  }
fly-tipping-seen-error-invalid = يجب أن يكون التاريخ الذي رأيت فيه النفايات تاريخًا حقيقيًا
fly-tipping-seen-error-year-digits = يجب أن تتكون السنة من 4 أرقام
fly-tipping-seen-error-future = يجب أن يكون التاريخ الذي رأيت فيه النفايات اليوم أو في الماضي

fly-tipping-contact-title = ما عنوان بريدك الإلكتروني؟
fly-tipping-email-label = ما عنوان بريدك الإلكتروني؟
fly-tipping-email-hint = سنرسل رقمك المرجعي والمستجدات إلى هذا العنوان
fly-tipping-email-summary = عنوان البريد الإلكتروني
fly-tipping-email-error-required = أدخل عنوان بريدك الإلكتروني
fly-tipping-email-error-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com

fly-tipping-next-steps = سيفحص فريق تنظيف الشوارع النفايات ويزيلها. إذا وجدنا دليلًا على من رماها، فقد نتخذ إجراءً ضده.
