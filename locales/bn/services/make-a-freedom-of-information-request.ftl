foi-title = তথ্য অধিকার (Freedom of Information) অনুরোধ করুন
foi-summary = কাউন্সিলের কাছে থাকা তথ্য চান।
foi-keywords = তথ্য অধিকার তথ্যের স্বাধীনতা পরিবেশগত তথ্য তথ্য অনুরোধ foi freedom of information eir environmental information data request
foi-standard = আমরা { $date }-এর মধ্যে উত্তর দেব। আইন অনুযায়ী এটি 20 কর্মদিবস।
foi-start-intro = কাউন্সিলের কাছে থাকা তথ্য যে কেউ চাইতে পারেন, যেমন প্রতিবেদন, খরচের হিসাব ও পরিসংখ্যান। এর মধ্যে পরিবেশ সম্পর্কিত তথ্যও আছে।
foi-start-published = আগে আমাদের ওয়েবসাইট দেখুন: আমাদের অনেক তথ্য আগেই প্রকাশ করা আছে।
foi-start-time = এতে প্রায় 5 মিনিট সময় লাগে।
foi-start-need = আপনার লাগবে:
foi-start-need-what = আপনি যে তথ্য চান তা যতটা সম্ভব পরিষ্কার করে বলা
foi-start-need-contact = আপনার নাম ও ইমেইল ঠিকানা

foi-information-title = আপনি কী তথ্য চান?
foi-information-label = আপনি কী তথ্য চান?
foi-information-hint = পারলে তারিখ ও জায়গার নাম দিন। আপনার অনুরোধ যত পরিষ্কার হবে, আমরা তত তাড়াতাড়ি উত্তর দিতে পারব।
foi-information-summary = যে তথ্য চান
foi-information-error-required = আপনি যে তথ্য চান তা লিখুন
foi-information-error-too-long = আপনার অনুরোধ { $max }টি অক্ষর বা তার কম হতে হবে

foi-format-title = আপনি কীভাবে তথ্যটি পেতে চান?
foi-format-label = আপনি কীভাবে তথ্যটি পেতে চান?
foi-format-summary = কীভাবে পাবেন
foi-format-email = ইমেইলে
foi-format-paper = কাগজে, ডাকযোগে
foi-format-error-required = আপনি কীভাবে তথ্যটি পেতে চান তা বেছে নিন

foi-contact-title = আপনার বিবরণ
foi-full-name-label = পুরো নাম
foi-full-name-hint = আইন অনুযায়ী, তথ্য অধিকার (Freedom of Information) অনুরোধের উত্তর দিতে আমাদের আপনার আসল নাম লাগবে।
foi-full-name-summary = নাম
foi-full-name-error-required = আপনার পুরো নাম লিখুন
foi-full-name-error-too-long = পুরো নাম { $max }টি অক্ষর বা তার কম হতে হবে
foi-email-label = ইমেইল ঠিকানা
foi-email-hint = আমরা এই ঠিকানায় আমাদের উত্তর পাঠাব
foi-email-summary = ইমেইল ঠিকানা
foi-email-error-required = আপনার ইমেইল ঠিকানা লিখুন
foi-email-error-invalid = সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com

foi-next-steps = আমাদের আরও সময় লাগলে, বা আপনার কাছ থেকে আরও বিস্তারিত জানার দরকার হলে, আমরা 20 কর্মদিবসের মধ্যে আপনাকে জানাব।
