missed-bin-title = کوڑا نہ اٹھائے جانے کی اطلاع دیں
missed-bin-summary = اگر ہم نے کوڑا اٹھانے والے دن آپ کا کوڑے دان خالی نہیں کیا تو ہمیں بتائیں۔
missed-bin-standard = ہم { $date } تک واپس آ کر آپ کا کوڑے دان خالی کریں گے۔
missed-bin-start-intro = اگر ہم نے آپ کے معمول کے دن آپ کا عام کوڑا، ری سائیکلنگ، کھانے کا کچرا یا باغ کا کچرا نہیں اٹھایا، تو ہمیں بتانے کے لیے یہ سروس استعمال کریں۔
missed-bin-start-need = آپ کو ان چیزوں کی ضرورت ہو گی:
missed-bin-start-need-address = اس جگہ کا پتہ جہاں سے کوڑا اٹھانا تھا
missed-bin-start-need-date = وہ تاریخ جب آپ کا کوڑے دان خالی نہیں کیا گیا
missed-bin-start-need-email = ایک ای میل ایڈریس، تاکہ ہم آپ کو تازہ معلومات دے سکیں
missed-bin-start-time = اس میں تقریباً 3 منٹ لگتے ہیں۔
missed-bin-start-limit = آپ صرف پچھلے 14 دنوں میں نہ اٹھائے گئے کوڑے کی اطلاع دے سکتے ہیں۔

missed-bin-address-title = جہاں سے کوڑا اٹھانا تھا، اس جگہ کا پتہ کیا ہے؟
missed-bin-postcode-label = پوسٹ کوڈ
missed-bin-postcode-hint = مثلاً، SE1 2QH
missed-bin-postcode-summary = پوسٹ کوڈ
missed-bin-postcode-error-required = اس جگہ کا پوسٹ کوڈ درج کریں جہاں سے کوڑا اٹھانا تھا
missed-bin-postcode-error-invalid = برطانیہ کا پورا پوسٹ کوڈ درج کریں، مثلاً SE1 2QH
missed-bin-address-line-1-label = گھر کا نمبر یا نام، اور گلی
missed-bin-address-line-1-hint = مثلاً، 12 Peckham Road
missed-bin-address-line-1-summary = پتہ
missed-bin-address-line-1-error-required = گھر کا نمبر یا نام، اور گلی درج کریں
missed-bin-address-line-1-error-too-long = گھر کے نمبر یا نام، اور گلی میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں

missed-bin-which-bin-title = ہم نے کون سا کوڑے دان خالی نہیں کیا؟
missed-bin-bin-label = ہم نے کون سا کوڑے دان خالی نہیں کیا؟
missed-bin-bin-summary = کوڑے دان
missed-bin-bin-rubbish = عام کوڑا
missed-bin-bin-recycling = ری سائیکلنگ
missed-bin-bin-food-waste = کھانے کا کچرا
missed-bin-bin-garden-waste = باغ کا کچرا
missed-bin-bin-error-required = منتخب کریں کہ ہم نے کون سا کوڑے دان خالی نہیں کیا

missed-bin-date-title = ہم نے آپ کا کوڑے دان کس دن خالی نہیں کیا؟
missed-bin-date-label = ہم نے آپ کا کوڑے دان کس دن خالی نہیں کیا؟
missed-bin-date-hint = مثلاً، 20 11 2026
missed-bin-date-summary = کوڑا نہ اٹھانے کی تاریخ
missed-bin-date-error-required = وہ تاریخ درج کریں جب ہم نے آپ کا کوڑے دان خالی نہیں کیا
missed-bin-date-error-incomplete = کوڑا نہ اٹھانے کی تاریخ میں { $missing ->
    [day] دن
    [month] مہینہ
    [year] سال
    [day-month] دن اور مہینہ
    [day-year] دن اور سال
   *[month-year] مہینہ اور سال
  } بھی شامل ہونا چاہیے
missed-bin-date-error-invalid = کوڑا نہ اٹھانے کی تاریخ ایک اصل تاریخ ہونی چاہیے
missed-bin-date-error-year-digits = سال میں 4 ہندسے ہونے چاہییں
missed-bin-date-error-future = کوڑا نہ اٹھانے کی تاریخ آج کی یا ماضی کی ہونی چاہیے
missed-bin-date-error-too-old = کوڑا نہ اٹھانے کی تاریخ پچھلے { $days } دنوں کے اندر ہونی چاہیے

missed-bin-more-information-title = کیا کوئی اور بات ہے جو ہمیں معلوم ہونی چاہیے؟
missed-bin-more-information-label = کیا کوئی اور بات ہے جو ہمیں معلوم ہونی چاہیے؟ (اختیاری)
missed-bin-more-information-hint = مثلاً، آپ نے کوڑے دان کہاں رکھا تھا، یا اس تک کیسے پہنچا جا سکتا ہے
missed-bin-more-information-summary = کوئی اور بات
missed-bin-more-information-error-too-long = آپ کی بتائی ہوئی اضافی بات میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں

missed-bin-contact-title = ہم آپ سے کیسے رابطہ کر سکتے ہیں؟
missed-bin-email-label = ای میل ایڈریس
missed-bin-email-hint = ہم آپ کا حوالہ نمبر اور تازہ معلومات اس ایڈریس پر بھیجیں گے
missed-bin-email-summary = ای میل ایڈریس
missed-bin-email-error-required = اپنا ای میل ایڈریس درج کریں
missed-bin-email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، مثلاً name@example.com
missed-bin-phone-label = فون نمبر (اختیاری)
missed-bin-phone-hint = برطانیہ کا نمبر، مثلاً 07700 900 982
missed-bin-phone-summary = فون نمبر
missed-bin-phone-error-invalid = برطانیہ کا فون نمبر درج کریں، مثلاً 01632 960 001 یا 07700 900 982

missed-bin-next-steps = ہم واپس آ کر آپ کا کوڑے دان خالی کریں گے۔ آپ کو مزید کچھ کرنے کی ضرورت نہیں۔
missed-bin-next-steps-leave-out = براہ مہربانی اپنا کوڑے دان اس وقت تک باہر رہنے دیں جب تک ہم اسے خالی نہ کر دیں۔
