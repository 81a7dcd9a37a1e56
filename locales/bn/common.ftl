language-name = বাংলা
council-name = ফ্রন্টডোর বরো কাউন্সিল
council-phone = 020 7946 0000
council-email = contact@frontdoor.example.gov.uk
skip-link = মূল অংশে যান
header-home = কাউন্সিলের সেবা
language-switch = ভাষা
language-switch-summary = ভাষা: { $language }
language-unreviewed = একজন যোগ্য অনুবাদক এখনও এই অনুবাদটি যাচাই করেননি, তাই কিছু শব্দ ভুল হতে পারে।
language-unreviewed-link = এই পাতাটি ইংরেজিতে পড়ুন
footer-accessibility = প্রবেশযোগ্যতা
footer-privacy = গোপনীয়তা
footer-cookies = আপনার উত্তর মনে রাখতে আমরা একটি কুকি ব্যবহার করি, আর আপনার ভাষা মনে রাখতে আরেকটি। আমরা ট্র্যাকিং কুকি ব্যবহার করি না।

contact-heading = আমাদের সাথে যোগাযোগের অন্য উপায়
contact-phone = ফোন: { $phone }
contact-email = ইমেইল: { $email }
contact-hours = সোমবার থেকে শুক্রবার, সকাল 9টা থেকে বিকেল 5টা
contact-in-person = সরাসরি: যেকোনো লাইব্রেরি বা গ্রাহক সেবা কেন্দ্রে আসুন। সেখানকার কর্মী ও ডিজিটাল সহায়তাকারীরা আপনাকে সাহায্য করতে পারেন।

button-save-detail = সংরক্ষণ করুন
button-continue = চালিয়ে যান
button-start = এখনই শুরু করুন
button-send = মেনে নিয়ে পাঠান
button-find = আমার অনুরোধ খুঁজুন
back-link = ফিরে যান

error-summary-title = একটি সমস্যা হয়েছে
error-title = ত্রুটি: { $title }
error-prefix = ত্রুটি:
optional = ঐচ্ছিক

date-day = দিন
date-month = মাস
date-year = বছর

character-count-limit = আপনি সর্বোচ্চ { $max }টি অক্ষর লিখতে পারেন
character-count-remaining = { $remaining ->
    [one] আপনি আর { $remaining }টি অক্ষর লিখতে পারবেন
   *[other] আপনি আর { $remaining }টি অক্ষর লিখতে পারবেন
  }
character-count-over = { $over ->
    [one] আপনি { $over }টি অক্ষর বেশি লিখেছেন
   *[other] আপনি { $over }টি অক্ষর বেশি লিখেছেন
  }

home-title = আপনি কী করতে চান?
home-intro = কোনো সমস্যার কথা জানান, কোনো সেবা চান, অথবা আগে যে বিষয়ে আমাদের জানিয়েছেন তার কী হচ্ছে তা দেখুন।
home-track = আগে পাঠানো কোনো অনুরোধের অবস্থা দেখুন

start-before = শুরু করার আগে

check-answers-title = পাঠানোর আগে আপনার উত্তরগুলো যাচাই করুন
check-answers-change = বদলান
check-answers-not-given = দেওয়া হয়নি
check-answers-send-heading = এখন আপনার অনুরোধ পাঠান
check-answers-declaration = এটি পাঠিয়ে আপনি নিশ্চিত করছেন যে, আপনার জানামতে আপনার দেওয়া তথ্য সঠিক।

confirmation-title = অনুরোধ পাঠানো হয়েছে
confirmation-reference = আপনার রেফারেন্স নম্বর
confirmation-keep = আপনার রেফারেন্স নম্বরটি লিখে রাখুন। অনুরোধের অবস্থা দেখতে, বা এ বিষয়ে আমাদের সাথে যোগাযোগ করলে, এটি লাগবে।
confirmation-next = এরপর কী হবে
confirmation-track = আপনার অনুরোধের অবস্থা দেখুন
confirmation-another = অন্য কিছু জানান বা চান

