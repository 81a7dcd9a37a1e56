complaint-title = Złóż skargę
complaint-summary = Napisz nam, jeśli popełniliśmy błąd albo usługa urzędu ci się nie podoba.
complaint-keywords = skarga zażalenie niezadowolenie problem zła obsługa etap 1 complaint
complaint-standard = Odpowiemy na twoją skargę do { $date }.
complaint-start-intro = W tym miejscu możesz złożyć skargę na usługę urzędu albo na to, co zrobił pracownik urzędu.
complaint-start-timescale = W ciągu 3 dni roboczych potwierdzimy, że mamy twoją skargę, a w ciągu 15 dni roboczych na nią odpowiemy.
complaint-start-time = Zajmie to około 5 minut.
complaint-start-need = Będą ci potrzebne:
complaint-start-need-what = opis tego, co się stało, i tego, czego od nas oczekujesz
complaint-start-need-contact = twoje imię i nazwisko oraz adres e-mail

complaint-service-title = Której usługi dotyczy twoja skarga?
complaint-service-area-label = Której usługi dotyczy twoja skarga?
complaint-service-area-summary = Usługa
complaint-service-area-housing = Mieszkania
complaint-service-area-waste = Odbiór śmieci, recykling i sprzątanie ulic
complaint-service-area-council-tax = Podatek lokalny (Council Tax)
complaint-service-area-parking = Parkowanie
complaint-service-area-planning = Planowanie przestrzenne i nadzór budowlany
complaint-service-area-social-care = Opieka społeczna
complaint-service-area-libraries = Biblioteki
complaint-service-area-other = Coś innego
complaint-service-area-error-required = Wybierz, której usługi dotyczy twoja skarga

complaint-what-happened-title = Co się stało?
complaint-details-label = Co się stało?
complaint-details-hint = Napisz, co poszło nie tak, kiedy to się stało i kto się tobą zajmował, jeśli wiesz.
complaint-details-summary = Co się stało
complaint-details-error-required = Napisz, co się stało
complaint-details-error-too-long = Opis tego, co się stało, może mieć do { $max } znaków

complaint-put-right-title = Co mamy zrobić, aby to naprawić?
complaint-outcome-label = Co mamy zrobić, aby to naprawić?
complaint-outcome-hint = Na przykład przeprosić, wyjaśnić sprawę albo coś zrobić
complaint-outcome-summary = Czego od nas oczekujesz
complaint-outcome-error-required = Napisz, co mamy zrobić, aby to naprawić
complaint-outcome-error-too-long = Opis tego, czego od nas oczekujesz, może mieć do { $max } znaków

complaint-earlier-reference-title = Czy masz od nas numer referencyjny? (nieobowiązkowe)
complaint-earlier-reference-label = Czy masz od nas numer referencyjny? (nieobowiązkowe)
complaint-earlier-reference-hint = Jeśli ta sprawa była już u nas zgłaszana, podaj numer referencyjny, który wtedy podaliśmy.
complaint-earlier-reference-summary = Wcześniejszy numer referencyjny
complaint-earlier-reference-error-too-long = Numer referencyjny może mieć do { $max } znaków

complaint-contact-title = Twoje dane
complaint-full-name-label = Imię i nazwisko
complaint-full-name-summary = Imię i nazwisko
complaint-full-name-error-required = Wpisz imię i nazwisko
complaint-full-name-error-too-long = Imię i nazwisko mogą mieć razem do { $max } znaków
complaint-email-label = Adres e-mail
complaint-email-hint = Na ten adres wyślemy naszą odpowiedź
complaint-email-summary = Adres e-mail
complaint-email-error-required = Wpisz swój adres e-mail
complaint-email-error-invalid = Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com
complaint-phone-label = Numer telefonu (nieobowiązkowe)
complaint-phone-summary = Numer telefonu
complaint-phone-error-invalid = Wpisz brytyjski numer telefonu, na przykład 01632 960 001 lub 07700 900 982

complaint-next-steps = W ciągu 3 dni roboczych napiszemy ci e-mailem, kto zajmuje się twoją skargą.
complaint-next-steps-leave-out = Jeśli nasza odpowiedź cię nie zadowoli, możesz poprosić o przekazanie skargi do etapu 2. Na skargi na etapie 2 odpowiadamy w ciągu 25 dni roboczych.
