repair-title = الإبلاغ عن إصلاح في منزلك التابع للمجلس البلدي
repair-summary = أخبرنا عن شيء يحتاج إلى إصلاح في منزلك التابع للمجلس البلدي.
repair-keywords = إصلاحات السكن تسرب رطوبة عفن مكسور مستأجر منزل صيانة housing repairs
repair-standard = سنتواصل معك بحلول { $date } لنرتب موعد الإصلاح.
repair-start-intro = استخدم هذه الخدمة إذا كنت تستأجر منزلك من المجلس البلدي.
repair-start-emergency = إذا كانت هناك حالة طارئة، مثل رائحة غاز أو فيضان مياه أو شرارات من الكهرباء، فلا تستخدم هذا النموذج. السؤال الأول يخبرك بمن تتصل.
repair-start-time = يستغرق ذلك نحو 5 دقائق.
repair-start-need = ستحتاج إلى:
repair-start-need-room = أن تعرف في أي غرفة توجد المشكلة
repair-start-need-problem = وصف قصير للمشكلة
repair-start-need-contact = رقم هاتف أو عنوان بريد إلكتروني، أو كليهما

repair-danger-title = هل يحدث أي من هذه الأشياء الآن؟
repair-danger-label = هل يحدث أي من هذه الأشياء الآن؟
repair-danger-hint = نسأل هذا أولًا لكي نساعدك فورًا إذا كانت هناك حالة طارئة.
repair-danger-summary = حالة طارئة
repair-danger-none = لا، لا شيء من هذه
repair-danger-gas-smell = أشم رائحة غاز
repair-danger-flooding = المياه تغمر منزلي
repair-danger-electrics = تخرج شرارات أو دخان من الكهرباء
repair-danger-error-required = اختر إن كان أي من هذه الأشياء يحدث الآن

repair-gas-title = اخرج من المبنى واتصل بالرقم 0800 111 999 الآن
repair-gas-body = اتصل بخدمة طوارئ الغاز الوطنية (National Gas Emergency Service) على الرقم 0800 111 999. الاتصال مجاني والخدمة متاحة 24 ساعة في اليوم.

    لا تستخدم مفاتيح الإضاءة أو أي شيء كهربائي. لا تدخن ولا تشعل أي نار. افتح الأبواب والنوافذ إذا كان ذلك آمنًا.

    عندما تكون في أمان، اتصل بنا على 020 7946 0999 لكي نساعدك.

repair-emergency-title = اتصل الآن بخط الإصلاحات الطارئة لدينا
repair-emergency-body = اتصل بالرقم 020 7946 0999 الآن. الخط متاح 24 ساعة في اليوم، كل يوم.

    إذا كان ذلك آمنًا، فأغلق المياه من المحبس الرئيسي، أو افصل الكهرباء من صندوق الكهرباء (الفيوزات).

    إذا كان أي شخص في خطر، فاتصل بالرقم 999.

repair-room-title = أين توجد المشكلة؟
repair-room-label = أين توجد المشكلة؟
repair-room-summary = المكان
repair-room-kitchen = المطبخ
repair-room-bathroom = الحمام أو المرحاض
repair-room-bedroom = غرفة النوم
repair-room-living-room = غرفة المعيشة
repair-room-outside = خارج المنزل، مثل الحديقة أو الباب أو النافذة
repair-room-other = مكان آخر
repair-room-error-required = اختر مكان المشكلة
repair-room-other-label = أين هي؟
repair-room-other-summary = مكان آخر
repair-room-other-error-required = أدخل مكان المشكلة
repair-room-other-error-too-long = يجب ألا يزيد وصف مكان المشكلة على { $max } حرف

repair-problem-title = ما المشكلة؟
repair-problem-label = ما المشكلة؟
repair-problem-hint = مثلًا، ما الشيء المكسور، ومتى بدأت المشكلة، وهل تزداد سوءًا
repair-problem-summary = المشكلة
repair-problem-error-required = صف المشكلة
repair-problem-error-too-long = يجب ألا يزيد وصف المشكلة على { $max } حرف

repair-mould-title = هل توجد رطوبة أو عفن؟
repair-mould-label = هل توجد رطوبة أو عفن؟
repair-mould-hint = يمكن أن تضر الرطوبة والعفن بصحتك. نعطيهما الأولوية.
repair-mould-summary = رطوبة أو عفن
repair-mould-error-required = اختر «نعم» إذا كانت هناك رطوبة أو عفن

repair-access-title = متى يمكننا دخول منزلك؟
repair-access-label = متى يمكننا دخول منزلك؟
repair-access-summary = أوقات الدخول
repair-access-any-time = في أي وقت، من 8 صباحًا إلى 6 مساءً
repair-access-mornings = الصباح فقط، من 8 صباحًا إلى 1 ظهرًا
repair-access-afternoons = بعد الظهر فقط، من 1 ظهرًا إلى 6 مساءً
repair-access-error-required = اختر متى يمكننا دخول منزلك

repair-contact-title = كيف يمكننا التواصل معك؟
repair-contact-error-one-of = أدخل عنوان بريد إلكتروني أو رقم هاتف، لكي نتواصل معك بشأن الإصلاح
repair-email-label = عنوان البريد الإلكتروني
repair-email-hint = اكتب عنوان بريد إلكتروني أو رقم هاتف أو كليهما. سنرسل رقمك المرجعي والمستجدات بالبريد الإلكتروني.
repair-email-summary = عنوان البريد الإلكتروني
repair-email-error-required = أدخل عنوان بريدك الإلكتروني
repair-email-error-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com
repair-phone-label = رقم الهاتف
repair-phone-hint = سنتصل بك لنرتب موعدًا
repair-phone-summary = رقم الهاتف
repair-phone-error-required = أدخل رقم هاتف لكي نرتب موعد الإصلاح
repair-phone-error-invalid = أدخل رقم هاتف في المملكة المتحدة، مثل 01632 960 001 أو 07700 900 982

repair-next-steps = سيتصل بك موظف الإصلاحات ليرتب موعدًا للزيارة.
