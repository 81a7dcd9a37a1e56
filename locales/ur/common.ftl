language-name = اردو
council-name = فرنٹ ڈور بورو کونسل
council-phone = 020 7946 0000
council-email = contact@frontdoor.example.gov.uk
skip-link = سیدھا اصل مواد پر جائیں
header-home = کونسل کی سروسز
language-switch = زبان
language-switch-summary = زبان: { $language }
language-unreviewed = کسی مستند مترجم نے ابھی تک اس ترجمے کی جانچ نہیں کی، اس لیے کچھ الفاظ غلط ہو سکتے ہیں۔
language-unreviewed-link = یہ صفحہ انگریزی میں پڑھیں
footer-accessibility = رسائی
footer-privacy = رازداری
footer-cookies = ہم ایک کوکی آپ کے جوابات یاد رکھنے کے لیے اور ایک آپ کی زبان یاد رکھنے کے لیے استعمال کرتے ہیں۔ ہم آپ پر نظر رکھنے والی (ٹریکنگ) کوکیز استعمال نہیں کرتے۔

contact-heading = ہم سے رابطے کے دوسرے طریقے
contact-phone = فون: { $phone }
contact-email = ای میل: { $email }
contact-hours = پیر سے جمعہ، صبح 9 بجے سے شام 5 بجے تک
contact-in-person = خود آ کر: کسی بھی لائبریری یا کسٹمر سروس سینٹر میں۔ وہاں کا عملہ اور ڈیجیٹل مددگار آپ کی مدد کر سکتے ہیں۔

button-save-detail = محفوظ کریں
button-continue = جاری رکھیں
button-start = ابھی شروع کریں
button-send = قبول کریں اور بھیجیں
button-find = میری درخواست تلاش کریں
back-link = واپس

error-summary-title = ایک مسئلہ ہے
error-title = خرابی: { $title }
error-prefix = خرابی:
optional = اختیاری

date-day = دن
date-month = مہینہ
date-year = سال

character-count-limit = آپ زیادہ سے زیادہ { $max } حروف لکھ سکتے ہیں
character-count-remaining = { $remaining ->
    [one] آپ کے پاس { $remaining } حرف باقی ہے
   *[other] آپ کے پاس { $remaining } حروف باقی ہیں
  }
character-count-over = { $over ->
    [one] آپ نے { $over } حرف زیادہ لکھا ہے
   *[other] آپ نے { $over } حروف زیادہ لکھے ہیں
  }

home-title = آپ کو کیا کرنا ہے؟
home-intro = کسی مسئلے کی اطلاع دیں، کوئی سروس مانگیں، یا معلوم کریں کہ جس بات کے بارے میں آپ نے ہمیں بتایا تھا اس پر کیا ہو رہا ہے۔
home-track = جو درخواست آپ پہلے بھیج چکے ہیں اس کی پیش رفت دیکھیں

start-before = شروع کرنے سے پہلے

check-answers-title = بھیجنے سے پہلے اپنے جوابات چیک کریں
check-answers-change = تبدیل کریں
check-answers-not-given = نہیں دیا گیا
check-answers-send-heading = اب اپنی درخواست بھیجیں
check-answers-declaration = یہ بھیج کر آپ تصدیق کرتے ہیں کہ آپ کی دی ہوئی تفصیلات، جہاں تک آپ جانتے ہیں، درست ہیں۔

confirmation-title = درخواست بھیج دی گئی
confirmation-reference = آپ کا حوالہ نمبر
confirmation-keep = اپنا حوالہ نمبر لکھ لیں۔ اپنی درخواست کی پیش رفت دیکھنے کے لیے، یا اس بارے میں ہم سے رابطہ کرتے وقت، آپ کو اس کی ضرورت ہو گی۔
confirmation-next = آگے کیا ہو گا
confirmation-track = اپنی درخواست کی پیش رفت دیکھیں
confirmation-another = کسی اور چیز کی اطلاع دیں یا کچھ اور مانگیں

