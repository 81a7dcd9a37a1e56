foi-title = معلومات کی آزادی (Freedom of Information) کی درخواست دیں
foi-summary = کونسل کے پاس موجود معلومات مانگیں۔
foi-keywords = معلومات کی آزادی ماحولیاتی معلومات ماحول ڈیٹا درخواست foi freedom of information eir environmental information data request
foi-standard = ہم { $date } تک جواب دیں گے۔ قانون کے مطابق یہ 20 کام کے دن ہیں۔
foi-start-intro = کوئی بھی شخص کونسل کے پاس موجود معلومات مانگ سکتا ہے، مثلاً رپورٹیں، اخراجات اور اعداد و شمار۔ اس میں ماحول سے متعلق معلومات بھی شامل ہیں۔
foi-start-published = پہلے ہماری ویب سائٹ دیکھیں: ہماری بہت سی معلومات پہلے ہی شائع ہو چکی ہیں۔
foi-start-time = اس میں تقریباً 5 منٹ لگتے ہیں۔
foi-start-need = آپ کو ان چیزوں کی ضرورت ہو گی:
foi-start-need-what = جو معلومات آپ چاہتے ہیں، انہیں جتنا ہو سکے واضح طور پر بیان کرنا
foi-start-need-contact = آپ کا نام اور ای میل ایڈریس

foi-information-title = آپ کون سی معلومات چاہتے ہیں؟
foi-information-label = آپ کون سی معلومات چاہتے ہیں؟
foi-information-hint = اگر ہو سکے تو تاریخیں اور جگہیں بتائیں۔ آپ کی درخواست جتنی واضح ہو گی، ہم اتنی ہی جلدی جواب دے سکیں گے۔
foi-information-summary = مطلوبہ معلومات
foi-information-error-required = وہ معلومات درج کریں جو آپ چاہتے ہیں
foi-information-error-too-long = آپ کی درخواست میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں

foi-format-title = آپ معلومات کس طرح حاصل کرنا چاہیں گے؟
foi-format-label = آپ معلومات کس طرح حاصل کرنا چاہیں گے؟
foi-format-summary = طریقہ
foi-format-email = ای میل کے ذریعے
foi-format-paper = کاغذ پر، ڈاک کے ذریعے
foi-format-error-required = منتخب کریں کہ آپ معلومات کس طرح حاصل کرنا چاہیں گے

foi-contact-title = آپ کی تفصیلات
foi-full-name-label = پورا نام
foi-full-name-hint = قانون کے مطابق معلومات کی آزادی (Freedom of Information) کی درخواست کا جواب دینے کے لیے ہمیں آپ کا اصل نام چاہیے۔
foi-full-name-summary = نام
foi-full-name-error-required = اپنا پورا نام درج کریں
foi-full-name-error-too-long = پورے نام میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
foi-email-label = ای میل ایڈریس
foi-email-hint = ہم اپنا جواب اس ایڈریس پر بھیجیں گے
foi-email-summary = ای میل ایڈریس
foi-email-error-required = اپنا ای میل ایڈریس درج کریں
foi-email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، مثلاً name@example.com

foi-next-steps = اگر ہمیں مزید وقت چاہیے، یا آپ سے مزید تفصیل چاہیے، تو ہم 20 کام کے دنوں کے اندر آپ کو بتا دیں گے۔
