complaint-title = অভিযোগ করুন
complaint-summary = আমরা কিছু ভুল করে থাকলে, বা কাউন্সিলের কোনো সেবায় আপনি অখুশি হলে, আমাদের জানান।
complaint-keywords = অভিযোগ অখুশি সমস্যা খারাপ সেবা ধাপ 1 complain unhappy problem bad service stage 1
complaint-standard = আমরা { $date }-এর মধ্যে আপনার অভিযোগের উত্তর দেব।
complaint-start-intro = কাউন্সিলের কোনো সেবা, বা কোনো কর্মীর কোনো কাজ নিয়ে অভিযোগ করতে এই সেবাটি ব্যবহার করুন।
complaint-start-timescale = অভিযোগ পেয়েছি কিনা তা আমরা 3 কর্মদিবসের মধ্যে জানাব, এবং 15 কর্মদিবসের মধ্যে উত্তর দেব।
complaint-start-time = এতে প্রায় 5 মিনিট সময় লাগে।
complaint-start-need = আপনার লাগবে:
complaint-start-need-what = কী হয়েছে এবং আপনি আমাদের কাছে কী চান, তা জানানো
complaint-start-need-contact = আপনার নাম ও ইমেইল ঠিকানা

complaint-service-title = আপনার অভিযোগ কোন সেবা নিয়ে?
complaint-service-area-label = আপনার অভিযোগ কোন সেবা নিয়ে?
complaint-service-area-summary = সেবা
complaint-service-area-housing = বাসস্থান (হাউজিং)
complaint-service-area-waste = বিন, রিসাইক্লিং ও রাস্তা পরিষ্কার
complaint-service-area-council-tax = কাউন্সিল কর (Council Tax)
complaint-service-area-parking = পার্কিং
complaint-service-area-planning = পরিকল্পনা ও নির্মাণ নিয়ন্ত্রণ (প্ল্যানিং)
complaint-service-area-social-care = সামাজিক সেবা ও পরিচর্যা
complaint-service-area-libraries = লাইব্রেরি
complaint-service-area-other = অন্য কিছু
complaint-service-area-error-required = আপনার অভিযোগ কোন সেবা নিয়ে তা বেছে নিন

complaint-what-happened-title = কী হয়েছিল?
complaint-details-label = কী হয়েছিল?
complaint-details-hint = কী ভুল হয়েছিল, কখন হয়েছিল, এবং জানা থাকলে কার সাথে কথা বলেছিলেন, তা লিখুন।
complaint-details-summary = কী হয়েছিল
complaint-details-error-required = কী হয়েছিল তা লিখুন
complaint-details-error-too-long = কী হয়েছিল তা { $max }টি অক্ষর বা তার কম হতে হবে

complaint-put-right-title = বিষয়টি ঠিক করতে আপনি আমাদের কাছে কী চান?
complaint-outcome-label = বিষয়টি ঠিক করতে আপনি আমাদের কাছে কী চান?
complaint-outcome-hint = যেমন, ক্ষমা চাওয়া, ব্যাখ্যা দেওয়া, বা কোনো কাজ করে দেওয়া
complaint-outcome-summary = আপনি আমাদের কাছে যা চান
complaint-outcome-error-required = বিষয়টি ঠিক করতে আপনি আমাদের কাছে কী চান তা লিখুন
complaint-outcome-error-too-long = আপনি আমাদের কাছে যা চান তা { $max }টি অক্ষর বা তার কম হতে হবে

complaint-earlier-reference-title = আমাদের দেওয়া কোনো রেফারেন্স নম্বর কি আপনার কাছে আছে? (ঐচ্ছিক)
complaint-earlier-reference-label = আমাদের দেওয়া কোনো রেফারেন্স নম্বর কি আপনার কাছে আছে? (ঐচ্ছিক)
complaint-earlier-reference-hint = এ বিষয়ে আগে আমাদের সাথে যোগাযোগ করে থাকলে, আমাদের দেওয়া রেফারেন্সটি লিখুন।
complaint-earlier-reference-summary = আগের রেফারেন্স
complaint-earlier-reference-error-too-long = রেফারেন্স { $max }টি অক্ষর বা তার কম হতে হবে

complaint-contact-title = আপনার বিবরণ
complaint-full-name-label = পুরো নাম
complaint-full-name-summary = নাম
complaint-full-name-error-required = আপনার পুরো নাম লিখুন
complaint-full-name-error-too-long = পুরো নাম { $max }টি অক্ষর বা তার কম হতে হবে
complaint-email-label = ইমেইল ঠিকানা
complaint-email-hint = আমরা এই ঠিকানায় আমাদের উত্তর পাঠাব
complaint-email-summary = ইমেইল ঠিকানা
complaint-email-error-required = আপনার ইমেইল ঠিকানা লিখুন
complaint-email-error-invalid = সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com
complaint-phone-label = ফোন নম্বর (ঐচ্ছিক)
complaint-phone-summary = ফোন নম্বর
complaint-phone-error-invalid = যুক্তরাজ্যের একটি ফোন নম্বর লিখুন, যেমন 01632 960 001 বা 07700 900 982

complaint-next-steps = আপনার অভিযোগ কে দেখছেন, তা আমরা 3 কর্মদিবসের মধ্যে আপনাকে ইমেইলে জানাব।
complaint-next-steps-leave-out = আমাদের উত্তরে আপনি খুশি না হলে, আপনার অভিযোগ ধাপ 2-এ নেওয়ার জন্য অনুরোধ করতে পারেন। ধাপ 2-এর অভিযোগের উত্তর আমরা 25 কর্মদিবসের মধ্যে দিই।
