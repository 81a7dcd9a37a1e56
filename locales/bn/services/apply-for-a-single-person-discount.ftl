spd-title = একক ব্যক্তি হিসেবে কাউন্সিল কর (Council Tax) ছাড়ের জন্য আবেদন করুন
spd-summary = আপনার বাড়িতে আপনি একমাত্র প্রাপ্তবয়স্ক হলে, কাউন্সিল কর (Council Tax) 25% কম দিন।
spd-keywords = কাউন্সিল কর ছাড় একক ব্যক্তি একা থাকি একা থাকা 25 শতাংশ কমানো council tax discount single person live alone 25 percent reduction
spd-standard = আমরা { $date }-এর মধ্যে আমাদের সিদ্ধান্ত জানাব।
spd-start-intro = আপনার বাড়িতে যদি আপনিই একমাত্র প্রাপ্তবয়স্ক (18 বছর বা তার বেশি বয়সী) হিসেবে থাকেন, তাহলে আপনার কাউন্সিল কর (Council Tax) বিলে 25% ছাড় পেতে পারেন।
spd-start-time = এতে প্রায় 3 মিনিট সময় লাগে।
spd-start-need = আপনার লাগবে:
spd-start-need-account = আপনার কাউন্সিল কর (Council Tax) অ্যাকাউন্ট নম্বর, যা আপনার বিলে আছে
spd-start-need-date = যে তারিখ থেকে আপনি একা থাকছেন
spd-start-need-contact = একটি ইমেইল ঠিকানা

spd-account-title = আপনার কাউন্সিল কর (Council Tax) অ্যাকাউন্ট নম্বর কত?
spd-account-number-label = আপনার কাউন্সিল কর (Council Tax) অ্যাকাউন্ট নম্বর কত?
spd-account-number-hint = এটি 8টি সংখ্যা, আপনার বিলের ওপরের দিকে থাকে।
spd-account-number-summary = অ্যাকাউন্ট নম্বর
spd-account-number-error-required = আপনার কাউন্সিল কর (Council Tax) অ্যাকাউন্ট নম্বর লিখুন
spd-account-number-error-too-long = অ্যাকাউন্ট নম্বর { $max }টি অক্ষর বা তার কম হতে হবে
spd-account-number-error-pattern = আপনার অ্যাকাউন্ট নম্বর 8টি সংখ্যা দিয়ে লিখুন, যেমন 12345678

spd-address-title = বাড়িটির ঠিকানা কী?
spd-postcode-label = পোস্টকোড
spd-postcode-hint = যেমন, SE1 2QH
spd-postcode-summary = পোস্টকোড
spd-postcode-error-required = পোস্টকোড লিখুন
spd-postcode-error-invalid = যুক্তরাজ্যের একটি পূর্ণ পোস্টকোড লিখুন, যেমন SE1 2QH
spd-address-line-1-label = বাড়ির নম্বর বা নাম, এবং রাস্তা
spd-address-line-1-summary = ঠিকানা
spd-address-line-1-error-required = বাড়ির নম্বর বা নাম, এবং রাস্তার নাম লিখুন
spd-address-line-1-error-too-long = বাড়ির নম্বর বা নাম, এবং রাস্তা { $max }টি অক্ষর বা তার কম হতে হবে

spd-adults-title = আপনাকে নিয়ে ওই বাড়িতে কতজন প্রাপ্তবয়স্ক থাকেন?
spd-adults-label = আপনাকে নিয়ে ওই বাড়িতে কতজন প্রাপ্তবয়স্ক থাকেন?
spd-adults-hint = 18 বছর বা তার বেশি বয়সী যাঁরা বেশিরভাগ সময় সেখানে থাকেন, তাঁদের সবাইকে গুনুন।
spd-adults-summary = সেখানে থাকা প্রাপ্তবয়স্ক
spd-adults-error-required = ওই বাড়িতে কতজন প্রাপ্তবয়স্ক থাকেন তা লিখুন
spd-adults-error-invalid = প্রাপ্তবয়স্কদের সংখ্যা একটি পূর্ণ সংখ্যায় লিখুন, যেমন 1
spd-adults-error-too-small = প্রাপ্তবয়স্কদের সংখ্যা { $min } বা তার বেশি হতে হবে
spd-adults-error-too-large = প্রাপ্তবয়স্কদের সংখ্যা { $max } বা তার কম হতে হবে