track-title = درخواست کی پیش رفت دیکھیں
track-intro = حوالہ نمبر درج کریں، اور وہ ای میل ایڈریس بھی جو آپ نے درخواست بھیجتے وقت ہمیں دیا تھا۔
track-reference-label = حوالہ نمبر
track-reference-hint = یہ آپ کے تصدیقی صفحے پر موجود ہے۔ اس میں 9 حروف اور ہندسے ہیں، مثلاً KX4-P7M-HRT۔
track-reference-error-required = اپنا حوالہ نمبر درج کریں
track-reference-error-invalid = حوالہ نمبر بالکل اسی طرح درج کریں جس طرح آپ کو دیا گیا تھا، مثلاً KX4-P7M-HRT
track-email-label = ای میل ایڈریس
track-email-error-required = وہ ای میل ایڈریس درج کریں جو آپ نے ہمیں دیا تھا
track-email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، مثلاً name@example.com
track-not-found = ہمیں اس حوالہ نمبر اور ای میل ایڈریس والی کوئی درخواست نہیں ملی۔ دونوں چیک کریں اور دوبارہ کوشش کریں، یا ہمیں فون کریں۔
track-result-title = آپ کی درخواست
track-status = صورتحال
track-status-received = موصول ہو گئی
track-status-acknowledged = وصولی کی تصدیق ہو گئی
track-status-in-progress = کام جاری ہے
track-status-waiting-for-resident = آپ کے جواب کا انتظار ہے
track-status-resolved = حل ہو گئی
track-status-closed = بند
track-service = درخواست
track-reference = حوالہ نمبر
track-sent-on = بھیجنے کی تاریخ
track-act-by = ہم اس تاریخ تک کارروائی کریں گے
track-acknowledge-by = ہم اس تاریخ تک تصدیق کریں گے کہ ہمیں یہ مل گئی ہے
track-another = کسی اور درخواست کی پیش رفت دیکھیں
track-history = اب تک کیا ہوا ہے
track-overdue = ہم نے یہ کام وعدے کی تاریخ تک نہیں کیا۔ تاخیر کے لیے ہم معذرت چاہتے ہیں۔
warning = انتباہ
reply-heading = ہمارے سوال کا جواب دیں
reply-intro = ہم نے جو پوچھا ہے وہ ہمیں بتائیں۔ آپ تصویریں یا دستاویزات بھی شامل کر سکتے ہیں۔
reply-label = آپ کا جواب
reply-files-label = تصویریں یا دستاویزات شامل کریں (اختیاری)
reply-reply-error-required = اپنا جواب درج کریں، یا کوئی فائل شامل کریں
reply-reply-error-too-long = آپ کے جواب میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
button-send-reply = اپنا جواب بھیجیں
track-history-reply = آپ نے جواب دیا
track-history-files = بھیجی گئی فائلیں: { $files }
rating-heading = ہم نے آپ کی درخواست پر جس طرح کام کیا، آپ اس سے کتنے مطمئن ہیں؟
rating-very-satisfied = بہت مطمئن
rating-satisfied = مطمئن
rating-neither = نہ مطمئن، نہ غیر مطمئن
rating-dissatisfied = غیر مطمئن
rating-very-dissatisfied = بہت غیر مطمئن
rating-comment-label = ہمیں مزید بتائیں (اختیاری)
rating-comment-hint = ذاتی تفصیلات شامل نہ کریں۔
rating-satisfaction-error-required = منتخب کریں کہ آپ کتنے مطمئن ہیں
rating-comment-error-too-long = آپ کے تبصرے میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
button-send-rating = بھیجیں
rating-thanks = ہمیں یہ بتانے کا شکریہ کہ ہمارا کام کیسا رہا۔

session-expired = آپ کا سیشن ختم ہو گیا تھا۔ آپ نے اس صفحے پر جو لکھا تھا وہ ہم نے محفوظ رکھا ہے۔ اسے چیک کریں اور جاری رکھیں۔
not-found-title = صفحہ نہیں ملا
not-found-body = اگر آپ نے ویب ایڈریس خود لکھا تھا تو چیک کریں کہ یہ درست ہے۔
server-error-title = معذرت، سروس میں ایک مسئلہ ہے
server-error-body = بعد میں دوبارہ کوشش کریں۔ آپ کے جوابات محفوظ کر لیے گئے ہیں۔
server-error-try-later = بعد میں دوبارہ کوشش کریں۔
forbidden-title = معذرت، ہم یہ فارم قبول نہیں کر سکے
forbidden-body = ایسا تب ہو سکتا ہے جب آپ نے کچھ دیر سے سروس استعمال نہ کی ہو۔ فارم کے شروع میں واپس جائیں اور دوبارہ کوشش کریں۔
too-large-title = آپ نے جو بھیجا وہ بہت بڑا ہے
too-large-body = واپس جائیں اور کم بھیجیں۔ اگر آپ فائلیں شامل کر رہے ہیں تو ایک وقت میں ایک فائل شامل کریں۔
too-many-requests-title = معذرت، بہت زیادہ کوششیں ہو چکی ہیں
too-many-requests-body = چند منٹ انتظار کریں اور دوبارہ کوشش کریں۔
error-page-contact = اگر آپ کو مدد چاہیے تو ہم سے رابطہ کریں۔

date-long = { $day } { $month } { $year }
# ہفتے کے دن کے ساتھ تاریخ، آنے والی تاریخوں کے لیے: “منگل، 9 دسمبر 2025”۔
date-with-weekday = { $weekday }، { $day } { $month } { $year }
date-at-time = { $date } کو { $time }
# $hour is 1 to 12 with $half "am" or "pm"; in a language that uses the 24-hour clock, $hour is 00 to 23
# and the translation leaves $half out.
# اردو میں 12 گھنٹے والی گھڑی استعمال ہوتی ہے: am = قبل دوپہر، pm = بعد دوپہر۔
time-of-day = { $hour }:{ $minute } { $half ->
    [am] قبل دوپہر
   *[pm] بعد دوپہر
}
weekday-1 = پیر
weekday-2 = منگل
weekday-3 = بدھ
weekday-4 = جمعرات
weekday-5 = جمعہ
weekday-6 = ہفتہ
weekday-7 = اتوار
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

answer-yes = ہاں
answer-no = نہیں
select-choose = ایک منتخب کریں
checkboxes-or = یا

