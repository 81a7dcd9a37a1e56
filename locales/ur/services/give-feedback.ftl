feedback-title = تعریف کریں یا اپنی رائے دیں
feedback-summary = ہمیں بتائیں کہ ہم نے کیا اچھا کیا، یا ہم کیسے بہتر کام کر سکتے ہیں۔
feedback-keywords = تعریف شکریہ تجویز مشورہ خیال رائے compliment thank you suggestion idea praise
feedback-standard = اگر آپ نے جواب مانگا ہے تو ہم { $date } تک جواب دیں گے۔
feedback-start-intro = عملے کے کسی رکن کا شکریہ ادا کرنے، کسی سروس کی تعریف کرنے، یا بہتری کے لیے کوئی تجویز دینے کے لیے یہ سروس استعمال کریں۔
feedback-start-complaint = اگر آپ ہمارے کسی کام سے ناخوش ہیں تو اس کے بجائے شکایت کریں، تاکہ ہم معاملہ ٹھیک کر سکیں۔
feedback-start-time = اس میں تقریباً 2 منٹ لگتے ہیں۔

feedback-kind-title = آپ کیا دینا چاہیں گے؟
feedback-kind-label = آپ کیا دینا چاہیں گے؟
feedback-kind-summary = قسم
feedback-kind-compliment = تعریف
feedback-kind-suggestion = تجویز
feedback-kind-other = کوئی اور رائے
feedback-kind-error-required = منتخب کریں کہ آپ کیا دینا چاہیں گے

feedback-service-title = یہ کس سروس کے بارے میں ہے؟
feedback-service-area-label = یہ کس سروس کے بارے میں ہے؟
feedback-service-area-summary = سروس
feedback-service-area-housing = رہائش (ہاؤسنگ)
feedback-service-area-waste = کوڑے دان، ری سائیکلنگ اور گلیوں کی صفائی
feedback-service-area-council-tax = کونسل ٹیکس (Council Tax)
feedback-service-area-parking = پارکنگ
feedback-service-area-planning = پلاننگ اور بلڈنگ کنٹرول
feedback-service-area-social-care = سماجی نگہداشت (سوشل کیئر)
feedback-service-area-libraries = لائبریریاں
feedback-service-area-other = کچھ اور
feedback-service-area-error-required = منتخب کریں کہ یہ کس سروس کے بارے میں ہے

feedback-message-title = آپ ہمیں کیا بتانا چاہیں گے؟
feedback-message-label = آپ ہمیں کیا بتانا چاہیں گے؟
feedback-message-summary = آپ کی رائے
feedback-message-error-required = وہ بات درج کریں جو آپ ہمیں بتانا چاہیں گے
feedback-message-error-too-long = آپ کی رائے میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں

feedback-reply-title = کیا آپ جواب چاہیں گے؟
feedback-wants-reply-label = کیا آپ جواب چاہیں گے؟
feedback-wants-reply-summary = جواب چاہیے
feedback-wants-reply-error-required = اگر آپ جواب چاہیں گے تو “ہاں” منتخب کریں

feedback-contact-title = آپ کا ای میل ایڈریس کیا ہے؟
feedback-email-label = آپ کا ای میل ایڈریس کیا ہے؟
feedback-email-summary = ای میل ایڈریس
feedback-email-error-required = اپنا ای میل ایڈریس درج کریں
feedback-email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، مثلاً name@example.com

feedback-next-steps = شکریہ۔ ہم ہر تعریف اس ٹیم تک پہنچاتے ہیں جس کے بارے میں وہ کی گئی ہو۔
