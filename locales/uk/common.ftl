language-name = Українська
council-name = Рада району Frontdoor
council-phone = 020 7946 0000
council-email = contact@frontdoor.example.gov.uk
skip-link = Перейти до основного вмісту
header-home = Послуги ради
language-switch = Мова
language-switch-summary = Мова: { $language }
language-unreviewed = Кваліфікований перекладач ще не перевірив цей переклад, тому деякі слова можуть бути неправильними.
language-unreviewed-link = Читати цю сторінку англійською
footer-accessibility = Доступність
footer-privacy = Конфіденційність
footer-cookies = Ми використовуємо один файл cookie, щоб запам’ятати ваші відповіді, і один, щоб запам’ятати вашу мову. Ми не використовуємо файли cookie для стеження.

contact-heading = Інші способи зв’язатися з нами
contact-phone = Телефон: { $phone }
contact-email = Електронна пошта: { $email }
contact-hours = З понеділка по п’ятницю, з 9:00 до 17:00
contact-in-person = Особисто: у будь-якій бібліотеці або центрі обслуговування клієнтів. Вам допоможуть працівники та цифрові помічники.

button-save-detail = Зберегти
button-continue = Продовжити
button-start = Почати
button-send = Погодитися й надіслати
button-find = Знайти моє звернення
back-link = Назад

error-summary-title = Виникла проблема
error-title = Помилка: { $title }
error-prefix = Помилка:
optional = необов’язково

date-day = День
date-month = Місяць
date-year = Рік

character-count-limit = Можна ввести до { $max } символів
character-count-remaining = { $remaining ->
    [one] Можна ввести ще { $remaining } символ
    [few] Можна ввести ще { $remaining } символи
    [many] Можна ввести ще { $remaining } символів
   *[other] Можна ввести ще { $remaining } символу
  }
character-count-over = { $over ->
    [one] Ви перевищили ліміт на { $over } символ
    [few] Ви перевищили ліміт на { $over } символи
    [many] Ви перевищили ліміт на { $over } символів
   *[other] Ви перевищили ліміт на { $over } символу
  }

home-title = Що вам потрібно зробити?
home-intro = Повідомте про проблему, замовте послугу або дізнайтеся, що відбувається з вашим зверненням.
home-track = Перевірити звернення, яке ви вже надіслали

start-before = Перш ніж почати

check-answers-title = Перевірте відповіді перед надсиланням
check-answers-change = Змінити
check-answers-not-given = Не вказано
check-answers-send-heading = Тепер надішліть звернення
check-answers-declaration = Надсилаючи звернення, ви підтверджуєте, що, наскільки вам відомо, надані вами дані правильні.

confirmation-title = Звернення надіслано
confirmation-reference = Ваш реєстраційний номер
confirmation-keep = Запишіть свій реєстраційний номер. Він знадобиться, щоб перевірити стан звернення або якщо ви зв’яжетеся з нами щодо нього.
confirmation-next = Що буде далі
confirmation-track = Перевірити стан звернення
confirmation-another = Повідомити про щось інше або замовити іншу послугу

