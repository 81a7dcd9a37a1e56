bulky-title = بڑا سامان (bulky waste) اٹھوانے کی بکنگ کریں
bulky-summary = ہم سے کہیں کہ آپ کے گھر سے بڑی چیزیں، مثلاً فرنیچر اور فریج، اٹھا کر لے جائیں۔
bulky-keywords = فرنیچر صوفہ فریج گدا بڑی چیزیں بڑا سامان اٹھوانا furniture sofa fridge mattress large items collection
bulky-standard = ہم { $date } تک آپ کو بتا دیں گے کہ سامان کس دن اٹھایا جائے گا۔
bulky-start-intro = گھر کی زیادہ سے زیادہ 10 بڑی چیزیں اٹھوانے کی بکنگ کے لیے یہ سروس استعمال کریں۔
bulky-start-cost = 3 چیزوں تک اٹھوانے کی قیمت { MONEY(25) } ہے، اور ہر اضافی چیز کے لیے { MONEY(5) }۔ اگر آپ کو کونسل ٹیکس میں کمی (Council Tax Reduction) ملتی ہے تو یہ مفت ہے۔ ہم آپ کو بتائیں گے کہ پیسے کیسے ادا کرنے ہیں۔
bulky-start-time = اس میں تقریباً 3 منٹ لگتے ہیں۔
bulky-start-need = آپ کو ان چیزوں کی ضرورت ہو گی:
bulky-start-need-items = چیزوں کی فہرست
bulky-start-need-address = وہ پتہ جہاں سے سامان اٹھانا ہے
bulky-start-need-email = ایک ای میل ایڈریس

bulky-items-title = آپ کون سی چیزیں اٹھوانا چاہتے ہیں؟
bulky-items-label = آپ کون سی چیزیں اٹھوانا چاہتے ہیں؟
bulky-items-hint = ایک وقت میں ایک چیز شامل کریں، مثلاً صوفہ یا فریج۔ آپ زیادہ سے زیادہ 10 چیزوں کی بکنگ کر سکتے ہیں۔ ہم تعمیراتی ملبہ، گاڑی کے پرزے یا باغ کا کچرا نہیں لے جا سکتے۔
bulky-items-summary = چیزیں
bulky-items-add = چیز شامل کریں
bulky-items-error-required = وہ چیز درج کریں جو آپ اٹھوانا چاہتے ہیں
bulky-items-error-too-long = ہر چیز کے نام میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
bulky-items-error-too-many = آپ ایک بار میں زیادہ سے زیادہ { $max } چیزوں کی بکنگ کر سکتے ہیں

bulky-address-title = ہم سامان کہاں سے اٹھائیں؟
bulky-address-label = ہم سامان کہاں سے اٹھائیں؟
bulky-address-hint = پوسٹ کوڈ درج کریں اور “پتہ تلاش کریں” منتخب کریں، یا پتہ خود لکھیں۔
bulky-address-summary = سامان اٹھانے کا پتہ
bulky-address-error-required = وہ پتہ درج کریں جہاں سے ہمیں سامان اٹھانا ہے

bulky-contact-title = ہم آپ سے کیسے رابطہ کر سکتے ہیں؟
bulky-email-label = ای میل ایڈریس
bulky-email-hint = ہم سامان اٹھانے کا دن اس ایڈریس پر بھیجیں گے
bulky-email-summary = ای میل ایڈریس
bulky-email-error-required = اپنا ای میل ایڈریس درج کریں
bulky-email-error-invalid = ای میل ایڈریس درست شکل میں درج کریں، مثلاً name@example.com
bulky-phone-label = فون نمبر (اختیاری)
bulky-phone-hint = اگر اس دن ہمارے عملے کو آپ سے رابطہ کرنا پڑے
bulky-phone-summary = فون نمبر
bulky-phone-error-invalid = برطانیہ کا فون نمبر درج کریں، مثلاً 01632 960 001 یا 07700 900 982

bulky-next-steps = سامان اٹھانے والے دن صبح 7 بجے تک چیزیں اپنے گھر کے باہر رکھ دیں۔ انہیں ایک دن پہلے کی شام سے پہلے فٹ پاتھ پر نہ رکھیں۔