track-title = অনুরোধের অবস্থা দেখুন
track-intro = রেফারেন্স নম্বরটি লিখুন, আর অনুরোধ পাঠানোর সময় আমাদের যে ইমেইল ঠিকানা দিয়েছিলেন সেটি লিখুন।
track-reference-label = রেফারেন্স নম্বর
track-reference-hint = এটি আপনার নিশ্চিতকরণ পাতায় আছে। এতে 9টি অক্ষর ও সংখ্যা আছে, যেমন KX4-P7M-HRT।
track-reference-error-required = আপনার রেফারেন্স নম্বর লিখুন
track-reference-error-invalid = রেফারেন্স নম্বরটি ঠিক যেভাবে আপনাকে দেওয়া হয়েছিল সেভাবে লিখুন, যেমন KX4-P7M-HRT
track-email-label = ইমেইল ঠিকানা
track-email-error-required = আমাদের যে ইমেইল ঠিকানা দিয়েছিলেন সেটি লিখুন
track-email-error-invalid = সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com
track-not-found = এই রেফারেন্স নম্বর ও ইমেইল ঠিকানা দিয়ে আমরা কোনো অনুরোধ খুঁজে পাইনি। দুটোই যাচাই করে আবার চেষ্টা করুন, অথবা আমাদের ফোন করুন।
track-result-title = আপনার অনুরোধ
track-status = অবস্থা
track-status-received = পাওয়া গেছে
track-status-acknowledged = প্রাপ্তি নিশ্চিত করা হয়েছে
track-status-in-progress = কাজ চলছে
track-status-waiting-for-resident = আপনার উত্তরের অপেক্ষায়
track-status-resolved = সমাধান হয়েছে
track-status-closed = বন্ধ
track-service = অনুরোধ
track-reference = রেফারেন্স নম্বর
track-sent-on = পাঠানোর তারিখ
track-act-by = যে তারিখের মধ্যে আমরা ব্যবস্থা নেব
track-acknowledge-by = যে তারিখের মধ্যে আমরা প্রাপ্তি নিশ্চিত করব
track-another = অন্য কোনো অনুরোধের অবস্থা দেখুন
track-history = কী কী হয়েছে
track-overdue = যে তারিখের কথা দিয়েছিলাম, তার মধ্যে আমরা এটি করতে পারিনি। দেরির জন্য আমরা দুঃখিত।
warning = সতর্কতা
reply-heading = আমাদের প্রশ্নের উত্তর দিন
reply-intro = আমরা যা জানতে চেয়েছি তা জানান। আপনি ছবি বা কাগজপত্রও যোগ করতে পারেন।
reply-label = আপনার উত্তর
reply-files-label = ছবি বা কাগজপত্র যোগ করুন (ঐচ্ছিক)
reply-reply-error-required = আপনার উত্তর লিখুন, অথবা একটি ফাইল যোগ করুন
reply-reply-error-too-long = আপনার উত্তর { $max }টি অক্ষর বা তার কম হতে হবে
button-send-reply = আপনার উত্তর পাঠান
track-history-reply = আপনি উত্তর দিয়েছেন
track-history-files = পাঠানো ফাইল: { $files }
rating-heading = আমরা আপনার অনুরোধ যেভাবে সামলেছি, তাতে আপনি কতটা সন্তুষ্ট?
rating-very-satisfied = খুব সন্তুষ্ট
rating-satisfied = সন্তুষ্ট
rating-neither = সন্তুষ্টও নই, অসন্তুষ্টও নই
rating-dissatisfied = অসন্তুষ্ট
rating-very-dissatisfied = খুব অসন্তুষ্ট
rating-comment-label = আরও কিছু বলুন (ঐচ্ছিক)
rating-comment-hint = ব্যক্তিগত তথ্য লিখবেন না।
rating-satisfaction-error-required = আপনি কতটা সন্তুষ্ট তা বেছে নিন
rating-comment-error-too-long = আপনার মন্তব্য { $max }টি অক্ষর বা তার কম হতে হবে
button-send-rating = পাঠান
rating-thanks = আমরা কেমন কাজ করেছি তা জানানোর জন্য ধন্যবাদ।

session-expired = আপনার সেশন শেষ হয়ে গিয়েছিল। এই পাতায় আপনি যা লিখেছিলেন, তা আমরা রেখে দিয়েছি। সেটি যাচাই করে চালিয়ে যান।
not-found-title = পাতাটি পাওয়া যায়নি
not-found-body = আপনি ওয়েব ঠিকানাটি টাইপ করে থাকলে, সেটি ঠিক আছে কিনা দেখুন।
server-error-title = দুঃখিত, সেবাটিতে একটি সমস্যা হয়েছে
server-error-body = পরে আবার চেষ্টা করুন। আপনার উত্তরগুলো সংরক্ষণ করা আছে।
server-error-try-later = পরে আবার চেষ্টা করুন।
forbidden-title = দুঃখিত, আমরা ফরমটি গ্রহণ করতে পারিনি
forbidden-body = কিছুক্ষণ সেবাটি ব্যবহার না করলে এমন হতে পারে। ফরমের শুরুতে ফিরে গিয়ে আবার চেষ্টা করুন।
too-large-title = আপনি যা পাঠিয়েছেন তা খুব বড়
too-large-body = ফিরে গিয়ে কম করে পাঠান। ফাইল যোগ করলে, একবারে একটি করে যোগ করুন।
too-many-requests-title = দুঃখিত, অনেকবার চেষ্টা করা হয়েছে
too-many-requests-body = কয়েক মিনিট অপেক্ষা করে আবার চেষ্টা করুন।
error-page-contact = সাহায্য লাগলে আমাদের সাথে যোগাযোগ করুন।

date-long = { $day } { $month } { $year }
# সপ্তাহের দিনসহ তারিখ, সামনের তারিখের জন্য: "মঙ্গলবার, 9 ডিসেম্বর 2025"।
date-with-weekday = { $weekday }, { $day } { $month } { $year }
date-at-time = { $date }, { $time }
# $hour হলো 1 থেকে 12, সাথে $half "am" বা "pm"; যে ভাষায় 24 ঘণ্টার ঘড়ি চলে, সেখানে $hour হলো 00 থেকে 23
# এবং অনুবাদে $half বাদ থাকে।
time-of-day = { $hour }:{ $minute } { $half ->
    [am] AM
   *[pm] PM
}
weekday-1 = সোমবার
weekday-2 = মঙ্গলবার
weekday-3 = বুধবার
weekday-4 = বৃহস্পতিবার
weekday-5 = শুক্রবার
weekday-6 = শনিবার
weekday-7 = রবিবার
month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর

answer-yes = হ্যাঁ
answer-no = না
select-choose = একটি বেছে নিন
checkboxes-or = অথবা