track-title = Перевірити звернення
track-intro = Введіть реєстраційний номер і адресу електронної пошти, яку ви вказали, коли надсилали звернення.
track-reference-label = Реєстраційний номер
track-reference-hint = Його можна знайти на сторінці підтвердження. Він складається з 9 літер і цифр, наприклад KX4-P7M-HRT.
track-reference-error-required = Введіть реєстраційний номер
track-reference-error-invalid = Введіть реєстраційний номер точно так, як ми його вам дали, наприклад KX4-P7M-HRT
track-email-label = Адреса електронної пошти
track-email-error-required = Введіть адресу електронної пошти, яку ви нам дали
track-email-error-invalid = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com
track-not-found = Ми не знайшли звернення з таким реєстраційним номером і адресою електронної пошти. Перевірте обидва й спробуйте ще раз або зателефонуйте нам.
track-result-title = Ваше звернення
track-status = Стан
track-status-received = Отримано
track-status-acknowledged = Підтверджено
track-status-in-progress = Розглядається
track-status-waiting-for-resident = Чекаємо на вашу відповідь
track-status-resolved = Вирішено
track-status-closed = Закрито
track-service = Звернення
track-reference = Реєстраційний номер
track-sent-on = Дата надсилання
track-act-by = Ми вживемо заходів до
track-acknowledge-by = Ми підтвердимо отримання до
track-another = Перевірити інше звернення
track-history = Що відбулося
track-overdue = Ми не зробили цього до обіцяної дати. Просимо вибачення за затримку.
warning = Попередження
reply-heading = Дайте відповідь на наше запитання
reply-intro = Напишіть нам те, що ми просили. Можна також додати фото або документи.
reply-label = Ваша відповідь
reply-files-label = Додайте фото або документи (необов’язково)
reply-reply-error-required = Введіть відповідь або додайте файл
reply-reply-error-too-long = Відповідь може містити до { $max } символів
button-send-reply = Надіслати відповідь
track-history-reply = Ви відповіли
track-history-files = Надіслані файли: { $files }
rating-heading = Наскільки ви задоволені тим, як ми розглянули ваше звернення?
rating-very-satisfied = Дуже задоволені
rating-satisfied = Задоволені
rating-neither = Ні задоволені, ні незадоволені
rating-dissatisfied = Незадоволені
rating-very-dissatisfied = Дуже незадоволені
rating-comment-label = Розкажіть більше (необов’язково)
rating-comment-hint = Не вказуйте особисті дані.
rating-satisfaction-error-required = Виберіть, наскільки ви задоволені
rating-comment-error-too-long = Коментар може містити до { $max } символів
button-send-rating = Надіслати
rating-thanks = Дякуємо, що оцінили нашу роботу.

session-expired = Ваш сеанс завершився. Ми зберегли те, що ви ввели на цій сторінці. Перевірте це й продовжуйте.
not-found-title = Сторінку не знайдено
not-found-body = Якщо ви вводили вебадресу вручну, перевірте, чи вона правильна.
server-error-title = Вибачте, у роботі послуги виникла проблема
server-error-body = Спробуйте пізніше. Ваші відповіді збережено.
server-error-try-later = Спробуйте пізніше.
forbidden-title = Вибачте, ми не змогли прийняти цю форму
forbidden-body = Так буває, якщо ви довго не користувалися послугою. Поверніться на початок форми й спробуйте ще раз.
too-large-title = Ви надіслали завеликий обсяг даних
too-large-body = Поверніться й надішліть менше. Якщо ви додаєте файли, додавайте їх по одному.
too-many-requests-title = Вибачте, було забагато спроб
too-many-requests-body = Зачекайте кілька хвилин і спробуйте ще раз.
error-page-contact = Якщо вам потрібна допомога, зв’яжіться з нами.

# Month names (month-1 to month-12) are in the genitive, as Ukrainian writes them in dates: "9 грудня 2025".
date-long = { $day } { $month } { $year }
# A date with its day of the week, for dates to come: "Tuesday 9 December 2025".
date-with-weekday = { $weekday }, { $day } { $month } { $year }
date-at-time = { $date } о { $time }
# $hour is 1 to 12 with $half "am" or "pm"; in a language that uses the 24-hour clock, $hour is 00 to 23
# and the translation leaves $half out.
time-of-day = { $hour }:{ $minute }
weekday-1 = понеділок
weekday-2 = вівторок
weekday-3 = середа
weekday-4 = четвер
weekday-5 = п’ятниця
weekday-6 = субота
weekday-7 = неділя
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

answer-yes = Так
answer-no = Ні
select-choose = Виберіть один варіант
checkboxes-or = або

home-search-label = Пошук послуги
home-search-button = Шукати
home-search-results = { $count ->
    [one] За запитом «{ $query }» знайдено { $count } послугу
    [few] За запитом «{ $query }» знайдено { $count } послуги
    [many] За запитом «{ $query }» знайдено { $count } послуг
   *[other] За запитом «{ $query }» знайдено { $count } послуги
  }
home-search-none = За запитом «{ $query }» послуг не знайдено. Спробуйте інші слова або зателефонуйте нам.
home-search-all = Переглянути всі послуги
category-report = Повідомити про проблему
category-request = Замовити послугу
category-apply = Подати заяву
category-complain = Скарги, подяки та відгуки
category-ask-for-information = Запросити інформацію

