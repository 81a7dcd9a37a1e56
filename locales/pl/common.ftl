language-name = Polski
council-name = Urząd Dzielnicy Frontdoor
council-phone = 020 7946 0000
council-email = contact@frontdoor.example.gov.uk
skip-link = Przejdź do treści głównej
header-home = Usługi urzędu
language-switch = Język
language-switch-summary = Język: { $language }
language-unreviewed = Wykwalifikowany tłumacz nie sprawdził jeszcze tego tłumaczenia, więc niektóre słowa mogą być błędne.
language-unreviewed-link = Przeczytaj tę stronę po angielsku
footer-accessibility = Dostępność
footer-privacy = Prywatność
footer-cookies = Używamy jednego pliku cookie, aby zapamiętać twoje odpowiedzi, i jednego, aby zapamiętać twój język. Nie używamy plików cookie do śledzenia.

contact-heading = Inne sposoby kontaktu z nami
contact-phone = Telefon: { $phone }
contact-email = E-mail: { $email }
contact-hours = Od poniedziałku do piątku, od 9:00 do 17:00
contact-in-person = Osobiście: w każdej bibliotece lub punkcie obsługi klienta. Pomogą ci tam pracownicy i asystenci cyfrowi.

button-save-detail = Zapisz
button-continue = Dalej
button-start = Rozpocznij
button-send = Zaakceptuj i wyślij
button-find = Znajdź moje zgłoszenie
back-link = Wstecz

error-summary-title = Wystąpił problem
error-title = Błąd: { $title }
error-prefix = Błąd:
optional = nieobowiązkowe

date-day = Dzień
date-month = Miesiąc
date-year = Rok

character-count-limit = Możesz wpisać do { $max } znaków
character-count-remaining = { $remaining ->
    [one] Możesz wpisać jeszcze { $remaining } znak
    [few] Możesz wpisać jeszcze { $remaining } znaki
    [many] Możesz wpisać jeszcze { $remaining } znaków
   *[other] Możesz wpisać jeszcze { $remaining } znaku
  }
character-count-over = { $over ->
    [one] Masz o { $over } znak za dużo
    [few] Masz o { $over } znaki za dużo
    [many] Masz o { $over } znaków za dużo
   *[other] Masz o { $over } znaku za dużo
  }

home-title = Co chcesz zrobić?
home-intro = Zgłoś problem, poproś o usługę albo sprawdź, co dzieje się z twoim zgłoszeniem.
home-track = Sprawdź, co dzieje się z wysłanym zgłoszeniem

start-before = Zanim zaczniesz

check-answers-title = Sprawdź odpowiedzi przed wysłaniem
check-answers-change = Zmień
check-answers-not-given = Nie podano
check-answers-send-heading = Teraz wyślij zgłoszenie
check-answers-declaration = Wysyłając zgłoszenie, potwierdzasz, że według twojej wiedzy podane informacje są prawdziwe.

confirmation-title = Zgłoszenie zostało wysłane
confirmation-reference = Twój numer referencyjny
confirmation-keep = Zanotuj swój numer referencyjny. Będzie potrzebny, aby sprawdzić, co dzieje się ze zgłoszeniem, albo gdy skontaktujesz się z nami w tej sprawie.
confirmation-next = Co będzie dalej
confirmation-track = Sprawdź, co dzieje się ze zgłoszeniem
confirmation-another = Zgłoś inną sprawę

