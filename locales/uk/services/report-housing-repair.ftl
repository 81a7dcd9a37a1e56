repair-title = Повідомити про потрібний ремонт у муніципальному житлі
repair-summary = Повідомте нам, що потрібно полагодити у вашому муніципальному житлі.
repair-keywords = ремонт житла протікання сирість пліснява грибок зламано орендар житло housing repair
repair-standard = До { $date } ми зв’яжемося з вами, щоб домовитися про ремонт.
repair-start-intro = Скористайтеся цією послугою, якщо ви орендуєте житло в ради.
repair-start-emergency = Якщо сталася аварія, наприклад відчувається запах газу, є затоплення або іскрить електропроводка, не користуйтеся цією формою. Перше запитання підкаже, куди телефонувати.
repair-start-time = Це займе близько 5 хвилин.
repair-start-need = Вам знадобляться:
repair-start-need-room = інформація про те, в якій кімнаті проблема
repair-start-need-problem = короткий опис проблеми
repair-start-need-contact = номер телефону або адреса електронної пошти, або обидва

repair-danger-title = Чи відбувається щось із цього зараз?
repair-danger-label = Чи відбувається щось із цього зараз?
repair-danger-hint = Ми питаємо про це спочатку, щоб у разі аварії одразу вам допомогти.
repair-danger-summary = Аварія
repair-danger-none = Ні, нічого з цього
repair-danger-gas-smell = Я відчуваю запах газу
repair-danger-flooding = Вода затоплює моє житло
repair-danger-electrics = Електропроводка іскрить або димить
repair-danger-error-required = Виберіть, чи відбувається щось із цього зараз

repair-gas-title = Вийдіть із будинку й негайно зателефонуйте за номером 0800 111 999
repair-gas-body = Зателефонуйте до Національної аварійної газової служби (National Gas Emergency Service) за номером 0800 111 999. Дзвінок безкоштовний, служба працює цілодобово.

    Не користуйтеся вимикачами світла та будь-якими електроприладами. Не паліть і не користуйтеся відкритим вогнем. Відчиніть двері та вікна, якщо це безпечно.

    Коли будете в безпеці, зателефонуйте нам за номером 020 7946 0999, щоб ми могли допомогти.

repair-emergency-title = Негайно зателефонуйте на нашу лінію аварійних ремонтів
repair-emergency-body = Негайно зателефонуйте за номером 020 7946 0999. Лінія працює цілодобово, щодня.

    Якщо це безпечно, перекрийте воду головним краном або вимкніть електрику в електрощитку.

    Якщо комусь загрожує небезпека, телефонуйте 999.

repair-room-title = Де проблема?
repair-room-label = Де проблема?
repair-room-summary = Де
repair-room-kitchen = Кухня
repair-room-bathroom = Ванна кімната або туалет
repair-room-bedroom = Спальня
repair-room-living-room = Вітальня
repair-room-outside = Надворі, наприклад сад, двері або вікно
repair-room-other = Деінде
repair-room-error-required = Виберіть, де проблема
repair-room-other-label = Де саме?
repair-room-other-summary = Інше місце
repair-room-other-error-required = Введіть, де проблема
repair-room-other-error-too-long = Опис місця може містити до { $max } символів

repair-problem-title = У чому проблема?
repair-problem-label = У чому проблема?
repair-problem-hint = Наприклад, що зламалося, коли це почалося і чи стає гірше
repair-problem-summary = Проблема
repair-problem-error-required = Опишіть, у чому проблема
repair-problem-error-too-long = Опис проблеми може містити до { $max } символів

repair-mould-title = Чи є сирість або пліснява?
repair-mould-label = Чи є сирість або пліснява?
repair-mould-hint = Сирість і пліснява можуть шкодити здоров’ю. Ми розглядаємо такі проблеми в першу чергу.
repair-mould-summary = Сирість або пліснява
repair-mould-error-required = Виберіть «Так», якщо є сирість або пліснява

repair-access-title = Коли ми можемо потрапити у ваше житло?
repair-access-label = Коли ми можемо потрапити у ваше житло?
repair-access-summary = Доступ
repair-access-any-time = Будь-коли, з 8:00 до 18:00
repair-access-mornings = Лише зранку, з 8:00 до 13:00
repair-access-afternoons = Лише після обіду, з 13:00 до 18:00
repair-access-error-required = Виберіть, коли ми можемо потрапити у ваше житло

repair-contact-title = Як нам з вами зв’язатися?
repair-contact-error-one-of = Введіть адресу електронної пошти або номер телефону, щоб ми могли зв’язатися з вами щодо ремонту
repair-email-label = Адреса електронної пошти
repair-email-hint = Вкажіть адресу електронної пошти, номер телефону або обидва. Ми надсилатимемо ваш реєстраційний номер і новини електронною поштою.
repair-email-summary = Адреса електронної пошти
repair-email-error-required = Введіть свою адресу електронної пошти
repair-email-error-invalid = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com
repair-phone-label = Номер телефону
repair-phone-hint = Ми зателефонуємо, щоб домовитися про час
repair-phone-summary = Номер телефону
repair-phone-error-required = Введіть номер телефону, щоб ми могли домовитися про ремонт
repair-phone-error-invalid = Введіть британський номер телефону, наприклад 01632 960 001 або 07700 900 982

repair-next-steps = Працівник ремонтної служби зателефонує вам, щоб домовитися про час візиту.