save-link = Зберегти й повернутися пізніше
save-title = Зберегти й повернутися пізніше
save-intro = Ваші відповіді зберігаються під час заповнення. Щоб повернутися до цієї форми пізніше, на цьому чи іншому пристрої, потрібен код доступу.
save-check = Коли ви повернетеся, ми попросимо ваш код і одну з ваших відповідей, щоб перевірити, що це ви.
save-button = Отримати код доступу
saved-title = Ваші відповіді збережено
saved-code = Ваш код доступу
saved-keep = Запишіть код доступу й зберігайте його в безпечному місці. Будь-хто, хто має цей код і знає ваші відповіді, може побачити вашу форму.
saved-return-how = Щоб повернутися, перейдіть на { $address } і введіть свій код.
saved-expires = Ми зберігатимемо ваші відповіді до { $date }. Після цього їх буде видалено.
saved-emailed = Ми надіслали на { $email } посилання, за яким можна повернутися до форми.
saved-link = Можна також скористатися цим посиланням:
saved-continue = Продовжити заповнення форми
return-title = Повернутися до збереженої форми
return-intro = Введіть код доступу, який ви отримали, коли зберігали форму.
return-code-label = Код доступу
return-code-hint = Він складається з 9 літер і цифр, наприклад KX4-P7M-HRT.
return-code-error-required = Введіть код доступу
return-code-error-invalid = Введіть код доступу точно так, як ми його вам дали, наприклад KX4-P7M-HRT
return-code-error-not-found = Ми не знайшли збереженої форми з таким кодом. Збережені форми зберігаються 28 днів.
return-check-title = Перевірмо, що це ви
return-check-uk-postcode = Який поштовий індекс ви вказали у формі?
return-check-email = Яку адресу електронної пошти ви вказали у формі?
return-check-date = Яку дату ви вказали у формі в питанні «{ $question }»?
return-check-none = Виберіть «Продовжити», щоб продовжити заповнення форми.
return-check-error-required = Введіть відповідь, яку ви дали у формі
return-check-error-wrong = Це не збігається з відповіддю у формі. Перевірте й спробуйте ще раз.
return-link-expired = Це посилання не працює. Можливо, строк його дії минув: збережені форми зберігаються 28 днів. Якщо ви записали код доступу, введіть його тут.
return-start-again = Відповідь не збіглася забагато разів. Введіть код доступу ще раз.

# The address question: find by postcode, or type it in
address-postcode = Поштовий індекс
address-find = Знайти адресу
address-choose = Виберіть адресу
address-found = { $count ->
    [one] Для { $postcode } знайдено { $count } адресу
    [few] Для { $postcode } знайдено { $count } адреси
    [many] Для { $postcode } знайдено { $count } адрес
   *[other] Для { $postcode } знайдено { $count } адреси
}
address-none-found = Ми не знайшли адреси для { $postcode }. Введіть адресу нижче.
address-lookup-unavailable = Зараз ми не можемо шукати адреси. Введіть адресу нижче.
address-manual = Або введіть адресу самостійно.
address-line-1 = Адреса, рядок 1
address-line-2 = Адреса, рядок 2 (необов’язково)
address-town = Місто або селище
address-error-line-1-required = Введіть 1-й рядок адреси, зазвичай номер будинку й вулицю
address-error-line-1-too-long = 1-й рядок адреси може містити до { $max } символів
address-error-line-2-too-long = 2-й рядок адреси може містити до { $max } символів
address-error-town-required = Введіть місто або селище
address-error-town-too-long = Назва міста або селища може містити до { $max } символів
address-error-lookup-required = Введіть поштовий індекс
address-error-postcode-required = Введіть поштовий індекс
address-error-postcode-invalid = Введіть повний британський поштовий індекс, наприклад SE15 5DQ

# "Add another" lists
list-added = { $count ->
    [one] Ви додали { $count } позицію
    [few] Ви додали { $count } позиції
    [many] Ви додали { $count } позицій
   *[other] Ви додали { $count } позиції
}
list-remove = Видалити

# Evidence files
list-or = або
file-limits = { $count ->
    [one] Можна додати до { $count } файлу.
    [few] Можна додати до { $count } файлів.
    [many] Можна додати до { $count } файлів.
   *[other] Можна додати до { $count } файлів.
  } Кожен файл має бути у форматі { $types } і меншим за { $max }.
