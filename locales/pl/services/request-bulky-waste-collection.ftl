bulky-title = Zamów odbiór odpadów wielkogabarytowych
bulky-summary = Poproś nas o odbiór dużych przedmiotów z twojego domu, na przykład mebli i lodówek.
bulky-keywords = gabaryty odpady wielkogabarytowe meble kanapa sofa lodówka materac duże przedmioty odbiór bulky waste
bulky-standard = Do { $date } podamy ci dzień odbioru.
bulky-start-intro = W tym miejscu możesz zamówić odbiór do 10 dużych przedmiotów z gospodarstwa domowego.
bulky-start-cost = Odbiór kosztuje { MONEY(25) } za maksymalnie 3 przedmioty i { MONEY(5) } za każdy kolejny przedmiot. Jest bezpłatny, jeśli dostajesz ulgę w podatku lokalnym (Council Tax Reduction). Powiemy ci, jak zapłacić.
bulky-start-time = Zajmie to około 3 minut.
bulky-start-need = Będą ci potrzebne:
bulky-start-need-items = lista przedmiotów
bulky-start-need-address = adres, spod którego mamy odebrać przedmioty
bulky-start-need-email = adres e-mail

bulky-items-title = Co mamy odebrać?
bulky-items-label = Co mamy odebrać?
bulky-items-hint = Dodawaj przedmioty po jednym, na przykład kanapę albo lodówkę. Możesz zamówić odbiór do 10 przedmiotów. Nie zabieramy gruzu budowlanego, części samochodowych ani odpadów ogrodowych.
bulky-items-summary = Przedmioty
bulky-items-add = Dodaj przedmiot
bulky-items-error-required = Wpisz przedmiot, który mamy odebrać
bulky-items-error-too-long = Nazwa każdego przedmiotu może mieć do { $max } znaków
bulky-items-error-too-many = Przy jednym odbiorze możesz zamówić do { $max } przedmiotów

bulky-address-title = Skąd mamy odebrać przedmioty?
bulky-address-label = Skąd mamy odebrać przedmioty?
bulky-address-hint = Wpisz kod pocztowy i wybierz „Znajdź adres” albo wpisz adres samodzielnie.
bulky-address-summary = Adres odbioru
bulky-address-error-required = Wpisz adres, spod którego mamy odebrać przedmioty

bulky-contact-title = Jak możemy się z tobą skontaktować?
bulky-email-label = Adres e-mail
bulky-email-hint = Na ten adres wyślemy dzień odbioru
bulky-email-summary = Adres e-mail
bulky-email-error-required = Wpisz swój adres e-mail
bulky-email-error-invalid = Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com
bulky-phone-label = Numer telefonu (nieobowiązkowe)
bulky-phone-hint = Na wypadek, gdyby nasza ekipa musiała się z tobą skontaktować w dniu odbioru
bulky-phone-summary = Numer telefonu
bulky-phone-error-invalid = Wpisz brytyjski numer telefonu, na przykład 01632 960 001 lub 07700 900 982

bulky-next-steps = W dniu odbioru wystaw przedmioty przed dom do 7:00. Nie zostawiaj ich na chodniku wcześniej niż wieczorem dzień przed odbiorem.
