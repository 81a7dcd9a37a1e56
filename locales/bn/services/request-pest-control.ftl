pest-title = পোকামাকড় দমনের জন্য অনুরোধ করুন
pest-summary = আপনার বাড়িতে ইঁদুর, নেংটি ইঁদুর, তেলাপোকা, ছারপোকা বা বোলতা থাকলে সাহায্য নিন।
pest-keywords = ইঁদুর নেংটি ইঁদুর তেলাপোকা ছারপোকা বোলতা চাক পোকামাকড় উপদ্রব rats mice vermin cockroaches bedbugs wasps nest infestation pest control
pest-standard = বাড়িতে আসার সময় ঠিক করতে আমরা { $date }-এর মধ্যে আপনার সাথে যোগাযোগ করব।
pest-start-intro = একজন পোকামাকড় দমন কর্মকর্তাকে আপনার বাড়িতে পাঠানোর অনুরোধ করতে এই সেবাটি ব্যবহার করুন।
pest-start-cost = একবার দমনের খরচ { MONEY(60) }। আপনি সর্বজনীন ক্রেডিট (Universal Credit), পেনশন ক্রেডিট (Pension Credit) বা কাউন্সিল কর ছাড় (Council Tax Reduction) পেলে এটি বিনামূল্যে।
pest-start-time = এতে প্রায় 3 মিনিট সময় লাগে।
pest-start-need = আপনার লাগবে:
pest-start-need-address = আপনার ঠিকানা
pest-start-need-email = একটি ইমেইল ঠিকানা

pest-pest-title = কী ধরনের পোকামাকড় বা প্রাণী?
pest-pest-label = কী ধরনের পোকামাকড় বা প্রাণী?
pest-pest-summary = পোকামাকড় বা প্রাণী
pest-pest-rats = বড় ইঁদুর
pest-pest-mice = নেংটি ইঁদুর
pest-pest-cockroaches = তেলাপোকা
pest-pest-bedbugs = ছারপোকা
pest-pest-wasps = বোলতা
pest-pest-other = অন্য কিছু
pest-pest-error-required = কী ধরনের পোকামাকড় বা প্রাণী তা বেছে নিন

pest-where-title = আপনি এগুলো কোথায় দেখেছেন?
pest-where-label = আপনি এগুলো কোথায় দেখেছেন?
pest-where-summary = কোথায়
pest-where-inside = আমার বাড়ির ভেতরে
pest-where-garden = আমার বাগানে
pest-where-shared-area = সবার ব্যবহারের জায়গায়, যেমন সিঁড়ি বা বিন রাখার জায়গা
pest-where-error-required = আপনি এগুলো কোথায় দেখেছেন তা বেছে নিন

pest-address-title = আপনার ঠিকানা কী?
pest-address-label = আপনার ঠিকানা কী?
pest-address-hint = আপনার পোস্টকোড লিখে ‘ঠিকানা খুঁজুন’ বেছে নিন, অথবা নিজেই ঠিকানা লিখুন।
pest-address-summary = ঠিকানা
pest-address-error-required = আপনার ঠিকানা লিখুন

pest-benefits-title = আপনি কি সর্বজনীন ক্রেডিট (Universal Credit), পেনশন ক্রেডিট (Pension Credit) বা কাউন্সিল কর ছাড় (Council Tax Reduction) পান?
pest-benefits-label = আপনি কি সর্বজনীন ক্রেডিট (Universal Credit), পেনশন ক্রেডিট (Pension Credit) বা কাউন্সিল কর ছাড় (Council Tax Reduction) পান?
pest-benefits-hint = পেলে, দমন বিনামূল্যে।
pest-benefits-summary = ভাতা পান
pest-benefits-error-required = আপনি সর্বজনীন ক্রেডিট (Universal Credit), পেনশন ক্রেডিট (Pension Credit) বা কাউন্সিল কর ছাড় (Council Tax Reduction) পেলে ‘হ্যাঁ’ বেছে নিন

pest-contact-title = আমরা কীভাবে আপনার সাথে যোগাযোগ করতে পারি?
pest-email-label = ইমেইল ঠিকানা
pest-email-hint = আমরা এই ঠিকানায় আপনার রেফারেন্স নম্বর ও সর্বশেষ খবর পাঠাব
pest-email-summary = ইমেইল ঠিকানা
pest-email-error-required = আপনার ইমেইল ঠিকানা লিখুন
pest-email-error-invalid = সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com
pest-phone-label = ফোন নম্বর (ঐচ্ছিক)
pest-phone-summary = ফোন নম্বর
pest-phone-error-invalid = যুক্তরাজ্যের একটি ফোন নম্বর লিখুন, যেমন 01632 960 001 বা 07700 900 982

pest-next-steps = একজন পোকামাকড় দমন কর্মকর্তা আপনাকে ফোন বা ইমেইল করে বাড়িতে আসার সময় ঠিক করবেন।
