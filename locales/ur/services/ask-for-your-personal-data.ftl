sar-title = ہمارے پاس آپ کا جو ذاتی ڈیٹا ہے، وہ مانگیں
sar-summary = کونسل کے پاس آپ کے بارے میں جو معلومات ہیں، ان کی کاپی حاصل کریں۔
sar-keywords = ذاتی ڈیٹا ذاتی معلومات میرا ریکارڈ ڈیٹا کا تحفظ رسائی کی درخواست subject access request sar gdpr data protection my records personal information
sar-standard = ہم { $date } تک آپ کی معلومات بھیج دیں گے۔ قانون کے مطابق یہ ایک مہینہ ہے۔
sar-start-intro = آپ کو حق ہے کہ کونسل کے پاس آپ کے بارے میں جو ذاتی معلومات ہیں، ان کی کاپی حاصل کریں۔ یہ مفت ہے۔
sar-start-time = اس میں تقریباً 5 منٹ لگتے ہیں۔
sar-start-need = آپ کو ان چیزوں کی ضرورت ہو گی:
sar-start-need-details = آپ کا نام اور تاریخ پیدائش، تاکہ ہم آپ کا ریکارڈ تلاش کر سکیں
sar-start-need-contact = ایک ای میل ایڈریس

sar-whose-title = آپ کس کی معلومات چاہتے ہیں؟
sar-whose-label = آپ کس کی معلومات چاہتے ہیں؟
sar-whose-summary = کس کی معلومات
sar-whose-mine = میری
sar-whose-someone-else = کسی اور کی
sar-whose-error-required = منتخب کریں کہ آپ کس کی معلومات چاہتے ہیں

sar-someone-else-title = کسی اور کی معلومات مانگنے کے لیے آپ کو ہم سے رابطہ کرنا ہو گا
sar-someone-else-body = کسی اور کی معلومات حاصل کرنے کے لیے آپ کو ان کی تحریری اجازت چاہیے، یا کوئی قانونی اختیار، مثلاً مختار نامہ (power of attorney)۔

    ہمیں 020 7946 0000 پر فون کریں، یا کسی بھی لائبریری یا کسٹمر سروس سینٹر میں آئیں، اور ہم آپ کو بتائیں گے کہ آپ کو کیا بھیجنا ہو گا۔

sar-about-you-title = آپ کے بارے میں
sar-full-name-label = پورا نام
sar-full-name-summary = نام
sar-full-name-error-required = اپنا پورا نام درج کریں
sar-full-name-error-too-long = پورے نام میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
sar-date-of-birth-label = تاریخ پیدائش
sar-date-of-birth-hint = مثلاً، 27 3 1985
sar-date-of-birth-summary = تاریخ پیدائش
sar-date-of-birth-error-required = اپنی تاریخ پیدائش درج کریں
sar-date-of-birth-error-incomplete = تاریخ پیدائش میں { $missing ->
    [day] دن
    [month] مہینہ
    [year] سال
    [day-month] دن اور مہینہ
    [day-year] دن اور سال
   *[month-year] مہینہ اور سال
  } بھی شامل ہونا چاہیے
sar-date-of-birth-error-invalid = تاریخ پیدائش ایک اصل تاریخ ہونی چاہیے
sar-date-of-birth-error-year-digits = سال میں 4 ہندسے ہونے چاہییں
sar-date-of-birth-error-future = تاریخ پیدائش ماضی کی ہونی چاہیے

sar-information-title = آپ کون سی معلومات چاہتے ہیں؟
sar-information-label = آپ کون سی معلومات چاہتے ہیں؟
sar-information-hint = مثلاً، آپ کی رہائش (ہاؤسنگ) کی فائل، یا کسی شکایت کے بارے میں ای میلز۔ اگر ہو سکے تو تاریخیں بتائیں۔
sar-information-summary = مطلوبہ معلومات
sar-information-error-required = وہ معلومات درج کریں جو آپ چاہتے ہیں
sar-information-error-too-long = آپ کی مطلوبہ معلومات کی تفصیل میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں

sar-contact-title = آپ کا ای میل ایڈریس کیا ہے؟
sar-email-label = آپ کا ای میل ایڈریس کیا ہے؟
sar-email-hint = ہم آپ کا حوالہ نمبر اور تازہ معلومات اس ایڈریس پر بھیجیں گے
sar-email-summary = ای میل ایڈریس
sar-email-error-required = اپنا ای میل ایڈریس درج کریں
sar-email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، مثلاً name@example.com

sar-next-steps = آپ کی معلومات بھیجنے سے پہلے ہم آپ سے آپ کی شناخت کا ثبوت مانگیں گے۔
