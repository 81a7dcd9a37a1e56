sar-title = Запросити персональні дані, які ми про вас зберігаємо
sar-summary = Отримайте копію інформації, яку рада зберігає про вас.
sar-keywords = запит суб’єкта даних subject access request sar gdpr захист даних мої записи персональні дані особиста інформація
sar-standard = Ми надішлемо вашу інформацію до { $date }. Це один місяць, як вимагає закон.
sar-start-intro = Ви маєте право отримати копію персональної інформації, яку рада зберігає про вас. Це безкоштовно.
sar-start-time = Це займе близько 5 хвилин.
sar-start-need = Вам знадобляться:
sar-start-need-details = ваше ім’я та дата народження, щоб ми могли знайти ваші записи
sar-start-need-contact = адреса електронної пошти

sar-whose-title = Кого стосується інформація, яку ви хочете отримати?
sar-whose-label = Кого стосується інформація, яку ви хочете отримати?
sar-whose-summary = Кого стосується інформація
sar-whose-mine = Мене
sar-whose-someone-else = Іншої людини
sar-whose-error-required = Виберіть, кого стосується інформація

sar-someone-else-title = Щоб отримати інформацію про іншу людину, зв’яжіться з нами
sar-someone-else-body = Щоб отримати інформацію про іншу людину, потрібен її письмовий дозвіл або законні повноваження, наприклад довіреність (power of attorney).

    Зателефонуйте нам за номером 020 7946 0000 або прийдіть у будь-яку бібліотеку чи центр обслуговування клієнтів, і ми скажемо, що вам потрібно надіслати.

sar-about-you-title = Про вас
sar-full-name-label = Ім’я та прізвище
sar-full-name-summary = Ім’я та прізвище
sar-full-name-error-required = Введіть ім’я та прізвище
sar-full-name-error-too-long = Ім’я та прізвище можуть містити разом до { $max } символів
sar-date-of-birth-label = Дата народження
sar-date-of-birth-hint = Наприклад, 27 3 1985
sar-date-of-birth-summary = Дата народження
sar-date-of-birth-error-required = Введіть дату народження
sar-date-of-birth-error-incomplete = Дата народження має містити { $missing ->
    [day] день
    [month] місяць
    [year] рік
    [day-month] день і місяць
    [day-year] день і рік
   *[month-year] місяць і рік
  }
sar-date-of-birth-error-invalid = Дата народження має бути реальною датою
sar-date-of-birth-error-year-digits = Рік має складатися з 4 цифр
sar-date-of-birth-error-future = Дата народження має бути в минулому

sar-information-title = Яку інформацію ви хочете отримати?
sar-information-label = Яку інформацію ви хочете отримати?
sar-information-hint = Наприклад, вашу житлову справу або листи щодо скарги. Якщо можете, вкажіть дати.
sar-information-summary = Потрібна інформація
sar-information-error-required = Введіть, яку інформацію ви хочете отримати
sar-information-error-too-long = Опис потрібної інформації може містити до { $max } символів

sar-contact-title = Яка ваша адреса електронної пошти?
sar-email-label = Яка ваша адреса електронної пошти?
sar-email-hint = Ми надсилатимемо ваш реєстраційний номер і новини на цю адресу
sar-email-summary = Адреса електронної пошти
sar-email-error-required = Введіть свою адресу електронної пошти
sar-email-error-invalid = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com

sar-next-steps = Перш ніж надіслати вашу інформацію, ми попросимо вас підтвердити свою особу.
