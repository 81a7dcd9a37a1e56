repair-title = Zgłoś naprawę w mieszkaniu komunalnym
repair-summary = Poinformuj nas, co trzeba naprawić w twoim mieszkaniu komunalnym.
repair-keywords = naprawa naprawy mieszkanie komunalne przeciek wilgoć pleśń grzyb zepsute najemca lokator dom housing repair
repair-standard = Do { $date } skontaktujemy się z tobą, aby ustalić termin naprawy.
repair-start-intro = Skorzystaj z tej usługi, jeśli wynajmujesz mieszkanie od urzędu.
repair-start-emergency = W nagłym wypadku, na przykład gdy czuć gaz, jest zalanie albo iskrzy instalacja elektryczna, nie używaj tego formularza. Pierwsze pytanie powie ci, gdzie zadzwonić.
repair-start-time = Zajmie to około 5 minut.
repair-start-need = Będą ci potrzebne:
repair-start-need-room = informacja, w którym pomieszczeniu jest problem
repair-start-need-problem = krótki opis problemu
repair-start-need-contact = numer telefonu lub adres e-mail albo oba

repair-danger-title = Czy dzieje się teraz coś z tego?
repair-danger-label = Czy dzieje się teraz coś z tego?
repair-danger-hint = Pytamy o to najpierw, aby w nagłym wypadku od razu ci pomóc.
repair-danger-summary = Nagły wypadek
repair-danger-none = Nie, nic z tego
repair-danger-gas-smell = Czuję gaz
repair-danger-flooding = Woda zalewa moje mieszkanie
repair-danger-electrics = Instalacja elektryczna iskrzy lub dymi
repair-danger-error-required = Wybierz, czy dzieje się teraz coś z tego

repair-gas-title = Wyjdź z budynku i zadzwoń teraz pod numer 0800 111 999
repair-gas-body = Zadzwoń do krajowego pogotowia gazowego (National Gas Emergency Service) pod numer 0800 111 999. Połączenie jest bezpłatne, a linia działa całą dobę.

    Nie używaj włączników światła ani żadnych urządzeń elektrycznych. Nie pal i nie używaj otwartego ognia. Otwórz drzwi i okna, jeśli możesz to zrobić bezpiecznie.

    Gdy będziesz w bezpiecznym miejscu, zadzwoń do nas pod numer 020 7946 0999, abyśmy mogli pomóc.

repair-emergency-title = Zadzwoń teraz na naszą linię pilnych napraw
repair-emergency-body = Zadzwoń teraz pod numer 020 7946 0999. Linia działa całą dobę, codziennie.

    Jeśli możesz to zrobić bezpiecznie, zakręć wodę głównym zaworem albo wyłącz prąd w skrzynce z bezpiecznikami.

    Jeśli komuś grozi niebezpieczeństwo, zadzwoń pod numer 999.

repair-room-title = Gdzie jest problem?
repair-room-label = Gdzie jest problem?
repair-room-summary = Gdzie
repair-room-kitchen = Kuchnia
repair-room-bathroom = Łazienka lub toaleta
repair-room-bedroom = Sypialnia
repair-room-living-room = Pokój dzienny
repair-room-outside = Na zewnątrz, na przykład ogród, drzwi lub okno
repair-room-other = Gdzie indziej
repair-room-error-required = Wybierz, gdzie jest problem
repair-room-other-label = Gdzie dokładnie?
repair-room-other-summary = Inne miejsce
repair-room-other-error-required = Wpisz, gdzie jest problem
repair-room-other-error-too-long = Opis miejsca może mieć do { $max } znaków

repair-problem-title = Na czym polega problem?
repair-problem-label = Na czym polega problem?
repair-problem-hint = Na przykład co jest zepsute, kiedy to się zaczęło i czy jest coraz gorzej
repair-problem-summary = Problem
repair-problem-error-required = Napisz, na czym polega problem
repair-problem-error-too-long = Opis problemu może mieć do { $max } znaków

repair-mould-title = Czy jest wilgoć lub pleśń?
repair-mould-label = Czy jest wilgoć lub pleśń?
repair-mould-hint = Wilgoć i pleśń mogą szkodzić zdrowiu. Zajmujemy się nimi w pierwszej kolejności.
repair-mould-summary = Wilgoć lub pleśń
repair-mould-error-required = Wybierz „Tak”, jeśli jest wilgoć lub pleśń

repair-access-title = Kiedy możemy wejść do twojego mieszkania?
repair-access-label = Kiedy możemy wejść do twojego mieszkania?
repair-access-summary = Dostęp
repair-access-any-time = O każdej porze, od 8:00 do 18:00
repair-access-mornings = Tylko rano, od 8:00 do 13:00
repair-access-afternoons = Tylko po południu, od 13:00 do 18:00
repair-access-error-required = Wybierz, kiedy możemy wejść do twojego mieszkania

repair-contact-title = Jak możemy się z tobą skontaktować?
repair-contact-error-one-of = Wpisz adres e-mail lub numer telefonu, abyśmy mogli skontaktować się z tobą w sprawie naprawy
repair-email-label = Adres e-mail
repair-email-hint = Podaj adres e-mail, numer telefonu albo oba. Numer referencyjny i nowe informacje wyślemy e-mailem.
repair-email-summary = Adres e-mail
repair-email-error-required = Wpisz swój adres e-mail
repair-email-error-invalid = Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com
repair-phone-label = Numer telefonu
repair-phone-hint = Zadzwonimy do ciebie, aby ustalić termin
repair-phone-summary = Numer telefonu
repair-phone-error-required = Wpisz numer telefonu, abyśmy mogli ustalić termin naprawy
repair-phone-error-invalid = Wpisz brytyjski numer telefonu, na przykład 01632 960 001 lub 07700 900 982

repair-next-steps = Pracownik działu napraw zadzwoni do ciebie, aby ustalić termin wizyty.
