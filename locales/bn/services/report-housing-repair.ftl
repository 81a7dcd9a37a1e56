repair-title = আপনার কাউন্সিলের বাড়িতে মেরামতের কথা জানান
repair-summary = আপনার কাউন্সিলের বাড়িতে কোনো কিছু ঠিক করার দরকার হলে আমাদের জানান।
repair-keywords = বাড়ি মেরামত পানি চুঁইয়ে পড়া লিক স্যাঁতসেঁতে ছত্রাক ভাঙা ভাড়াটে বাড়ি housing repairs leak damp mould broken tenant home
repair-standard = মেরামতের ব্যবস্থা করতে আমরা { $date }-এর মধ্যে আপনার সাথে যোগাযোগ করব।
repair-start-intro = আপনি কাউন্সিলের কাছ থেকে বাড়ি ভাড়া নিয়ে থাকলে এই সেবাটি ব্যবহার করুন।
repair-start-emergency = জরুরি অবস্থা হলে, যেমন গ্যাসের গন্ধ, বাড়িতে পানি ঢুকে পড়া, বা বিদ্যুতের তার থেকে স্ফুলিঙ্গ বের হলে, এই ফরম ব্যবহার করবেন না। প্রথম প্রশ্নেই বলা আছে কাকে ফোন করতে হবে।
repair-start-time = এতে প্রায় 5 মিনিট সময় লাগে।
repair-start-need = আপনার লাগবে:
repair-start-need-room = সমস্যাটি কোন ঘরে তা জানা
repair-start-need-problem = সমস্যাটির একটি ছোট বর্ণনা
repair-start-need-contact = একটি ফোন নম্বর বা ইমেইল ঠিকানা, অথবা দুটোই

repair-danger-title = এগুলোর কোনোটি কি এখন ঘটছে?
repair-danger-label = এগুলোর কোনোটি কি এখন ঘটছে?
repair-danger-hint = আমরা এটি প্রথমে জিজ্ঞেস করি, যাতে জরুরি অবস্থায় সাথে সাথে আপনাকে সাহায্য করতে পারি।
repair-danger-summary = জরুরি অবস্থা
repair-danger-none = না, এগুলোর কোনোটিই না
repair-danger-gas-smell = আমি গ্যাসের গন্ধ পাচ্ছি
repair-danger-flooding = আমার বাড়িতে পানি ঢুকে ভেসে যাচ্ছে
repair-danger-electrics = বিদ্যুতের তার বা সুইচ থেকে স্ফুলিঙ্গ বা ধোঁয়া বের হচ্ছে
repair-danger-error-required = এগুলোর কোনোটি এখন ঘটছে কিনা তা বেছে নিন

repair-gas-title = ভবন থেকে বেরিয়ে যান এবং এখনই 0800 111 999 নম্বরে ফোন করুন
repair-gas-body = ন্যাশনাল গ্যাস ইমার্জেন্সি সার্ভিস (National Gas Emergency Service)-কে 0800 111 999 নম্বরে ফোন করুন। এটি বিনামূল্যে, এবং দিনে 24 ঘণ্টা খোলা থাকে।

    লাইটের সুইচ বা বিদ্যুতের কোনো কিছু ব্যবহার করবেন না। ধূমপান করবেন না, এবং খোলা আগুন জ্বালাবেন না। নিরাপদে পারলে দরজা-জানালা খুলে দিন।

    আপনি নিরাপদে থাকলে, 020 7946 0999 নম্বরে আমাদের ফোন করুন, যাতে আমরা সাহায্য করতে পারি।

repair-emergency-title = এখনই আমাদের জরুরি মেরামত লাইনে ফোন করুন
repair-emergency-body = এখনই 020 7946 0999 নম্বরে ফোন করুন। এটি প্রতিদিন, দিনে 24 ঘণ্টা খোলা থাকে।

    নিরাপদে পারলে, স্টপকক (পানির মূল কল) বন্ধ করে পানি বন্ধ করুন, অথবা ফিউজ বক্স থেকে বিদ্যুৎ বন্ধ করুন।

    কেউ বিপদে থাকলে 999 নম্বরে ফোন করুন।