home-search-label = একটি সেবা খুঁজুন
home-search-button = খুঁজুন
home-search-results = { $count ->
    [one] “{ $query }”-এর সাথে { $count }টি সেবা মিলেছে
   *[other] “{ $query }”-এর সাথে { $count }টি সেবা মিলেছে
  }
home-search-none = “{ $query }”-এর সাথে কোনো সেবা মেলেনি। অন্য শব্দ দিয়ে চেষ্টা করুন, অথবা আমাদের ফোন করুন।
home-search-all = সব সেবা দেখুন
category-report = কোনো সমস্যার কথা জানান
category-request = কোনো সেবা চান
category-apply = কোনো কিছুর জন্য আবেদন করুন
category-complain = অভিযোগ, প্রশংসা ও মতামত
category-ask-for-information = তথ্য চান

save-link = সংরক্ষণ করে পরে ফিরে আসুন
save-title = সংরক্ষণ করে পরে ফিরে আসুন
save-intro = আপনি যত এগোবেন, আপনার উত্তরগুলো তত সংরক্ষণ হতে থাকবে। পরে এই ফরমে ফিরে আসতে, এই ডিভাইসে বা অন্য কোনো ডিভাইসে, আপনার একটি অ্যাক্সেস কোড লাগবে।
save-check = আপনি ফিরে এলে, এটি আপনিই কিনা তা যাচাই করতে আমরা আপনার কোড এবং আপনার দেওয়া একটি উত্তর জানতে চাইব।
save-button = একটি অ্যাক্সেস কোড নিন
saved-title = আপনার উত্তরগুলো সংরক্ষণ করা হয়েছে
saved-code = আপনার অ্যাক্সেস কোড
saved-keep = আপনার অ্যাক্সেস কোড লিখে নিরাপদে রাখুন। কোডটি ও আপনার উত্তরগুলো জানলে যে কেউ আপনার ফরম দেখতে পারে।
saved-return-how = ফিরে আসতে { $address } ঠিকানায় যান এবং আপনার কোড লিখুন।
saved-expires = { $date } পর্যন্ত আমরা আপনার উত্তরগুলো রেখে দেব। তারপর সেগুলো মুছে ফেলা হবে।
saved-emailed = আপনার ফরমে ফিরে আসার একটি লিংক আমরা { $email } ঠিকানায় পাঠিয়েছি।
saved-link = আপনি এই লিংকটিও ব্যবহার করতে পারেন:
saved-continue = আপনার ফরম চালিয়ে যান
return-title = সংরক্ষিত ফরমে ফিরে আসুন
return-intro = ফরম সংরক্ষণ করার সময় আপনাকে যে অ্যাক্সেস কোড দেওয়া হয়েছিল, সেটি লিখুন।
return-code-label = অ্যাক্সেস কোড
return-code-hint = এতে 9টি অক্ষর ও সংখ্যা আছে, যেমন KX4-P7M-HRT।
return-code-error-required = আপনার অ্যাক্সেস কোড লিখুন
return-code-error-invalid = অ্যাক্সেস কোডটি ঠিক যেভাবে আপনাকে দেওয়া হয়েছিল সেভাবে লিখুন, যেমন KX4-P7M-HRT
return-code-error-not-found = এই কোড দিয়ে আমরা কোনো সংরক্ষিত ফরম খুঁজে পাইনি। সংরক্ষিত ফরম 28 দিন রাখা হয়।
return-check-title = এটি আপনিই কিনা যাচাই করুন
return-check-uk-postcode = ফরমে আপনি কোন পোস্টকোড দিয়েছিলেন?
return-check-email = ফরমে আপনি কোন ইমেইল ঠিকানা দিয়েছিলেন?
return-check-date = ফরমে ‘{ $question }’ প্রশ্নে আপনি কোন তারিখ দিয়েছিলেন?
return-check-none = ফরমটি চালিয়ে যেতে ‘চালিয়ে যান’ বেছে নিন।
return-check-error-required = ফরমে আপনি যে উত্তর দিয়েছিলেন সেটি লিখুন
return-check-error-wrong = এটি ফরমের উত্তরের সাথে মেলেনি। যাচাই করে আবার চেষ্টা করুন।
return-link-expired = এই লিংকটি কাজ করছে না। হয়তো এর মেয়াদ শেষ হয়ে গেছে: সংরক্ষিত ফরম 28 দিন রাখা হয়। আপনি অ্যাক্সেস কোড লিখে রেখে থাকলে, সেটি এখানে লিখুন।
return-start-again = অনেকবার উত্তর মেলেনি। আবার আপনার অ্যাক্সেস কোড লিখুন।