file-upload-button = Завантажити файли
file-added = { $count ->
    [one] Додано { $count } файл
    [few] Додано { $count } файли
    [many] Додано { $count } файлів
   *[other] Додано { $count } файлу
}
file-remove = Видалити
file-cancel = Скасувати
file-uploading = { $name }: завантажено { $percent }%
file-uploaded = Файл { $name } завантажено
file-cancelled = Файл { $name } не завантажено
file-error-empty = Файл { $name } порожній. Виберіть файл, у якому щось є
file-error-too-big = Файл { $name } має бути меншим за { $max }
file-error-total-too-big = Файл { $name } не додано: усі файли разом мають бути меншими за { $total }
file-error-too-many = { $count ->
    [one] Файл { $name } не додано: можна додати до { $count } файлу
    [few] Файл { $name } не додано: можна додати до { $count } файлів
    [many] Файл { $name } не додано: можна додати до { $count } файлів
   *[other] Файл { $name } не додано: можна додати до { $count } файлів
  }
file-error-wrong-type = Файл { $name } має бути у форматі { $types }
file-error-password = Файл { $name } захищено паролем. Зніміть пароль і додайте файл знову
file-error-damaged = Файл { $name } пошкоджений, його неможливо відкрити. Виберіть інший файл
file-error-virus = Файл { $name } містить вірус. Виберіть інший файл
file-error-not-checked = Не вдалося перевірити файл { $name } на віруси. Спробуйте пізніше
file-error-incomplete = Файл { $name } завантажився не повністю. Спробуйте ще раз
file-error-none-chosen = Виберіть файл
file-wait = Зачекайте, поки файл { $name } завантажиться

## A caseworker moving a request on

change-status-error-required = Виберіть новий стан
change-status-error-not-allowed = { $from ->
    [resolved] Це звернення вирішено, тому його стан не можна змінити
    [closed] Це звернення закрито, тому його стан не можна змінити
   *[other] { $to ->
        [received] Звернення не можна повернути до стану «Отримано»
        [acknowledged] Звернення, над яким уже працюють, не можна повернути до стану «Підтверджено»
       *[other] Звернення вже має цей стан
    }
}
change-note-error-needed = Напишіть, що вам потрібно від мешканця
change-note-error-outcome = Напишіть, який результат
change-note-error-too-long = Примітка може містити до { $max } символів
change-staff-note-error-too-long = Примітка для працівників може містити до { $max } символів
change-staff-note-error-required = Введіть примітку для працівників

## A resident's account

