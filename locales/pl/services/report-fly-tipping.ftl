fly-tipping-title = Zgłoś dzikie wysypisko śmieci
fly-tipping-summary = Poinformuj nas o śmieciach porzuconych na ulicy, ścieżce lub w innym miejscu publicznym.
fly-tipping-keywords = dzikie wysypisko porzucone śmieci odpady śmiecenie materac wyrzucanie fly-tipping
fly-tipping-standard = Do { $date } uprzątniemy śmieci albo powiemy ci, co robimy.
fly-tipping-start-intro = W tym miejscu możesz zgłosić śmieci porzucone na terenie publicznym, na przykład na ulicy, ścieżce, w parku lub w zaułku.
fly-tipping-start-danger = Nie dotykaj niczego, co może być niebezpieczne, na przykład igieł, chemikaliów ani azbestu.
fly-tipping-start-time = Zajmie to około 3 minut.
fly-tipping-start-need = Będą ci potrzebne:
fly-tipping-start-need-where = informacja, gdzie są śmieci
fly-tipping-start-need-what = informacja, jakiego rodzaju są to śmieci

fly-tipping-where-title = Gdzie są śmieci?
fly-tipping-location-label = Opisz, gdzie są
fly-tipping-location-hint = Na przykład przed numerem 12 Peckham Road, przy przystanku autobusowym
fly-tipping-location-summary = Gdzie
fly-tipping-location-error-required = Wpisz, gdzie są śmieci
fly-tipping-location-error-too-long = Opis miejsca może mieć do { $max } znaków
fly-tipping-postcode-label = Kod pocztowy (nieobowiązkowe)
fly-tipping-postcode-hint = Jeśli go znasz, na przykład SE1 2QH
fly-tipping-postcode-summary = Kod pocztowy
fly-tipping-postcode-error-invalid = Wpisz pełny brytyjski kod pocztowy, na przykład SE1 2QH

fly-tipping-what-title = Co zostało porzucone?
fly-tipping-waste-label = Co zostało porzucone?
fly-tipping-waste-hint = Zaznacz wszystkie pasujące odpowiedzi.
fly-tipping-waste-summary = Co
fly-tipping-waste-bags = Worki ze śmieciami
fly-tipping-waste-furniture = Meble lub materace
fly-tipping-waste-electrical = Lodówki, telewizory lub inne urządzenia elektryczne
fly-tipping-waste-building = Gruz budowlany
fly-tipping-waste-garden = Odpady ogrodowe
fly-tipping-waste-other = Coś innego
fly-tipping-waste-error-required = Wybierz, co zostało porzucone

fly-tipping-photos-title = Dodaj zdjęcia porzuconych śmieci (nieobowiązkowe)
fly-tipping-photos-label = Dodaj zdjęcia porzuconych śmieci (nieobowiązkowe)
fly-tipping-photos-hint = Zdjęcia pomagają naszej ekipie znaleźć śmieci i je uprzątnąć. Nie narażaj się na niebezpieczeństwo, żeby je zrobić.
fly-tipping-photos-summary = Zdjęcia

fly-tipping-dangerous-title = Czy coś z tego może być niebezpieczne?
fly-tipping-dangerous-label = Czy coś z tego może być niebezpieczne?
fly-tipping-dangerous-hint = Na przykład igły, chemikalia, butle gazowe lub azbest
fly-tipping-dangerous-summary = Może być niebezpieczne
fly-tipping-dangerous-error-required = Wybierz „Tak”, jeśli coś z tego może być niebezpieczne

fly-tipping-seen-title = Kiedy zauważono śmieci?
fly-tipping-seen-label = Kiedy zauważono śmieci?
fly-tipping-seen-hint = Na przykład 20 11 2026
fly-tipping-seen-summary = Data zauważenia
fly-tipping-seen-error-required = Wpisz datę, kiedy zauważono śmieci
fly-tipping-seen-error-incomplete = Data zauważenia śmieci musi zawierać { $missing ->
    [day] dzień
    [month] miesiąc
    [year] rok
    [day-month] dzień i miesiąc
    [day-year] dzień i rok
   *[month-year] miesiąc i rok
  }
fly-tipping-seen-error-invalid = Data zauważenia śmieci musi być prawidłową datą
fly-tipping-seen-error-year-digits = Rok musi mieć 4 cyfry
fly-tipping-seen-error-future = Data zauważenia śmieci musi być dzisiejsza lub z przeszłości

fly-tipping-contact-title = Jaki jest twój adres e-mail?
fly-tipping-email-label = Jaki jest twój adres e-mail?
fly-tipping-email-hint = Na ten adres wyślemy numer referencyjny i nowe informacje
fly-tipping-email-summary = Adres e-mail
fly-tipping-email-error-required = Wpisz swój adres e-mail
fly-tipping-email-error-invalid = Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com

fly-tipping-next-steps = Ekipa sprzątająca ulice sprawdzi śmieci i je uprzątnie. Jeśli znajdziemy dowody na to, kto je porzucił, możemy podjąć wobec tej osoby kroki prawne.