# ঠিকানার প্রশ্ন: পোস্টকোড দিয়ে খুঁজুন, অথবা নিজে লিখুন
address-postcode = পোস্টকোড
address-find = ঠিকানা খুঁজুন
address-choose = একটি ঠিকানা বেছে নিন
address-found = { $count ->
    [one] { $postcode } পোস্টকোডে { $count }টি ঠিকানা পাওয়া গেছে
   *[other] { $postcode } পোস্টকোডে { $count }টি ঠিকানা পাওয়া গেছে
}
address-none-found = { $postcode } পোস্টকোডে আমরা কোনো ঠিকানা খুঁজে পাইনি। নিচে ঠিকানাটি লিখুন।
address-lookup-unavailable = এই মুহূর্তে আমরা ঠিকানা খুঁজতে পারছি না। নিচে ঠিকানাটি লিখুন।
address-manual = অথবা নিজেই ঠিকানাটি লিখুন।
address-line-1 = ঠিকানার লাইন 1
address-line-2 = ঠিকানার লাইন 2 (ঐচ্ছিক)
address-town = শহর বা নগর
address-error-line-1-required = ঠিকানার লাইন 1 লিখুন, সাধারণত ভবন ও রাস্তার নাম
address-error-line-1-too-long = ঠিকানার লাইন 1 { $max }টি অক্ষর বা তার কম হতে হবে
address-error-line-2-too-long = ঠিকানার লাইন 2 { $max }টি অক্ষর বা তার কম হতে হবে
address-error-town-required = শহর বা নগরের নাম লিখুন
address-error-town-too-long = শহর বা নগরের নাম { $max }টি অক্ষর বা তার কম হতে হবে
address-error-lookup-required = একটি পোস্টকোড লিখুন
address-error-postcode-required = পোস্টকোড লিখুন
address-error-postcode-invalid = যুক্তরাজ্যের একটি পূর্ণ পোস্টকোড লিখুন, যেমন SE15 5DQ

# "আরেকটি যোগ করুন" তালিকা
list-added = { $count ->
    [one] আপনি { $count }টি জিনিস যোগ করেছেন
   *[other] আপনি { $count }টি জিনিস যোগ করেছেন
}
list-remove = সরিয়ে দিন

# প্রমাণের ফাইল
list-or = অথবা
file-limits = আপনি সর্বোচ্চ { $count }টি ফাইল যোগ করতে পারেন। প্রতিটি ফাইল { $types } হতে হবে, এবং { $max }-এর চেয়ে ছোট হতে হবে।
file-upload-button = ফাইল আপলোড করুন
file-added = { $count ->
    [one] { $count }টি ফাইল যোগ করা হয়েছে
   *[other] { $count }টি ফাইল যোগ করা হয়েছে
}
file-remove = সরিয়ে দিন
file-cancel = বাতিল করুন
file-uploading = { $name }: { $percent }% আপলোড হয়েছে
file-uploaded = { $name } আপলোড হয়েছে
file-cancelled = { $name } আপলোড করা হয়নি
file-error-empty = { $name } ফাইলটি খালি। এমন একটি ফাইল বেছে নিন যাতে কিছু আছে
file-error-too-big = { $name } ফাইলটি { $max }-এর চেয়ে ছোট হতে হবে
file-error-total-too-big = { $name } যোগ করা হয়নি: সব ফাইল মিলিয়ে { $total }-এর চেয়ে ছোট হতে হবে
file-error-too-many = { $name } যোগ করা হয়নি: আপনি সর্বোচ্চ { $count }টি ফাইল যোগ করতে পারেন
file-error-wrong-type = { $name } ফাইলটি { $types } হতে হবে
file-error-password = { $name } ফাইলটি পাসওয়ার্ড দিয়ে সুরক্ষিত। পাসওয়ার্ডটি সরিয়ে আবার যোগ করুন
file-error-damaged = { $name } ফাইলটি নষ্ট, তাই খোলা যাচ্ছে না। অন্য একটি ফাইল বেছে নিন
file-error-virus = { $name } ফাইলে ভাইরাস আছে। অন্য একটি ফাইল বেছে নিন
file-error-not-checked = { $name } ফাইলে ভাইরাস আছে কিনা তা যাচাই করা যায়নি। পরে আবার চেষ্টা করুন
file-error-incomplete = { $name } ফাইলটির আপলোড শেষ হয়নি। আবার চেষ্টা করুন
file-error-none-chosen = একটি ফাইল বেছে নিন
file-wait = { $name } ফাইলটির আপলোড শেষ হওয়া পর্যন্ত অপেক্ষা করুন

## একজন কেসওয়ার্কার অনুরোধটিকে পরের ধাপে নিচ্ছেন

change-status-error-required = একটি নতুন অবস্থা বেছে নিন
change-status-error-not-allowed = { $from ->
    [resolved] এই অনুরোধটির সমাধান হয়ে গেছে, তাই এর অবস্থা আর বদলানো যাবে না
    [closed] এই অনুরোধটি বন্ধ হয়ে গেছে, তাই এর অবস্থা আর বদলানো যাবে না
   *[other] { $to ->
        [received] কোনো অনুরোধ আবার “পাওয়া গেছে” অবস্থায় ফিরে যেতে পারে না
        [acknowledged] যে অনুরোধে কাজ চলছে, সেটি আবার “প্রাপ্তি নিশ্চিত করা হয়েছে” অবস্থায় ফিরে যেতে পারে না
       *[other] অনুরোধটি আগে থেকেই এই অবস্থায় আছে
    }
}
change-note-error-needed = বাসিন্দার কাছ থেকে আপনার কী দরকার তা লিখুন
change-note-error-outcome = ফলাফল কী তা লিখুন
change-note-error-too-long = নোটটি { $max }টি অক্ষর বা তার কম হতে হবে
change-staff-note-error-too-long = কর্মীদের জন্য নোটটি { $max }টি অক্ষর বা তার কম হতে হবে
change-staff-note-error-required = কর্মীদের জন্য নোটটি লিখুন

## একজন বাসিন্দার অ্যাকাউন্ট