home-search-label = کوئی سروس تلاش کریں
home-search-button = تلاش کریں
home-search-results = { $count ->
    [one] { $count } سروس “{ $query }” سے ملتی ہے
   *[other] { $count } سروسز “{ $query }” سے ملتی ہیں
  }
home-search-none = کوئی سروس “{ $query }” سے نہیں ملتی۔ دوسرے الفاظ آزمائیں، یا ہمیں فون کریں۔
home-search-all = تمام سروسز دیکھیں
category-report = کسی مسئلے کی اطلاع دیں
category-request = کوئی سروس مانگیں
category-apply = کسی چیز کے لیے درخواست دیں
category-complain = شکایات، تعریف اور رائے
category-ask-for-information = معلومات مانگیں

save-link = محفوظ کریں اور بعد میں واپس آئیں
save-title = محفوظ کریں اور بعد میں واپس آئیں
save-intro = آپ کے جوابات ساتھ ساتھ محفوظ ہوتے رہتے ہیں۔ اس فارم پر بعد میں واپس آنے کے لیے، چاہے اسی ڈیوائس پر یا کسی دوسری ڈیوائس پر، آپ کو ایک رسائی کوڈ کی ضرورت ہو گی۔
save-check = جب آپ واپس آئیں گے تو ہم آپ سے آپ کا کوڈ مانگیں گے، اور آپ کے دیے ہوئے جوابات میں سے ایک جواب بھی پوچھیں گے، تاکہ یہ چیک کر سکیں کہ یہ آپ ہی ہیں۔
save-button = رسائی کوڈ حاصل کریں
saved-title = آپ کے جوابات محفوظ ہو گئے ہیں
saved-code = آپ کا رسائی کوڈ
saved-keep = اپنا رسائی کوڈ لکھ لیں اور اسے حفاظت سے رکھیں۔ جس کسی کے پاس یہ کوڈ اور آپ کے جوابات ہوں، وہ آپ کا فارم دیکھ سکتا ہے۔
saved-return-how = واپس آنے کے لیے { $address } پر جائیں اور اپنا کوڈ درج کریں۔
saved-expires = ہم آپ کے جوابات { $date } تک رکھیں گے۔ اس کے بعد انہیں ڈیلیٹ کر دیا جائے گا۔
saved-emailed = ہم نے آپ کے فارم پر واپس آنے کا لنک { $email } پر بھیج دیا ہے۔
saved-link = آپ یہ لنک بھی استعمال کر سکتے ہیں:
saved-continue = اپنا فارم جاری رکھیں
return-title = محفوظ کیے گئے فارم پر واپس آئیں
return-intro = وہ رسائی کوڈ درج کریں جو آپ کو فارم محفوظ کرتے وقت دیا گیا تھا۔
return-code-label = رسائی کوڈ
return-code-hint = اس میں 9 حروف اور ہندسے ہیں، مثلاً KX4-P7M-HRT۔
return-code-error-required = اپنا رسائی کوڈ درج کریں
return-code-error-invalid = رسائی کوڈ بالکل اسی طرح درج کریں جس طرح آپ کو دیا گیا تھا، مثلاً KX4-P7M-HRT
return-code-error-not-found = ہمیں اس کوڈ والا کوئی محفوظ فارم نہیں ملا۔ محفوظ فارم 28 دن تک رکھے جاتے ہیں۔
return-check-title = تصدیق کریں کہ یہ آپ ہی ہیں
return-check-uk-postcode = آپ نے فارم میں کون سا پوسٹ کوڈ دیا تھا؟
return-check-email = آپ نے فارم میں کون سا ای میل ایڈریس دیا تھا؟
return-check-date = آپ نے فارم میں “{ $question }” کے لیے کون سی تاریخ دی تھی؟
return-check-none = اپنا فارم جاری رکھنے کے لیے “جاری رکھیں” منتخب کریں۔
return-check-error-required = وہ جواب درج کریں جو آپ نے فارم میں دیا تھا
return-check-error-wrong = یہ فارم میں دیے گئے جواب سے نہیں ملتا۔ اسے چیک کریں اور دوبارہ کوشش کریں۔
return-link-expired = یہ لنک کام نہیں کر رہا۔ ہو سکتا ہے اس کی مدت ختم ہو گئی ہو: محفوظ فارم 28 دن تک رکھے جاتے ہیں۔ اگر آپ نے اپنا رسائی کوڈ لکھ لیا تھا تو اسے یہاں درج کریں۔
return-start-again = جواب بہت زیادہ بار غلط نکلا۔ اپنا رسائی کوڈ دوبارہ درج کریں۔