account-title = Ваш обліковий запис
account-sign-in-title = Увійдіть у свій обліковий запис
account-sign-in-intro = Введіть свою адресу електронної пошти. Ми надішлемо вам код і посилання. Увійти можна за допомогою будь-якого з них: пароль запам’ятовувати не потрібно.
account-code-intro = Ми надіслали вам електронною поштою код і посилання. Введіть код тут або скористайтеся посиланням із листа. Код і посилання працюють один раз, протягом { $minutes } хвилин.
account-link-expired = Це посилання для входу вже використано або строк його дії минув. Введіть свою адресу електронної пошти, щоб отримати нове.
account-signed-in-as = Ви увійшли як { $email }.
account-requests = Ваші звернення
account-no-requests = Ви ще не надсилали звернень із цієї адреси електронної пошти.
account-track = Дізнатися, що відбувається зі зверненням
account-drafts = Розпочаті форми
account-no-drafts = У вас немає розпочатих форм.
account-draft-saved = востаннє збережено { $when }
account-messages = Повідомлення, які ми вам надіслали
account-no-messages = Ми ще не надсилали вам повідомлень.
account-message-request-received = Ми отримали ваше звернення
account-message-request-moved = Новини щодо вашого звернення
account-message-request-over = Результат розгляду вашого звернення
account-message-save-and-return = Ваша збережена форма
account-data-title = Ваші дані
account-data-link = Переглянути все, що ми про вас зберігаємо, або завантажити це
account-data-intro = Тут усе, що ми зберігаємо про вас у вашому обліковому записі: ваші особисті дані, звернення, надіслані з вашої адреси електронної пошти, разом із вашими відповідями, розпочаті форми та повідомлення, які ми вам надіслали.
account-data-download = Завантажити всі ваші дані (файл JSON)
account-data-since = Дата створення облікового запису
account-data-answers = Ваші відповіді
account-data-files = Додані файли
account-data-draft = Розпочато: { $service }
account-delete-title = Видалити обліковий запис
account-delete-goes = Буде видалено ваш обліковий запис, розпочаті форми й додані до них файли, а також записи про ваші входи. Ви вийдете з облікового запису на всіх пристроях.
account-delete-kept = Звернення, які ви вже надіслали, залишаться разом із відповідями й файлами, бо рада має зберігати їх стільки, скільки вимагає закон. Ви й надалі зможете перевіряти їх за реєстраційним номером і адресою електронної пошти.
account-delete-confirm = Підтвердження
account-delete-confirm-yes = Я розумію. Видаліть мій обліковий запис.
account-delete-confirm-error-required = Підтвердьте, що хочете видалити обліковий запис
account-delete-button = Видалити мій обліковий запис
account-deleted = Ваш обліковий запис видалено. Надіслані звернення збережено, і ви й надалі можете їх перевіряти.
profile-used = Ми заповнили ваші збережені дані. Перевірте їх і змініть тут, якщо цього разу вони інші.
profile-save-legend = Ваш обліковий запис
profile-save-hint = У вашому обліковому записі збережеться лише те, що ви позначите.
profile-save-new = Зберегти мою відповідь на питання «{ $question }» в обліковому записі на наступний раз
profile-save-change = Також змінити «{ $question }» в моєму обліковому записі
profile-heading = Ваші збережені дані
profile-intro = Ми заповнюємо їх за вас у формах, де їх запитують. У кожній формі ви самі вирішуєте, чи зберегти тут зміну.
profile-remove = Видалити
profile-uses = Як ми використали ваші дані
profile-use = { $detail }: заповнено у формі «{ $service }», { $when }
profile-field-language = Мова
profile-field-contact-method = Спосіб зв’язку
profile-field-access-needs = Потрібна допомога
profile-not-saved = Не збережено
profile-change = Змінити
profile-add = Додати
profile-field-interpreter-language = Перекладач з мови
profile-field-name = Ім’я та прізвище
profile-field-date-of-birth = Дата народження
profile-field-email = Адреса електронної пошти
profile-field-phone = Номер телефону
profile-field-address = Адреса
profile-pass-on-heading = Ви змінили свої дані. Передати їх далі?
profile-pass-on-legend = До яких ваших відкритих звернень додати нові дані?
profile-pass-on-button = Передати
profile-keep-button = Не зараз
profile-passed-on = Нові дані – { $detail }: { $value }
account-provider-heading = Або скористайтеся обліковим записом ради
account-provider-button = Увійти через { $name }
account-provider-failed = Не вдалося увійти через обліковий запис ради. Спробуйте ще раз або скористайтеся кодом, який ми надішлемо вам електронною поштою.
account-sign-out = Вийти
account-sign-out-everywhere = Вийти на всіх пристроях

## The "your details" form (a resident's saved details)