account-title = আপনার অ্যাকাউন্ট
account-sign-in-title = আপনার অ্যাকাউন্টে সাইন ইন করুন
account-sign-in-intro = আপনার ইমেইল ঠিকানা লিখুন। আমরা আপনাকে ইমেইলে একটি কোড ও একটি লিংক পাঠাব। সাইন ইন করতে যেকোনো একটি ব্যবহার করুন: কোনো পাসওয়ার্ড মনে রাখতে হবে না।
account-code-intro = আমরা আপনাকে ইমেইলে একটি কোড ও একটি লিংক পাঠিয়েছি। কোডটি এখানে লিখুন, অথবা ইমেইলের লিংকটি ব্যবহার করুন। দুটোই একবার এবং { $minutes } মিনিট পর্যন্ত কাজ করে।
account-link-expired = এই সাইন-ইন লিংকটি আগেই ব্যবহার করা হয়েছে, অথবা এর মেয়াদ শেষ হয়ে গেছে। নতুন লিংক পেতে আপনার ইমেইল ঠিকানা লিখুন।
account-signed-in-as = আপনি { $email } হিসেবে সাইন ইন করেছেন।
account-requests = আপনার অনুরোধগুলো
account-no-requests = আপনি এখনও এই ইমেইল ঠিকানা দিয়ে কোনো অনুরোধ পাঠাননি।
account-track = কোনো অনুরোধের কী হয়েছে তা দেখুন
account-drafts = আপনার শুরু করা ফরমগুলো
account-no-drafts = আপনার কোনো অসমাপ্ত ফরম নেই।
account-draft-saved = শেষবার সংরক্ষণ: { $when }
account-messages = আমরা আপনাকে যে বার্তাগুলো পাঠিয়েছি
account-no-messages = আমরা এখনও আপনাকে কোনো বার্তা পাঠাইনি।
account-message-request-received = আমরা আপনার অনুরোধ পেয়েছি
account-message-request-moved = আপনার অনুরোধ সম্পর্কে খবর
account-message-request-over = আপনার অনুরোধের ফলাফল
account-message-save-and-return = আপনার সংরক্ষিত ফরম
account-data-title = আপনার তথ্য
account-data-link = আপনার সম্পর্কে আমাদের কাছে থাকা সব তথ্য দেখুন, বা ডাউনলোড করুন
account-data-intro = আপনার অ্যাকাউন্টে আপনার সম্পর্কে আমাদের কাছে যা কিছু আছে, সব এখানে: আপনার বিবরণ, আপনার ইমেইল ঠিকানা দিয়ে পাঠানো অনুরোধ ও আপনার উত্তর, আপনার শুরু করা ফরম, এবং আমাদের পাঠানো বার্তা।
account-data-download = আপনার সব তথ্য ডাউনলোড করুন (একটি JSON ফাইল)
account-data-since = অ্যাকাউন্ট খোলার তারিখ
account-data-answers = আপনার উত্তর
account-data-files = যোগ করা ফাইল
account-data-draft = শুরু করেছেন: { $service }
account-delete-title = আপনার অ্যাকাউন্ট মুছে ফেলুন
account-delete-goes = এতে আপনার অ্যাকাউন্ট, আপনার শুরু করা ফরম ও সেগুলোতে যোগ করা সব ফাইল, এবং আপনার সাইন-ইনের রেকর্ড মুছে যাবে। সব ডিভাইস থেকে আপনাকে সাইন আউট করা হবে।
account-delete-kept = আপনি আগেই যে অনুরোধগুলো পাঠিয়েছেন, সেগুলো উত্তর ও ফাইলসহ রাখা হবে, কারণ আইন যতদিন বলে ততদিন কাউন্সিলকে সেগুলো রাখতে হয়। রেফারেন্স নম্বর ও আপনার ইমেইল ঠিকানা দিয়ে আপনি তখনও সেগুলোর অবস্থা দেখতে পারবেন।
account-delete-confirm = নিশ্চিত করুন
account-delete-confirm-yes = আমি বুঝেছি। আমার অ্যাকাউন্ট মুছে ফেলুন।
account-delete-confirm-error-required = আপনি আপনার অ্যাকাউন্ট মুছে ফেলতে চান, তা নিশ্চিত করুন
account-delete-button = আমার অ্যাকাউন্ট মুছে ফেলুন
account-deleted = আপনার অ্যাকাউন্ট মুছে ফেলা হয়েছে। আপনার পাঠানো অনুরোধগুলো রাখা আছে, এবং আপনি এখনও সেগুলোর অবস্থা দেখতে পারবেন।
profile-used = আমরা আপনার সংরক্ষিত বিবরণ বসিয়ে দিয়েছি। সেগুলো যাচাই করুন, আর এবার কিছু আলাদা হলে এখানে বদলে নিন।
profile-save-legend = আপনার অ্যাকাউন্ট
profile-save-hint = আপনি যেগুলোতে টিক দেবেন, শুধু সেগুলোই আপনার অ্যাকাউন্টে সংরক্ষণ করা হবে।
profile-save-new = পরের বারের জন্য “{ $question }” প্রশ্নে আমার উত্তর আমার অ্যাকাউন্টে সংরক্ষণ করুন
profile-save-change = আমার অ্যাকাউন্টেও “{ $question }” বদলে দিন
profile-heading = আপনার সংরক্ষিত বিবরণ
profile-intro = যেসব ফরমে এগুলো চাওয়া হয়, সেখানে আমরা আপনার জন্য এগুলো বসিয়ে দিই। কোনো পরিবর্তন এখানে সংরক্ষণ হবে কিনা, তা আপনি প্রতিটি ফরমে বেছে নেন।
profile-remove = সরিয়ে দিন
profile-uses = আমরা আপনার বিবরণ কীভাবে ব্যবহার করেছি
profile-use = { $detail }: “{ $service }” ফরমে বসানো হয়েছে, { $when }
profile-field-language = ভাষা
profile-field-contact-method = কীভাবে যোগাযোগ করা হবে
profile-field-access-needs = আপনার যে সাহায্য দরকার
profile-not-saved = সংরক্ষণ করা হয়নি
profile-change = বদলান
profile-add = যোগ করুন
profile-field-interpreter-language = যে ভাষার দোভাষী দরকার
profile-field-name = নাম
profile-field-date-of-birth = জন্ম তারিখ
profile-field-email = ইমেইল ঠিকানা
profile-field-phone = ফোন নম্বর
profile-field-address = ঠিকানা
profile-pass-on-heading = আপনি আপনার বিবরণ বদলেছেন। একবারেই সবখানে জানাবেন?
profile-pass-on-legend = আপনার চালু কোন অনুরোধগুলোতে নতুন বিবরণ যাবে?
profile-pass-on-button = জানিয়ে দিন
profile-keep-button = এখন নয়
profile-passed-on = নতুন বিবরণ – { $detail }: { $value }
account-provider-heading = অথবা আপনার কাউন্সিল অ্যাকাউন্ট ব্যবহার করুন
account-provider-button = { $name } দিয়ে সাইন ইন করুন
account-provider-failed = আপনার কাউন্সিল অ্যাকাউন্ট দিয়ে সাইন ইন করা যায়নি। আবার চেষ্টা করুন, অথবা আমরা ইমেইলে যে কোড পাঠাই সেটি ব্যবহার করুন।
account-sign-out = সাইন আউট করুন
account-sign-out-everywhere = সব ডিভাইস থেকে সাইন আউট করুন

