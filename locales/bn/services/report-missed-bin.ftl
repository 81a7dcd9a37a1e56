missed-bin-title = বিন সংগ্রহ বাদ পড়ার কথা জানান
missed-bin-summary = সংগ্রহের দিনে আমরা আপনার বিন খালি না করলে আমাদের জানান।
missed-bin-standard = আমরা { $date }-এর মধ্যে ফিরে এসে আপনার বিন খালি করব।
missed-bin-start-intro = আপনার নির্ধারিত দিনে আমরা আপনার আবর্জনা, রিসাইক্লিং, খাবারের বর্জ্য বা বাগানের বর্জ্য সংগ্রহ না করলে, তা জানাতে এই সেবাটি ব্যবহার করুন।
missed-bin-start-need = আপনার লাগবে:
missed-bin-start-need-address = যে ঠিকানা থেকে সংগ্রহ করার কথা ছিল
missed-bin-start-need-date = যে তারিখে আপনার বিন বাদ পড়েছে
missed-bin-start-need-email = একটি ইমেইল ঠিকানা, যাতে আমরা আপনাকে সর্বশেষ খবর দিতে পারি
missed-bin-start-time = এতে প্রায় 3 মিনিট সময় লাগে।
missed-bin-start-limit = আপনি শুধু গত 14 দিনের মধ্যে বাদ পড়া সংগ্রহের কথা জানাতে পারবেন।

missed-bin-address-title = কোন ঠিকানা থেকে সংগ্রহ করার কথা ছিল?
missed-bin-postcode-label = পোস্টকোড
missed-bin-postcode-hint = যেমন, SE1 2QH
missed-bin-postcode-summary = পোস্টকোড
missed-bin-postcode-error-required = যে ঠিকানা থেকে সংগ্রহ করার কথা ছিল তার পোস্টকোড লিখুন
missed-bin-postcode-error-invalid = যুক্তরাজ্যের একটি পূর্ণ পোস্টকোড লিখুন, যেমন SE1 2QH
missed-bin-address-line-1-label = বাড়ির নম্বর বা নাম, এবং রাস্তা
missed-bin-address-line-1-hint = যেমন, 12 Peckham Road
missed-bin-address-line-1-summary = ঠিকানা
missed-bin-address-line-1-error-required = বাড়ির নম্বর বা নাম, এবং রাস্তার নাম লিখুন
missed-bin-address-line-1-error-too-long = বাড়ির নম্বর বা নাম, এবং রাস্তা { $max }টি অক্ষর বা তার কম হতে হবে

missed-bin-which-bin-title = আমরা কোন বিনটি বাদ দিয়েছি?
missed-bin-bin-label = আমরা কোন বিনটি বাদ দিয়েছি?
missed-bin-bin-summary = বিন
missed-bin-bin-rubbish = সাধারণ আবর্জনা
missed-bin-bin-recycling = রিসাইক্লিং
missed-bin-bin-food-waste = খাবারের বর্জ্য
missed-bin-bin-garden-waste = বাগানের বর্জ্য
missed-bin-bin-error-required = আমরা কোন বিনটি বাদ দিয়েছি তা বেছে নিন

missed-bin-date-title = আমরা কবে আপনার বিন বাদ দিয়েছি?
missed-bin-date-label = আমরা কবে আপনার বিন বাদ দিয়েছি?
missed-bin-date-hint = যেমন, 20 11 2026
missed-bin-date-summary = বাদ পড়ার তারিখ
missed-bin-date-error-required = যে তারিখে আমরা আপনার বিন বাদ দিয়েছি তা লিখুন
missed-bin-date-error-incomplete = যে তারিখে আমরা আপনার বিন বাদ দিয়েছি, তাতে { $missing ->
    [day] দিন
    [month] মাস
    [year] বছর
    [day-month] দিন ও মাস
    [day-year] দিন ও বছর
   *[month-year] মাস ও বছর
  } থাকতে হবে
missed-bin-date-error-invalid = যে তারিখে আমরা আপনার বিন বাদ দিয়েছি, তা একটি আসল তারিখ হতে হবে
missed-bin-date-error-year-digits = বছরে 4টি সংখ্যা থাকতে হবে
missed-bin-date-error-future = যে তারিখে আমরা আপনার বিন বাদ দিয়েছি, তা আজ বা অতীতের কোনো তারিখ হতে হবে
missed-bin-date-error-too-old = যে তারিখে আমরা আপনার বিন বাদ দিয়েছি, তা গত { $days } দিনের মধ্যে হতে হবে

missed-bin-more-information-title = আমাদের আর কিছু জানা দরকার কি?
missed-bin-more-information-label = আমাদের আর কিছু জানা দরকার কি? (ঐচ্ছিক)
missed-bin-more-information-hint = যেমন, আপনি বিনটি কোথায় রেখেছেন, বা সেখানে কীভাবে যেতে হয়
missed-bin-more-information-summary = আর কিছু
missed-bin-more-information-error-too-long = আমাদের আর যা জানা দরকার তা { $max }টি অক্ষর বা তার কম হতে হবে

missed-bin-contact-title = আমরা কীভাবে আপনার সাথে যোগাযোগ করতে পারি?
missed-bin-email-label = ইমেইল ঠিকানা
missed-bin-email-hint = আমরা এই ঠিকানায় আপনার রেফারেন্স নম্বর ও সর্বশেষ খবর পাঠাব
missed-bin-email-summary = ইমেইল ঠিকানা
missed-bin-email-error-required = আপনার ইমেইল ঠিকানা লিখুন
missed-bin-email-error-invalid = সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com
missed-bin-phone-label = ফোন নম্বর (ঐচ্ছিক)
missed-bin-phone-hint = যুক্তরাজ্যের নম্বর, যেমন 07700 900 982
missed-bin-phone-summary = ফোন নম্বর
missed-bin-phone-error-invalid = যুক্তরাজ্যের একটি ফোন নম্বর লিখুন, যেমন 01632 960 001 বা 07700 900 982

missed-bin-next-steps = আমরা ফিরে এসে আপনার বিন খালি করব। আপনাকে আর কিছু করতে হবে না।
missed-bin-next-steps-leave-out = আমরা খালি না করা পর্যন্ত দয়া করে আপনার বিনটি বাইরে রেখে দিন।
