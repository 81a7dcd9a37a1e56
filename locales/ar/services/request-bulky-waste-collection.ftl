bulky-title = حجز موعد لجمع الأغراض الكبيرة
bulky-summary = اطلب منا جمع الأغراض الكبيرة، مثل الأثاث والثلاجات، من منزلك.
bulky-keywords = أثاث كنبة أريكة ثلاجة مرتبة فرشة أغراض كبيرة جمع نفايات كبيرة bulky waste
bulky-standard = سنخبرك بيوم الجمع بحلول { $date }.
bulky-start-intro = استخدم هذه الخدمة لتحجز موعدًا لجمع ما يصل إلى 10 أغراض منزلية كبيرة.
bulky-start-cost = يكلف الجمع { MONEY(25) } لما يصل إلى 3 أغراض، و{ MONEY(5) } لكل غرض إضافي. الجمع مجاني إذا كنت تحصل على تخفيض ضريبة المجلس البلدي (Council Tax Reduction). سنخبرك بطريقة الدفع.
bulky-start-time = يستغرق ذلك نحو 3 دقائق.
bulky-start-need = ستحتاج إلى:
bulky-start-need-items = قائمة بالأغراض
bulky-start-need-address = العنوان الذي سنجمع منه الأغراض
bulky-start-need-email = عنوان بريد إلكتروني

bulky-items-title = ما الذي تحتاج منا أن نجمعه؟
bulky-items-label = ما الذي تحتاج منا أن نجمعه؟
bulky-items-hint = أضف غرضًا واحدًا في كل مرة، مثل كنبة أو ثلاجة. يمكنك حجز ما يصل إلى 10 أغراض. لا يمكننا أخذ أنقاض البناء أو قطع السيارات أو نفايات الحديقة.
bulky-items-summary = الأغراض
bulky-items-add = أضف غرضًا
bulky-items-error-required = أدخل غرضًا تحتاج منا أن نجمعه
bulky-items-error-too-long = يجب ألا يزيد اسم كل غرض على { $max } حرف
bulky-items-error-too-many = يمكنك حجز ما يصل إلى { $max } أغراض في موعد جمع واحد

bulky-address-title = من أين يجب أن نجمع الأغراض؟
bulky-address-label = من أين يجب أن نجمع الأغراض؟
bulky-address-hint = أدخل الرمز البريدي واختر «ابحث عن العنوان»، أو اكتب العنوان بنفسك.
bulky-address-summary = عنوان الجمع
bulky-address-error-required = أدخل العنوان الذي يجب أن نجمع منه الأغراض

bulky-contact-title = كيف يمكننا التواصل معك؟
bulky-email-label = عنوان البريد الإلكتروني
bulky-email-hint = سنرسل يوم الجمع إلى هذا العنوان
bulky-email-summary = عنوان البريد الإلكتروني
bulky-email-error-required = أدخل عنوان بريدك الإلكتروني
bulky-email-error-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com
bulky-phone-label = رقم الهاتف (اختياري)
bulky-phone-hint = في حال احتاج فريقنا إلى الاتصال بك في يوم الجمع
bulky-phone-summary = رقم الهاتف
bulky-phone-error-invalid = أدخل رقم هاتف في المملكة المتحدة، مثل 01632 960 001 أو 07700 900 982

bulky-next-steps = ضع الأغراض خارج منزلك قبل الساعة 7 صباحًا في يوم الجمع. لا تضعها على الرصيف قبل مساء اليوم السابق.