## "আপনার বিবরণ" ফরম (একজন বাসিন্দার সংরক্ষিত বিবরণ)

details-title = আপনার সংরক্ষিত বিবরণ
details-summary = যে বিবরণ আমরা ফরমে আপনার জন্য বসিয়ে দিই।
details-standard = সাথে সাথে সংরক্ষণ করা হয়।
details-name-title = আপনার নাম
details-full-name-label = আপনার পুরো নাম কী?
details-full-name-summary = নাম
details-full-name-error-required = আপনার পুরো নাম লিখুন
details-full-name-error-too-long = আপনার নাম { $max }টি অক্ষর বা তার কম হতে হবে
details-date-of-birth-title = আপনার জন্ম তারিখ
details-date-of-birth-label = আপনার জন্ম তারিখ কত?
details-date-of-birth-summary = জন্ম তারিখ
details-date-of-birth-hint = যেমন, 27 3 1985
details-date-of-birth-error-required = আপনার জন্ম তারিখ লিখুন
details-date-of-birth-error-incomplete = আপনার জন্ম তারিখে দিন, মাস ও বছর থাকতে হবে
details-date-of-birth-error-invalid = আপনার জন্ম তারিখ একটি আসল তারিখ হতে হবে
details-date-of-birth-error-year-digits = বছরে 4টি সংখ্যা থাকতে হবে
details-date-of-birth-error-future = আপনার জন্ম তারিখ অতীতের হতে হবে
details-email-title = আপনার ইমেইল ঠিকানা
details-email-label = ফরমে কোন ইমেইল ঠিকানা ব্যবহার করা হবে?
details-email-summary = ইমেইল ঠিকানা
details-email-error-required = একটি ইমেইল ঠিকানা লিখুন
details-email-error-invalid = সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com
details-phone-title = আপনার ফোন নম্বর
details-phone-label = আপনার ফোন নম্বর কত?
details-phone-summary = ফোন নম্বর
details-phone-error-required = একটি ফোন নম্বর লিখুন
details-phone-error-invalid = যুক্তরাজ্যের একটি ফোন নম্বর লিখুন, যেমন 01632 960 001 বা 07700 900 982
details-address-title = আপনার ঠিকানা
details-address-label = আপনার ঠিকানা কী?
details-address-summary = ঠিকানা
details-address-hint = আপনার পোস্টকোড লিখে ‘ঠিকানা খুঁজুন’ বেছে নিন, অথবা নিজেই ঠিকানা লিখুন।
details-address-error-required = আপনার ঠিকানা লিখুন
details-language-title = আপনার ভাষা
details-language-label = আমরা কোন ভাষা ব্যবহার করব?
details-language-summary = ভাষা
details-language-error-required = একটি ভাষা বেছে নিন
details-language-en-gb = English (ইংরেজি)
details-language-cy = Cymraeg (ওয়েলশ)
details-language-pl = Polski (পোলিশ)
details-language-ro = Română (রোমানীয়)
details-language-pt = Português (পর্তুগিজ)
details-language-es = Español (স্প্যানিশ)
details-language-tr = Türkçe (তুর্কি)
details-language-so = Soomaali (সোমালি)
details-language-bn = বাংলা
details-language-ur = اردو (উর্দু)
details-language-ar = العربية (আরবি)
details-language-zh-hans = 中文（简体） (সরলীকৃত চীনা)
details-language-uk = Українська (ইউক্রেনীয়)
details-contact-method-title = কীভাবে যোগাযোগ করা হবে
details-contact-method-label = আমরা কীভাবে আপনার সাথে যোগাযোগ করলে আপনার সুবিধা হয়?
details-contact-method-summary = কীভাবে যোগাযোগ করা হবে
details-contact-method-error-required = আমরা কীভাবে আপনার সাথে যোগাযোগ করব, তা বেছে নিন
details-contact-method-email = ইমেইলে
details-contact-method-phone = ফোনে
details-contact-method-post = ডাকযোগে
details-access-needs-title = আমাদের কাছ থেকে আপনার যে সাহায্য দরকার
details-access-needs-label = আমাদের কাছ থেকে এগুলোর কোনোটি কি আপনার দরকার?
details-access-needs-summary = আপনার যে সাহায্য দরকার
details-access-needs-hint = যেগুলো খাটে, সবগুলো বেছে নিন।
details-access-needs-error-required = অন্তত একটি বেছে নিন, অথবা ফিরে যান
details-interpreter-language-label = দোভাষী লাগলে, কোন ভাষার জন্য? (ঐচ্ছিক)
details-interpreter-language-summary = যে ভাষার দোভাষী দরকার
details-interpreter-language-hint = যেমন, পোলিশ, সোমালি বা বাংলা
details-interpreter-language-error-too-long = ভাষার নাম { $max }টি অক্ষর বা তার কম হতে হবে
details-access-needs-large-print = বড় অক্ষরে ছাপা চিঠি
details-access-needs-easy-read = সহজে পড়ার মতো সংস্করণ (Easy Read)
details-access-needs-british-sign-language = ব্রিটিশ সাংকেতিক ভাষার (British Sign Language) একজন দোভাষী
details-access-needs-interpreter = অন্য কোনো ভাষার একজন দোভাষী
details-access-needs-someone-speaks-for-me = এমন কেউ, যিনি আমার হয়ে কথা বলবেন

