feedback-title = Подякувати або залишити відгук
feedback-summary = Розкажіть нам, що ми зробили добре або що можемо робити краще.
feedback-keywords = подяка дякую пропозиція ідея похвала відгук compliment feedback
feedback-standard = Якщо ви попросили відповідь, ми відповімо до { $date }.
feedback-start-intro = Скористайтеся цією послугою, щоб подякувати працівнику, похвалити послугу або запропонувати, що ми можемо покращити.
feedback-start-complaint = Якщо ви незадоволені тим, що ми зробили, краще подайте скаргу, щоб ми могли це виправити.
feedback-start-time = Це займе близько 2 хвилин.

feedback-kind-title = Що ви хочете залишити?
feedback-kind-label = Що ви хочете залишити?
feedback-kind-summary = Тип
feedback-kind-compliment = Подяка
feedback-kind-suggestion = Пропозиція
feedback-kind-other = Інший відгук
feedback-kind-error-required = Виберіть, що ви хочете залишити

feedback-service-title = Якої послуги це стосується?
feedback-service-area-label = Якої послуги це стосується?
feedback-service-area-summary = Послуга
feedback-service-area-housing = Житло
feedback-service-area-waste = Вивезення сміття, переробка відходів і прибирання вулиць
feedback-service-area-council-tax = Муніципальний податок (Council Tax)
feedback-service-area-parking = Паркування
feedback-service-area-planning = Містобудування та будівельний контроль
feedback-service-area-social-care = Соціальний догляд
feedback-service-area-libraries = Бібліотеки
feedback-service-area-other = Щось інше
feedback-service-area-error-required = Виберіть, якої послуги це стосується

feedback-message-title = Що ви хочете нам розповісти?
feedback-message-label = Що ви хочете нам розповісти?
feedback-message-summary = Ваш відгук
feedback-message-error-required = Введіть, що ви хочете нам розповісти
feedback-message-error-too-long = Відгук може містити до { $max } символів

feedback-reply-title = Чи хочете ви отримати відповідь?
feedback-wants-reply-label = Чи хочете ви отримати відповідь?
feedback-wants-reply-summary = Потрібна відповідь
feedback-wants-reply-error-required = Виберіть «Так», якщо хочете отримати відповідь

feedback-contact-title = Яка ваша адреса електронної пошти?
feedback-email-label = Яка ваша адреса електронної пошти?
feedback-email-summary = Адреса електронної пошти
feedback-email-error-required = Введіть свою адресу електронної пошти
feedback-email-error-invalid = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com

feedback-next-steps = Дякуємо. Ми передаємо кожну подяку команді, якої вона стосується.
