missed-bin-title = Zgłoś nieodebrane śmieci
missed-bin-summary = Daj nam znać, jeśli w dniu odbioru nie opróżniliśmy twojego kosza.
missed-bin-standard = Wrócimy i opróżnimy twój kosz do { $date }.
missed-bin-start-intro = W tym miejscu możesz nam zgłosić, że w zwykłym dniu odbioru nie zabraliśmy twoich śmieci, odpadów do recyklingu, odpadów spożywczych lub ogrodowych.
missed-bin-start-need = Będą ci potrzebne:
missed-bin-start-need-address = adres odbioru
missed-bin-start-need-date = data, kiedy nie opróżniliśmy kosza
missed-bin-start-need-email = adres e-mail, abyśmy mogli przesyłać ci nowe informacje
missed-bin-start-time = Zajmie to około 3 minut.
missed-bin-start-limit = Możesz zgłosić tylko odbiór pominięty w ciągu ostatnich 14 dni.

missed-bin-address-title = Jaki jest adres odbioru?
missed-bin-postcode-label = Kod pocztowy
missed-bin-postcode-hint = Na przykład SE1 2QH
missed-bin-postcode-summary = Kod pocztowy
missed-bin-postcode-error-required = Wpisz kod pocztowy adresu odbioru
missed-bin-postcode-error-invalid = Wpisz pełny brytyjski kod pocztowy, na przykład SE1 2QH
missed-bin-address-line-1-label = Numer lub nazwa domu oraz ulica
missed-bin-address-line-1-hint = Na przykład 12 Peckham Road
missed-bin-address-line-1-summary = Adres
missed-bin-address-line-1-error-required = Wpisz numer lub nazwę domu oraz ulicę
missed-bin-address-line-1-error-too-long = Numer lub nazwa domu oraz ulica mogą mieć razem do { $max } znaków

missed-bin-which-bin-title = Którego kosza nie opróżniliśmy?
missed-bin-bin-label = Którego kosza nie opróżniliśmy?
missed-bin-bin-summary = Kosz
missed-bin-bin-rubbish = Śmieci zmieszane
missed-bin-bin-recycling = Recykling
missed-bin-bin-food-waste = Odpady spożywcze
missed-bin-bin-garden-waste = Odpady ogrodowe
missed-bin-bin-error-required = Wybierz, którego kosza nie opróżniliśmy

missed-bin-date-title = Kiedy nie opróżniliśmy twojego kosza?
missed-bin-date-label = Kiedy nie opróżniliśmy twojego kosza?
missed-bin-date-hint = Na przykład 20 11 2026
missed-bin-date-summary = Data pominiętego odbioru
missed-bin-date-error-required = Wpisz datę, kiedy nie opróżniliśmy twojego kosza
missed-bin-date-error-incomplete = Data pominiętego odbioru musi zawierać { $missing ->
    [day] dzień
    [month] miesiąc
    [year] rok
    [day-month] dzień i miesiąc
    [day-year] dzień i rok
   *[month-year] miesiąc i rok
  }
missed-bin-date-error-invalid = Data pominiętego odbioru musi być prawidłową datą
missed-bin-date-error-year-digits = Rok musi mieć 4 cyfry
missed-bin-date-error-future = Data pominiętego odbioru musi być dzisiejsza lub z przeszłości
missed-bin-date-error-too-old = Data pominiętego odbioru musi przypadać w ciągu ostatnich { $days } dni

missed-bin-more-information-title = Czy jest coś jeszcze, o czym powinniśmy wiedzieć?
missed-bin-more-information-label = Czy jest coś jeszcze, o czym powinniśmy wiedzieć? (nieobowiązkowe)
missed-bin-more-information-hint = Na przykład gdzie stoi kosz albo jak do niego dojść
missed-bin-more-information-summary = Inne informacje
missed-bin-more-information-error-too-long = Inne informacje mogą mieć do { $max } znaków

missed-bin-contact-title = Jak możemy się z tobą skontaktować?
missed-bin-email-label = Adres e-mail
missed-bin-email-hint = Na ten adres wyślemy numer referencyjny i nowe informacje
missed-bin-email-summary = Adres e-mail
missed-bin-email-error-required = Wpisz swój adres e-mail
missed-bin-email-error-invalid = Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com
missed-bin-phone-label = Numer telefonu (nieobowiązkowe)
missed-bin-phone-hint = Brytyjski numer, na przykład 07700 900 982
missed-bin-phone-summary = Numer telefonu
missed-bin-phone-error-invalid = Wpisz brytyjski numer telefonu, na przykład 01632 960 001 lub 07700 900 982

missed-bin-next-steps = Wrócimy i opróżnimy twój kosz. Nie musisz robić nic więcej.
missed-bin-next-steps-leave-out = Zostaw kosz na zewnątrz, dopóki go nie opróżnimy.