repair-room-title = সমস্যাটি কোথায়?
repair-room-label = সমস্যাটি কোথায়?
repair-room-summary = কোথায়
repair-room-kitchen = রান্নাঘর
repair-room-bathroom = বাথরুম বা টয়লেট
repair-room-bedroom = শোবার ঘর
repair-room-living-room = বসার ঘর
repair-room-outside = বাইরে, যেমন বাগান, দরজা বা জানালা
repair-room-other = অন্য কোথাও
repair-room-error-required = সমস্যাটি কোথায় তা বেছে নিন
repair-room-other-label = এটি কোথায়?
repair-room-other-summary = অন্য কোথায়
repair-room-other-error-required = সমস্যাটি কোথায় তা লিখুন
repair-room-other-error-too-long = সমস্যাটি কোথায় তা { $max }টি অক্ষর বা তার কম হতে হবে

repair-problem-title = সমস্যাটি কী?
repair-problem-label = সমস্যাটি কী?
repair-problem-hint = যেমন, কী ভেঙেছে, কবে শুরু হয়েছে, এবং এটি আরও খারাপ হচ্ছে কিনা
repair-problem-summary = সমস্যা
repair-problem-error-required = সমস্যাটি কী তা লিখুন
repair-problem-error-too-long = সমস্যার বর্ণনা { $max }টি অক্ষর বা তার কম হতে হবে

repair-mould-title = স্যাঁতসেঁতে ভাব বা ছত্রাক (মোল্ড) আছে কি?
repair-mould-label = স্যাঁতসেঁতে ভাব বা ছত্রাক (মোল্ড) আছে কি?
repair-mould-hint = স্যাঁতসেঁতে ভাব ও ছত্রাক আপনার স্বাস্থ্যের ক্ষতি করতে পারে। আমরা এটিকে অগ্রাধিকার দিই।
repair-mould-summary = স্যাঁতসেঁতে ভাব বা ছত্রাক
repair-mould-error-required = স্যাঁতসেঁতে ভাব বা ছত্রাক থাকলে ‘হ্যাঁ’ বেছে নিন

repair-access-title = আমরা কখন আপনার বাড়িতে ঢুকতে পারি?
repair-access-label = আমরা কখন আপনার বাড়িতে ঢুকতে পারি?
repair-access-summary = বাড়িতে ঢোকার সময়
repair-access-any-time = যেকোনো সময়, সকাল 8টা থেকে সন্ধ্যা 6টা
repair-access-mornings = শুধু সকালে, সকাল 8টা থেকে দুপুর 1টা
repair-access-afternoons = শুধু দুপুরের পর, দুপুর 1টা থেকে সন্ধ্যা 6টা
repair-access-error-required = আমরা কখন আপনার বাড়িতে ঢুকতে পারি তা বেছে নিন

repair-contact-title = আমরা কীভাবে আপনার সাথে যোগাযোগ করতে পারি?
repair-contact-error-one-of = একটি ইমেইল ঠিকানা বা ফোন নম্বর লিখুন, যাতে মেরামতের বিষয়ে আমরা আপনার সাথে যোগাযোগ করতে পারি
repair-email-label = ইমেইল ঠিকানা
repair-email-hint = একটি ইমেইল ঠিকানা, একটি ফোন নম্বর, অথবা দুটোই দিন। আমরা ইমেইলে আপনার রেফারেন্স নম্বর ও সর্বশেষ খবর পাঠাব।
repair-email-summary = ইমেইল ঠিকানা
repair-email-error-required = আপনার ইমেইল ঠিকানা লিখুন
repair-email-error-invalid = সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com
repair-phone-label = ফোন নম্বর
repair-phone-hint = সময় ঠিক করতে আমরা আপনাকে ফোন করব
repair-phone-summary = ফোন নম্বর
repair-phone-error-required = একটি ফোন নম্বর লিখুন, যাতে আমরা মেরামতের ব্যবস্থা করতে পারি
repair-phone-error-invalid = যুক্তরাজ্যের একটি ফোন নম্বর লিখুন, যেমন 01632 960 001 বা 07700 900 982

repair-next-steps = একজন মেরামত কর্মকর্তা আপনাকে ফোন করে আসার সময় ঠিক করবেন।
