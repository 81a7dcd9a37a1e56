fly-tipping-title = অবৈধভাবে ফেলা আবর্জনার (fly-tipping) কথা জানান
fly-tipping-summary = রাস্তা, ফুটপাত বা অন্য কোনো সর্বজনীন জায়গায় ফেলে যাওয়া আবর্জনার কথা আমাদের জানান।
fly-tipping-keywords = ফেলে যাওয়া আবর্জনা ময়লা বর্জ্য জঞ্জাল তোশক ময়লা ফেলা dumped rubbish waste litter mattress dumping fly-tipping
fly-tipping-standard = আমরা { $date }-এর মধ্যে এটি পরিষ্কার করব, অথবা আমরা কী করছি তা জানাব।
fly-tipping-start-intro = সর্বজনীন জায়গায়, যেমন রাস্তা, ফুটপাত, পার্ক বা গলিতে ফেলে যাওয়া আবর্জনার কথা জানাতে এই সেবাটি ব্যবহার করুন।
fly-tipping-start-danger = বিপজ্জনক হতে পারে এমন কিছু ছোঁবেন না, যেমন সুঁই, রাসায়নিক বা অ্যাসবেস্টস।
fly-tipping-start-time = এতে প্রায় 3 মিনিট সময় লাগে।
fly-tipping-start-need = আপনার লাগবে:
fly-tipping-start-need-where = আবর্জনা কোথায় আছে তা জানানো
fly-tipping-start-need-what = কী ধরনের আবর্জনা তা জানানো

fly-tipping-where-title = আবর্জনা কোথায়?
fly-tipping-location-label = জায়গাটি কোথায় তা বর্ণনা করুন
fly-tipping-location-hint = যেমন, 12 Peckham Road-এর বাইরে, বাস স্টপের পাশে
fly-tipping-location-summary = কোথায়
fly-tipping-location-error-required = আবর্জনা কোথায় আছে তা লিখুন
fly-tipping-location-error-too-long = আবর্জনা কোথায় আছে তা { $max }টি অক্ষর বা তার কম হতে হবে
fly-tipping-postcode-label = পোস্টকোড (ঐচ্ছিক)
fly-tipping-postcode-hint = জানা থাকলে দিন, যেমন SE1 2QH
fly-tipping-postcode-summary = পোস্টকোড
fly-tipping-postcode-error-invalid = যুক্তরাজ্যের একটি পূর্ণ পোস্টকোড লিখুন, যেমন SE1 2QH

fly-tipping-what-title = কী ফেলে যাওয়া হয়েছে?
fly-tipping-waste-label = কী ফেলে যাওয়া হয়েছে?
fly-tipping-waste-hint = যেগুলো খাটে, সবগুলো বেছে নিন।
fly-tipping-waste-summary = কী
fly-tipping-waste-bags = ব্যাগভর্তি আবর্জনা
fly-tipping-waste-furniture = আসবাবপত্র বা তোশক
fly-tipping-waste-electrical = ফ্রিজ, টিভি বা অন্য বৈদ্যুতিক জিনিস
fly-tipping-waste-building = নির্মাণের ভাঙা ইট-সুরকি
fly-tipping-waste-garden = বাগানের আবর্জনা
fly-tipping-waste-other = অন্য কিছু
fly-tipping-waste-error-required = কী ফেলে যাওয়া হয়েছে তা বেছে নিন

fly-tipping-photos-title = ফেলে যাওয়া আবর্জনার ছবি যোগ করুন (ঐচ্ছিক)
fly-tipping-photos-label = ফেলে যাওয়া আবর্জনার ছবি যোগ করুন (ঐচ্ছিক)
fly-tipping-photos-hint = ছবি থাকলে আমাদের দল সহজে এটি খুঁজে পরিষ্কার করতে পারে। ছবি তুলতে গিয়ে নিজেকে বিপদে ফেলবেন না।
fly-tipping-photos-summary = ছবি

fly-tipping-dangerous-title = এর কোনো কিছু কি বিপজ্জনক হতে পারে?
fly-tipping-dangerous-label = এর কোনো কিছু কি বিপজ্জনক হতে পারে?
fly-tipping-dangerous-hint = যেমন, সুঁই, রাসায়নিক, গ্যাসের বোতল বা অ্যাসবেস্টস
fly-tipping-dangerous-summary = বিপজ্জনক হতে পারে
fly-tipping-dangerous-error-required = এর কোনো কিছু বিপজ্জনক হতে পারলে ‘হ্যাঁ’ বেছে নিন

fly-tipping-seen-title = আপনি কবে এটি দেখেছেন?
fly-tipping-seen-label = আপনি কবে এটি দেখেছেন?
fly-tipping-seen-hint = যেমন, 20 11 2026
fly-tipping-seen-summary = দেখার তারিখ
fly-tipping-seen-error-required = যে তারিখে আপনি আবর্জনা দেখেছেন তা লিখুন
fly-tipping-seen-error-incomplete = যে তারিখে আপনি আবর্জনা দেখেছেন, তাতে { $missing ->
    [day] দিন
    [month] মাস
    [year] বছর
    [day-month] দিন ও মাস
    [day-year] দিন ও বছর
   *[month-year] মাস ও বছর
  } থাকতে হবে
fly-tipping-seen-error-invalid = যে তারিখে আপনি আবর্জনা দেখেছেন, তা একটি আসল তারিখ হতে হবে
fly-tipping-seen-error-year-digits = বছরে 4টি সংখ্যা থাকতে হবে
fly-tipping-seen-error-future = যে তারিখে আপনি আবর্জনা দেখেছেন, তা আজ বা অতীতের কোনো তারিখ হতে হবে

fly-tipping-contact-title = আপনার ইমেইল ঠিকানা কী?
fly-tipping-email-label = আপনার ইমেইল ঠিকানা কী?
fly-tipping-email-hint = আমরা এই ঠিকানায় আপনার রেফারেন্স নম্বর ও সর্বশেষ খবর পাঠাব
fly-tipping-email-summary = ইমেইল ঠিকানা
fly-tipping-email-error-required = আপনার ইমেইল ঠিকানা লিখুন
fly-tipping-email-error-invalid = সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com

fly-tipping-next-steps = রাস্তা পরিষ্কারের একটি দল আবর্জনা দেখে পরিষ্কার করবে। কে এটি ফেলেছে তার প্রমাণ পেলে, আমরা তার বিরুদ্ধে ব্যবস্থা নিতে পারি।
