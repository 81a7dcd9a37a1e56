spd-title = کونسل ٹیکس (Council Tax) میں اکیلے فرد کی رعایت (single person discount) کے لیے درخواست دیں
spd-summary = اگر آپ اپنے گھر میں رہنے والے واحد بالغ ہیں تو اپنے کونسل ٹیکس (Council Tax) میں 25% رعایت حاصل کریں۔
spd-keywords = کونسل ٹیکس رعایت اکیلا فرد اکیلے رہنا تنہا 25 فیصد کمی council tax discount single person live alone 25 percent reduction
spd-standard = ہم { $date } تک آپ کو اپنا فیصلہ بتا دیں گے۔
spd-start-intro = اگر آپ اپنے گھر میں رہنے والے واحد بالغ (18 سال یا اس سے زیادہ عمر کے) ہیں تو آپ اپنے کونسل ٹیکس (Council Tax) کے بل میں 25% رعایت حاصل کر سکتے ہیں۔
spd-start-time = اس میں تقریباً 3 منٹ لگتے ہیں۔
spd-start-need = آپ کو ان چیزوں کی ضرورت ہو گی:
spd-start-need-account = آپ کا کونسل ٹیکس (Council Tax) اکاؤنٹ نمبر، جو آپ کے بل پر لکھا ہے
spd-start-need-date = وہ تاریخ جب آپ نے اکیلے رہنا شروع کیا
spd-start-need-contact = ایک ای میل ایڈریس

spd-account-title = آپ کا کونسل ٹیکس (Council Tax) اکاؤنٹ نمبر کیا ہے؟
spd-account-number-label = آپ کا کونسل ٹیکس (Council Tax) اکاؤنٹ نمبر کیا ہے؟
spd-account-number-hint = اس میں 8 ہندسے ہوتے ہیں، اور یہ آپ کے بل کے اوپر لکھا ہوتا ہے۔
spd-account-number-summary = اکاؤنٹ نمبر
spd-account-number-error-required = اپنا کونسل ٹیکس (Council Tax) اکاؤنٹ نمبر درج کریں
spd-account-number-error-too-long = اکاؤنٹ نمبر میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
spd-account-number-error-pattern = اپنا اکاؤنٹ نمبر 8 ہندسوں میں درج کریں، مثلاً 12345678

spd-address-title = گھر کا پتہ کیا ہے؟
spd-postcode-label = پوسٹ کوڈ
spd-postcode-hint = مثلاً، SE1 2QH
spd-postcode-summary = پوسٹ کوڈ
spd-postcode-error-required = پوسٹ کوڈ درج کریں
spd-postcode-error-invalid = برطانیہ کا پورا پوسٹ کوڈ درج کریں، مثلاً SE1 2QH
spd-address-line-1-label = گھر کا نمبر یا نام، اور گلی
spd-address-line-1-summary = پتہ
spd-address-line-1-error-required = گھر کا نمبر یا نام، اور گلی درج کریں
spd-address-line-1-error-too-long = گھر کے نمبر یا نام، اور گلی میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں

spd-adults-title = آپ سمیت اس گھر میں کتنے بالغ افراد رہتے ہیں؟
spd-adults-label = آپ سمیت اس گھر میں کتنے بالغ افراد رہتے ہیں؟
spd-adults-hint = ہر اس شخص کو گنیں جس کی عمر 18 سال یا اس سے زیادہ ہے اور جو زیادہ تر وقت وہاں رہتا ہے۔
spd-adults-summary = وہاں رہنے والے بالغ افراد
spd-adults-error-required = درج کریں کہ اس گھر میں کتنے بالغ افراد رہتے ہیں
spd-adults-error-invalid = بالغ افراد کی تعداد پورے عدد میں درج کریں، مثلاً 1
spd-adults-error-too-small = بالغ افراد کی تعداد { $min } یا اس سے زیادہ ہونی چاہیے
spd-adults-error-too-large = بالغ افراد کی تعداد { $max } یا اس سے کم ہونی چاہیے

spd-not-eligible-title = آپ کو اکیلے فرد کی رعایت نہیں مل سکتی
spd-not-eligible-body = یہ رعایت صرف ان گھروں کے لیے ہے جہاں ایک ہی بالغ رہتا ہو۔

    اگر آپ کے گھر میں کوئی کل وقتی طالب علم ہے، کسی کی دیکھ بھال کرنے والا (carer) ہے، یا کسی کو شدید ذہنی معذوری ہے، تو پھر بھی آپ کو رعایت مل سکتی ہے۔ معلوم کرنے کے لیے ہمیں 020 7946 0000 پر فون کریں۔