# پتے کا سوال: پوسٹ کوڈ سے تلاش کریں، یا پتہ خود لکھیں
address-postcode = پوسٹ کوڈ
address-find = پتہ تلاش کریں
address-choose = ایک پتہ منتخب کریں
address-found = { $count ->
    [one] { $postcode } کے لیے { $count } پتہ ملا
   *[other] { $postcode } کے لیے { $count } پتے ملے
}
address-none-found = ہمیں { $postcode } کے لیے کوئی پتہ نہیں ملا۔ نیچے پتہ درج کریں۔
address-lookup-unavailable = ہم اس وقت پتے تلاش نہیں کر سکتے۔ نیچے پتہ درج کریں۔
address-manual = یا پتہ خود درج کریں۔
address-line-1 = پتے کی لائن 1
address-line-2 = پتے کی لائن 2 (اختیاری)
address-town = قصبہ یا شہر
address-error-line-1-required = پتے کی لائن 1 درج کریں، عام طور پر عمارت اور گلی
address-error-line-1-too-long = پتے کی لائن 1 میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
address-error-line-2-too-long = پتے کی لائن 2 میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
address-error-town-required = قصبہ یا شہر درج کریں
address-error-town-too-long = قصبے یا شہر میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
address-error-lookup-required = پوسٹ کوڈ درج کریں
address-error-postcode-required = پوسٹ کوڈ درج کریں
address-error-postcode-invalid = برطانیہ کا پورا پوسٹ کوڈ درج کریں، مثلاً SE15 5DQ

# “ایک اور شامل کریں” والی فہرستیں
list-added = { $count ->
    [one] آپ نے { $count } چیز شامل کی ہے
   *[other] آپ نے { $count } چیزیں شامل کی ہیں
}
list-remove = ہٹائیں

# ثبوت کی فائلیں
list-or = یا
file-limits = آپ زیادہ سے زیادہ { $count } فائلیں شامل کر سکتے ہیں۔ ہر فائل { $types } ہونی چاہیے، اور { $max } سے چھوٹی ہونی چاہیے۔
file-upload-button = فائلیں اپ لوڈ کریں
file-added = { $count ->
    [one] { $count } فائل شامل کی گئی
   *[other] { $count } فائلیں شامل کی گئیں
}
file-remove = ہٹائیں
file-cancel = منسوخ کریں
file-uploading = { $name }: { $percent }% اپ لوڈ ہو گیا
file-uploaded = فائل { $name } اپ لوڈ ہو گئی
file-cancelled = فائل { $name } اپ لوڈ نہیں ہوئی
file-error-empty = فائل { $name } خالی ہے۔ ایسی فائل منتخب کریں جس میں کچھ موجود ہو
file-error-too-big = فائل { $name } کا سائز { $max } سے کم ہونا چاہیے
file-error-total-too-big = فائل { $name } شامل نہیں کی گئی: تمام فائلوں کا کل سائز { $total } سے کم ہونا چاہیے
file-error-too-many = فائل { $name } شامل نہیں کی گئی: آپ زیادہ سے زیادہ { $count } فائلیں شامل کر سکتے ہیں
file-error-wrong-type = فائل { $name } کی قسم { $types } ہونی چاہیے
file-error-password = فائل { $name } پاس ورڈ سے محفوظ ہے۔ پاس ورڈ ہٹائیں اور اسے دوبارہ شامل کریں
file-error-damaged = فائل { $name } خراب ہے اور کھل نہیں سکتی۔ کوئی دوسری فائل منتخب کریں
file-error-virus = فائل { $name } میں وائرس ہے۔ کوئی دوسری فائل منتخب کریں
file-error-not-checked = فائل { $name } کو وائرس کے لیے چیک نہیں کیا جا سکا۔ بعد میں دوبارہ کوشش کریں
file-error-incomplete = فائل { $name } پوری اپ لوڈ نہیں ہوئی۔ دوبارہ کوشش کریں
file-error-none-chosen = ایک فائل منتخب کریں
file-wait = فائل { $name } کے پوری اپ لوڈ ہونے تک انتظار کریں

## کیس ورکر کا کسی درخواست کو آگے بڑھانا

change-status-error-required = نئی صورتحال منتخب کریں
change-status-error-not-allowed = { $from ->
    [resolved] یہ درخواست حل ہو چکی ہے، اس لیے اس کی صورتحال تبدیل نہیں ہو سکتی
    [closed] یہ درخواست بند ہو چکی ہے، اس لیے اس کی صورتحال تبدیل نہیں ہو سکتی
   *[other] { $to ->
        [received] درخواست واپس “موصول ہو گئی” پر نہیں جا سکتی
        [acknowledged] جس درخواست پر کام ہو رہا ہو وہ واپس “وصولی کی تصدیق ہو گئی” پر نہیں جا سکتی
       *[other] درخواست کی صورتحال پہلے سے یہی ہے
    }
}
change-note-error-needed = لکھیں کہ آپ کو رہائشی سے کیا چاہیے
change-note-error-outcome = لکھیں کہ نتیجہ کیا ہے
change-note-error-too-long = نوٹ میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
change-staff-note-error-too-long = عملے کے لیے نوٹ میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
change-staff-note-error-required = عملے کے لیے نوٹ درج کریں

## رہائشی کا اکاؤنٹ

