foi-title = Złóż wniosek o dostęp do informacji (Freedom of Information)
foi-summary = Poproś o informacje, które ma urząd.
foi-keywords = foi freedom of information wolność informacji dostęp do informacji eir informacje o środowisku dane wniosek
foi-standard = Odpowiemy do { $date }. To 20 dni roboczych, tak jak wymaga prawo.
foi-start-intro = Każdy może poprosić o informacje, które ma urząd, na przykład raporty, wydatki i statystyki. Dotyczy to także informacji o środowisku.
foi-start-published = Najpierw sprawdź naszą stronę internetową: wiele informacji jest już opublikowanych.
foi-start-time = Zajmie to około 5 minut.
foi-start-need = Będą ci potrzebne:
foi-start-need-what = jak najdokładniejszy opis informacji, których potrzebujesz
foi-start-need-contact = twoje imię i nazwisko oraz adres e-mail

foi-information-title = Jakich informacji potrzebujesz?
foi-information-label = Jakich informacji potrzebujesz?
foi-information-hint = Jeśli możesz, podaj daty i miejsca. Im jaśniejszy wniosek, tym szybciej odpowiemy.
foi-information-summary = Potrzebne informacje
foi-information-error-required = Wpisz, jakich informacji potrzebujesz
foi-information-error-too-long = Wniosek może mieć do { $max } znaków

foi-format-title = Jak chcesz dostać informacje?
foi-format-label = Jak chcesz dostać informacje?
foi-format-summary = Forma
foi-format-email = E-mailem
foi-format-paper = Na papierze, pocztą
foi-format-error-required = Wybierz, jak chcesz dostać informacje

foi-contact-title = Twoje dane
foi-full-name-label = Imię i nazwisko
foi-full-name-hint = Zgodnie z prawem, aby odpowiedzieć na wniosek o dostęp do informacji (Freedom of Information), potrzebujemy twojego prawdziwego imienia i nazwiska.
foi-full-name-summary = Imię i nazwisko
foi-full-name-error-required = Wpisz imię i nazwisko
foi-full-name-error-too-long = Imię i nazwisko mogą mieć razem do { $max } znaków
foi-email-label = Adres e-mail
foi-email-hint = Na ten adres wyślemy naszą odpowiedź
foi-email-summary = Adres e-mail
foi-email-error-required = Wpisz swój adres e-mail
foi-email-error-invalid = Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com

foi-next-steps = Jeśli będziemy potrzebować więcej czasu albo więcej szczegółów od ciebie, powiemy ci o tym w ciągu 20 dni roboczych.
