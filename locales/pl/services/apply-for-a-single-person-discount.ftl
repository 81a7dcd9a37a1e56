spd-title = Złóż wniosek o zniżkę w podatku lokalnym (Council Tax) dla osoby mieszkającej samotnie
spd-summary = Płać o 25% mniej podatku lokalnego (Council Tax), jeśli jesteś jedyną dorosłą osobą w swoim domu.
spd-keywords = podatek lokalny council tax zniżka ulga osoba samotna mieszkam samotnie sam sama 25 procent single person discount
spd-standard = Przekażemy ci naszą decyzję do { $date }.
spd-start-intro = Możesz płacić o 25% mniej podatku lokalnego (Council Tax), jeśli jesteś jedyną dorosłą osobą (w wieku 18 lat lub więcej), która mieszka w twoim domu.
spd-start-time = Zajmie to około 3 minut.
spd-start-need = Będą ci potrzebne:
spd-start-need-account = numer konta podatku lokalnego (Council Tax) – jest na rachunku
spd-start-need-date = data, od której mieszkasz samotnie
spd-start-need-contact = adres e-mail

spd-account-title = Jaki jest numer twojego konta podatku lokalnego (Council Tax)?
spd-account-number-label = Jaki jest numer twojego konta podatku lokalnego (Council Tax)?
spd-account-number-hint = To 8 cyfr u góry rachunku.
spd-account-number-summary = Numer konta
spd-account-number-error-required = Wpisz numer konta podatku lokalnego (Council Tax)
spd-account-number-error-too-long = Numer konta może mieć do { $max } znaków
spd-account-number-error-pattern = Wpisz numer konta jako 8 cyfr, na przykład 12345678

spd-address-title = Jaki jest adres nieruchomości?
spd-postcode-label = Kod pocztowy
spd-postcode-hint = Na przykład SE1 2QH
spd-postcode-summary = Kod pocztowy
spd-postcode-error-required = Wpisz kod pocztowy
spd-postcode-error-invalid = Wpisz pełny brytyjski kod pocztowy, na przykład SE1 2QH
spd-address-line-1-label = Numer lub nazwa domu oraz ulica
spd-address-line-1-summary = Adres
spd-address-line-1-error-required = Wpisz numer lub nazwę domu oraz ulicę
spd-address-line-1-error-too-long = Numer lub nazwa domu oraz ulica mogą mieć razem do { $max } znaków

spd-adults-title = Ile dorosłych osób mieszka pod tym adresem, razem z tobą?
spd-adults-label = Ile dorosłych osób mieszka pod tym adresem, razem z tobą?
spd-adults-hint = Policz wszystkie osoby w wieku 18 lat lub więcej, które mieszkają tam przez większość czasu.
spd-adults-summary = Dorosłe osoby mieszkające pod tym adresem
spd-adults-error-required = Wpisz, ile dorosłych osób mieszka pod tym adresem
spd-adults-error-invalid = Wpisz liczbę dorosłych osób jako liczbę całkowitą, na przykład 1
spd-adults-error-too-small = Liczba dorosłych osób musi wynosić co najmniej { $min }
spd-adults-error-too-large = Liczba dorosłych osób może wynosić najwyżej { $max }

spd-not-eligible-title = Nie możesz dostać zniżki dla osoby mieszkającej samotnie
spd-not-eligible-body = Ta zniżka jest tylko dla domów, w których mieszka jedna dorosła osoba.

    Możesz jednak dostać inną zniżkę, jeśli ktoś w twoim domu studiuje w pełnym wymiarze godzin, opiekuje się inną osobą (jako carer) albo ma poważne upośledzenie umysłowe (severe mental impairment). Aby się dowiedzieć więcej, zadzwoń do nas pod numer 020 7946 0000.

spd-since-title = Od kiedy mieszkasz samotnie?
spd-since-label = Od kiedy mieszkasz samotnie?
spd-since-hint = Na przykład 1 9 2026
spd-since-summary = Data, od której mieszkasz samotnie
spd-since-error-required = Wpisz datę, od której mieszkasz samotnie
spd-since-error-incomplete = Data, od której mieszkasz samotnie, musi zawierać { $missing ->
    [day] dzień
    [month] miesiąc
    [year] rok
    [day-month] dzień i miesiąc
    [day-year] dzień i rok
   *[month-year] miesiąc i rok
  }
spd-since-error-invalid = Data, od której mieszkasz samotnie, musi być prawidłową datą
spd-since-error-year-digits = Rok musi mieć 4 cyfry
spd-since-error-future = Data, od której mieszkasz samotnie, musi być dzisiejsza lub z przeszłości
spd-since-error-too-early = Data, od której mieszkasz samotnie, nie może być wcześniejsza niż { $date }

spd-moved-out-title = Czy w ciągu ostatnich 3 miesięcy wyprowadziła się inna dorosła osoba, która z tobą mieszkała?
spd-moved-out-label = Czy w ciągu ostatnich 3 miesięcy wyprowadziła się inna dorosła osoba, która z tobą mieszkała?
spd-moved-out-hint = Na przykład partner, dorosłe dziecko lub lokator.
spd-moved-out-summary = Niedawno wyprowadziła się inna dorosła osoba
spd-moved-out-error-required = Wybierz „Tak”, jeśli w ciągu ostatnich 3 miesięcy wyprowadziła się inna dorosła osoba

spd-proof-title = Prześlij dowód, że mieszkasz pod tym adresem
spd-proof-label = Prześlij dowód, że mieszkasz pod tym adresem
spd-proof-hint = Rachunek, wyciąg z banku lub list z ostatnich 3 miesięcy, na którym jest twoje imię i nazwisko oraz ten adres. Może być zdjęcie dokumentu.
spd-proof-summary = Dowód adresu
spd-proof-error-required = Prześlij dowód, że mieszkasz pod tym adresem

spd-moved-out-proof-title = Prześlij dowód, że ta osoba się wyprowadziła
spd-moved-out-proof-label = Prześlij dowód, że ta osoba się wyprowadziła
spd-moved-out-proof-hint = Na przykład jej nową umowę najmu albo list wysłany do niej na nowy adres.
spd-moved-out-proof-summary = Dowód wyprowadzki
spd-moved-out-proof-error-required = Prześlij dowód, że druga dorosła osoba się wyprowadziła

spd-contact-title = Twoje dane
spd-full-name-label = Imię i nazwisko
spd-full-name-summary = Imię i nazwisko
spd-full-name-error-required = Wpisz imię i nazwisko
spd-full-name-error-too-long = Imię i nazwisko mogą mieć razem do { $max } znaków
spd-email-label = Adres e-mail
spd-email-hint = Na ten adres wyślemy naszą decyzję
spd-email-summary = Adres e-mail
spd-email-error-required = Wpisz swój adres e-mail
spd-email-error-invalid = Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com

spd-next-steps = Jeśli przyznamy ci zniżkę, wyślemy ci nowy rachunek. Daj nam znać, jeśli zamieszka z tobą inna dorosła osoba.
