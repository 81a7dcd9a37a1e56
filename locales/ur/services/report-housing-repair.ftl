repair-title = اپنے کونسل کے گھر میں مرمت کی اطلاع دیں
repair-summary = ہمیں بتائیں کہ آپ کے کونسل کے گھر میں کس چیز کو ٹھیک کرنے کی ضرورت ہے۔
repair-keywords = رہائش مرمت رساؤ پانی ٹپکنا نمی سیلن پھپھوندی ٹوٹا ہوا کرایہ دار گھر housing repairs leak damp mould broken tenant home
repair-standard = ہم مرمت کا انتظام کرنے کے لیے { $date } تک آپ سے رابطہ کریں گے۔
repair-start-intro = اگر آپ نے اپنا گھر کونسل سے کرائے پر لیا ہے تو یہ سروس استعمال کریں۔
repair-start-emergency = اگر کوئی ایمرجنسی ہے، مثلاً گیس کی بو آ رہی ہے، گھر میں پانی بھر رہا ہے یا بجلی سے چنگاریاں نکل رہی ہیں، تو یہ فارم استعمال نہ کریں۔ پہلا سوال آپ کو بتاتا ہے کہ کس کو فون کرنا ہے۔
repair-start-time = اس میں تقریباً 5 منٹ لگتے ہیں۔
repair-start-need = آپ کو ان چیزوں کی ضرورت ہو گی:
repair-start-need-room = یہ معلوم ہونا کہ مسئلہ کس کمرے میں ہے
repair-start-need-problem = مسئلے کی مختصر تفصیل
repair-start-need-contact = ایک فون نمبر یا ای میل ایڈریس، یا دونوں

repair-danger-title = کیا ان میں سے کچھ اس وقت ہو رہا ہے؟
repair-danger-label = کیا ان میں سے کچھ اس وقت ہو رہا ہے؟
repair-danger-hint = ہم یہ سب سے پہلے پوچھتے ہیں تاکہ ایمرجنسی میں فوراً آپ کی مدد کر سکیں۔
repair-danger-summary = ایمرجنسی
repair-danger-none = نہیں، ان میں سے کچھ نہیں
repair-danger-gas-smell = مجھے گیس کی بو آ رہی ہے
repair-danger-flooding = میرے گھر میں پانی بھر رہا ہے
repair-danger-electrics = بجلی کی چیزوں سے چنگاریاں یا دھواں نکل رہا ہے
repair-danger-error-required = منتخب کریں کہ کیا ان میں سے کچھ اس وقت ہو رہا ہے

repair-gas-title = عمارت سے باہر نکل جائیں اور ابھی 0800 111 999 پر فون کریں
repair-gas-body = نیشنل گیس ایمرجنسی سروس (National Gas Emergency Service) کو 0800 111 999 پر فون کریں۔ یہ فون مفت ہے اور سروس دن رات 24 گھنٹے کھلی رہتی ہے۔

    لائٹ کے سوئچ یا بجلی کی کوئی بھی چیز استعمال نہ کریں۔ سگریٹ نہ پئیں اور کوئی کھلی آگ، مثلاً ماچس یا موم بتی، استعمال نہ کریں۔ اگر محفوظ طریقے سے ہو سکے تو دروازے اور کھڑکیاں کھول دیں۔

    جب آپ محفوظ ہو جائیں تو ہمیں 020 7946 0999 پر فون کریں، تاکہ ہم آپ کی مدد کر سکیں۔

repair-emergency-title = ابھی ہماری ایمرجنسی مرمت کی لائن پر فون کریں
repair-emergency-body = ابھی 020 7946 0999 پر فون کریں۔ یہ لائن ہر روز، دن رات 24 گھنٹے کھلی رہتی ہے۔

    اگر محفوظ طریقے سے ہو سکے تو پانی کے مین والو (stopcock) سے پانی بند کر دیں، یا فیوز باکس سے بجلی بند کر دیں۔

    اگر کسی کی جان کو خطرہ ہے تو 999 پر فون کریں۔

