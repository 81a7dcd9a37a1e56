spd-title = طلب خصم الشخص الواحد من ضريبة المجلس البلدي (Council Tax)
spd-summary = احصل على خصم 25% من ضريبة المجلس البلدي (Council Tax) إذا كنت الشخص البالغ الوحيد الذي يعيش في منزلك.
spd-keywords = ضريبة المجلس البلدي خصم شخص واحد أعيش وحدي 25 بالمئة تخفيض council tax single person discount
spd-standard = سنخبرك بقرارنا بحلول { $date }.
spd-start-intro = يمكنك الحصول على خصم 25% من فاتورة ضريبة المجلس البلدي (Council Tax) إذا كنت الشخص البالغ الوحيد (بعمر 18 سنة أو أكثر) الذي يعيش في منزلك.
spd-start-time = يستغرق ذلك نحو 3 دقائق.
spd-start-need = ستحتاج إلى:
spd-start-need-account = رقم حسابك في ضريبة المجلس البلدي (Council Tax)، وتجده في فاتورتك
spd-start-need-date = التاريخ الذي بدأت فيه العيش وحدك
spd-start-need-contact = عنوان بريد إلكتروني

spd-account-title = ما رقم حسابك في ضريبة المجلس البلدي (Council Tax)؟
spd-account-number-label = ما رقم حسابك في ضريبة المجلس البلدي (Council Tax)؟
spd-account-number-hint = يتكون من 8 أرقام، وتجده في أعلى فاتورتك.
spd-account-number-summary = رقم الحساب
spd-account-number-error-required = أدخل رقم حسابك في ضريبة المجلس البلدي (Council Tax)
spd-account-number-error-too-long = يجب ألا يزيد رقم الحساب على { $max } حرف
spd-account-number-error-pattern = أدخل رقم حسابك المكون من 8 أرقام، مثل 12345678

spd-address-title = ما عنوان المنزل؟
spd-postcode-label = الرمز البريدي
spd-postcode-hint = مثلًا، SE1 2QH
spd-postcode-summary = الرمز البريدي
spd-postcode-error-required = أدخل الرمز البريدي
spd-postcode-error-invalid = أدخل رمزًا بريديًا كاملًا في المملكة المتحدة، مثل SE1 2QH
spd-address-line-1-label = رقم المنزل أو اسمه، والشارع
spd-address-line-1-summary = العنوان
spd-address-line-1-error-required = أدخل رقم المنزل أو اسمه، والشارع
spd-address-line-1-error-too-long = يجب ألا يزيد رقم المنزل أو اسمه والشارع على { $max } حرف

spd-adults-title = كم عدد البالغين الذين يعيشون في المنزل، وأنت منهم؟
spd-adults-label = كم عدد البالغين الذين يعيشون في المنزل، وأنت منهم؟
spd-adults-hint = احسب كل شخص عمره 18 سنة أو أكثر ويعيش هناك معظم الوقت.
spd-adults-summary = البالغون الذين يعيشون هناك
spd-adults-error-required = أدخل عدد البالغين الذين يعيشون في المنزل
spd-adults-error-invalid = أدخل عدد البالغين رقمًا كاملًا، مثل 1
spd-adults-error-too-small = يجب أن يكون عدد البالغين { $min } أو أكثر
spd-adults-error-too-large = يجب أن يكون عدد البالغين { $max } أو أقل

spd-not-eligible-title = لا يمكنك الحصول على خصم الشخص الواحد
spd-not-eligible-body = هذا الخصم فقط للمنازل التي يعيش فيها شخص بالغ واحد.

    ومع ذلك، قد تحصل على خصم إذا كان أحد من يعيشون في منزلك طالبًا بدوام كامل، أو مقدم رعاية، أو لديه ضعف عقلي شديد. اتصل بنا على 020 7946 0000 لتعرف أكثر.

spd-since-title = متى بدأت العيش وحدك؟
spd-since-label = متى بدأت العيش وحدك؟
spd-since-hint = مثلًا، 1 9 2026
spd-since-summary = تعيش وحدك منذ
spd-since-error-required = أدخل التاريخ الذي بدأت فيه العيش وحدك
spd-since-error-incomplete = يجب أن يحتوي التاريخ الذي بدأت فيه العيش وحدك على { $missing ->
    [day] يوم
    [month] شهر
    [year] سنة
    [day-month] يوم وشهر
    [day-year] يوم وسنة
   *[month-year] شهر وسنة
  }
spd-since-error-invalid = يجب أن يكون التاريخ الذي بدأت فيه العيش وحدك تاريخًا حقيقيًا
spd-since-error-year-digits = يجب أن تتكون السنة من 4 أرقام
spd-since-error-future = يجب أن يكون التاريخ الذي بدأت فيه العيش وحدك اليوم أو في الماضي
spd-since-error-too-early = يجب أن يكون التاريخ الذي بدأت فيه العيش وحدك في { $date } أو بعده

spd-moved-out-title = هل كان شخص بالغ آخر يعيش معك ثم ترك المنزل خلال آخر 3 أشهر؟
spd-moved-out-label = هل كان شخص بالغ آخر يعيش معك ثم ترك المنزل خلال آخر 3 أشهر؟
spd-moved-out-hint = مثلًا، زوج أو زوجة أو شريك، أو ابن أو ابنة كبير، أو مستأجر يسكن في غرفة عندك.
spd-moved-out-summary = ترك شخص بالغ آخر المنزل مؤخرًا
spd-moved-out-error-required = اختر «نعم» إذا ترك شخص بالغ آخر المنزل خلال آخر 3 أشهر

spd-proof-title = ارفع دليلًا على أنك تعيش في هذا العنوان
spd-proof-label = ارفع دليلًا على أنك تعيش في هذا العنوان
spd-proof-hint = فاتورة، أو كشف حساب بنكي، أو رسالة من آخر 3 أشهر، عليها اسمك وهذا العنوان. يمكنك أن ترسل صورة لها.
spd-proof-summary = دليل على العنوان
spd-proof-error-required = ارفع دليلًا على أنك تعيش في هذا العنوان

spd-moved-out-proof-title = ارفع دليلًا على أن هذا الشخص ترك المنزل
spd-moved-out-proof-label = ارفع دليلًا على أن هذا الشخص ترك المنزل
spd-moved-out-proof-hint = مثلًا، عقد الإيجار الجديد لهذا الشخص، أو رسالة أُرسلت إليه على عنوانه الجديد.
spd-moved-out-proof-summary = دليل على ترك المنزل
spd-moved-out-proof-error-required = ارفع دليلًا على أن الشخص البالغ الآخر ترك المنزل

spd-contact-title = معلوماتك
spd-full-name-label = الاسم الكامل
spd-full-name-summary = الاسم
spd-full-name-error-required = أدخل اسمك الكامل
spd-full-name-error-too-long = يجب ألا يزيد الاسم الكامل على { $max } حرف
spd-email-label = عنوان البريد الإلكتروني
spd-email-hint = سنرسل قرارنا إلى هذا العنوان
spd-email-summary = عنوان البريد الإلكتروني
spd-email-error-required = أدخل عنوان بريدك الإلكتروني
spd-email-error-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com

spd-next-steps = إذا منحناك الخصم، فسنرسل إليك فاتورة جديدة. أخبرنا إذا جاء شخص بالغ آخر للعيش معك.