spd-not-eligible-title = আপনি একক ব্যক্তি ছাড় পাবেন না
spd-not-eligible-body = এই ছাড় শুধু সেসব বাড়ির জন্য, যেখানে একজন প্রাপ্তবয়স্ক থাকেন।

    আপনার বাড়িতে কেউ যদি পূর্ণকালীন ছাত্র, পরিচর্যাকারী (carer), বা গুরুতর মানসিক প্রতিবন্ধকতা আছে এমন কেউ হন, তাহলে হয়তো আপনি তবুও ছাড় পেতে পারেন। জানতে 020 7946 0000 নম্বরে আমাদের ফোন করুন।

spd-since-title = আপনি কবে থেকে একা থাকছেন?
spd-since-label = আপনি কবে থেকে একা থাকছেন?
spd-since-hint = যেমন, 1 9 2026
spd-since-summary = যে তারিখ থেকে একা থাকছেন
spd-since-error-required = যে তারিখ থেকে আপনি একা থাকছেন তা লিখুন
spd-since-error-incomplete = যে তারিখ থেকে আপনি একা থাকছেন, তাতে { $missing ->
    [day] দিন
    [month] মাস
    [year] বছর
    [day-month] দিন ও মাস
    [day-year] দিন ও বছর
   *[month-year] মাস ও বছর
  } থাকতে হবে
spd-since-error-invalid = যে তারিখ থেকে আপনি একা থাকছেন, তা একটি আসল তারিখ হতে হবে
spd-since-error-year-digits = বছরে 4টি সংখ্যা থাকতে হবে
spd-since-error-future = যে তারিখ থেকে আপনি একা থাকছেন, তা আজ বা অতীতের কোনো তারিখ হতে হবে
spd-since-error-too-early = যে তারিখ থেকে আপনি একা থাকছেন, তা { $date } বা তার পরের হতে হবে

spd-moved-out-title = গত 3 মাসে অন্য কোনো প্রাপ্তবয়স্ক কি আপনার সাথে থাকতেন এবং চলে গেছেন?
spd-moved-out-label = গত 3 মাসে অন্য কোনো প্রাপ্তবয়স্ক কি আপনার সাথে থাকতেন এবং চলে গেছেন?
spd-moved-out-hint = যেমন, স্বামী/স্ত্রী বা সঙ্গী, প্রাপ্তবয়স্ক সন্তান, বা ভাড়া দিয়ে থাকা কেউ (lodger)।
spd-moved-out-summary = সম্প্রতি অন্য একজন প্রাপ্তবয়স্ক চলে গেছেন
spd-moved-out-error-required = গত 3 মাসে অন্য কোনো প্রাপ্তবয়স্ক চলে গিয়ে থাকলে ‘হ্যাঁ’ বেছে নিন

spd-proof-title = আপনি যে ওই ঠিকানায় থাকেন তার প্রমাণ আপলোড করুন
spd-proof-label = আপনি যে ওই ঠিকানায় থাকেন তার প্রমাণ আপলোড করুন
spd-proof-hint = গত 3 মাসের একটি বিল, ব্যাংক স্টেটমেন্ট বা চিঠি, যাতে আপনার নাম ও এই ঠিকানা আছে। এর একটি ছবি দিলেও চলবে।
spd-proof-summary = ঠিকানার প্রমাণ
spd-proof-error-required = আপনি যে ওই ঠিকানায় থাকেন তার প্রমাণ আপলোড করুন

spd-moved-out-proof-title = তিনি যে চলে গেছেন তার প্রমাণ আপলোড করুন
spd-moved-out-proof-label = তিনি যে চলে গেছেন তার প্রমাণ আপলোড করুন
spd-moved-out-proof-hint = যেমন, তাঁর নতুন ভাড়ার চুক্তি, বা তাঁর নতুন ঠিকানায় পাঠানো একটি চিঠি।
spd-moved-out-proof-summary = তিনি যে চলে গেছেন তার প্রমাণ
spd-moved-out-proof-error-required = অন্য প্রাপ্তবয়স্ক যে চলে গেছেন তার প্রমাণ আপলোড করুন

spd-contact-title = আপনার বিবরণ
spd-full-name-label = পুরো নাম
spd-full-name-summary = নাম
spd-full-name-error-required = আপনার পুরো নাম লিখুন
spd-full-name-error-too-long = পুরো নাম { $max }টি অক্ষর বা তার কম হতে হবে
spd-email-label = ইমেইল ঠিকানা
spd-email-hint = আমরা এই ঠিকানায় আমাদের সিদ্ধান্ত পাঠাব
spd-email-summary = ইমেইল ঠিকানা
spd-email-error-required = আপনার ইমেইল ঠিকানা লিখুন
spd-email-error-invalid = সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com

spd-next-steps = আমরা আপনাকে ছাড় দিলে, একটি নতুন বিল পাঠাব। অন্য কোনো প্রাপ্তবয়স্ক আপনার বাড়িতে থাকতে এলে আমাদের জানান।
