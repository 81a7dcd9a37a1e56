spd-title = Подати заяву на знижку на муніципальний податок (Council Tax) для людини, яка живе сама
spd-summary = Отримайте знижку 25% на муніципальний податок (Council Tax), якщо ви єдина доросла людина у вашому житлі.
spd-keywords = муніципальний податок council tax знижка пільга одна людина живу сам сама самотньо 25 відсотків single person discount
spd-standard = Ми повідомимо вам наше рішення до { $date }.
spd-start-intro = Ви можете отримати знижку 25% на рахунок за муніципальний податок (Council Tax), якщо ви єдина доросла людина (віком від 18 років), яка живе у вашому житлі.
spd-start-time = Це займе близько 3 хвилин.
spd-start-need = Вам знадобляться:
spd-start-need-account = номер особового рахунку муніципального податку (Council Tax) з вашого рахунку на оплату
spd-start-need-date = дата, з якої ви живете самі
spd-start-need-contact = адреса електронної пошти

spd-account-title = Який номер вашого особового рахунку муніципального податку (Council Tax)?
spd-account-number-label = Який номер вашого особового рахунку муніципального податку (Council Tax)?
spd-account-number-hint = Це 8 цифр угорі вашого рахунку на оплату.
spd-account-number-summary = Номер особового рахунку
spd-account-number-error-required = Введіть номер особового рахунку муніципального податку (Council Tax)
spd-account-number-error-too-long = Номер особового рахунку може містити до { $max } символів
spd-account-number-error-pattern = Введіть номер особового рахунку з 8 цифр, наприклад 12345678

spd-address-title = Яка адреса житла?
spd-postcode-label = Поштовий індекс
spd-postcode-hint = Наприклад, SE1 2QH
spd-postcode-summary = Поштовий індекс
spd-postcode-error-required = Введіть поштовий індекс
spd-postcode-error-invalid = Введіть повний британський поштовий індекс, наприклад SE1 2QH
spd-address-line-1-label = Номер або назва будинку та вулиця
spd-address-line-1-summary = Адреса
spd-address-line-1-error-required = Введіть номер або назву будинку та вулицю
spd-address-line-1-error-too-long = Номер або назва будинку та вулиця можуть містити разом до { $max } символів

spd-adults-title = Скільки дорослих живе за цією адресою, разом з вами?
spd-adults-label = Скільки дорослих живе за цією адресою, разом з вами?
spd-adults-hint = Порахуйте всіх віком від 18 років, які живуть там більшу частину часу.
spd-adults-summary = Дорослі, які там живуть
spd-adults-error-required = Введіть, скільки дорослих живе за цією адресою
spd-adults-error-invalid = Введіть кількість дорослих цілим числом, наприклад 1
spd-adults-error-too-small = Кількість дорослих має бути не менше ніж { $min }
spd-adults-error-too-large = Кількість дорослих має бути не більше ніж { $max }

spd-not-eligible-title = Ви не можете отримати знижку для людини, яка живе сама
spd-not-eligible-body = Ця знижка лише для житла, де живе одна доросла людина.

    Ви все одно можете отримати знижку, якщо хтось у вашому житлі навчається на денній формі, доглядає за іншою людиною (carer) або має тяжкий психічний розлад (severe mental impairment). Щоб дізнатися більше, зателефонуйте нам за номером 020 7946 0000.

spd-since-title = З якої дати ви живете самі?
spd-since-label = З якої дати ви живете самі?
spd-since-hint = Наприклад, 1 9 2026
spd-since-summary = Дата, з якої ви живете самі
spd-since-error-required = Введіть дату, з якої ви живете самі
spd-since-error-incomplete = Дата, з якої ви живете самі, має містити { $missing ->
    [day] день
    [month] місяць
    [year] рік
    [day-month] день і місяць
    [day-year] день і рік
   *[month-year] місяць і рік
  }
spd-since-error-invalid = Дата, з якої ви живете самі, має бути реальною датою
spd-since-error-year-digits = Рік має складатися з 4 цифр
spd-since-error-future = Дата, з якої ви живете самі, має бути сьогоднішньою або в минулому
spd-since-error-too-early = Дата, з якої ви живете самі, має бути не раніше ніж { $date }

spd-moved-out-title = Чи з вами жила інша доросла людина, яка виїхала протягом останніх 3 місяців?
spd-moved-out-label = Чи з вами жила інша доросла людина, яка виїхала протягом останніх 3 місяців?
spd-moved-out-hint = Наприклад, партнер, доросла дитина або квартирант.
spd-moved-out-summary = Нещодавно виїхала інша доросла людина
spd-moved-out-error-required = Виберіть «Так», якщо інша доросла людина виїхала протягом останніх 3 місяців

spd-proof-title = Завантажте доказ того, що ви живете за цією адресою
spd-proof-label = Завантажте доказ того, що ви живете за цією адресою
spd-proof-hint = Рахунок, банківська виписка або лист за останні 3 місяці з вашим ім’ям і цією адресою. Можна надіслати фото документа.
spd-proof-summary = Доказ адреси
spd-proof-error-required = Завантажте доказ того, що ви живете за цією адресою

spd-moved-out-proof-title = Завантажте доказ того, що ця людина виїхала
spd-moved-out-proof-label = Завантажте доказ того, що ця людина виїхала
spd-moved-out-proof-hint = Наприклад, її новий договір оренди або лист, надісланий їй на нову адресу.
spd-moved-out-proof-summary = Доказ виїзду
spd-moved-out-proof-error-required = Завантажте доказ того, що інша доросла людина виїхала

spd-contact-title = Ваші дані
spd-full-name-label = Ім’я та прізвище
spd-full-name-summary = Ім’я та прізвище
spd-full-name-error-required = Введіть ім’я та прізвище
spd-full-name-error-too-long = Ім’я та прізвище можуть містити разом до { $max } символів
spd-email-label = Адреса електронної пошти
spd-email-hint = Ми надішлемо наше рішення на цю адресу
spd-email-summary = Адреса електронної пошти
spd-email-error-required = Введіть свою адресу електронної пошти
spd-email-error-invalid = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com

spd-next-steps = Якщо ми надамо вам знижку, ми надішлемо вам новий рахунок. Повідомте нам, якщо до вас переїде інша доросла людина.