spd-since-title = آپ نے اکیلے رہنا کب شروع کیا؟
spd-since-label = آپ نے اکیلے رہنا کب شروع کیا؟
spd-since-hint = مثلاً، 1 9 2026
spd-since-summary = کب سے اکیلے رہ رہے ہیں
spd-since-error-required = وہ تاریخ درج کریں جب آپ نے اکیلے رہنا شروع کیا
spd-since-error-incomplete = اکیلے رہنا شروع کرنے کی تاریخ میں { $missing ->
    [day] دن
    [month] مہینہ
    [year] سال
    [day-month] دن اور مہینہ
    [day-year] دن اور سال
   *[month-year] مہینہ اور سال
  } بھی شامل ہونا چاہیے
spd-since-error-invalid = اکیلے رہنا شروع کرنے کی تاریخ ایک اصل تاریخ ہونی چاہیے
spd-since-error-year-digits = سال میں 4 ہندسے ہونے چاہییں
spd-since-error-future = اکیلے رہنا شروع کرنے کی تاریخ آج کی یا ماضی کی ہونی چاہیے
spd-since-error-too-early = اکیلے رہنا شروع کرنے کی تاریخ { $date } یا اس کے بعد کی ہونی چاہیے

spd-moved-out-title = کیا کوئی اور بالغ آپ کے ساتھ رہتا تھا جو پچھلے 3 مہینوں میں گھر چھوڑ کر چلا گیا ہو؟
spd-moved-out-label = کیا کوئی اور بالغ آپ کے ساتھ رہتا تھا جو پچھلے 3 مہینوں میں گھر چھوڑ کر چلا گیا ہو؟
spd-moved-out-hint = مثلاً، آپ کا جیون ساتھی (پارٹنر)، آپ کا بالغ بچہ یا کرائے پر رہنے والا کوئی شخص (lodger)۔
spd-moved-out-summary = کوئی اور بالغ حال ہی میں گھر چھوڑ کر گیا
spd-moved-out-error-required = اگر پچھلے 3 مہینوں میں کوئی اور بالغ گھر چھوڑ کر گیا ہے تو “ہاں” منتخب کریں

spd-proof-title = اس بات کا ثبوت اپ لوڈ کریں کہ آپ اس پتے پر رہتے ہیں
spd-proof-label = اس بات کا ثبوت اپ لوڈ کریں کہ آپ اس پتے پر رہتے ہیں
spd-proof-hint = پچھلے 3 مہینوں کا کوئی بل، بینک اسٹیٹمنٹ یا خط، جس پر آپ کا نام اور یہ پتہ لکھا ہو۔ اس کی تصویر بھی چل جائے گی۔
spd-proof-summary = پتے کا ثبوت
spd-proof-error-required = اس بات کا ثبوت اپ لوڈ کریں کہ آپ اس پتے پر رہتے ہیں

spd-moved-out-proof-title = اس بات کا ثبوت اپ لوڈ کریں کہ وہ گھر چھوڑ کر جا چکے ہیں
spd-moved-out-proof-label = اس بات کا ثبوت اپ لوڈ کریں کہ وہ گھر چھوڑ کر جا چکے ہیں
spd-moved-out-proof-hint = مثلاً، ان کا نیا کرایہ داری کا معاہدہ، یا ان کے نئے پتے پر انہیں بھیجا گیا کوئی خط۔
spd-moved-out-proof-summary = گھر چھوڑنے کا ثبوت
spd-moved-out-proof-error-required = اس بات کا ثبوت اپ لوڈ کریں کہ دوسرا بالغ فرد گھر چھوڑ کر جا چکا ہے

spd-contact-title = آپ کی تفصیلات
spd-full-name-label = پورا نام
spd-full-name-summary = نام
spd-full-name-error-required = اپنا پورا نام درج کریں
spd-full-name-error-too-long = پورے نام میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
spd-email-label = ای میل ایڈریس
spd-email-hint = ہم اپنا فیصلہ اس ایڈریس پر بھیجیں گے
spd-email-summary = ای میل ایڈریس
spd-email-error-required = اپنا ای میل ایڈریس درج کریں
spd-email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، مثلاً name@example.com

spd-next-steps = اگر ہم آپ کو رعایت دیتے ہیں تو ہم آپ کو ایک نیا بل بھیجیں گے۔ اگر کوئی اور بالغ آپ کے ساتھ رہنے آ جائے تو ہمیں بتائیں۔