account-title = آپ کا اکاؤنٹ
account-sign-in-title = اپنے اکاؤنٹ میں سائن ان کریں
account-sign-in-intro = اپنا ای میل ایڈریس درج کریں۔ ہم آپ کو ای میل پر ایک کوڈ اور ایک لنک بھیجیں گے۔ سائن ان کرنے کے لیے ان میں سے کوئی ایک استعمال کریں: کوئی پاس ورڈ یاد رکھنے کی ضرورت نہیں۔
account-code-intro = ہم نے آپ کو ای میل پر ایک کوڈ اور ایک لنک بھیجا ہے۔ کوڈ یہاں لکھیں، یا ای میل میں دیا گیا لنک استعمال کریں۔ دونوں صرف ایک بار، { $minutes } منٹ تک کام کرتے ہیں۔
account-link-expired = یہ سائن ان لنک استعمال ہو چکا ہے یا اس کی مدت ختم ہو گئی ہے۔ نیا لنک حاصل کرنے کے لیے اپنا ای میل ایڈریس درج کریں۔
account-signed-in-as = آپ { $email } کے طور پر سائن ان ہیں۔
account-requests = آپ کی درخواستیں
account-no-requests = آپ نے ابھی تک اس ای میل ایڈریس سے کوئی درخواست نہیں بھیجی۔
account-track = دیکھیں کہ کسی درخواست پر کیا ہوا ہے
account-drafts = وہ فارم جو آپ نے شروع کیے ہیں
account-no-drafts = آپ کا کوئی فارم ادھورا نہیں ہے۔
account-draft-saved = آخری بار { $when } محفوظ کیا گیا
account-messages = ہماری طرف سے آپ کو بھیجے گئے پیغامات
account-no-messages = ہم نے ابھی تک آپ کو کوئی پیغام نہیں بھیجا۔
account-message-request-received = ہمیں آپ کی درخواست مل گئی ہے
account-message-request-moved = آپ کی درخواست کے بارے میں نئی معلومات
account-message-request-over = آپ کی درخواست کا نتیجہ
account-message-save-and-return = آپ کا محفوظ کیا گیا فارم
account-data-title = آپ کا ڈیٹا
account-data-link = وہ سب کچھ دیکھیں جو آپ کے بارے میں ہمارے پاس ہے، یا اسے ڈاؤن لوڈ کریں
account-data-intro = یہ وہ سب کچھ ہے جو آپ کے اکاؤنٹ میں آپ کے بارے میں ہمارے پاس ہے: آپ کی تفصیلات، وہ درخواستیں جو آپ نے اپنے ای میل ایڈریس سے بھیجیں اور ان میں آپ کے جوابات، وہ فارم جو آپ نے شروع کیے، اور وہ پیغامات جو ہم نے آپ کو بھیجے۔
account-data-download = اپنا سارا ڈیٹا ڈاؤن لوڈ کریں (ایک JSON فائل)
account-data-since = اکاؤنٹ بنانے کی تاریخ
account-data-answers = آپ کے جوابات
account-data-files = شامل کی گئی فائلیں
account-data-draft = شروع کیا گیا: { $service }
account-delete-title = اپنا اکاؤنٹ ڈیلیٹ کریں
account-delete-goes = اس سے آپ کا اکاؤنٹ، آپ کے شروع کیے ہوئے فارم اور ان میں شامل کی گئی فائلیں، اور آپ کے سائن ان کے ریکارڈ ڈیلیٹ ہو جائیں گے۔ آپ ہر ڈیوائس سے سائن آؤٹ ہو جائیں گے۔
account-delete-kept = جو درخواستیں آپ پہلے بھیج چکے ہیں وہ اپنے جوابات اور فائلوں سمیت رکھی جاتی ہیں، کیونکہ کونسل کو انہیں اتنی مدت تک رکھنا ہوتا ہے جتنی قانون کہتا ہے۔ آپ اب بھی حوالہ نمبر اور اپنے ای میل ایڈریس سے ان کی پیش رفت دیکھ سکتے ہیں۔
account-delete-confirm = تصدیق کریں
account-delete-confirm-yes = مجھے بات سمجھ آ گئی ہے۔ میرا اکاؤنٹ ڈیلیٹ کر دیں۔
account-delete-confirm-error-required = تصدیق کریں کہ آپ اپنا اکاؤنٹ ڈیلیٹ کرنا چاہتے ہیں
account-delete-button = میرا اکاؤنٹ ڈیلیٹ کریں
account-deleted = آپ کا اکاؤنٹ ڈیلیٹ کر دیا گیا ہے۔ آپ کی بھیجی ہوئی درخواستیں رکھی گئی ہیں، اور آپ اب بھی ان کی پیش رفت دیکھ سکتے ہیں۔
profile-used = ہم نے آپ کی محفوظ کی گئی تفصیلات بھر دی ہیں۔ انہیں چیک کریں، اور اگر اس بار وہ مختلف ہیں تو یہاں تبدیل کر دیں۔
profile-save-legend = آپ کا اکاؤنٹ
profile-save-hint = آپ کے اکاؤنٹ میں صرف وہی محفوظ ہو گا جس پر آپ نشان لگائیں گے۔
profile-save-new = اگلی بار کے لیے “{ $question }” کا میرا جواب میرے اکاؤنٹ میں محفوظ کریں
profile-save-change = میرے اکاؤنٹ میں بھی “{ $question }” تبدیل کریں
profile-heading = آپ کی محفوظ کی گئی تفصیلات
profile-intro = جن فارموں میں یہ تفصیلات پوچھی جاتی ہیں، ان میں ہم یہ آپ کے لیے بھر دیتے ہیں۔ ہر فارم پر آپ خود فیصلہ کرتے ہیں کہ کوئی تبدیلی یہاں محفوظ ہو یا نہیں۔
profile-remove = ہٹائیں
profile-uses = ہم نے آپ کی تفصیلات کیسے استعمال کیں
profile-use = { $detail } کی معلومات { $service } میں بھری گئیں، { $when }
profile-field-language = زبان
profile-field-contact-method = آپ سے رابطے کا طریقہ
profile-field-access-needs = آپ کو درکار مدد
profile-not-saved = محفوظ نہیں
profile-change = تبدیل کریں
profile-add = شامل کریں
profile-field-interpreter-language = ترجمان کس زبان کے لیے
profile-field-name = نام
profile-field-date-of-birth = تاریخ پیدائش
profile-field-email = ای میل ایڈریس
profile-field-phone = فون نمبر
profile-field-address = پتہ
profile-pass-on-heading = آپ نے اپنی تفصیلات تبدیل کی ہیں۔ کیا ہم نئی تفصیلات آپ کی درخواستوں تک بھی پہنچا دیں؟
profile-pass-on-legend = آپ کی کون سی جاری درخواستوں میں نئی تفصیلات شامل کی جائیں؟
profile-pass-on-button = تفصیلات آگے بھیج دیں
profile-keep-button = ابھی نہیں
profile-passed-on = نئی تفصیلات – { $detail }: { $value }
account-provider-heading = یا اپنا کونسل اکاؤنٹ استعمال کریں
account-provider-button = { $name } کے ذریعے سائن ان کریں
account-provider-failed = آپ کے کونسل اکاؤنٹ سے سائن ان نہیں ہو سکا۔ دوبارہ کوشش کریں، یا وہ کوڈ استعمال کریں جو ہم آپ کو ای میل کرتے ہیں۔
account-sign-out = سائن آؤٹ کریں
account-sign-out-everywhere = ہر ڈیوائس سے سائن آؤٹ کریں

