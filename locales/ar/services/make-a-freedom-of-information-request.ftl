foi-title = تقديم طلب بموجب قانون حرية المعلومات (Freedom of Information)
foi-summary = اطلب معلومات يحتفظ بها المجلس البلدي.
foi-keywords = حرية المعلومات معلومات بيئية طلب بيانات foi freedom of information eir
foi-standard = سنرد عليك بحلول { $date }. هذه مدة 20 يوم عمل، كما يطلب القانون.
foi-start-intro = يمكن لأي شخص أن يطلب معلومات يحتفظ بها المجلس البلدي، مثل التقارير والمصروفات والإحصاءات. ويشمل ذلك المعلومات البيئية.
foi-start-published = ابحث في موقعنا الإلكتروني أولًا: كثير من معلوماتنا منشور بالفعل.
foi-start-time = يستغرق ذلك نحو 5 دقائق.
foi-start-need = ستحتاج إلى:
foi-start-need-what = أن تصف المعلومات التي تريدها بأوضح ما يمكن
foi-start-need-contact = اسمك وعنوان بريدك الإلكتروني

foi-information-title = ما المعلومات التي تريدها؟
foi-information-label = ما المعلومات التي تريدها؟
foi-information-hint = اذكر التواريخ والأماكن إذا استطعت. كلما كان طلبك أوضح، استطعنا أن نرد بسرعة أكبر.
foi-information-summary = المعلومات المطلوبة
foi-information-error-required = أدخل المعلومات التي تريدها
foi-information-error-too-long = يجب ألا يزيد طلبك على { $max } حرف

foi-format-title = كيف تريد أن تحصل على المعلومات؟
foi-format-label = كيف تريد أن تحصل على المعلومات؟
foi-format-summary = طريقة الاستلام
foi-format-email = بالبريد الإلكتروني
foi-format-paper = على ورق، بالبريد العادي
foi-format-error-required = اختر كيف تريد أن تحصل على المعلومات

foi-contact-title = معلوماتك
foi-full-name-label = الاسم الكامل
foi-full-name-hint = يقول القانون إننا نحتاج إلى اسمك الحقيقي لنرد على طلب حرية المعلومات (Freedom of Information).
foi-full-name-summary = الاسم
foi-full-name-error-required = أدخل اسمك الكامل
foi-full-name-error-too-long = يجب ألا يزيد الاسم الكامل على { $max } حرف
foi-email-label = عنوان البريد الإلكتروني
foi-email-hint = سنرسل ردنا إلى هذا العنوان
foi-email-summary = عنوان البريد الإلكتروني
foi-email-error-required = أدخل عنوان بريدك الإلكتروني
foi-email-error-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com

foi-next-steps = إذا احتجنا إلى وقت أطول أو إلى تفاصيل أكثر منك، فسنخبرك خلال 20 يوم عمل.
