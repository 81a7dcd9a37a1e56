pest-title = کیڑوں اور چوہوں سے نجات (pest control) کے لیے مدد مانگیں
pest-summary = اپنے گھر میں بڑے چوہوں، چھوٹے چوہوں، لال بیگوں، کھٹملوں یا بھڑوں کے لیے مدد حاصل کریں۔
pest-keywords = چوہے چوہیا لال بیگ کاکروچ کھٹمل بھڑ بھڑیں چھتہ کیڑے مکوڑے rats mice vermin cockroaches bedbugs wasps nest infestation
pest-standard = ہم آنے کا وقت طے کرنے کے لیے { $date } تک آپ سے رابطہ کریں گے۔
pest-start-intro = کیڑوں اور چوہوں سے نجات دلانے والے افسر (pest control officer) کو اپنے گھر بلانے کے لیے یہ سروس استعمال کریں۔
pest-start-cost = ایک بار کے علاج (ٹریٹمنٹ) کی قیمت { MONEY(60) } ہے۔ اگر آپ کو یونیورسل کریڈٹ (Universal Credit)، پنشن کریڈٹ (Pension Credit) یا کونسل ٹیکس میں کمی (Council Tax Reduction) ملتی ہے تو یہ مفت ہے۔
pest-start-time = اس میں تقریباً 3 منٹ لگتے ہیں۔
pest-start-need = آپ کو ان چیزوں کی ضرورت ہو گی:
pest-start-need-address = آپ کا پتہ
pest-start-need-email = ایک ای میل ایڈریس

pest-pest-title = یہ کون سا کیڑا یا جانور ہے؟
pest-pest-label = یہ کون سا کیڑا یا جانور ہے؟
pest-pest-summary = کیڑا یا جانور
pest-pest-rats = بڑے چوہے
pest-pest-mice = چھوٹے چوہے
pest-pest-cockroaches = لال بیگ (کاکروچ)
pest-pest-bedbugs = کھٹمل
pest-pest-wasps = بھڑیں
pest-pest-other = کچھ اور
pest-pest-error-required = منتخب کریں کہ یہ کون سا کیڑا یا جانور ہے

pest-where-title = آپ نے انہیں کہاں دیکھا ہے؟
pest-where-label = آپ نے انہیں کہاں دیکھا ہے؟
pest-where-summary = کہاں
pest-where-inside = میرے گھر کے اندر
pest-where-garden = میرے باغ میں
pest-where-shared-area = کسی مشترکہ جگہ میں، مثلاً سیڑھیوں پر یا کوڑے دان رکھنے کی جگہ میں
pest-where-error-required = منتخب کریں کہ آپ نے انہیں کہاں دیکھا ہے

pest-address-title = آپ کا پتہ کیا ہے؟
pest-address-label = آپ کا پتہ کیا ہے؟
pest-address-hint = اپنا پوسٹ کوڈ درج کریں اور “پتہ تلاش کریں” منتخب کریں، یا اپنا پتہ خود لکھیں۔
pest-address-summary = پتہ
pest-address-error-required = اپنا پتہ درج کریں

pest-benefits-title = کیا آپ کو یونیورسل کریڈٹ (Universal Credit)، پنشن کریڈٹ (Pension Credit) یا کونسل ٹیکس میں کمی (Council Tax Reduction) ملتی ہے؟
pest-benefits-label = کیا آپ کو یونیورسل کریڈٹ (Universal Credit)، پنشن کریڈٹ (Pension Credit) یا کونسل ٹیکس میں کمی (Council Tax Reduction) ملتی ہے؟
pest-benefits-hint = اگر ملتی ہے تو علاج مفت ہے۔
pest-benefits-summary = سرکاری امداد (بینیفٹس) ملتی ہے
pest-benefits-error-required = اگر آپ کو یونیورسل کریڈٹ (Universal Credit)، پنشن کریڈٹ (Pension Credit) یا کونسل ٹیکس میں کمی (Council Tax Reduction) ملتی ہے تو “ہاں” منتخب کریں

pest-contact-title = ہم آپ سے کیسے رابطہ کر سکتے ہیں؟
pest-email-label = ای میل ایڈریس
pest-email-hint = ہم آپ کا حوالہ نمبر اور تازہ معلومات اس ایڈریس پر بھیجیں گے
pest-email-summary = ای میل ایڈریس
pest-email-error-required = اپنا ای میل ایڈریس درج کریں
pest-email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، مثلاً name@example.com
pest-phone-label = فون نمبر (اختیاری)
pest-phone-summary = فون نمبر
pest-phone-error-invalid = برطانیہ کا فون نمبر درج کریں، مثلاً 01632 960 001 یا 07700 900 982

pest-next-steps = کیڑوں اور چوہوں سے نجات دلانے والا افسر آپ کو فون یا ای میل کر کے آنے کا وقت طے کرے گا۔
