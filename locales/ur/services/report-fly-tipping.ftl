fly-tipping-title = غیر قانونی طور پر پھینکے گئے کچرے (fly-tipping) کی اطلاع دیں
fly-tipping-summary = کسی گلی، راستے یا کسی اور عوامی جگہ پر پھینکے گئے کچرے کے بارے میں ہمیں بتائیں۔
fly-tipping-keywords = کچرا پھینکنا کوڑا کرکٹ غیر قانونی کچرا گدا ملبہ dumped rubbish waste litter mattress dumping
fly-tipping-standard = ہم { $date } تک اسے صاف کر دیں گے، یا آپ کو بتائیں گے کہ ہم کیا کر رہے ہیں۔
fly-tipping-start-intro = عوامی جگہ، مثلاً گلی، راستے، پارک یا تنگ گلی میں پھینکے گئے کچرے کی اطلاع دینے کے لیے یہ سروس استعمال کریں۔
fly-tipping-start-danger = ایسی کسی چیز کو ہاتھ نہ لگائیں جو خطرناک ہو سکتی ہو، مثلاً سوئیاں، کیمیکل یا ایسبیسٹس (asbestos)۔
fly-tipping-start-time = اس میں تقریباً 3 منٹ لگتے ہیں۔
fly-tipping-start-need = آپ کو ان چیزوں کی ضرورت ہو گی:
fly-tipping-start-need-where = ہمیں یہ بتانا کہ کچرا کہاں ہے
fly-tipping-start-need-what = ہمیں یہ بتانا کہ کس قسم کا کچرا ہے

fly-tipping-where-title = کچرا کہاں ہے؟
fly-tipping-location-label = بتائیں کہ یہ کہاں ہے
fly-tipping-location-hint = مثلاً، 12 Peckham Road کے باہر، بس اسٹاپ کے پاس
fly-tipping-location-summary = کہاں
fly-tipping-location-error-required = درج کریں کہ کچرا کہاں ہے
fly-tipping-location-error-too-long = کچرے کی جگہ کی تفصیل میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
fly-tipping-postcode-label = پوسٹ کوڈ (اختیاری)
fly-tipping-postcode-hint = اگر آپ کو معلوم ہو، مثلاً SE1 2QH
fly-tipping-postcode-summary = پوسٹ کوڈ
fly-tipping-postcode-error-invalid = برطانیہ کا پورا پوسٹ کوڈ درج کریں، مثلاً SE1 2QH

fly-tipping-what-title = کیا پھینکا گیا ہے؟
fly-tipping-waste-label = کیا پھینکا گیا ہے؟
fly-tipping-waste-hint = جو بھی لاگو ہوں، وہ سب منتخب کریں۔
fly-tipping-waste-summary = کیا
fly-tipping-waste-bags = کچرے کے تھیلے
fly-tipping-waste-furniture = فرنیچر یا گدے
fly-tipping-waste-electrical = فریج، ٹی وی یا بجلی کا دوسرا سامان
fly-tipping-waste-building = تعمیراتی ملبہ
fly-tipping-waste-garden = باغ کا کچرا
fly-tipping-waste-other = کچھ اور
fly-tipping-waste-error-required = منتخب کریں کہ کیا پھینکا گیا ہے

fly-tipping-photos-title = پھینکے گئے کچرے کی تصویریں شامل کریں (اختیاری)
fly-tipping-photos-label = پھینکے گئے کچرے کی تصویریں شامل کریں (اختیاری)
fly-tipping-photos-hint = تصویروں سے ہمارے عملے کو کچرا ڈھونڈنے اور صاف کرنے میں مدد ملتی ہے۔ تصویریں لینے کے لیے خود کو خطرے میں نہ ڈالیں۔
fly-tipping-photos-summary = تصویریں

fly-tipping-dangerous-title = کیا اس میں سے کچھ خطرناک ہو سکتا ہے؟
fly-tipping-dangerous-label = کیا اس میں سے کچھ خطرناک ہو سکتا ہے؟
fly-tipping-dangerous-hint = مثلاً، سوئیاں، کیمیکل، گیس کے سلنڈر یا ایسبیسٹس (asbestos)
fly-tipping-dangerous-summary = خطرناک ہو سکتا ہے
fly-tipping-dangerous-error-required = اگر اس میں سے کچھ خطرناک ہو سکتا ہے تو “ہاں” منتخب کریں

fly-tipping-seen-title = آپ نے اسے کب دیکھا؟
fly-tipping-seen-label = آپ نے اسے کب دیکھا؟
fly-tipping-seen-hint = مثلاً، 20 11 2026
fly-tipping-seen-summary = دیکھنے کی تاریخ
fly-tipping-seen-error-required = وہ تاریخ درج کریں جب آپ نے کچرا دیکھا
fly-tipping-seen-error-incomplete = کچرا دیکھنے کی تاریخ میں { $missing ->
    [day] دن
    [month] مہینہ
    [year] سال
    [day-month] دن اور مہینہ
    [day-year] دن اور سال
   *[month-year] مہینہ اور سال
  } بھی شامل ہونا چاہیے
fly-tipping-seen-error-invalid = کچرا دیکھنے کی تاریخ ایک اصل تاریخ ہونی چاہیے
fly-tipping-seen-error-year-digits = سال میں 4 ہندسے ہونے چاہییں
fly-tipping-seen-error-future = کچرا دیکھنے کی تاریخ آج کی یا ماضی کی ہونی چاہیے

fly-tipping-contact-title = آپ کا ای میل ایڈریس کیا ہے؟
fly-tipping-email-label = آپ کا ای میل ایڈریس کیا ہے؟
fly-tipping-email-hint = ہم آپ کا حوالہ نمبر اور تازہ معلومات اس ایڈریس پر بھیجیں گے
fly-tipping-email-summary = ای میل ایڈریس
fly-tipping-email-error-required = اپنا ای میل ایڈریس درج کریں
fly-tipping-email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، مثلاً name@example.com

fly-tipping-next-steps = گلیوں کی صفائی کرنے والی ایک ٹیم کچرے کو دیکھے گی اور اسے صاف کرے گی۔ اگر ہمیں یہ ثبوت ملا کہ کچرا کس نے پھینکا ہے، تو ہم اس کے خلاف کارروائی کر سکتے ہیں۔