## কেসওয়ার্কারদের পাতা

staff-area = কেসওয়ার্কার
staff-sign-in-title = অনুরোধ দেখতে সাইন ইন করুন
staff-sign-in-intro = আপনার কাউন্সিলের ইমেইল ঠিকানা লিখুন। সাইন ইন করার জন্য আমরা আপনাকে ইমেইলে একটি কোড পাঠাব।
staff-email-label = ইমেইল ঠিকানা
staff-email-error-required = আপনার ইমেইল ঠিকানা লিখুন
staff-email-error-invalid = সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@council.gov.uk
button-send-code = কোড পাঠান
staff-code-title = আপনার ইমেইল দেখুন
staff-code-intro = এই ঠিকানার কোনো অ্যাকাউন্ট থাকলে, আমরা সেখানে একটি কোড পাঠিয়েছি। কোডটি একবারই, { $minutes } মিনিট পর্যন্ত কাজ করে।
staff-code-label = কোড
staff-code-hint = এতে 6টি সংখ্যা আছে, যেমন 042917
staff-code-error-required = ইমেইলে পাওয়া কোডটি লিখুন
staff-code-error-invalid = কোডে { $digits }টি সংখ্যা থাকে
staff-code-error-wrong = কোডটি ভুল, অথবা এর মেয়াদ শেষ হয়ে গেছে। ইমেইলটি দেখুন, অথবা একটি নতুন কোড নিন
staff-code-again = একটি নতুন কোড নিন
button-sign-in = সাইন ইন করুন
staff-signed-in-as = { $name } হিসেবে সাইন ইন করা আছে
staff-sign-out = সাইন আউট করুন
staff-requests-title = অনুরোধ
staff-filter-service = সেবা
staff-filter-status = অবস্থা
staff-filter-any = যেকোনো
staff-filter-overdue = শুধু সময় পেরিয়ে যাওয়া অনুরোধ
button-filter = অনুরোধ দেখান
staff-requests-count = { $count ->
    [one] { $count }টি অনুরোধ, যেটির প্রতিশ্রুত তারিখ সবচেয়ে কাছে সেটি আগে
   *[other] { $count }টি অনুরোধ, যেটির প্রতিশ্রুত তারিখ সবচেয়ে কাছে সেটি আগে
}
staff-requests-none = কোনো অনুরোধ মেলেনি। অন্য ফিল্টার দিয়ে চেষ্টা করুন।
staff-column-reference = রেফারেন্স
staff-column-service = অনুরোধ
staff-column-status = অবস্থা
staff-column-sent = পাঠানোর তারিখ
staff-column-act-by = ব্যবস্থা নেওয়ার শেষ তারিখ
staff-overdue = সময় পেরিয়ে গেছে
staff-replied = বাসিন্দা উত্তর দিয়েছেন
staff-ratings-heading = বাসিন্দারা কতটা সন্তুষ্ট ছিলেন
staff-ratings-none = এখনও কোনো বাসিন্দা এই সেবার মূল্যায়ন করেননি।
staff-ratings-answer = উত্তর
staff-ratings-count = বাসিন্দা
staff-status-received = পাওয়া গেছে
staff-status-acknowledged = প্রাপ্তি নিশ্চিত করা হয়েছে
staff-status-in-progress = কাজ চলছে
staff-status-waiting-for-resident = বাসিন্দার উত্তরের অপেক্ষায়
staff-status-resolved = সমাধান হয়েছে
staff-status-closed = বন্ধ
staff-request-title = অনুরোধ { $reference }
staff-back = অনুরোধের তালিকায় ফিরে যান
staff-contact = বাসিন্দার ইমেইল
staff-language = ভাষা
staff-answers-heading = উত্তর
staff-files-heading = প্রমাণ
staff-files-none = কোনো ফাইল পাঠানো হয়নি।
staff-file-clean = ভাইরাস যাচাই করা হয়েছে
staff-file-not-scanned = ভাইরাস যাচাই করা হয়নি
staff-file-with-reply = একটি উত্তরের সাথে পাঠানো
staff-file-download = ডাউনলোড করুন
staff-history-heading = ইতিহাস
staff-history-reply = বাসিন্দা উত্তর দিয়েছেন
staff-history-note = কর্মীদের নোট
staff-history-staff-note = কর্মীদের নোট: { $note }
staff-history-by = করেছেন: { $name }
staff-failed-heading = যে বার্তাগুলো পাঠানো যায়নি
staff-failed-intro = বাসিন্দাকে এই বার্তাগুলো পাঠানো যায়নি। অন্য কোনো উপায়ে তাঁর সাথে যোগাযোগ করুন।
staff-message-request-received = প্রাপ্তি নিশ্চিতকরণ
staff-message-request-moved = তাঁর অনুরোধ সম্পর্কে খবর
staff-message-request-over = তাঁর অনুরোধের ফলাফল
staff-message-save-and-return = সংরক্ষিত ফরম
staff-rating = বাসিন্দার মূল্যায়ন
staff-change-heading = এই অনুরোধটিকে পরের ধাপে নিন
staff-request-over = এই অনুরোধটি শেষ হয়ে গেছে। এটিকে আর পরের ধাপে নেওয়া যাবে না।
change-status-label = নতুন অবস্থা
change-note-label = বাসিন্দার জন্য নোট
change-note-hint = তাঁর কাছ থেকে আপনার কী দরকার, অথবা ফলাফল কী, তা লিখুন। তিনি এটি অবস্থা দেখার পাতায় ও একটি ইমেইলে দেখতে পাবেন।
change-staff-note-label = শুধু কর্মীদের জন্য নোট
change-staff-note-hint = বাসিন্দা এটি কখনও দেখতে পান না।
button-change-status = সংরক্ষণ করে বাসিন্দাকে জানান
change-status-error-moved = আপনি এটি খোলার পর অন্য কেউ এই অনুরোধটিকে পরের ধাপে নিয়েছেন। বদলানোর আগে আবার দেখে নিন

