complaint-title = تقديم شكوى
complaint-summary = أخبرنا إذا أخطأنا في شيء، أو إذا كنت غير راضٍ عن خدمة من خدمات المجلس البلدي.
complaint-keywords = شكوى أشتكي غير راضٍ مشكلة خدمة سيئة المرحلة 1 complaint
complaint-standard = سنرد على شكواك بحلول { $date }.
complaint-start-intro = استخدم هذه الخدمة لتشتكي من خدمة من خدمات المجلس البلدي، أو من شيء فعله أحد الموظفين.
complaint-start-timescale = سنخبرك أننا استلمنا شكواك خلال 3 أيام عمل، وسنرد عليها خلال 15 يوم عمل.
complaint-start-time = يستغرق ذلك نحو 5 دقائق.
complaint-start-need = ستحتاج إلى:
complaint-start-need-what = أن تخبرنا بما حدث وبما تريد منا أن نفعله
complaint-start-need-contact = اسمك وعنوان بريدك الإلكتروني

complaint-service-title = بأي خدمة تتعلق شكواك؟
complaint-service-area-label = بأي خدمة تتعلق شكواك؟
complaint-service-area-summary = الخدمة
complaint-service-area-housing = السكن
complaint-service-area-waste = حاويات القمامة وإعادة التدوير وتنظيف الشوارع
complaint-service-area-council-tax = ضريبة المجلس البلدي (Council Tax)
complaint-service-area-parking = مواقف السيارات
complaint-service-area-planning = التخطيط ومراقبة البناء
complaint-service-area-social-care = الرعاية الاجتماعية
complaint-service-area-libraries = المكتبات
complaint-service-area-other = شيء آخر
complaint-service-area-error-required = اختر الخدمة التي تتعلق بها شكواك

complaint-what-happened-title = ماذا حدث؟
complaint-details-label = ماذا حدث؟
complaint-details-hint = أخبرنا بما حدث من خطأ، ومتى حدث، ومن تعاملت معه إذا كنت تعرف.
complaint-details-summary = ما حدث
complaint-details-error-required = أدخل ما حدث
complaint-details-error-too-long = يجب ألا يزيد وصف ما حدث على { $max } حرف

complaint-put-right-title = ماذا تريد منا أن نفعل لنصلح الأمر؟
complaint-outcome-label = ماذا تريد منا أن نفعل لنصلح الأمر؟
complaint-outcome-hint = مثلًا، اعتذار، أو شرح، أو أن نقوم بعمل ما
complaint-outcome-summary = ما تريد منا أن نفعله
complaint-outcome-error-required = أدخل ما تريد منا أن نفعله لنصلح الأمر
complaint-outcome-error-too-long = يجب ألا يزيد ما تريد منا أن نفعله على { $max } حرف

complaint-earlier-reference-title = هل لديك رقم مرجعي منا؟ (اختياري)
complaint-earlier-reference-label = هل لديك رقم مرجعي منا؟ (اختياري)
complaint-earlier-reference-hint = إذا تواصلت معنا بشأن هذا الأمر من قبل، فاكتب الرقم المرجعي الذي أعطيناك إياه.
complaint-earlier-reference-summary = الرقم المرجعي السابق
complaint-earlier-reference-error-too-long = يجب ألا يزيد الرقم المرجعي على { $max } حرف

complaint-contact-title = معلوماتك
complaint-full-name-label = الاسم الكامل
complaint-full-name-summary = الاسم
complaint-full-name-error-required = أدخل اسمك الكامل
complaint-full-name-error-too-long = يجب ألا يزيد الاسم الكامل على { $max } حرف
complaint-email-label = عنوان البريد الإلكتروني
complaint-email-hint = سنرسل ردنا إلى هذا العنوان
complaint-email-summary = عنوان البريد الإلكتروني
complaint-email-error-required = أدخل عنوان بريدك الإلكتروني
complaint-email-error-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com
complaint-phone-label = رقم الهاتف (اختياري)
complaint-phone-summary = رقم الهاتف
complaint-phone-error-invalid = أدخل رقم هاتف في المملكة المتحدة، مثل 01632 960 001 أو 07700 900 982

complaint-next-steps = سنرسل إليك رسالة بالبريد الإلكتروني خلال 3 أيام عمل لنخبرك بمن سيتابع شكواك.
complaint-next-steps-leave-out = إذا لم تكن راضيًا عن ردنا، يمكنك أن تطلب نقل شكواك إلى المرحلة 2. نرد على شكاوى المرحلة 2 خلال 25 يوم عمل.