details-title = Ваші збережені дані
details-summary = Дані, які ми заповнюємо за вас у формах.
details-standard = Зберігаються одразу.
details-name-title = Ваше ім’я та прізвище
details-full-name-label = Яке ваше ім’я та прізвище?
details-full-name-summary = Ім’я та прізвище
details-full-name-error-required = Введіть ім’я та прізвище
details-full-name-error-too-long = Ім’я та прізвище можуть містити разом до { $max } символів
details-date-of-birth-title = Ваша дата народження
details-date-of-birth-label = Яка ваша дата народження?
details-date-of-birth-summary = Дата народження
details-date-of-birth-hint = Наприклад, 27 3 1985
details-date-of-birth-error-required = Введіть дату народження
details-date-of-birth-error-incomplete = Дата народження має містити день, місяць і рік
details-date-of-birth-error-invalid = Дата народження має бути реальною датою
details-date-of-birth-error-year-digits = Рік має складатися з 4 цифр
details-date-of-birth-error-future = Дата народження має бути в минулому
details-email-title = Ваша адреса електронної пошти
details-email-label = Яку адресу електронної пошти використовувати у формах?
details-email-summary = Адреса електронної пошти
details-email-error-required = Введіть адресу електронної пошти
details-email-error-invalid = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com
details-phone-title = Ваш номер телефону
details-phone-label = Який ваш номер телефону?
details-phone-summary = Номер телефону
details-phone-error-required = Введіть номер телефону
details-phone-error-invalid = Введіть британський номер телефону, наприклад 01632 960 001 або 07700 900 982
details-address-title = Ваша адреса
details-address-label = Яка ваша адреса?
details-address-summary = Адреса
details-address-hint = Введіть поштовий індекс і виберіть «Знайти адресу» або введіть адресу самостійно.
details-address-error-required = Введіть свою адресу
details-language-title = Ваша мова
details-language-label = Якою мовою нам спілкуватися з вами?
details-language-summary = Мова
details-language-error-required = Виберіть мову
details-language-en-gb = English (англійська)
details-language-cy = Cymraeg (валлійська)
details-language-pl = Polski (польська)
details-language-ro = Română (румунська)
details-language-pt = Português (португальська)
details-language-es = Español (іспанська)
details-language-tr = Türkçe (турецька)
details-language-so = Soomaali (сомалі)
details-language-bn = বাংলা (бенгальська)
details-language-ur = اردو (урду)
details-language-ar = العربية (арабська)
details-language-zh-hans = 中文（简体） (спрощена китайська)
details-language-uk = Українська
details-contact-method-title = Як з вами зв’язатися
details-contact-method-label = Як ви хочете, щоб ми з вами зв’язувалися?
details-contact-method-summary = Спосіб зв’язку
details-contact-method-error-required = Виберіть, як ви хочете, щоб ми з вами зв’язувалися
details-contact-method-email = Електронною поштою
details-contact-method-phone = Телефоном
details-contact-method-post = Поштою
details-access-needs-title = Допомога, яка вам потрібна від нас
details-access-needs-label = Чи потрібно вам щось із цього від нас?
details-access-needs-summary = Потрібна допомога
details-access-needs-hint = Виберіть усе, що підходить.
details-access-needs-error-required = Виберіть хоча б один варіант або поверніться назад
details-interpreter-language-label = Якщо вам потрібен перекладач, то з якої мови? (необов’язково)
details-interpreter-language-summary = Перекладач з мови
details-interpreter-language-hint = Наприклад, польська, сомалі або бенгальська
details-interpreter-language-error-too-long = Назва мови може містити до { $max } символів
details-access-needs-large-print = Листи великим шрифтом
details-access-needs-easy-read = Версії у форматі «легко читати» (easy read)
details-access-needs-british-sign-language = Перекладач британської жестової мови (BSL)
details-access-needs-interpreter = Перекладач з іншої мови
details-access-needs-someone-speaks-for-me = Людина, яка говорить від мого імені

## The caseworkers' pages