track-title = Sprawdź zgłoszenie
track-intro = Wpisz numer referencyjny i adres e-mail, który podano przy wysyłaniu zgłoszenia.
track-reference-label = Numer referencyjny
track-reference-hint = Znajdziesz go na stronie z potwierdzeniem. Składa się z 9 liter i cyfr, na przykład KX4-P7M-HRT.
track-reference-error-required = Wpisz numer referencyjny
track-reference-error-invalid = Wpisz numer referencyjny dokładnie tak, jak go podaliśmy, na przykład KX4-P7M-HRT
track-email-label = Adres e-mail
track-email-error-required = Wpisz adres e-mail podany w zgłoszeniu
track-email-error-invalid = Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com
track-not-found = Nie znaleźliśmy zgłoszenia z tym numerem referencyjnym i adresem e-mail. Sprawdź oba i spróbuj ponownie albo zadzwoń do nas.
track-result-title = Twoje zgłoszenie
track-status = Status
track-status-received = Otrzymane
track-status-acknowledged = Potwierdzone
track-status-in-progress = W toku
track-status-waiting-for-resident = Czekamy na twoją odpowiedź
track-status-resolved = Załatwione
track-status-closed = Zamknięte
track-service = Zgłoszenie
track-reference = Numer referencyjny
track-sent-on = Data wysłania
track-act-by = Zajmiemy się sprawą do
track-acknowledge-by = Potwierdzimy otrzymanie do
track-another = Sprawdź inne zgłoszenie
track-history = Co się wydarzyło
track-overdue = Nie zrobiliśmy tego w obiecanym terminie. Przepraszamy za opóźnienie.
warning = Ostrzeżenie
reply-heading = Odpowiedz na nasze pytanie
reply-intro = Napisz nam to, o co prosiliśmy. Możesz też dodać zdjęcia lub dokumenty.
reply-label = Twoja odpowiedź
reply-files-label = Dodaj zdjęcia lub dokumenty (nieobowiązkowe)
reply-reply-error-required = Wpisz odpowiedź albo dodaj plik
reply-reply-error-too-long = Odpowiedź może mieć do { $max } znaków
button-send-reply = Wyślij odpowiedź
track-history-reply = Twoja odpowiedź
track-history-files = Wysłane pliki: { $files }
rating-heading = Jak oceniasz to, jak zajęliśmy się twoim zgłoszeniem?
rating-very-satisfied = Bardzo dobrze
rating-satisfied = Dobrze
rating-neither = Ani dobrze, ani źle
rating-dissatisfied = Źle
rating-very-dissatisfied = Bardzo źle
rating-comment-label = Napisz więcej (nieobowiązkowe)
rating-comment-hint = Nie podawaj danych osobowych.
rating-satisfaction-error-required = Wybierz swoją ocenę
rating-comment-error-too-long = Komentarz może mieć do { $max } znaków
button-send-rating = Wyślij
rating-thanks = Dziękujemy za ocenę naszej pracy.

session-expired = Twoja sesja się skończyła. Zachowaliśmy tekst wpisany na tej stronie. Sprawdź go i przejdź dalej.
not-found-title = Nie znaleziono strony
not-found-body = Jeśli adres strony był wpisany ręcznie, sprawdź, czy jest prawidłowy.
server-error-title = Przepraszamy, wystąpił problem z usługą
server-error-body = Spróbuj ponownie później. Twoje odpowiedzi są zapisane.
server-error-try-later = Spróbuj ponownie później.
forbidden-title = Przepraszamy, nie mogliśmy przyjąć tego formularza
forbidden-body = Może się tak zdarzyć, jeśli przez jakiś czas nie korzystano z usługi. Wróć na początek formularza i spróbuj ponownie.
too-large-title = Przesłane dane są za duże
too-large-body = Wróć i wyślij mniej. Jeśli dodajesz pliki, dodawaj je po jednym.
too-many-requests-title = Przepraszamy, było zbyt wiele prób
too-many-requests-body = Poczekaj kilka minut i spróbuj ponownie.
error-page-contact = Jeśli potrzebujesz pomocy, skontaktuj się z nami.

# Month names (month-1 to month-12) are in the genitive, as Polish writes them in dates: "9 grudnia 2025".
date-long = { $day } { $month } { $year }
# A date with its day of the week, for dates to come: "Tuesday 9 December 2025".
date-with-weekday = { $weekday }, { $day } { $month } { $year }
date-at-time = { $date }, godz. { $time }
# $hour is 1 to 12 with $half "am" or "pm"; in a language that uses the 24-hour clock, $hour is 00 to 23
# and the translation leaves $half out.
time-of-day = { $hour }:{ $minute }
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

answer-yes = Tak
answer-no = Nie
select-choose = Wybierz jedną opcję
checkboxes-or = lub

