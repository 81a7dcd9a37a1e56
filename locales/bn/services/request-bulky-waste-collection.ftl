bulky-title = বড় আকারের বর্জ্য সংগ্রহের জন্য বুক করুন
bulky-summary = আপনার বাড়ি থেকে বড় জিনিস, যেমন আসবাবপত্র ও ফ্রিজ, নিয়ে যেতে আমাদের বলুন।
bulky-keywords = আসবাবপত্র সোফা ফ্রিজ তোশক বড় জিনিস সংগ্রহ furniture sofa fridge mattress large items collection bulky waste
bulky-standard = আমরা { $date }-এর মধ্যে আপনার সংগ্রহের দিন জানাব।
bulky-start-intro = বাড়ির সর্বোচ্চ 10টি বড় জিনিস সংগ্রহের জন্য বুক করতে এই সেবাটি ব্যবহার করুন।
bulky-start-cost = সর্বোচ্চ 3টি জিনিসের জন্য খরচ { MONEY(25) }, এবং এর বেশি প্রতিটি জিনিসের জন্য { MONEY(5) }। আপনি কাউন্সিল কর ছাড় (Council Tax Reduction) পেলে এটি বিনামূল্যে। কীভাবে টাকা দিতে হবে, আমরা তা জানাব।
bulky-start-time = এতে প্রায় 3 মিনিট সময় লাগে।
bulky-start-need = আপনার লাগবে:
bulky-start-need-items = জিনিসগুলোর একটি তালিকা
bulky-start-need-address = যে ঠিকানা থেকে নিতে হবে
bulky-start-need-email = একটি ইমেইল ঠিকানা

bulky-items-title = আমাদের কী কী নিয়ে যেতে হবে?
bulky-items-label = আমাদের কী কী নিয়ে যেতে হবে?
bulky-items-hint = একবারে একটি করে জিনিস যোগ করুন, যেমন একটি সোফা বা একটি ফ্রিজ। আপনি সর্বোচ্চ 10টি জিনিস বুক করতে পারেন। আমরা নির্মাণের ভাঙা ইট-সুরকি, গাড়ির যন্ত্রাংশ বা বাগানের বর্জ্য নিই না।
bulky-items-summary = জিনিস
bulky-items-add = জিনিস যোগ করুন
bulky-items-error-required = আমাদের যে জিনিসটি নিয়ে যেতে হবে তা লিখুন
bulky-items-error-too-long = প্রতিটি জিনিস { $max }টি অক্ষর বা তার কম হতে হবে
bulky-items-error-too-many = একবারের সংগ্রহে আপনি সর্বোচ্চ { $max }টি জিনিস বুক করতে পারেন

bulky-address-title = আমরা কোথা থেকে নেব?
bulky-address-label = আমরা কোথা থেকে নেব?
bulky-address-hint = পোস্টকোড লিখে ‘ঠিকানা খুঁজুন’ বেছে নিন, অথবা নিজেই ঠিকানা লিখুন।
bulky-address-summary = সংগ্রহের ঠিকানা
bulky-address-error-required = আমরা যে ঠিকানা থেকে নেব সেটি লিখুন

bulky-contact-title = আমরা কীভাবে আপনার সাথে যোগাযোগ করতে পারি?
bulky-email-label = ইমেইল ঠিকানা
bulky-email-hint = আমরা এই ঠিকানায় আপনার সংগ্রহের দিন জানাব
bulky-email-summary = ইমেইল ঠিকানা
bulky-email-error-required = আপনার ইমেইল ঠিকানা লিখুন
bulky-email-error-invalid = সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com
bulky-phone-label = ফোন নম্বর (ঐচ্ছিক)
bulky-phone-hint = সংগ্রহের দিন আমাদের কর্মীদের আপনার সাথে যোগাযোগ করার দরকার হলে
bulky-phone-summary = ফোন নম্বর
bulky-phone-error-invalid = যুক্তরাজ্যের একটি ফোন নম্বর লিখুন, যেমন 01632 960 001 বা 07700 900 982

bulky-next-steps = সংগ্রহের দিন সকাল 7টার মধ্যে জিনিসগুলো আপনার বাড়ির বাইরে রাখুন। আগের দিন সন্ধ্যার আগে সেগুলো ফুটপাতে রাখবেন না।
