fly-tipping-title = Повідомити про незаконно викинуте сміття
fly-tipping-summary = Повідомте нам про сміття, викинуте на вулиці, стежці чи в іншому громадському місці.
fly-tipping-keywords = незаконне сміттєзвалище викинуте сміття відходи звалище матрац викидання fly-tipping
fly-tipping-standard = До { $date } ми приберемо сміття або повідомимо вам, що ми робимо.
fly-tipping-start-intro = Скористайтеся цією послугою, щоб повідомити про сміття, викинуте на громадській території, наприклад на вулиці, стежці, у парку чи провулку.
fly-tipping-start-danger = Не торкайтеся нічого, що може бути небезпечним, наприклад голок, хімікатів чи азбесту.
fly-tipping-start-time = Це займе близько 3 хвилин.
fly-tipping-start-need = Вам знадобляться:
fly-tipping-start-need-where = інформація про те, де лежить сміття
fly-tipping-start-need-what = інформація про те, яке це сміття

fly-tipping-where-title = Де лежить сміття?
fly-tipping-location-label = Опишіть, де воно
fly-tipping-location-hint = Наприклад, біля будинку 12 Peckham Road, поруч з автобусною зупинкою
fly-tipping-location-summary = Де
fly-tipping-location-error-required = Введіть, де лежить сміття
fly-tipping-location-error-too-long = Опис місця може містити до { $max } символів
fly-tipping-postcode-label = Поштовий індекс (необов’язково)
fly-tipping-postcode-hint = Якщо знаєте, наприклад SE1 2QH
fly-tipping-postcode-summary = Поштовий індекс
fly-tipping-postcode-error-invalid = Введіть повний британський поштовий індекс, наприклад SE1 2QH

fly-tipping-what-title = Що саме викинули?
fly-tipping-waste-label = Що саме викинули?
fly-tipping-waste-hint = Виберіть усе, що підходить.
fly-tipping-waste-summary = Що
fly-tipping-waste-bags = Мішки зі сміттям
fly-tipping-waste-furniture = Меблі або матраци
fly-tipping-waste-electrical = Холодильники, телевізори чи інша електротехніка
fly-tipping-waste-building = Будівельне сміття
fly-tipping-waste-garden = Садові відходи
fly-tipping-waste-other = Щось інше
fly-tipping-waste-error-required = Виберіть, що саме викинули

fly-tipping-photos-title = Додайте фото викинутого сміття (необов’язково)
fly-tipping-photos-label = Додайте фото викинутого сміття (необов’язково)
fly-tipping-photos-hint = Фото допомагають нашій бригаді знайти й прибрати сміття. Не наражайте себе на небезпеку, щоб їх зробити.
fly-tipping-photos-summary = Фото

fly-tipping-dangerous-title = Чи може щось із цього бути небезпечним?
fly-tipping-dangerous-label = Чи може щось із цього бути небезпечним?
fly-tipping-dangerous-hint = Наприклад, голки, хімікати, газові балони або азбест
fly-tipping-dangerous-summary = Може бути небезпечним
fly-tipping-dangerous-error-required = Виберіть «Так», якщо щось із цього може бути небезпечним

fly-tipping-seen-title = Коли ви побачили сміття?
fly-tipping-seen-label = Коли ви побачили сміття?
fly-tipping-seen-hint = Наприклад, 20 11 2026
fly-tipping-seen-summary = Дата, коли ви побачили сміття
fly-tipping-seen-error-required = Введіть дату, коли ви побачили сміття
fly-tipping-seen-error-incomplete = Дата, коли ви побачили сміття, має містити { $missing ->
    [day] день
    [month] місяць
    [year] рік
    [day-month] день і місяць
    [day-year] день і рік
   *[month-year] місяць і рік
  }
fly-tipping-seen-error-invalid = Дата, коли ви побачили сміття, має бути реальною датою
fly-tipping-seen-error-year-digits = Рік має складатися з 4 цифр
fly-tipping-seen-error-future = Дата, коли ви побачили сміття, має бути сьогоднішньою або в минулому

fly-tipping-contact-title = Яка ваша адреса електронної пошти?
fly-tipping-email-label = Яка ваша адреса електронної пошти?
fly-tipping-email-hint = Ми надсилатимемо ваш реєстраційний номер і новини на цю адресу
fly-tipping-email-summary = Адреса електронної пошти
fly-tipping-email-error-required = Введіть свою адресу електронної пошти
fly-tipping-email-error-invalid = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com

fly-tipping-next-steps = Бригада з прибирання вулиць перевірить і прибере сміття. Якщо ми знайдемо докази того, хто його викинув, ми можемо вжити заходів проти цієї людини.