home-search-label = Wyszukaj usługę
home-search-button = Szukaj
home-search-results = { $count ->
    [one] Znaleziono { $count } usługę dla „{ $query }”
    [few] Znaleziono { $count } usługi dla „{ $query }”
    [many] Znaleziono { $count } usług dla „{ $query }”
   *[other] Znaleziono { $count } usługi dla „{ $query }”
  }
home-search-none = Brak usług dla „{ $query }”. Spróbuj użyć innych słów albo zadzwoń do nas.
home-search-all = Zobacz wszystkie usługi
category-report = Zgłoś problem
category-request = Poproś o usługę
category-apply = Złóż wniosek
category-complain = Skargi, pochwały i opinie
category-ask-for-information = Poproś o informacje

save-link = Zapisz i wróć później
save-title = Zapisz i wróć później
save-intro = Twoje odpowiedzi zapisują się na bieżąco. Aby wrócić do formularza później, na tym lub innym urządzeniu, potrzebny jest kod dostępu.
save-check = Gdy wrócisz, poprosimy o kod i o jedną z twoich odpowiedzi, aby sprawdzić, że to ty.
save-button = Uzyskaj kod dostępu
saved-title = Twoje odpowiedzi są zapisane
saved-code = Twój kod dostępu
saved-keep = Zanotuj kod dostępu i przechowuj go w bezpiecznym miejscu. Każdy, kto ma ten kod i zna twoje odpowiedzi, może zobaczyć twój formularz.
saved-return-how = Aby wrócić, wejdź na stronę { $address } i wpisz swój kod.
saved-expires = Przechowamy twoje odpowiedzi do { $date }. Potem zostaną usunięte.
saved-emailed = Na adres { $email } wysłaliśmy link, dzięki któremu wrócisz do formularza.
saved-link = Możesz też użyć tego linku:
saved-continue = Wypełniaj dalej formularz
return-title = Wróć do zapisanego formularza
return-intro = Wpisz kod dostępu, który otrzymano przy zapisywaniu formularza.
return-code-label = Kod dostępu
return-code-hint = Składa się z 9 liter i cyfr, na przykład KX4-P7M-HRT.
return-code-error-required = Wpisz kod dostępu
return-code-error-invalid = Wpisz kod dostępu dokładnie tak, jak go podaliśmy, na przykład KX4-P7M-HRT
return-code-error-not-found = Nie znaleźliśmy zapisanego formularza z tym kodem. Zapisane formularze przechowujemy przez 28 dni.
return-check-title = Sprawdźmy, czy to ty
return-check-uk-postcode = Jaki kod pocztowy podano w formularzu?
return-check-email = Jaki adres e-mail podano w formularzu?
return-check-date = Jaką datę podano w formularzu w pytaniu „{ $question }”?
return-check-none = Wybierz „Dalej”, aby wypełniać dalej formularz.
return-check-error-required = Wpisz odpowiedź podaną w formularzu
return-check-error-wrong = Ta odpowiedź nie zgadza się z odpowiedzią w formularzu. Sprawdź ją i spróbuj ponownie.
return-link-expired = Ten link nie działa. Może już wygasł: zapisane formularze przechowujemy przez 28 dni. Jeśli masz zanotowany kod dostępu, wpisz go tutaj.
return-start-again = Zbyt wiele razy podano błędną odpowiedź. Wpisz kod dostępu jeszcze raz.

