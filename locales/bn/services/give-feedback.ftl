feedback-title = প্রশংসা বা মতামত দিন
feedback-summary = আমরা কী ভালো করেছি, বা কীভাবে আরও ভালো করতে পারি, তা আমাদের জানান।
feedback-keywords = প্রশংসা ধন্যবাদ পরামর্শ ধারণা মতামত compliment thank you suggestion idea praise
feedback-standard = আপনি উত্তর চেয়ে থাকলে, আমরা { $date }-এর মধ্যে উত্তর দেব।
feedback-start-intro = কোনো কর্মীকে ধন্যবাদ জানাতে, কোনো সেবার প্রশংসা করতে, বা আমরা কীভাবে আরও ভালো করতে পারি তা জানাতে এই সেবাটি ব্যবহার করুন।
feedback-start-complaint = আমরা যা করেছি তাতে আপনি অখুশি হলে, এর বদলে একটি অভিযোগ করুন, যাতে আমরা তা ঠিক করতে পারি।
feedback-start-time = এতে প্রায় 2 মিনিট সময় লাগে।

feedback-kind-title = আপনি কী দিতে চান?
feedback-kind-label = আপনি কী দিতে চান?
feedback-kind-summary = ধরন
feedback-kind-compliment = প্রশংসা
feedback-kind-suggestion = পরামর্শ
feedback-kind-other = অন্য মতামত
feedback-kind-error-required = আপনি কী দিতে চান তা বেছে নিন

feedback-service-title = এটি কোন সেবা সম্পর্কে?
feedback-service-area-label = এটি কোন সেবা সম্পর্কে?
feedback-service-area-summary = সেবা
feedback-service-area-housing = বাসস্থান (হাউজিং)
feedback-service-area-waste = বিন, রিসাইক্লিং ও রাস্তা পরিষ্কার
feedback-service-area-council-tax = কাউন্সিল কর (Council Tax)
feedback-service-area-parking = পার্কিং
feedback-service-area-planning = পরিকল্পনা ও নির্মাণ নিয়ন্ত্রণ (প্ল্যানিং)
feedback-service-area-social-care = সামাজিক সেবা ও পরিচর্যা
feedback-service-area-libraries = লাইব্রেরি
feedback-service-area-other = অন্য কিছু
feedback-service-area-error-required = এটি কোন সেবা সম্পর্কে তা বেছে নিন

feedback-message-title = আপনি আমাদের কী জানাতে চান?
feedback-message-label = আপনি আমাদের কী জানাতে চান?
feedback-message-summary = আপনার মতামত
feedback-message-error-required = আপনি আমাদের কী জানাতে চান তা লিখুন
feedback-message-error-too-long = আপনার মতামত { $max }টি অক্ষর বা তার কম হতে হবে

feedback-reply-title = আপনি কি উত্তর চান?
feedback-wants-reply-label = আপনি কি উত্তর চান?
feedback-wants-reply-summary = উত্তর চান
feedback-wants-reply-error-required = আপনি উত্তর চাইলে ‘হ্যাঁ’ বেছে নিন

feedback-contact-title = আপনার ইমেইল ঠিকানা কী?
feedback-email-label = আপনার ইমেইল ঠিকানা কী?
feedback-email-summary = ইমেইল ঠিকানা
feedback-email-error-required = আপনার ইমেইল ঠিকানা লিখুন
feedback-email-error-invalid = সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com

feedback-next-steps = ধন্যবাদ। প্রতিটি প্রশংসা আমরা সংশ্লিষ্ট দলকে জানাই।