## “آپ کی تفصیلات” والا فارم (رہائشی کی محفوظ کی گئی تفصیلات)

details-title = آپ کی محفوظ کی گئی تفصیلات
details-summary = وہ تفصیلات جو ہم فارموں میں آپ کے لیے بھر دیتے ہیں۔
details-standard = فوراً محفوظ ہو جاتی ہیں۔
details-name-title = آپ کا نام
details-full-name-label = آپ کا پورا نام کیا ہے؟
details-full-name-summary = نام
details-full-name-error-required = اپنا پورا نام درج کریں
details-full-name-error-too-long = آپ کے نام میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
details-date-of-birth-title = آپ کی تاریخ پیدائش
details-date-of-birth-label = آپ کی تاریخ پیدائش کیا ہے؟
details-date-of-birth-summary = تاریخ پیدائش
details-date-of-birth-hint = مثلاً، 27 3 1985
details-date-of-birth-error-required = اپنی تاریخ پیدائش درج کریں
details-date-of-birth-error-incomplete = آپ کی تاریخ پیدائش میں دن، مہینہ اور سال شامل ہونا چاہیے
details-date-of-birth-error-invalid = آپ کی تاریخ پیدائش ایک اصل تاریخ ہونی چاہیے
details-date-of-birth-error-year-digits = سال میں 4 ہندسے ہونے چاہییں
details-date-of-birth-error-future = آپ کی تاریخ پیدائش ماضی کی ہونی چاہیے
details-email-title = آپ کا ای میل ایڈریس
details-email-label = فارموں میں کون سا ای میل ایڈریس استعمال ہونا چاہیے؟
details-email-summary = ای میل ایڈریس
details-email-error-required = ای میل ایڈریس درج کریں
details-email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، مثلاً name@example.com
details-phone-title = آپ کا فون نمبر
details-phone-label = آپ کا فون نمبر کیا ہے؟
details-phone-summary = فون نمبر
details-phone-error-required = فون نمبر درج کریں
details-phone-error-invalid = برطانیہ کا فون نمبر درج کریں، مثلاً 01632 960 001 یا 07700 900 982
details-address-title = آپ کا پتہ
details-address-label = آپ کا پتہ کیا ہے؟
details-address-summary = پتہ
details-address-hint = اپنا پوسٹ کوڈ درج کریں اور “پتہ تلاش کریں” منتخب کریں، یا اپنا پتہ خود لکھیں۔
details-address-error-required = اپنا پتہ درج کریں
details-language-title = آپ کی زبان
details-language-label = ہمیں کون سی زبان استعمال کرنی چاہیے؟
details-language-summary = زبان
details-language-error-required = زبان منتخب کریں
details-language-en-gb = English (انگریزی)
details-language-cy = Cymraeg (ویلش)
details-language-pl = Polski (پولش)
details-language-ro = Română (رومانیائی)
details-language-pt = Português (پرتگالی)
details-language-es = Español (ہسپانوی)
details-language-tr = Türkçe (ترکی)
details-language-so = Soomaali (صومالی)
details-language-bn = বাংলা (بنگالی)
details-language-ur = اردو
details-language-ar = العربية (عربی)
details-language-zh-hans = 中文（简体） (آسان چینی)
details-language-uk = Українська (یوکرینی)
details-contact-method-title = آپ سے رابطے کا طریقہ
details-contact-method-label = آپ کس طرح چاہیں گے کہ ہم آپ سے رابطہ کریں؟
details-contact-method-summary = آپ سے رابطے کا طریقہ
details-contact-method-error-required = منتخب کریں کہ آپ کس طرح چاہیں گے کہ ہم آپ سے رابطہ کریں
details-contact-method-email = ای میل کے ذریعے
details-contact-method-phone = فون کے ذریعے
details-contact-method-post = ڈاک کے ذریعے
details-access-needs-title = آپ کو ہم سے کون سی مدد چاہیے
details-access-needs-label = کیا آپ کو ہم سے ان میں سے کسی چیز کی ضرورت ہے؟
details-access-needs-summary = آپ کو درکار مدد
details-access-needs-hint = جو بھی آپ پر لاگو ہوں، وہ سب منتخب کریں۔
details-access-needs-error-required = کم از کم ایک منتخب کریں، یا واپس جائیں
details-interpreter-language-label = اگر آپ کو ترجمان کی ضرورت ہے تو کس زبان کے لیے؟ (اختیاری)
details-interpreter-language-summary = ترجمان کس زبان کے لیے
details-interpreter-language-hint = مثلاً، پولش، صومالی یا بنگالی
details-interpreter-language-error-too-long = زبان میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
details-access-needs-large-print = بڑے حروف میں چھپے ہوئے خط
details-access-needs-easy-read = آسان زبان والے ورژن (Easy Read)
details-access-needs-british-sign-language = برطانوی اشاروں کی زبان (British Sign Language) کا ترجمان
details-access-needs-interpreter = کسی دوسری زبان کا ترجمان
details-access-needs-someone-speaks-for-me = کوئی ایسا شخص جو میری طرف سے بات کرے