# The address question: find by postcode, or type it in
address-postcode = Kod pocztowy
address-find = Znajdź adres
address-choose = Wybierz adres
address-found = { $count ->
    [one] Znaleziono { $count } adres dla { $postcode }
    [few] Znaleziono { $count } adresy dla { $postcode }
    [many] Znaleziono { $count } adresów dla { $postcode }
   *[other] Znaleziono { $count } adresu dla { $postcode }
}
address-none-found = Nie znaleźliśmy adresu dla { $postcode }. Wpisz adres poniżej.
address-lookup-unavailable = W tej chwili nie możemy wyszukiwać adresów. Wpisz adres poniżej.
address-manual = Możesz też wpisać adres samodzielnie.
address-line-1 = Adres, wiersz 1
address-line-2 = Adres, wiersz 2 (nieobowiązkowe)
address-town = Miejscowość
address-error-line-1-required = Wpisz 1. wiersz adresu, zwykle numer budynku i ulicę
address-error-line-1-too-long = 1. wiersz adresu może mieć do { $max } znaków
address-error-line-2-too-long = 2. wiersz adresu może mieć do { $max } znaków
address-error-town-required = Wpisz miejscowość
address-error-town-too-long = Nazwa miejscowości może mieć do { $max } znaków
address-error-lookup-required = Wpisz kod pocztowy
address-error-postcode-required = Wpisz kod pocztowy
address-error-postcode-invalid = Wpisz pełny brytyjski kod pocztowy, na przykład SE15 5DQ

# "Add another" lists
list-added = { $count ->
    [one] Dodano { $count } pozycję
    [few] Dodano { $count } pozycje
    [many] Dodano { $count } pozycji
   *[other] Dodano { $count } pozycji
}
list-remove = Usuń

# Evidence files
list-or = lub
file-limits = { $count ->
    [one] Możesz dodać { $count } plik.
    [few] Możesz dodać do { $count } plików.
    [many] Możesz dodać do { $count } plików.
   *[other] Możesz dodać do { $count } plików.
  } Każdy plik musi być w formacie { $types } i mieć mniej niż { $max }.
file-upload-button = Prześlij pliki
file-added = { $count ->
    [one] Dodano { $count } plik
    [few] Dodano { $count } pliki
    [many] Dodano { $count } plików
   *[other] Dodano { $count } pliku
}
file-remove = Usuń
file-cancel = Anuluj
file-uploading = { $name }: przesłano { $percent }%
file-uploaded = Przesłano plik { $name }
file-cancelled = Nie przesłano pliku { $name }
file-error-empty = Plik { $name } jest pusty. Wybierz plik, w którym coś jest
file-error-too-big = Plik { $name } musi mieć mniej niż { $max }
file-error-total-too-big = Nie dodano pliku { $name }: wszystkie pliki razem muszą mieć mniej niż { $total }
file-error-too-many = { $count ->
    [one] Nie dodano pliku { $name }: możesz dodać { $count } plik
    [few] Nie dodano pliku { $name }: możesz dodać do { $count } plików
    [many] Nie dodano pliku { $name }: możesz dodać do { $count } plików
   *[other] Nie dodano pliku { $name }: możesz dodać do { $count } plików
  }
file-error-wrong-type = Plik { $name } musi być w formacie { $types }
file-error-password = Plik { $name } jest chroniony hasłem. Usuń hasło i dodaj plik ponownie
file-error-damaged = Plik { $name } jest uszkodzony i nie da się go otworzyć. Wybierz inny plik
file-error-virus = Plik { $name } zawiera wirusa. Wybierz inny plik
file-error-not-checked = Nie udało się sprawdzić, czy plik { $name } ma wirusy. Spróbuj ponownie później
file-error-incomplete = Przesyłanie pliku { $name } nie zostało ukończone. Spróbuj ponownie
file-error-none-chosen = Wybierz plik
file-wait = Poczekaj, aż plik { $name } zostanie przesłany

## A caseworker moving a request on

change-status-error-required = Wybierz nowy status
change-status-error-not-allowed = { $from ->
    [resolved] To zgłoszenie jest załatwione, więc nie można zmienić jego statusu
    [closed] To zgłoszenie jest zamknięte, więc nie można zmienić jego statusu
   *[other] { $to ->
        [received] Zgłoszenie nie może wrócić do statusu „Otrzymane”
        [acknowledged] Zgłoszenie, nad którym trwa praca, nie może wrócić do statusu „Potwierdzone”
       *[other] Zgłoszenie ma już ten status
    }
}
change-note-error-needed = Napisz, czego potrzebujesz od mieszkańca
change-note-error-outcome = Napisz, jaki jest wynik
change-note-error-too-long = Notatka może mieć do { $max } znaków
change-staff-note-error-too-long = Notatka dla pracowników może mieć do { $max } znaków
change-staff-note-error-required = Wpisz notatkę dla pracowników

