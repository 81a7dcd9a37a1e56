missed-bin-title = Raportați un tomberon care nu a fost golit
missed-bin-summary = Spuneți-ne dacă nu v-am golit tomberonul în ziua de colectare.
missed-bin-standard = Revenim să vă golim tomberonul până la { $date }.
missed-bin-start-intro = Folosiți acest serviciu ca să ne spuneți dacă nu am ridicat în ziua obișnuită gunoiul menajer, deșeurile reciclabile, resturile de mâncare sau deșeurile din grădină.
missed-bin-start-need = Veți avea nevoie de:
missed-bin-start-need-address = adresa de unde trebuia ridicat gunoiul
missed-bin-start-need-date = data când nu v-am golit tomberonul
missed-bin-start-need-email = o adresă de e-mail, ca să vă putem trimite noutăți
missed-bin-start-time = Durează aproximativ 3 minute.
missed-bin-start-limit = Puteți raporta doar colectările ratate în ultimele 14 zile.

missed-bin-address-title = Care este adresa de unde trebuia ridicat gunoiul?
missed-bin-postcode-label = Cod poștal
missed-bin-postcode-hint = De exemplu, SE1 2QH
missed-bin-postcode-summary = Cod poștal
missed-bin-postcode-error-required = Introduceți codul poștal al adresei de colectare
missed-bin-postcode-error-invalid = Introduceți un cod poștal complet din Regatul Unit, de exemplu SE1 2QH
missed-bin-address-line-1-label = Numărul sau numele casei și strada
missed-bin-address-line-1-hint = De exemplu, 12 Peckham Road
missed-bin-address-line-1-summary = Adresa
missed-bin-address-line-1-error-required = Introduceți numărul sau numele casei și strada
missed-bin-address-line-1-error-too-long = Numărul sau numele casei și strada sunt prea lungi. Numărul maxim de caractere este { $max }

missed-bin-which-bin-title = Ce tomberon nu am golit?
missed-bin-bin-label = Ce tomberon nu am golit?
missed-bin-bin-summary = Tomberonul
missed-bin-bin-rubbish = Gunoi menajer
missed-bin-bin-recycling = Deșeuri reciclabile
missed-bin-bin-food-waste = Resturi de mâncare
missed-bin-bin-garden-waste = Deșeuri din grădină
missed-bin-bin-error-required = Alegeți ce tomberon nu am golit

missed-bin-date-title = Când nu v-am golit tomberonul?
missed-bin-date-label = Când nu v-am golit tomberonul?
missed-bin-date-hint = De exemplu, 20 11 2026
missed-bin-date-summary = Data
missed-bin-date-error-required = Introduceți data când nu v-am golit tomberonul
missed-bin-date-error-incomplete = Data când nu v-am golit tomberonul trebuie să conțină { $missing ->
    [day] ziua
    [month] luna
    [year] anul
    [day-month] ziua și luna
    [day-year] ziua și anul
   *[month-year] luna și anul
  }
missed-bin-date-error-invalid = Data când nu v-am golit tomberonul trebuie să fie o dată reală
missed-bin-date-error-year-digits = Anul trebuie să aibă 4 cifre
missed-bin-date-error-future = Data când nu v-am golit tomberonul trebuie să fie azi sau în trecut
missed-bin-date-error-too-old = Data când nu v-am golit tomberonul trebuie să fie în ultimele { $days } zile

missed-bin-more-information-title = Mai trebuie să știm ceva?
missed-bin-more-information-label = Mai trebuie să știm ceva? (opțional)
missed-bin-more-information-hint = De exemplu, unde ați lăsat tomberonul sau cum se ajunge la el
missed-bin-more-information-summary = Alte informații
missed-bin-more-information-error-too-long = Textul este prea lung. Numărul maxim de caractere este { $max }

missed-bin-contact-title = Cum vă putem contacta?
missed-bin-email-label = Adresa de e-mail
missed-bin-email-hint = Vă trimitem numărul de referință și noutățile la această adresă
missed-bin-email-summary = Adresa de e-mail
missed-bin-email-error-required = Introduceți adresa de e-mail
missed-bin-email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com
missed-bin-phone-label = Număr de telefon (opțional)
missed-bin-phone-hint = Un număr din Regatul Unit, de exemplu 07700 900 982
missed-bin-phone-summary = Număr de telefon
missed-bin-phone-error-invalid = Introduceți un număr de telefon din Regatul Unit, de exemplu 01632 960 001 sau 07700 900 982

missed-bin-next-steps = Revenim să vă golim tomberonul. Nu trebuie să mai faceți nimic.
missed-bin-next-steps-leave-out = Vă rugăm să lăsați tomberonul afară până îl golim.