## کیس ورکرز کے صفحات

staff-area = کیس ورکرز
staff-sign-in-title = درخواستیں دیکھنے کے لیے سائن ان کریں
staff-sign-in-intro = اپنا کونسل والا ای میل ایڈریس درج کریں۔ سائن ان کرنے کے لیے ہم آپ کو ای میل پر ایک کوڈ بھیجیں گے۔
staff-email-label = ای میل ایڈریس
staff-email-error-required = اپنا ای میل ایڈریس درج کریں
staff-email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، مثلاً name@council.gov.uk
button-send-code = کوڈ بھیجیں
staff-code-title = اپنی ای میل چیک کریں
staff-code-intro = اگر اس ایڈریس کا کوئی اکاؤنٹ ہے تو ہم نے اس پر ایک کوڈ ای میل کر دیا ہے۔ یہ کوڈ { $minutes } منٹ تک، صرف ایک بار کام کرتا ہے۔
staff-code-label = کوڈ
staff-code-hint = اس میں 6 ہندسے ہیں، مثلاً 042917
staff-code-error-required = ای میل میں آیا ہوا کوڈ درج کریں
staff-code-error-invalid = کوڈ میں { $digits } ہندسے ہوتے ہیں
staff-code-error-wrong = کوڈ غلط ہے یا اس کی مدت ختم ہو گئی ہے۔ ای میل چیک کریں، یا نیا کوڈ حاصل کریں
staff-code-again = نیا کوڈ حاصل کریں
button-sign-in = سائن ان کریں
staff-signed-in-as = { $name } کے طور پر سائن ان
staff-sign-out = سائن آؤٹ کریں
staff-requests-title = درخواستیں
staff-filter-service = سروس
staff-filter-status = صورتحال
staff-filter-any = کوئی بھی
staff-filter-overdue = صرف وہ درخواستیں جن میں تاخیر ہو چکی ہے
button-filter = درخواستیں دکھائیں
staff-requests-count = { $count ->
    [one] { $count } درخواست، سب سے قریب وعدے کی تاریخ والی پہلے
   *[other] { $count } درخواستیں، سب سے قریب وعدے کی تاریخ والی پہلے
}
staff-requests-none = کوئی درخواست نہیں ملی۔ دوسرے فلٹر آزمائیں۔
staff-column-reference = حوالہ نمبر
staff-column-service = درخواست
staff-column-status = صورتحال
staff-column-sent = بھیجنے کی تاریخ
staff-column-act-by = کارروائی کی آخری تاریخ
staff-overdue = تاخیر ہو چکی ہے
staff-replied = رہائشی نے جواب دیا
staff-ratings-heading = رہائشی کتنے مطمئن تھے
staff-ratings-none = ابھی تک کسی رہائشی نے اس سروس کی درجہ بندی نہیں کی۔
staff-ratings-answer = جواب
staff-ratings-count = رہائشی
staff-status-received = موصول ہو گئی
staff-status-acknowledged = وصولی کی تصدیق ہو گئی
staff-status-in-progress = کام جاری ہے
staff-status-waiting-for-resident = رہائشی کے جواب کا انتظار ہے
staff-status-resolved = حل ہو گئی
staff-status-closed = بند
staff-request-title = درخواست { $reference }
staff-back = درخواستوں پر واپس جائیں
staff-contact = رہائشی کی ای میل
staff-language = زبان
staff-answers-heading = جوابات
staff-files-heading = ثبوت
staff-files-none = کوئی فائل نہیں بھیجی گئی۔
staff-file-clean = وائرس کے لیے چیک کی گئی
staff-file-not-scanned = وائرس کے لیے چیک نہیں کی گئی
staff-file-with-reply = جواب کے ساتھ بھیجی گئی
staff-file-download = ڈاؤن لوڈ کریں
staff-history-heading = تاریخچہ
staff-history-reply = رہائشی نے جواب دیا
staff-history-note = عملے کا نوٹ
staff-history-staff-note = عملے کا نوٹ: { $note }
staff-history-by = { $name } کی طرف سے
staff-failed-heading = وہ پیغامات جو نہیں بھیجے جا سکے
staff-failed-intro = رہائشی کو یہ پیغامات نہیں بھیجے جا سکے۔ ان سے کسی اور طریقے سے رابطہ کریں۔
staff-message-request-received = وصولی کی تصدیق
staff-message-request-moved = ان کی درخواست کے بارے میں نئی معلومات
staff-message-request-over = ان کی درخواست کا نتیجہ
staff-message-save-and-return = محفوظ کیا گیا فارم
staff-rating = رہائشی کی درجہ بندی
staff-change-heading = اس درخواست کو آگے بڑھائیں
staff-request-over = یہ درخواست مکمل ہو چکی ہے۔ اسے دوبارہ آگے نہیں بڑھایا جا سکتا۔
change-status-label = نئی صورتحال
change-note-label = رہائشی کے لیے نوٹ
change-note-hint = لکھیں کہ آپ کو ان سے کیا چاہیے، یا نتیجہ کیا ہے۔ وہ یہ پیش رفت والے صفحے پر اور ایک ای میل میں دیکھیں گے۔
change-staff-note-label = صرف عملے کے لیے نوٹ
change-staff-note-hint = رہائشی یہ کبھی نہیں دیکھتے۔
button-change-status = محفوظ کریں اور رہائشی کو بتائیں
change-status-error-moved = جب سے آپ نے یہ درخواست کھولی ہے، کسی اور نے اسے آگے بڑھا دیا ہے۔ اسے تبدیل کرنے سے پہلے دوبارہ چیک کریں

