bulky-title = Trefnu casgliad gwastraff swmpus
bulky-summary = Gofynnwch i ni gasglu eitemau mawr, fel dodrefn ac oergelloedd, o'ch cartref.
bulky-keywords = dodrefn soffa oergell matres eitemau mawr casgliad swmpus furniture sofa fridge mattress large items collection
bulky-standard = Byddwn yn dweud wrthych pa ddiwrnod y byddwn yn casglu erbyn { $date }.
bulky-start-intro = Defnyddiwch y gwasanaeth hwn i drefnu casgliad o hyd at 10 o eitemau mawr o'r cartref.
bulky-start-cost = Mae casgliad yn costio { MONEY(25) } am hyd at 3 eitem a { MONEY(5) } am bob eitem arall. Mae am ddim os ydych yn cael Gostyngiad Treth Gyngor (Council Tax Reduction). Byddwn yn dweud wrthych sut i dalu.
bulky-start-time = Mae'n cymryd tua 3 munud.
bulky-start-need = Bydd angen:
bulky-start-need-items = rhestr o'r eitemau
bulky-start-need-address = y cyfeiriad i gasglu ohono
bulky-start-need-email = cyfeiriad e-bost

bulky-items-title = Beth sydd angen i ni ei gasglu?
bulky-items-label = Beth sydd angen i ni ei gasglu?
bulky-items-hint = Ychwanegwch un eitem ar y tro, fel soffa neu oergell. Gallwch drefnu hyd at 10 eitem. Ni allwn gasglu rwbel adeiladu, rhannau ceir na gwastraff gardd.
bulky-items-summary = Eitemau
bulky-items-add = Ychwanegu eitem
bulky-items-error-required = Rhowch eitem sydd angen i ni ei chasglu
bulky-items-error-too-long = Rhaid i bob eitem fod yn { $max } o nodau neu lai
bulky-items-error-too-many = Gallwch drefnu hyd at { $max } eitem mewn un casgliad

bulky-address-title = O ble ddylem ni gasglu?
bulky-address-label = O ble ddylem ni gasglu?
bulky-address-hint = Rhowch y cod post a dewiswch Dod o hyd i gyfeiriad, neu teipiwch y cyfeiriad.
bulky-address-summary = Cyfeiriad casglu
bulky-address-error-required = Rhowch y cyfeiriad y dylem gasglu ohono

bulky-contact-title = Sut gallwn ni gysylltu â chi?
bulky-email-label = Cyfeiriad e-bost
bulky-email-hint = Byddwn yn anfon eich diwrnod casglu i'r cyfeiriad hwn
bulky-email-summary = Cyfeiriad e-bost
bulky-email-error-required = Rhowch eich cyfeiriad e-bost
bulky-email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com
bulky-phone-label = Rhif ffôn (dewisol)
bulky-phone-hint = Rhag ofn bod angen i'n criw gysylltu â chi ar y diwrnod
bulky-phone-summary = Rhif ffôn
bulky-phone-error-invalid = Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982

bulky-next-steps = Rhowch yr eitemau y tu allan i'ch cartref erbyn 7am ar eich diwrnod casglu. Peidiwch â'u gadael ar y palmant cyn y noson gynt.
