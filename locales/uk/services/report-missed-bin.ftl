missed-bin-title = Повідомити, що сміття не вивезли
missed-bin-summary = Повідомте нам, якщо ми не спорожнили ваш контейнер у день вивезення.
missed-bin-standard = Ми повернемося й спорожнимо ваш контейнер до { $date }.
missed-bin-start-intro = Скористайтеся цією послугою, щоб повідомити нам, якщо ми не забрали у звичайний день ваше сміття, відходи для переробки, харчові чи садові відходи.
missed-bin-start-need = Вам знадобляться:
missed-bin-start-need-address = адреса, звідки треба вивезти сміття
missed-bin-start-need-date = дата, коли ми не спорожнили контейнер
missed-bin-start-need-email = адреса електронної пошти, щоб ми могли надсилати вам новини
missed-bin-start-time = Це займе близько 3 хвилин.
missed-bin-start-limit = Повідомити можна лише про пропущене вивезення за останні 14 днів.

missed-bin-address-title = Звідки треба вивезти сміття?
missed-bin-postcode-label = Поштовий індекс
missed-bin-postcode-hint = Наприклад, SE1 2QH
missed-bin-postcode-summary = Поштовий індекс
missed-bin-postcode-error-required = Введіть поштовий індекс адреси, звідки треба вивезти сміття
missed-bin-postcode-error-invalid = Введіть повний британський поштовий індекс, наприклад SE1 2QH
missed-bin-address-line-1-label = Номер або назва будинку та вулиця
missed-bin-address-line-1-hint = Наприклад, 12 Peckham Road
missed-bin-address-line-1-summary = Адреса
missed-bin-address-line-1-error-required = Введіть номер або назву будинку та вулицю
missed-bin-address-line-1-error-too-long = Номер або назва будинку та вулиця можуть містити разом до { $max } символів

missed-bin-which-bin-title = Який контейнер ми не спорожнили?
missed-bin-bin-label = Який контейнер ми не спорожнили?
missed-bin-bin-summary = Контейнер
missed-bin-bin-rubbish = Змішане сміття
missed-bin-bin-recycling = Відходи для переробки
missed-bin-bin-food-waste = Харчові відходи
missed-bin-bin-garden-waste = Садові відходи
missed-bin-bin-error-required = Виберіть, який контейнер ми не спорожнили

missed-bin-date-title = Коли ми не спорожнили ваш контейнер?
missed-bin-date-label = Коли ми не спорожнили ваш контейнер?
missed-bin-date-hint = Наприклад, 20 11 2026
missed-bin-date-summary = Дата пропущеного вивезення
missed-bin-date-error-required = Введіть дату, коли ми не спорожнили ваш контейнер
missed-bin-date-error-incomplete = Дата пропущеного вивезення має містити { $missing ->
    [day] день
    [month] місяць
    [year] рік
    [day-month] день і місяць
    [day-year] день і рік
   *[month-year] місяць і рік
  }
missed-bin-date-error-invalid = Дата пропущеного вивезення має бути реальною датою
missed-bin-date-error-year-digits = Рік має складатися з 4 цифр
missed-bin-date-error-future = Дата пропущеного вивезення має бути сьогоднішньою або в минулому
missed-bin-date-error-too-old = Дата пропущеного вивезення має бути в межах останніх { $days } днів

missed-bin-more-information-title = Чи є ще щось, що нам варто знати?
missed-bin-more-information-label = Чи є ще щось, що нам варто знати? (необов’язково)
missed-bin-more-information-hint = Наприклад, де стоїть контейнер або як до нього дістатися
missed-bin-more-information-summary = Інша інформація
missed-bin-more-information-error-too-long = Інша інформація може містити до { $max } символів

missed-bin-contact-title = Як нам з вами зв’язатися?
missed-bin-email-label = Адреса електронної пошти
missed-bin-email-hint = Ми надсилатимемо ваш реєстраційний номер і новини на цю адресу
missed-bin-email-summary = Адреса електронної пошти
missed-bin-email-error-required = Введіть свою адресу електронної пошти
missed-bin-email-error-invalid = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com
missed-bin-phone-label = Номер телефону (необов’язково)
missed-bin-phone-hint = Британський номер, наприклад 07700 900 982
missed-bin-phone-summary = Номер телефону
missed-bin-phone-error-invalid = Введіть британський номер телефону, наприклад 01632 960 001 або 07700 900 982

missed-bin-next-steps = Ми повернемося й спорожнимо ваш контейнер. Більше нічого робити не потрібно.
missed-bin-next-steps-leave-out = Будь ласка, залиште контейнер надворі, поки ми його не спорожнимо.
