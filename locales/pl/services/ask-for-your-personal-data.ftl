sar-title = Poproś o dane osobowe, które mamy na twój temat
sar-summary = Dostań kopię informacji, które urząd ma na twój temat.
sar-keywords = wniosek o dostęp do danych subject access request sar rodo gdpr ochrona danych moje dane moja dokumentacja dane osobowe
sar-standard = Wyślemy ci twoje informacje do { $date }. To jeden miesiąc, tak jak wymaga prawo.
sar-start-intro = Masz prawo do kopii danych osobowych, które urząd ma na twój temat. To nic nie kosztuje.
sar-start-time = Zajmie to około 5 minut.
sar-start-need = Będą ci potrzebne:
sar-start-need-details = twoje imię i nazwisko oraz data urodzenia, abyśmy mogli znaleźć twoje dane
sar-start-need-contact = adres e-mail

sar-whose-title = Kogo dotyczą informacje, o które prosisz?
sar-whose-label = Kogo dotyczą informacje, o które prosisz?
sar-whose-summary = Kogo dotyczą informacje
sar-whose-mine = Mnie
sar-whose-someone-else = Innej osoby
sar-whose-error-required = Wybierz, kogo dotyczą informacje

sar-someone-else-title = Aby poprosić o informacje o innej osobie, skontaktuj się z nami
sar-someone-else-body = Aby dostać informacje o innej osobie, potrzebujesz jej pisemnej zgody albo uprawnień prawnych, na przykład pełnomocnictwa (power of attorney).

    Zadzwoń do nas pod numer 020 7946 0000 albo przyjdź do dowolnej biblioteki lub punktu obsługi klienta. Powiemy ci, co musisz przesłać.

sar-about-you-title = Informacje o tobie
sar-full-name-label = Imię i nazwisko
sar-full-name-summary = Imię i nazwisko
sar-full-name-error-required = Wpisz imię i nazwisko
sar-full-name-error-too-long = Imię i nazwisko mogą mieć razem do { $max } znaków
sar-date-of-birth-label = Data urodzenia
sar-date-of-birth-hint = Na przykład 27 3 1985
sar-date-of-birth-summary = Data urodzenia
sar-date-of-birth-error-required = Wpisz datę urodzenia
sar-date-of-birth-error-incomplete = Data urodzenia musi zawierać { $missing ->
    [day] dzień
    [month] miesiąc
    [year] rok
    [day-month] dzień i miesiąc
    [day-year] dzień i rok
   *[month-year] miesiąc i rok
  }
sar-date-of-birth-error-invalid = Data urodzenia musi być prawidłową datą
sar-date-of-birth-error-year-digits = Rok musi mieć 4 cyfry
sar-date-of-birth-error-future = Data urodzenia musi być datą z przeszłości

sar-information-title = Jakich informacji potrzebujesz?
sar-information-label = Jakich informacji potrzebujesz?
sar-information-hint = Na przykład twoich akt mieszkaniowych albo e-maili w sprawie skargi. Jeśli możesz, podaj daty.
sar-information-summary = Potrzebne informacje
sar-information-error-required = Wpisz, jakich informacji potrzebujesz
sar-information-error-too-long = Opis potrzebnych informacji może mieć do { $max } znaków

sar-contact-title = Jaki jest twój adres e-mail?
sar-email-label = Jaki jest twój adres e-mail?
sar-email-hint = Na ten adres wyślemy numer referencyjny i nowe informacje
sar-email-summary = Adres e-mail
sar-email-error-required = Wpisz swój adres e-mail
sar-email-error-invalid = Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com

sar-next-steps = Zanim wyślemy ci informacje, poprosimy cię o dowód tożsamości.