## A resident's account

account-title = Twoje konto
account-sign-in-title = Zaloguj się na swoje konto
account-sign-in-intro = Wpisz swój adres e-mail. Wyślemy ci e-mailem kod i link. Zaloguj się za pomocą jednego z nich: nie musisz pamiętać hasła.
account-code-intro = Wysłaliśmy ci e-mailem kod i link. Wpisz tutaj kod albo użyj linku z e-maila. Kodu i linku można użyć tylko raz, w ciągu { $minutes } minut.
account-link-expired = Ten link do logowania został już użyty lub wygasł. Wpisz swój adres e-mail, aby dostać nowy.
account-signed-in-as = Zalogowano jako { $email }.
account-requests = Twoje zgłoszenia
account-no-requests = Z tego adresu e-mail nie wysłano jeszcze żadnego zgłoszenia.
account-track = Zobacz, co dzieje się ze zgłoszeniem
account-drafts = Rozpoczęte formularze
account-no-drafts = Nie masz rozpoczętych formularzy.
account-draft-saved = ostatnio zapisano: { $when }
account-messages = Wiadomości od nas
account-no-messages = Nie wysłaliśmy ci jeszcze żadnych wiadomości.
account-message-request-received = Mamy twoje zgłoszenie
account-message-request-moved = Nowe informacje o twoim zgłoszeniu
account-message-request-over = Wynik twojego zgłoszenia
account-message-save-and-return = Twój zapisany formularz
account-data-title = Twoje dane
account-data-link = Zobacz wszystko, co o tobie przechowujemy, albo to pobierz
account-data-intro = To wszystko, co przechowujemy o tobie na twoim koncie: twoje dane osobowe, zgłoszenia wysłane z twojego adresu e-mail wraz z odpowiedziami, rozpoczęte formularze i wiadomości, które ci wysłaliśmy.
account-data-download = Pobierz wszystkie swoje dane (plik JSON)
account-data-since = Data założenia konta
account-data-answers = Twoje odpowiedzi
account-data-files = Dodane pliki
account-data-draft = Rozpoczęto: { $service }
account-delete-title = Usuń swoje konto
account-delete-goes = To usunie twoje konto, rozpoczęte formularze i dodane do nich pliki oraz historię logowania. Nastąpi wylogowanie na wszystkich urządzeniach.
account-delete-kept = Wysłane już zgłoszenia zostaną zachowane razem z odpowiedziami i plikami, bo urząd musi je przechowywać tak długo, jak wymaga tego prawo. Nadal możesz sprawdzać, co się z nimi dzieje, za pomocą numeru referencyjnego i adresu e-mail.
account-delete-confirm = Potwierdź
account-delete-confirm-yes = Rozumiem. Usuń moje konto.
account-delete-confirm-error-required = Potwierdź, że chcesz usunąć konto
account-delete-button = Usuń moje konto
account-deleted = Twoje konto zostało usunięte. Wysłane zgłoszenia są zachowane i nadal możesz sprawdzać, co się z nimi dzieje.
profile-used = Wpisaliśmy twoje zapisane dane. Sprawdź je i zmień tutaj, jeśli tym razem są inne.
profile-save-legend = Twoje konto
profile-save-hint = Na koncie zapiszemy tylko to, co zaznaczysz.
profile-save-new = Zapisz moją odpowiedź na pytanie „{ $question }” na moim koncie na następny raz
profile-save-change = Zmień też „{ $question }” na moim koncie
profile-heading = Twoje zapisane dane
profile-intro = Wpisujemy je za ciebie w formularzach, które o nie pytają. W każdym formularzu możesz wybrać, czy zmiana ma zostać tu zapisana.
profile-remove = Usuń
profile-uses = Jak użyliśmy twoich danych
profile-use = { $detail }: wpisano w formularzu „{ $service }”, { $when }
profile-field-language = Język
profile-field-contact-method = Sposób kontaktu
profile-field-access-needs = Potrzebna pomoc
profile-not-saved = Nie zapisano
profile-change = Zmień
profile-add = Dodaj
profile-field-interpreter-language = Tłumacz języka
profile-field-name = Imię i nazwisko
profile-field-date-of-birth = Data urodzenia
profile-field-email = Adres e-mail
profile-field-phone = Numer telefonu
profile-field-address = Adres
profile-pass-on-heading = Twoje dane się zmieniły. Czy przekazać je dalej?
profile-pass-on-legend = Które z twoich otwartych zgłoszeń mają dostać nowe dane?
profile-pass-on-button = Przekaż je
profile-keep-button = Nie teraz
profile-passed-on = Nowe dane – { $detail }: { $value }
account-provider-heading = Możesz też użyć swojego konta w urzędzie
account-provider-button = Zaloguj się przez { $name }
account-provider-failed = Nie udało się zalogować przez konto w urzędzie. Spróbuj ponownie albo użyj kodu, który wyślemy ci e-mailem.
account-sign-out = Wyloguj się
account-sign-out-everywhere = Wyloguj się na wszystkich urządzeniach