staff-area = Для працівників
staff-sign-in-title = Увійдіть, щоб побачити звернення
staff-sign-in-intro = Введіть свою службову адресу електронної пошти в раді. Ми надішлемо вам код для входу.
staff-email-label = Адреса електронної пошти
staff-email-error-required = Введіть свою адресу електронної пошти
staff-email-error-invalid = Введіть адресу електронної пошти в правильному форматі, наприклад name@council.gov.uk
button-send-code = Надіслати код
staff-code-title = Перевірте електронну пошту
staff-code-intro = Якщо для цієї адреси є обліковий запис, ми надіслали на неї код. Код працює один раз, протягом { $minutes } хвилин.
staff-code-label = Код
staff-code-hint = Він складається з 6 цифр, наприклад 042917
staff-code-error-required = Введіть код із листа
staff-code-error-invalid = Код складається з { $digits } цифр
staff-code-error-wrong = Код неправильний або строк його дії минув. Перевірте лист або отримайте новий код
staff-code-again = Отримати новий код
button-sign-in = Увійти
staff-signed-in-as = Ви увійшли як { $name }
staff-sign-out = Вийти
staff-requests-title = Звернення
staff-filter-service = Послуга
staff-filter-status = Стан
staff-filter-any = Усі
staff-filter-overdue = Лише прострочені звернення
button-filter = Показати звернення
staff-requests-count = { $count ->
    [one] { $count } звернення, спочатку з найближчим терміном
    [few] { $count } звернення, спочатку з найближчим терміном
    [many] { $count } звернень, спочатку з найближчим терміном
   *[other] { $count } звернення, спочатку з найближчим терміном
}
staff-requests-none = Немає відповідних звернень. Спробуйте інші фільтри.
staff-column-reference = Реєстраційний номер
staff-column-service = Звернення
staff-column-status = Стан
staff-column-sent = Дата надсилання
staff-column-act-by = Термін
staff-overdue = Прострочено
staff-replied = Мешканець відповів
staff-ratings-heading = Наскільки мешканці були задоволені
staff-ratings-none = Жоден мешканець ще не оцінив цю послугу.
staff-ratings-answer = Відповідь
staff-ratings-count = Мешканці
staff-status-received = Отримано
staff-status-acknowledged = Підтверджено
staff-status-in-progress = Розглядається
staff-status-waiting-for-resident = Чекає на відповідь мешканця
staff-status-resolved = Вирішено
staff-status-closed = Закрито
staff-request-title = Звернення { $reference }
staff-back = Назад до звернень
staff-contact = Електронна пошта мешканця
staff-language = Мова
staff-answers-heading = Відповіді
staff-files-heading = Докази
staff-files-none = Файли не надсилали.
staff-file-clean = Перевірено на віруси
staff-file-not-scanned = Не перевірено на віруси
staff-file-with-reply = надіслано з відповіддю
staff-file-download = Завантажити
staff-history-heading = Історія
staff-history-reply = Мешканець відповів
staff-history-note = Примітка працівника
staff-history-staff-note = Примітка працівника: { $note }
staff-history-by = Автор: { $name }
staff-failed-heading = Ненадіслані повідомлення
staff-failed-intro = Ці повідомлення мешканцю не вдалося надіслати. Зв’яжіться з ним іншим способом.
staff-message-request-received = Підтвердження отримання
staff-message-request-moved = Новини щодо звернення
staff-message-request-over = Результат розгляду звернення
staff-message-save-and-return = Збережена форма
staff-rating = Оцінка мешканця
staff-change-heading = Змінити стан звернення
staff-request-over = Розгляд цього звернення завершено. Його стан більше не можна змінити.
change-status-label = Новий стан
change-note-label = Примітка для мешканця
change-note-hint = Напишіть, що вам від нього потрібно, або який результат. Мешканець побачить це на сторінці звернення та в листі.
change-staff-note-label = Примітка лише для працівників
change-staff-note-hint = Мешканець ніколи цього не побачить.
button-change-status = Зберегти й повідомити мешканця
change-status-error-moved = Після того як ви відкрили це звернення, хтось інший змінив його стан. Перевірте звернення ще раз, перш ніж змінювати його

## Messages sent to residents (a subject and a plain-text body each; a blank line starts a
## paragraph)

mail-request-received-subject = Ми отримали ваше звернення – реєстраційний номер { $reference }
mail-request-received-body =
    Дякуємо. Ми отримали ваше звернення: { $service }.

    Ваш реєстраційний номер: { $reference }.

    Ми вживемо заходів до { $act_by }.

    Ви будь-коли можете перевірити, що відбувається з вашим зверненням: { $link }
mail-request-moved-subject = Новини щодо вашого звернення { $reference }
mail-request-moved-body =
    Є новини щодо вашого звернення: { $service }, реєстраційний номер { $reference }.

    Стан: { $status }

    { $note }

    Подивіться, що відбулося, або дайте відповідь на наше запитання: { $link }
mail-save-and-return-subject = Поверніться до своєї форми
mail-save-and-return-body =
    Ваші відповіді у формі «{ $service }» збережено.

    Щоб повернутися до форми, скористайтеся цим посиланням: { $link }

    Посилання працює до { $expires_on }. Після цього ваші відповіді буде видалено.
mail-request-over-subject = Ваше звернення { $reference }: { $status }
mail-request-over-body =
    Є результат розгляду вашого звернення: { $service }, реєстраційний номер { $reference }.

    Стан: { $status }

    { $note }

    Розкажіть, наскільки ви задоволені тим, як ми розглянули звернення (одне запитання): { $link }
mail-staff-sign-in-code-subject = Ваш код для входу
mail-staff-sign-in-code-body =
    Ваш код для входу й перегляду звернень: { $code }.

    Код працює один раз, протягом { $minutes } хвилин. Якщо ви не просили код, просто проігноруйте цей лист.
mail-resident-sign-in-subject = Увійдіть у свій обліковий запис
mail-resident-sign-in-body =
    Ваш код для входу: { $code }.

    Або увійдіть за цим посиланням: { $link }

    Код і посилання працюють один раз, протягом { $minutes } хвилин. Якщо ви не намагалися увійти, просто проігноруйте цей лист.
