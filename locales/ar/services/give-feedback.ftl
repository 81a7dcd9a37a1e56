feedback-title = تقديم إشادة أو ملاحظات
feedback-summary = أخبرنا بما أحسنا فيه، أو كيف يمكننا أن نصبح أفضل.
feedback-keywords = إشادة شكر اقتراح فكرة مدح ثناء ملاحظات compliment feedback
feedback-standard = إذا طلبت ردًا، فسنرد عليك بحلول { $date }.
feedback-start-intro = استخدم هذه الخدمة لتشكر أحد الموظفين، أو لتمدح خدمة، أو لتقترح كيف يمكننا أن نصبح أفضل.
feedback-start-complaint = إذا كنت غير راضٍ عن شيء فعلناه، فقدم شكوى بدلًا من ذلك لكي نصلح الأمر.
feedback-start-time = يستغرق ذلك نحو دقيقتين.

feedback-kind-title = ماذا تريد أن تقدم؟
feedback-kind-label = ماذا تريد أن تقدم؟
feedback-kind-summary = النوع
feedback-kind-compliment = إشادة
feedback-kind-suggestion = اقتراح
feedback-kind-other = ملاحظات أخرى
feedback-kind-error-required = اختر ما تريد أن تقدمه

feedback-service-title = بأي خدمة يتعلق الأمر؟
feedback-service-area-label = بأي خدمة يتعلق الأمر؟
feedback-service-area-summary = الخدمة
feedback-service-area-housing = السكن
feedback-service-area-waste = حاويات القمامة وإعادة التدوير وتنظيف الشوارع
feedback-service-area-council-tax = ضريبة المجلس البلدي (Council Tax)
feedback-service-area-parking = مواقف السيارات
feedback-service-area-planning = التخطيط ومراقبة البناء
feedback-service-area-social-care = الرعاية الاجتماعية
feedback-service-area-libraries = المكتبات
feedback-service-area-other = شيء آخر
feedback-service-area-error-required = اختر الخدمة التي يتعلق بها الأمر

feedback-message-title = ماذا تريد أن تخبرنا؟
feedback-message-label = ماذا تريد أن تخبرنا؟
feedback-message-summary = ملاحظاتك
feedback-message-error-required = أدخل ما تريد أن تخبرنا به
feedback-message-error-too-long = يجب ألا تزيد ملاحظاتك على { $max } حرف

feedback-reply-title = هل تريد ردًا؟
feedback-wants-reply-label = هل تريد ردًا؟
feedback-wants-reply-summary = تريد ردًا
feedback-wants-reply-error-required = اختر «نعم» إذا كنت تريد ردًا

feedback-contact-title = ما عنوان بريدك الإلكتروني؟
feedback-email-label = ما عنوان بريدك الإلكتروني؟
feedback-email-summary = عنوان البريد الإلكتروني
feedback-email-error-required = أدخل عنوان بريدك الإلكتروني
feedback-email-error-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com

feedback-next-steps = شكرًا لك. نشارك كل إشادة مع الفريق الذي تتحدث عنه.