## The "your details" form (a resident's saved details)

details-title = Twoje zapisane dane
details-summary = Dane, które wpisujemy za ciebie w formularzach.
details-standard = Zapisujemy je od razu.
details-name-title = Twoje imię i nazwisko
details-full-name-label = Jakie jest twoje imię i nazwisko?
details-full-name-summary = Imię i nazwisko
details-full-name-error-required = Wpisz imię i nazwisko
details-full-name-error-too-long = Imię i nazwisko mogą mieć razem do { $max } znaków
details-date-of-birth-title = Twoja data urodzenia
details-date-of-birth-label = Jaka jest twoja data urodzenia?
details-date-of-birth-summary = Data urodzenia
details-date-of-birth-hint = Na przykład 27 3 1985
details-date-of-birth-error-required = Wpisz datę urodzenia
details-date-of-birth-error-incomplete = Data urodzenia musi zawierać dzień, miesiąc i rok
details-date-of-birth-error-invalid = Data urodzenia musi być prawidłową datą
details-date-of-birth-error-year-digits = Rok musi mieć 4 cyfry
details-date-of-birth-error-future = Data urodzenia musi być datą z przeszłości
details-email-title = Twój adres e-mail
details-email-label = Jakiego adresu e-mail mają używać formularze?
details-email-summary = Adres e-mail
details-email-error-required = Wpisz adres e-mail
details-email-error-invalid = Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com
details-phone-title = Twój numer telefonu
details-phone-label = Jaki jest twój numer telefonu?
details-phone-summary = Numer telefonu
details-phone-error-required = Wpisz numer telefonu
details-phone-error-invalid = Wpisz brytyjski numer telefonu, na przykład 01632 960 001 lub 07700 900 982
details-address-title = Twój adres
details-address-label = Jaki jest twój adres?
details-address-summary = Adres
details-address-hint = Wpisz kod pocztowy i wybierz „Znajdź adres” albo wpisz adres samodzielnie.
details-address-error-required = Wpisz swój adres
details-language-title = Twój język
details-language-label = Jakiego języka mamy używać?
details-language-summary = Język
details-language-error-required = Wybierz język
details-language-en-gb = English (angielski)
details-language-cy = Cymraeg (walijski)
details-language-pl = Polski
details-language-ro = Română (rumuński)
details-language-pt = Português (portugalski)
details-language-es = Español (hiszpański)
details-language-tr = Türkçe (turecki)
details-language-so = Soomaali (somalijski)
details-language-bn = বাংলা (bengalski)
details-language-ur = اردو (urdu)
details-language-ar = العربية (arabski)
details-language-zh-hans = 中文（简体） (chiński uproszczony)
details-language-uk = Українська (ukraiński)
details-contact-method-title = Sposób kontaktu
details-contact-method-label = Jak mamy się z tobą kontaktować?
details-contact-method-summary = Sposób kontaktu
details-contact-method-error-required = Wybierz, jak mamy się z tobą kontaktować
details-contact-method-email = E-mailem
details-contact-method-phone = Telefonicznie
details-contact-method-post = Pocztą
details-access-needs-title = Pomoc, której potrzebujesz od nas
details-access-needs-label = Czy potrzebujesz od nas czegoś z tej listy?
details-access-needs-summary = Potrzebna pomoc
details-access-needs-hint = Zaznacz wszystkie pasujące odpowiedzi.
details-access-needs-error-required = Zaznacz co najmniej jedną odpowiedź albo wróć
details-interpreter-language-label = Jeśli potrzebujesz tłumacza, napisz, jakiego języka (nieobowiązkowe)
details-interpreter-language-summary = Tłumacz języka
details-interpreter-language-hint = Na przykład polski, somalijski lub bengalski
details-interpreter-language-error-too-long = Nazwa języka może mieć do { $max } znaków
details-access-needs-large-print = Listy pisane dużą czcionką
details-access-needs-easy-read = Wersje w tekście łatwym do czytania
details-access-needs-british-sign-language = Tłumacz brytyjskiego języka migowego (BSL)
details-access-needs-interpreter = Tłumacz innego języka
details-access-needs-someone-speaks-for-me = Ktoś, kto mówi w moim imieniu