repair-room-title = مسئلہ کہاں ہے؟
repair-room-label = مسئلہ کہاں ہے؟
repair-room-summary = کہاں
repair-room-kitchen = باورچی خانہ (کچن)
repair-room-bathroom = غسل خانہ یا ٹوائلٹ
repair-room-bedroom = سونے کا کمرہ
repair-room-living-room = بیٹھک (لیونگ روم)
repair-room-outside = باہر، مثلاً باغ، دروازہ یا کھڑکی
repair-room-other = کہیں اور
repair-room-error-required = منتخب کریں کہ مسئلہ کہاں ہے
repair-room-other-label = یہ کہاں ہے؟
repair-room-other-summary = کہیں اور
repair-room-other-error-required = درج کریں کہ مسئلہ کہاں ہے
repair-room-other-error-too-long = مسئلے کی جگہ کی تفصیل میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں

repair-problem-title = مسئلہ کیا ہے؟
repair-problem-label = مسئلہ کیا ہے؟
repair-problem-hint = مثلاً، کیا چیز ٹوٹی ہے، مسئلہ کب شروع ہوا، اور کیا یہ بڑھ رہا ہے
repair-problem-summary = مسئلہ
repair-problem-error-required = درج کریں کہ مسئلہ کیا ہے
repair-problem-error-too-long = مسئلے کی تفصیل میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں

repair-mould-title = کیا وہاں نمی (سیلن) یا پھپھوندی ہے؟
repair-mould-label = کیا وہاں نمی (سیلن) یا پھپھوندی ہے؟
repair-mould-hint = نمی اور پھپھوندی آپ کی صحت کو نقصان پہنچا سکتی ہیں۔ ہم اسے ترجیحی بنیاد پر دیکھتے ہیں۔
repair-mould-summary = نمی یا پھپھوندی
repair-mould-error-required = اگر وہاں نمی یا پھپھوندی ہے تو “ہاں” منتخب کریں

repair-access-title = ہم آپ کے گھر میں کب آ سکتے ہیں؟
repair-access-label = ہم آپ کے گھر میں کب آ سکتے ہیں؟
repair-access-summary = گھر میں آنے کا وقت
repair-access-any-time = کسی بھی وقت، صبح 8 بجے سے شام 6 بجے تک
repair-access-mornings = صرف صبح کے وقت، صبح 8 بجے سے دوپہر 1 بجے تک
repair-access-afternoons = صرف دوپہر کے بعد، دوپہر 1 بجے سے شام 6 بجے تک
repair-access-error-required = منتخب کریں کہ ہم آپ کے گھر میں کب آ سکتے ہیں

repair-contact-title = ہم آپ سے کیسے رابطہ کر سکتے ہیں؟
repair-contact-error-one-of = ای میل ایڈریس یا فون نمبر درج کریں، تاکہ ہم مرمت کے بارے میں آپ سے رابطہ کر سکیں
repair-email-label = ای میل ایڈریس
repair-email-hint = ای میل ایڈریس، فون نمبر، یا دونوں دیں۔ ہم آپ کا حوالہ نمبر اور تازہ معلومات ای میل پر بھیجیں گے۔
repair-email-summary = ای میل ایڈریس
repair-email-error-required = اپنا ای میل ایڈریس درج کریں
repair-email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، مثلاً name@example.com
repair-phone-label = فون نمبر
repair-phone-hint = ہم وقت طے کرنے کے لیے آپ کو فون کریں گے
repair-phone-summary = فون نمبر
repair-phone-error-required = فون نمبر درج کریں تاکہ ہم مرمت کا انتظام کر سکیں
repair-phone-error-invalid = برطانیہ کا فون نمبر درج کریں، مثلاً 01632 960 001 یا 07700 900 982

repair-next-steps = مرمت کا ایک افسر آپ کو فون کر کے آنے کا وقت طے کرے گا۔