## رہائشیوں کو بھیجے جانے والے پیغامات (ہر ایک کا ایک عنوان اور سادہ متن ہے؛ خالی لائن سے
## نیا پیراگراف شروع ہوتا ہے)

mail-request-received-subject = ہمیں آپ کی درخواست مل گئی ہے – حوالہ نمبر { $reference }
mail-request-received-body =
    شکریہ۔ ہمیں آپ کی درخواست مل گئی ہے: { $service }۔

    آپ کا حوالہ نمبر { $reference } ہے۔

    ہم { $act_by } تک کارروائی کریں گے۔

    آپ کسی بھی وقت دیکھ سکتے ہیں کہ آپ کی درخواست پر کیا ہو رہا ہے: { $link }
mail-request-moved-subject = آپ کی درخواست { $reference } کے بارے میں نئی معلومات
mail-request-moved-body =
    آپ کی درخواست کے بارے میں نئی معلومات ہیں: { $service }، حوالہ نمبر { $reference }۔

    صورتحال: { $status }

    { $note }

    دیکھیں کہ کیا ہوا ہے، یا ہمارے پوچھے گئے سوال کا جواب دیں: { $link }
mail-save-and-return-subject = اپنے فارم پر واپس آئیں
mail-save-and-return-body =
    { $service } کے لیے آپ کے جوابات محفوظ ہیں۔

    اپنے فارم پر واپس آنے کے لیے یہ لنک استعمال کریں: { $link }

    یہ لنک { $expires_on } تک کام کرے گا۔ اس کے بعد آپ کے جوابات ڈیلیٹ کر دیے جائیں گے۔
mail-request-over-subject = آپ کی درخواست { $reference }: { $status }
mail-request-over-body =
    آپ کی درخواست کا نتیجہ آ گیا ہے: { $service }، حوالہ نمبر { $reference }۔

    صورتحال: { $status }

    { $note }

    ہمیں بتائیں کہ ہم نے اس پر جس طرح کام کیا، آپ اس سے کتنے مطمئن ہیں (صرف ایک سوال): { $link }
mail-staff-sign-in-code-subject = آپ کا سائن ان کوڈ
mail-staff-sign-in-code-body =
    سائن ان کرنے اور درخواستیں دیکھنے کے لیے آپ کا کوڈ { $code } ہے۔

    یہ { $minutes } منٹ تک، صرف ایک بار کام کرتا ہے۔ اگر آپ نے یہ کوڈ نہیں مانگا تو آپ اس ای میل کو نظر انداز کر سکتے ہیں۔
mail-resident-sign-in-subject = اپنے اکاؤنٹ میں سائن ان کریں
mail-resident-sign-in-body =
    سائن ان کرنے کے لیے آپ کا کوڈ { $code } ہے۔

    یا سائن ان کرنے کے لیے یہ لنک استعمال کریں: { $link }

    کوڈ اور لنک صرف ایک بار، { $minutes } منٹ تک کام کرتے ہیں۔ اگر آپ نے سائن ان کرنے کی درخواست نہیں کی تو آپ اس ای میل کو نظر انداز کر سکتے ہیں۔