## The caseworkers' pages

staff-area = Dla pracowników
staff-sign-in-title = Zaloguj się, aby zobaczyć zgłoszenia
staff-sign-in-intro = Wpisz swój służbowy adres e-mail w urzędzie. Wyślemy ci e-mailem kod do logowania.
staff-email-label = Adres e-mail
staff-email-error-required = Wpisz swój adres e-mail
staff-email-error-invalid = Wpisz adres e-mail w prawidłowym formacie, na przykład name@council.gov.uk
button-send-code = Wyślij kod
staff-code-title = Sprawdź pocztę e-mail
staff-code-intro = Jeśli ten adres ma konto, wysłaliśmy na niego kod. Kodu można użyć tylko raz, w ciągu { $minutes } minut.
staff-code-label = Kod
staff-code-hint = Składa się z 6 cyfr, na przykład 042917
staff-code-error-required = Wpisz kod z e-maila
staff-code-error-invalid = Kod składa się z { $digits } cyfr
staff-code-error-wrong = Kod jest błędny lub wygasł. Sprawdź e-mail albo uzyskaj nowy kod
staff-code-again = Uzyskaj nowy kod
button-sign-in = Zaloguj się
staff-signed-in-as = Zalogowano jako { $name }
staff-sign-out = Wyloguj się
staff-requests-title = Zgłoszenia
staff-filter-service = Usługa
staff-filter-status = Status
staff-filter-any = Wszystkie
staff-filter-overdue = Tylko zgłoszenia po terminie
button-filter = Pokaż zgłoszenia
staff-requests-count = { $count ->
    [one] { $count } zgłoszenie, od najbliższego terminu
    [few] { $count } zgłoszenia, od najbliższego terminu
    [many] { $count } zgłoszeń, od najbliższego terminu
   *[other] { $count } zgłoszenia, od najbliższego terminu
}
staff-requests-none = Brak pasujących zgłoszeń. Spróbuj innych filtrów.
staff-column-reference = Numer referencyjny
staff-column-service = Zgłoszenie
staff-column-status = Status
staff-column-sent = Data wysłania
staff-column-act-by = Termin
staff-overdue = Po terminie
staff-replied = Jest odpowiedź mieszkańca
staff-ratings-heading = Jak mieszkańcy ocenili usługę
staff-ratings-none = Żaden mieszkaniec nie ocenił jeszcze tej usługi.
staff-ratings-answer = Odpowiedź
staff-ratings-count = Liczba mieszkańców
staff-status-received = Otrzymane
staff-status-acknowledged = Potwierdzone
staff-status-in-progress = W toku
staff-status-waiting-for-resident = Czeka na mieszkańca
staff-status-resolved = Załatwione
staff-status-closed = Zamknięte
staff-request-title = Zgłoszenie { $reference }
staff-back = Wróć do zgłoszeń
staff-contact = E-mail mieszkańca
staff-language = Język
staff-answers-heading = Odpowiedzi
staff-files-heading = Dowody
staff-files-none = Nie przesłano żadnych plików.
staff-file-clean = Sprawdzono, nie ma wirusów
staff-file-not-scanned = Nie sprawdzono, czy są wirusy
staff-file-with-reply = wysłany z odpowiedzią
staff-file-download = Pobierz
staff-history-heading = Historia
staff-history-reply = Odpowiedź mieszkańca
staff-history-note = Notatka pracownika
staff-history-staff-note = Notatka pracownika: { $note }
staff-history-by = Autor: { $name }
staff-failed-heading = Niewysłane wiadomości
staff-failed-intro = Tych wiadomości do mieszkańca nie udało się wysłać. Skontaktuj się z tą osobą w inny sposób.
staff-message-request-received = Potwierdzenie otrzymania
staff-message-request-moved = Nowe informacje o zgłoszeniu
staff-message-request-over = Wynik zgłoszenia
staff-message-save-and-return = Zapisany formularz
staff-rating = Ocena mieszkańca
staff-change-heading = Zmień status zgłoszenia
staff-request-over = To zgłoszenie jest zakończone. Nie można już zmienić jego statusu.
change-status-label = Nowy status
change-note-label = Notatka dla mieszkańca
change-note-hint = Napisz, czego potrzebujesz od tej osoby, albo jaki jest wynik. Mieszkaniec zobaczy to na stronie zgłoszenia i w e-mailu.
change-staff-note-label = Notatka tylko dla pracowników
change-staff-note-hint = Mieszkaniec nigdy tego nie zobaczy.
button-change-status = Zapisz i powiadom mieszkańca
change-status-error-moved = Od chwili otwarcia tej strony ktoś inny zmienił status zgłoszenia. Sprawdź je ponownie, zanim wprowadzisz zmianę

