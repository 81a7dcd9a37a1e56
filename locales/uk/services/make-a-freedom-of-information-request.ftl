foi-title = Подати запит відповідно до Закону про свободу інформації (Freedom of Information)
foi-summary = Запитайте інформацію, яку зберігає рада.
foi-keywords = foi freedom of information свобода інформації запит на інформацію eir екологічна інформація дані запит
foi-standard = Ми відповімо до { $date }. Це 20 робочих днів, як вимагає закон.
foi-start-intro = Будь-хто може запитати інформацію, яку зберігає рада, наприклад звіти, витрати та статистику. Це стосується й екологічної інформації.
foi-start-published = Спочатку перевірте наш вебсайт: багато нашої інформації вже опубліковано.
foi-start-time = Це займе близько 5 хвилин.
foi-start-need = Вам знадобляться:
foi-start-need-what = якомога чіткіший опис інформації, яку ви хочете отримати
foi-start-need-contact = ваше ім’я та адреса електронної пошти

foi-information-title = Яку інформацію ви хочете отримати?
foi-information-label = Яку інформацію ви хочете отримати?
foi-information-hint = Якщо можете, вкажіть дати й місця. Що чіткіший ваш запит, то швидше ми відповімо.
foi-information-summary = Потрібна інформація
foi-information-error-required = Введіть, яку інформацію ви хочете отримати
foi-information-error-too-long = Запит може містити до { $max } символів

foi-format-title = Як ви хочете отримати інформацію?
foi-format-label = Як ви хочете отримати інформацію?
foi-format-summary = Формат
foi-format-email = Електронною поштою
foi-format-paper = На папері, поштою
foi-format-error-required = Виберіть, як ви хочете отримати інформацію

foi-contact-title = Ваші дані
foi-full-name-label = Ім’я та прізвище
foi-full-name-hint = За законом, щоб відповісти на запит відповідно до Закону про свободу інформації (Freedom of Information), нам потрібні ваші справжні ім’я та прізвище.
foi-full-name-summary = Ім’я та прізвище
foi-full-name-error-required = Введіть ім’я та прізвище
foi-full-name-error-too-long = Ім’я та прізвище можуть містити разом до { $max } символів
foi-email-label = Адреса електронної пошти
foi-email-hint = Ми надішлемо нашу відповідь на цю адресу
foi-email-summary = Адреса електронної пошти
foi-email-error-required = Введіть свою адресу електронної пошти
foi-email-error-invalid = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com

foi-next-steps = Якщо нам знадобиться більше часу або більше подробиць від вас, ми повідомимо вас про це протягом 20 робочих днів.
