pest-title = Замовити боротьбу зі шкідниками
pest-summary = Отримайте допомогу, якщо у вашому домі є щури, миші, таргани, клопи або оси.
pest-keywords = щури миші гризуни таргани клопи оси гніздо шкідники дератизація дезінсекція pest control
pest-standard = До { $date } ми зв’яжемося з вами, щоб домовитися про візит.
pest-start-intro = Скористайтеся цією послугою, щоб замовити візит фахівця з боротьби зі шкідниками до вас додому.
pest-start-cost = Обробка коштує { MONEY(60) }. Вона безкоштовна, якщо ви отримуєте Універсальний кредит (Universal Credit), пенсійну доплату (Pension Credit) або знижку на муніципальний податок (Council Tax Reduction).
pest-start-time = Це займе близько 3 хвилин.
pest-start-need = Вам знадобляться:
pest-start-need-address = ваша адреса
pest-start-need-email = адреса електронної пошти

pest-pest-title = Які це шкідники?
pest-pest-label = Які це шкідники?
pest-pest-summary = Шкідники
pest-pest-rats = Щури
pest-pest-mice = Миші
pest-pest-cockroaches = Таргани
pest-pest-bedbugs = Постільні клопи
pest-pest-wasps = Оси
pest-pest-other = Щось інше
pest-pest-error-required = Виберіть, які це шкідники

pest-where-title = Де ви їх бачили?
pest-where-label = Де ви їх бачили?
pest-where-summary = Де
pest-where-inside = У моєму домі
pest-where-garden = У моєму саду
pest-where-shared-area = У спільній зоні, наприклад на сходовій клітці чи біля сміттєвих контейнерів
pest-where-error-required = Виберіть, де ви їх бачили

pest-address-title = Яка ваша адреса?
pest-address-label = Яка ваша адреса?
pest-address-hint = Введіть поштовий індекс і виберіть «Знайти адресу» або введіть адресу самостійно.
pest-address-summary = Адреса
pest-address-error-required = Введіть свою адресу

pest-benefits-title = Чи отримуєте ви Універсальний кредит (Universal Credit), пенсійну доплату (Pension Credit) або знижку на муніципальний податок (Council Tax Reduction)?
pest-benefits-label = Чи отримуєте ви Універсальний кредит (Universal Credit), пенсійну доплату (Pension Credit) або знижку на муніципальний податок (Council Tax Reduction)?
pest-benefits-hint = Якщо так, обробка безкоштовна.
pest-benefits-summary = Соціальні виплати
pest-benefits-error-required = Виберіть «Так», якщо ви отримуєте Універсальний кредит (Universal Credit), пенсійну доплату (Pension Credit) або знижку на муніципальний податок (Council Tax Reduction)

pest-contact-title = Як нам з вами зв’язатися?
pest-email-label = Адреса електронної пошти
pest-email-hint = Ми надсилатимемо ваш реєстраційний номер і новини на цю адресу
pest-email-summary = Адреса електронної пошти
pest-email-error-required = Введіть свою адресу електронної пошти
pest-email-error-invalid = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com
pest-phone-label = Номер телефону (необов’язково)
pest-phone-summary = Номер телефону
pest-phone-error-invalid = Введіть британський номер телефону, наприклад 01632 960 001 або 07700 900 982

pest-next-steps = Фахівець з боротьби зі шкідниками зателефонує вам або напише електронною поштою, щоб домовитися про візит.