## Messages sent to residents (a subject and a plain-text body each; a blank line starts a
## paragraph)

mail-request-received-subject = Mamy twoje zgłoszenie – numer referencyjny { $reference }
mail-request-received-body =
    Dziękujemy. Mamy twoje zgłoszenie: { $service }.

    Twój numer referencyjny to { $reference }.

    Zajmiemy się sprawą do { $act_by }.

    W każdej chwili możesz sprawdzić, co dzieje się z twoim zgłoszeniem: { $link }
mail-request-moved-subject = Nowe informacje o twoim zgłoszeniu { $reference }
mail-request-moved-body =
    Mamy nowe informacje o twoim zgłoszeniu: { $service }, numer referencyjny { $reference }.

    Status: { $status }

    { $note }

    Zobacz, co się wydarzyło, albo odpowiedz na nasze pytanie: { $link }
mail-save-and-return-subject = Wróć do swojego formularza
mail-save-and-return-body =
    Twoje odpowiedzi w formularzu „{ $service }” są zapisane.

    Aby wrócić do formularza, użyj tego linku: { $link }

    Link działa do { $expires_on }. Potem twoje odpowiedzi zostaną usunięte.
mail-request-over-subject = Twoje zgłoszenie { $reference }: { $status }
mail-request-over-body =
    Mamy wynik twojego zgłoszenia: { $service }, numer referencyjny { $reference }.

    Status: { $status }

    { $note }

    Napisz nam, jak oceniasz to, jak zajęliśmy się twoim zgłoszeniem (jedno pytanie): { $link }
mail-staff-sign-in-code-subject = Twój kod do logowania
mail-staff-sign-in-code-body =
    Twój kod do logowania i przeglądania zgłoszeń to { $code }.

    Kodu można użyć tylko raz, w ciągu { $minutes } minut. Jeśli to nie była twoja prośba, możesz zignorować tę wiadomość.
mail-resident-sign-in-subject = Zaloguj się na swoje konto
mail-resident-sign-in-body =
    Twój kod do logowania to { $code }.

    Możesz też zalogować się za pomocą tego linku: { $link }

    Kodu i linku można użyć tylko raz, w ciągu { $minutes } minut. Jeśli to nie była twoja prośba o logowanie, możesz zignorować tę wiadomość.
