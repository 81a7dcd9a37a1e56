complaint-title = Подати скаргу
complaint-summary = Повідомте нам, якщо ми зробили щось не так або ви незадоволені послугою ради.
complaint-keywords = скарга незадоволений незадоволена проблема погане обслуговування етап 1 complaint
complaint-standard = Ми відповімо на вашу скаргу до { $date }.
complaint-start-intro = Скористайтеся цією послугою, щоб поскаржитися на послугу ради або на дії працівника ради.
complaint-start-timescale = Протягом 3 робочих днів ми повідомимо, що отримали вашу скаргу, а протягом 15 робочих днів відповімо на неї.
complaint-start-time = Це займе близько 5 хвилин.
complaint-start-need = Вам знадобляться:
complaint-start-need-what = опис того, що сталося, і того, що, на вашу думку, нам слід зробити
complaint-start-need-contact = ваше ім’я та адреса електронної пошти

complaint-service-title = Якої послуги стосується ваша скарга?
complaint-service-area-label = Якої послуги стосується ваша скарга?
complaint-service-area-summary = Послуга
complaint-service-area-housing = Житло
complaint-service-area-waste = Вивезення сміття, переробка відходів і прибирання вулиць
complaint-service-area-council-tax = Муніципальний податок (Council Tax)
complaint-service-area-parking = Паркування
complaint-service-area-planning = Містобудування та будівельний контроль
complaint-service-area-social-care = Соціальний догляд
complaint-service-area-libraries = Бібліотеки
complaint-service-area-other = Щось інше
complaint-service-area-error-required = Виберіть, якої послуги стосується ваша скарга

complaint-what-happened-title = Що сталося?
complaint-details-label = Що сталося?
complaint-details-hint = Розкажіть, що пішло не так, коли це сталося і з ким ви мали справу, якщо знаєте.
complaint-details-summary = Що сталося
complaint-details-error-required = Опишіть, що сталося
complaint-details-error-too-long = Опис того, що сталося, може містити до { $max } символів

complaint-put-right-title = Що нам зробити, щоб виправити ситуацію?
complaint-outcome-label = Що нам зробити, щоб виправити ситуацію?
complaint-outcome-hint = Наприклад, вибачитися, пояснити або щось зробити
complaint-outcome-summary = Чого ви від нас очікуєте
complaint-outcome-error-required = Напишіть, що нам зробити, щоб виправити ситуацію
complaint-outcome-error-too-long = Опис того, чого ви від нас очікуєте, може містити до { $max } символів

complaint-earlier-reference-title = Чи маєте ви реєстраційний номер від нас? (необов’язково)
complaint-earlier-reference-label = Чи маєте ви реєстраційний номер від нас? (необов’язково)
complaint-earlier-reference-hint = Якщо ви вже зверталися до нас із цього питання, вкажіть реєстраційний номер, який ми вам дали.
complaint-earlier-reference-summary = Попередній реєстраційний номер
complaint-earlier-reference-error-too-long = Реєстраційний номер може містити до { $max } символів

complaint-contact-title = Ваші дані
complaint-full-name-label = Ім’я та прізвище
complaint-full-name-summary = Ім’я та прізвище
complaint-full-name-error-required = Введіть ім’я та прізвище
complaint-full-name-error-too-long = Ім’я та прізвище можуть містити разом до { $max } символів
complaint-email-label = Адреса електронної пошти
complaint-email-hint = Ми надішлемо нашу відповідь на цю адресу
complaint-email-summary = Адреса електронної пошти
complaint-email-error-required = Введіть свою адресу електронної пошти
complaint-email-error-invalid = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com
complaint-phone-label = Номер телефону (необов’язково)
complaint-phone-summary = Номер телефону
complaint-phone-error-invalid = Введіть британський номер телефону, наприклад 01632 960 001 або 07700 900 982

complaint-next-steps = Протягом 3 робочих днів ми напишемо вам електронною поштою, хто розглядає вашу скаргу.
complaint-next-steps-leave-out = Якщо наша відповідь вас не задовольнить, ви можете попросити передати скаргу на етап 2. На скарги етапу 2 ми відповідаємо протягом 25 робочих днів.
