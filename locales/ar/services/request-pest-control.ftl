pest-title = طلب خدمة مكافحة الآفات
pest-summary = احصل على مساعدة للتخلص من الجرذان أو الفئران أو الصراصير أو بق الفراش أو الدبابير في منزلك.
pest-keywords = جرذان فئران قوارض صراصير بق الفراش دبابير عش حشرات انتشار pest control
pest-standard = سنتواصل معك بحلول { $date } لنرتب موعد الزيارة.
pest-start-intro = استخدم هذه الخدمة لتطلب أن يزور موظف مكافحة الآفات منزلك.
pest-start-cost = تكلف المعالجة { MONEY(60) }. المعالجة مجانية إذا كنت تحصل على الائتمان الشامل (Universal Credit)، أو ائتمان المعاش التقاعدي (Pension Credit)، أو تخفيض ضريبة المجلس البلدي (Council Tax Reduction).
pest-start-time = يستغرق ذلك نحو 3 دقائق.
pest-start-need = ستحتاج إلى:
pest-start-need-address = عنوانك
pest-start-need-email = عنوان بريد إلكتروني

pest-pest-title = ما نوع الآفة؟
pest-pest-label = ما نوع الآفة؟
pest-pest-summary = الآفة
pest-pest-rats = جرذان
pest-pest-mice = فئران
pest-pest-cockroaches = صراصير
pest-pest-bedbugs = بق الفراش
pest-pest-wasps = دبابير
pest-pest-other = شيء آخر
pest-pest-error-required = اختر نوع الآفة

pest-where-title = أين رأيتها؟
pest-where-label = أين رأيتها؟
pest-where-summary = المكان
pest-where-inside = داخل منزلي
pest-where-garden = في حديقتي
pest-where-shared-area = في مكان مشترك، مثل الدرج أو غرفة حاويات القمامة
pest-where-error-required = اختر أين رأيتها

pest-address-title = ما عنوانك؟
pest-address-label = ما عنوانك؟
pest-address-hint = أدخل رمزك البريدي واختر «ابحث عن العنوان»، أو اكتب عنوانك بنفسك.
pest-address-summary = العنوان
pest-address-error-required = أدخل عنوانك

pest-benefits-title = هل تحصل على الائتمان الشامل (Universal Credit)، أو ائتمان المعاش التقاعدي (Pension Credit)، أو تخفيض ضريبة المجلس البلدي (Council Tax Reduction)؟
pest-benefits-label = هل تحصل على الائتمان الشامل (Universal Credit)، أو ائتمان المعاش التقاعدي (Pension Credit)، أو تخفيض ضريبة المجلس البلدي (Council Tax Reduction)؟
pest-benefits-hint = إذا كنت تحصل على أي منها، فالمعالجة مجانية.
pest-benefits-summary = تحصل على إعانات
pest-benefits-error-required = اختر «نعم» إذا كنت تحصل على الائتمان الشامل (Universal Credit)، أو ائتمان المعاش التقاعدي (Pension Credit)، أو تخفيض ضريبة المجلس البلدي (Council Tax Reduction)

pest-contact-title = كيف يمكننا التواصل معك؟
pest-email-label = عنوان البريد الإلكتروني
pest-email-hint = سنرسل رقمك المرجعي والمستجدات إلى هذا العنوان
pest-email-summary = عنوان البريد الإلكتروني
pest-email-error-required = أدخل عنوان بريدك الإلكتروني
pest-email-error-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com
pest-phone-label = رقم الهاتف (اختياري)
pest-phone-summary = رقم الهاتف
pest-phone-error-invalid = أدخل رقم هاتف في المملكة المتحدة، مثل 01632 960 001 أو 07700 900 982

pest-next-steps = سيتصل بك موظف مكافحة الآفات أو يرسل إليك رسالة بالبريد الإلكتروني ليرتب موعد الزيارة.