## বাসিন্দাদের পাঠানো বার্তা (প্রতিটিতে একটি বিষয় ও সাধারণ লেখার মূল অংশ; একটি ফাঁকা লাইন দিয়ে
## নতুন অনুচ্ছেদ শুরু হয়)

mail-request-received-subject = আমরা আপনার অনুরোধ পেয়েছি – রেফারেন্স { $reference }
mail-request-received-body =
    ধন্যবাদ। আমরা আপনার অনুরোধ পেয়েছি: { $service }।

    আপনার রেফারেন্স নম্বর হলো { $reference }।

    আমরা { $act_by }-এর মধ্যে ব্যবস্থা নেব।

    আপনার অনুরোধের কী হচ্ছে, তা যেকোনো সময় এখানে দেখতে পারেন: { $link }
mail-request-moved-subject = আপনার অনুরোধ { $reference } সম্পর্কে খবর
mail-request-moved-body =
    আপনার অনুরোধ সম্পর্কে খবর আছে: { $service }, রেফারেন্স { $reference }।

    অবস্থা: { $status }

    { $note }

    কী হয়েছে দেখুন, অথবা আমাদের কোনো প্রশ্নের উত্তর দিন: { $link }
mail-save-and-return-subject = আপনার ফরমে ফিরে আসুন
mail-save-and-return-body =
    “{ $service }” ফরমে আপনার উত্তরগুলো সংরক্ষণ করা আছে।

    আপনার ফরমে ফিরে আসতে এই লিংকটি ব্যবহার করুন: { $link }

    লিংকটি { $expires_on } পর্যন্ত কাজ করবে। তারপর আপনার উত্তরগুলো মুছে ফেলা হবে।
mail-request-over-subject = আপনার অনুরোধ { $reference }: { $status }
mail-request-over-body =
    আপনার অনুরোধের ফলাফল এসেছে: { $service }, রেফারেন্স { $reference }।

    অবস্থা: { $status }

    { $note }

    আমরা বিষয়টি যেভাবে সামলেছি, তাতে আপনি কতটা সন্তুষ্ট তা আমাদের জানান (মাত্র একটি প্রশ্ন): { $link }
mail-staff-sign-in-code-subject = আপনার সাইন-ইন কোড
mail-staff-sign-in-code-body =
    সাইন ইন করে অনুরোধ দেখার জন্য আপনার কোড হলো { $code }।

    এটি একবারই, { $minutes } মিনিট পর্যন্ত কাজ করে। আপনি এটি না চেয়ে থাকলে, এই ইমেইলটি এড়িয়ে যেতে পারেন।
mail-resident-sign-in-subject = আপনার অ্যাকাউন্টে সাইন ইন করুন
mail-resident-sign-in-body =
    সাইন ইন করার জন্য আপনার কোড হলো { $code }।

    অথবা সাইন ইন করতে এই লিংকটি ব্যবহার করুন: { $link }

    কোড ও লিংক একবারই, { $minutes } মিনিট পর্যন্ত কাজ করে। আপনি সাইন ইন করতে না চেয়ে থাকলে, এই ইমেইলটি এড়িয়ে যেতে পারেন।
