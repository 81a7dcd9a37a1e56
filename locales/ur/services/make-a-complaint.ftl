complaint-title = شکایت کریں
complaint-summary = اگر ہم سے کوئی غلطی ہوئی ہے یا آپ کونسل کی کسی سروس سے ناخوش ہیں تو ہمیں بتائیں۔
complaint-keywords = شکایت ناخوش مسئلہ خراب سروس مرحلہ 1 complain unhappy problem bad service stage 1
complaint-standard = ہم { $date } تک آپ کی شکایت کا جواب دیں گے۔
complaint-start-intro = کونسل کی کسی سروس کے بارے میں، یا عملے کے کسی رکن کے کسی کام کے بارے میں شکایت کرنے کے لیے یہ سروس استعمال کریں۔
complaint-start-timescale = ہم 3 کام کے دنوں کے اندر آپ کو بتائیں گے کہ ہمیں آپ کی شکایت مل گئی ہے، اور 15 کام کے دنوں کے اندر جواب دیں گے۔
complaint-start-time = اس میں تقریباً 5 منٹ لگتے ہیں۔
complaint-start-need = آپ کو ان چیزوں کی ضرورت ہو گی:
complaint-start-need-what = ہمیں یہ بتانا کہ کیا ہوا، اور آپ چاہتے ہیں کہ ہم کیا کریں
complaint-start-need-contact = آپ کا نام اور ای میل ایڈریس

complaint-service-title = آپ کی شکایت کس سروس کے بارے میں ہے؟
complaint-service-area-label = آپ کی شکایت کس سروس کے بارے میں ہے؟
complaint-service-area-summary = سروس
complaint-service-area-housing = رہائش (ہاؤسنگ)
complaint-service-area-waste = کوڑے دان، ری سائیکلنگ اور گلیوں کی صفائی
complaint-service-area-council-tax = کونسل ٹیکس (Council Tax)
complaint-service-area-parking = پارکنگ
complaint-service-area-planning = پلاننگ اور بلڈنگ کنٹرول
complaint-service-area-social-care = سماجی نگہداشت (سوشل کیئر)
complaint-service-area-libraries = لائبریریاں
complaint-service-area-other = کچھ اور
complaint-service-area-error-required = منتخب کریں کہ آپ کی شکایت کس سروس کے بارے میں ہے

complaint-what-happened-title = کیا ہوا؟
complaint-details-label = کیا ہوا؟
complaint-details-hint = ہمیں بتائیں کہ کیا غلط ہوا، یہ کب ہوا، اور آپ کا واسطہ کس سے پڑا، اگر آپ کو معلوم ہو۔
complaint-details-summary = کیا ہوا
complaint-details-error-required = درج کریں کہ کیا ہوا
complaint-details-error-too-long = کیا ہوا، اس کی تفصیل میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں

complaint-put-right-title = معاملہ ٹھیک کرنے کے لیے آپ چاہتے ہیں کہ ہم کیا کریں؟
complaint-outcome-label = معاملہ ٹھیک کرنے کے لیے آپ چاہتے ہیں کہ ہم کیا کریں؟
complaint-outcome-hint = مثلاً، معافی مانگنا، وضاحت کرنا، یا کوئی کام کر دینا
complaint-outcome-summary = آپ چاہتے ہیں کہ ہم کیا کریں
complaint-outcome-error-required = درج کریں کہ معاملہ ٹھیک کرنے کے لیے آپ چاہتے ہیں کہ ہم کیا کریں
complaint-outcome-error-too-long = آپ ہم سے جو کروانا چاہتے ہیں، اس کی تفصیل میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں

complaint-earlier-reference-title = کیا آپ کے پاس ہمارا دیا ہوا کوئی حوالہ نمبر ہے؟ (اختیاری)
complaint-earlier-reference-label = کیا آپ کے پاس ہمارا دیا ہوا کوئی حوالہ نمبر ہے؟ (اختیاری)
complaint-earlier-reference-hint = اگر آپ اس بارے میں پہلے ہم سے رابطہ کر چکے ہیں تو وہ حوالہ نمبر دیں جو ہم نے آپ کو دیا تھا۔
complaint-earlier-reference-summary = پچھلا حوالہ نمبر
complaint-earlier-reference-error-too-long = حوالہ نمبر میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں

complaint-contact-title = آپ کی تفصیلات
complaint-full-name-label = پورا نام
complaint-full-name-summary = نام
complaint-full-name-error-required = اپنا پورا نام درج کریں
complaint-full-name-error-too-long = پورے نام میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
complaint-email-label = ای میل ایڈریس
complaint-email-hint = ہم اپنا جواب اس ایڈریس پر بھیجیں گے
complaint-email-summary = ای میل ایڈریس
complaint-email-error-required = اپنا ای میل ایڈریس درج کریں
complaint-email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، مثلاً name@example.com
complaint-phone-label = فون نمبر (اختیاری)
complaint-phone-summary = فون نمبر
complaint-phone-error-invalid = برطانیہ کا فون نمبر درج کریں، مثلاً 01632 960 001 یا 07700 900 982

complaint-next-steps = ہم 3 کام کے دنوں کے اندر آپ کو ای میل کر کے بتائیں گے کہ آپ کی شکایت کی جانچ کون کر رہا ہے۔
complaint-next-steps-leave-out = اگر آپ ہمارے جواب سے مطمئن نہیں ہیں تو آپ کہہ سکتے ہیں کہ آپ کی شکایت مرحلہ 2 میں بھیجی جائے۔ ہم مرحلہ 2 کی شکایات کا جواب 25 کام کے دنوں کے اندر دیتے ہیں۔
