pest-title = Poproś o zwalczanie szkodników
pest-summary = Dostań pomoc, jeśli w twoim domu są szczury, myszy, karaluchy, pluskwy lub osy.
pest-keywords = szczury myszy gryzonie szkodniki karaluchy prusaki pluskwy osy gniazdo plaga deratyzacja dezynsekcja pest control
pest-standard = Do { $date } skontaktujemy się z tobą, aby ustalić termin wizyty.
pest-start-intro = W tym miejscu możesz poprosić o wizytę specjalisty od zwalczania szkodników w twoim domu.
pest-start-cost = Zabieg kosztuje { MONEY(60) }. Jest bezpłatny, jeśli dostajesz Kredyt Uniwersalny (Universal Credit), dodatek emerytalny (Pension Credit) lub ulgę w podatku lokalnym (Council Tax Reduction).
pest-start-time = Zajmie to około 3 minut.
pest-start-need = Będą ci potrzebne:
pest-start-need-address = twój adres
pest-start-need-email = adres e-mail

pest-pest-title = Jakie to szkodniki?
pest-pest-label = Jakie to szkodniki?
pest-pest-summary = Szkodniki
pest-pest-rats = Szczury
pest-pest-mice = Myszy
pest-pest-cockroaches = Karaluchy
pest-pest-bedbugs = Pluskwy
pest-pest-wasps = Osy
pest-pest-other = Coś innego
pest-pest-error-required = Wybierz, jakie to szkodniki

pest-where-title = Gdzie je widziano?
pest-where-label = Gdzie je widziano?
pest-where-summary = Gdzie
pest-where-inside = W moim domu
pest-where-garden = W moim ogrodzie
pest-where-shared-area = W części wspólnej, na przykład na klatce schodowej lub przy śmietniku
pest-where-error-required = Wybierz, gdzie je widziano

pest-address-title = Jaki jest twój adres?
pest-address-label = Jaki jest twój adres?
pest-address-hint = Wpisz kod pocztowy i wybierz „Znajdź adres” albo wpisz adres samodzielnie.
pest-address-summary = Adres
pest-address-error-required = Wpisz swój adres

pest-benefits-title = Czy dostajesz Kredyt Uniwersalny (Universal Credit), dodatek emerytalny (Pension Credit) lub ulgę w podatku lokalnym (Council Tax Reduction)?
pest-benefits-label = Czy dostajesz Kredyt Uniwersalny (Universal Credit), dodatek emerytalny (Pension Credit) lub ulgę w podatku lokalnym (Council Tax Reduction)?
pest-benefits-hint = Jeśli tak, zabieg jest bezpłatny.
pest-benefits-summary = Świadczenia
pest-benefits-error-required = Wybierz „Tak”, jeśli dostajesz Kredyt Uniwersalny (Universal Credit), dodatek emerytalny (Pension Credit) lub ulgę w podatku lokalnym (Council Tax Reduction)

pest-contact-title = Jak możemy się z tobą skontaktować?
pest-email-label = Adres e-mail
pest-email-hint = Na ten adres wyślemy numer referencyjny i nowe informacje
pest-email-summary = Adres e-mail
pest-email-error-required = Wpisz swój adres e-mail
pest-email-error-invalid = Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com
pest-phone-label = Numer telefonu (nieobowiązkowe)
pest-phone-summary = Numer telefonu
pest-phone-error-invalid = Wpisz brytyjski numer telefonu, na przykład 01632 960 001 lub 07700 900 982

pest-next-steps = Specjalista od zwalczania szkodników zadzwoni do ciebie albo napisze e-mail, aby ustalić termin wizyty.
