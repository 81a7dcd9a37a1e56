pest-title = Gofyn am wasanaeth rheoli plâu
pest-summary = Cael help gyda llygod mawr, llygod, chwilod duon, llau gwely neu wenyn meirch yn eich cartref.
pest-keywords = rheoli plâu pla llygod mawr llygod fermin chwilod duon llau gwely gwenyn meirch cacwn nyth rats mice vermin cockroaches bedbugs wasps nest infestation
pest-standard = Byddwn yn cysylltu â chi erbyn { $date } i drefnu ymweliad.
pest-start-intro = Defnyddiwch y gwasanaeth hwn i ofyn i swyddog rheoli plâu ymweld â'ch cartref.
pest-start-cost = Mae triniaeth yn costio { MONEY(60) }. Mae am ddim os ydych yn cael Credyd Cynhwysol (Universal Credit), Credyd Pensiwn (Pension Credit) neu Ostyngiad Treth Gyngor (Council Tax Reduction).
pest-start-time = Mae'n cymryd tua 3 munud.
pest-start-need = Bydd angen:
pest-start-need-address = eich cyfeiriad
pest-start-need-email = cyfeiriad e-bost

pest-pest-title = Pa fath o bla ydyw?
pest-pest-label = Pa fath o bla ydyw?
pest-pest-summary = Pla
pest-pest-rats = Llygod mawr
pest-pest-mice = Llygod
pest-pest-cockroaches = Chwilod duon
pest-pest-bedbugs = Llau gwely
pest-pest-wasps = Gwenyn meirch
pest-pest-other = Rhywbeth arall
pest-pest-error-required = Dewiswch pa fath o bla ydyw

pest-where-title = Ble ydych chi wedi'u gweld?
pest-where-label = Ble ydych chi wedi'u gweld?
pest-where-summary = Ble
pest-where-inside = Yn fy nghartref
pest-where-garden = Yn fy ngardd
pest-where-shared-area = Mewn man a rennir, fel grisiau neu storfa biniau
pest-where-error-required = Dewiswch ble rydych chi wedi'u gweld

pest-address-title = Beth yw eich cyfeiriad?
pest-address-label = Beth yw eich cyfeiriad?
pest-address-hint = Rhowch eich cod post a dewiswch Dod o hyd i gyfeiriad, neu teipiwch eich cyfeiriad.
pest-address-summary = Cyfeiriad
pest-address-error-required = Rhowch eich cyfeiriad

pest-benefits-title = Ydych chi'n cael Credyd Cynhwysol (Universal Credit), Credyd Pensiwn (Pension Credit) neu Ostyngiad Treth Gyngor (Council Tax Reduction)?
pest-benefits-label = Ydych chi'n cael Credyd Cynhwysol (Universal Credit), Credyd Pensiwn (Pension Credit) neu Ostyngiad Treth Gyngor (Council Tax Reduction)?
pest-benefits-hint = Os ydych, mae'r driniaeth am ddim.
pest-benefits-summary = Yn cael budd-daliadau
pest-benefits-error-required = Dewiswch ‘Ie’ os ydych yn cael Credyd Cynhwysol (Universal Credit), Credyd Pensiwn (Pension Credit) neu Ostyngiad Treth Gyngor (Council Tax Reduction)

pest-contact-title = Sut allwn ni gysylltu â chi?
pest-email-label = Cyfeiriad e-bost
pest-email-hint = Byddwn yn anfon eich cyfeirnod a diweddariadau i'r cyfeiriad hwn
pest-email-summary = Cyfeiriad e-bost
pest-email-error-required = Rhowch eich cyfeiriad e-bost
pest-email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com
pest-phone-label = Rhif ffôn (dewisol)
pest-phone-summary = Rhif ffôn
pest-phone-error-invalid = Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982

pest-next-steps = Bydd swyddog rheoli plâu yn eich ffonio neu'n anfon e-bost atoch i drefnu ymweliad.
