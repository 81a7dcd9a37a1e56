sar-title = আপনার সম্পর্কে আমাদের কাছে থাকা ব্যক্তিগত তথ্য চান
sar-summary = আপনার সম্পর্কে কাউন্সিলের কাছে থাকা তথ্যের একটি কপি নিন।
sar-keywords = ব্যক্তিগত তথ্য চাওয়ার অনুরোধ তথ্য সুরক্ষা আমার রেকর্ড ব্যক্তিগত তথ্য subject access request sar gdpr data protection my records personal information
sar-standard = আমরা { $date }-এর মধ্যে আপনার তথ্য পাঠাব। আইন অনুযায়ী এটি এক মাস।
sar-start-intro = আপনার সম্পর্কে কাউন্সিলের কাছে থাকা ব্যক্তিগত তথ্যের একটি কপি পাওয়ার অধিকার আপনার আছে। এটি বিনামূল্যে।
sar-start-time = এতে প্রায় 5 মিনিট সময় লাগে।
sar-start-need = আপনার লাগবে:
sar-start-need-details = আপনার নাম ও জন্ম তারিখ, যাতে আমরা আপনার রেকর্ড খুঁজে পাই
sar-start-need-contact = একটি ইমেইল ঠিকানা

sar-whose-title = আপনি কার তথ্য চান?
sar-whose-label = আপনি কার তথ্য চান?
sar-whose-summary = কার তথ্য
sar-whose-mine = আমার
sar-whose-someone-else = অন্য কারও
sar-whose-error-required = আপনি কার তথ্য চান তা বেছে নিন

sar-someone-else-title = অন্য কারও তথ্য চাইতে হলে আপনাকে আমাদের সাথে যোগাযোগ করতে হবে
sar-someone-else-body = অন্য কারও তথ্য পেতে হলে তাঁর লিখিত অনুমতি লাগবে, অথবা আইনি ক্ষমতা লাগবে, যেমন পাওয়ার অফ অ্যাটর্নি।

    020 7946 0000 নম্বরে আমাদের ফোন করুন, অথবা যেকোনো লাইব্রেরি বা গ্রাহক সেবা কেন্দ্রে আসুন। কী পাঠাতে হবে, আমরা আপনাকে জানিয়ে দেব।

sar-about-you-title = আপনার সম্পর্কে
sar-full-name-label = পুরো নাম
sar-full-name-summary = নাম
sar-full-name-error-required = আপনার পুরো নাম লিখুন
sar-full-name-error-too-long = পুরো নাম { $max }টি অক্ষর বা তার কম হতে হবে
sar-date-of-birth-label = জন্ম তারিখ
sar-date-of-birth-hint = যেমন, 27 3 1985
sar-date-of-birth-summary = জন্ম তারিখ
sar-date-of-birth-error-required = আপনার জন্ম তারিখ লিখুন
sar-date-of-birth-error-incomplete = জন্ম তারিখে { $missing ->
    [day] দিন
    [month] মাস
    [year] বছর
    [day-month] দিন ও মাস
    [day-year] দিন ও বছর
   *[month-year] মাস ও বছর
  } থাকতে হবে
sar-date-of-birth-error-invalid = জন্ম তারিখ একটি আসল তারিখ হতে হবে
sar-date-of-birth-error-year-digits = বছরে 4টি সংখ্যা থাকতে হবে
sar-date-of-birth-error-future = জন্ম তারিখ অতীতের হতে হবে

sar-information-title = আপনি কী তথ্য চান?
sar-information-label = আপনি কী তথ্য চান?
sar-information-hint = যেমন, আপনার হাউজিং ফাইল, বা কোনো অভিযোগ নিয়ে ইমেইল। পারলে তারিখ দিন।
sar-information-summary = যে তথ্য চান
sar-information-error-required = আপনি যে তথ্য চান তা লিখুন
sar-information-error-too-long = আপনি যা চান তা { $max }টি অক্ষর বা তার কম হতে হবে

sar-contact-title = আপনার ইমেইল ঠিকানা কী?
sar-email-label = আপনার ইমেইল ঠিকানা কী?
sar-email-hint = আমরা এই ঠিকানায় আপনার রেফারেন্স নম্বর ও সর্বশেষ খবর পাঠাব
sar-email-summary = ইমেইল ঠিকানা
sar-email-error-required = আপনার ইমেইল ঠিকানা লিখুন
sar-email-error-invalid = সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com

sar-next-steps = আপনার তথ্য পাঠানোর আগে আমরা আপনার পরিচয়ের প্রমাণ চাইব।
