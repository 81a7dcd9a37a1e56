fly-tipping-title = Raportați gunoaie aruncate ilegal
fly-tipping-summary = Spuneți-ne despre gunoaiele aruncate pe o stradă, o alee sau în alt loc public.
fly-tipping-keywords = gunoaie aruncate ilegal deșeuri abandonate moloz saltea depozitare ilegală fly-tipping
fly-tipping-standard = Până la { $date }, strângem gunoaiele sau vă spunem ce facem.
fly-tipping-start-intro = Folosiți acest serviciu ca să raportați gunoaie aruncate pe un teren public, cum ar fi o stradă, o alee, un parc sau un pasaj.
fly-tipping-start-danger = Nu atingeți nimic care ar putea fi periculos, cum ar fi ace de seringă, substanțe chimice sau azbest.
fly-tipping-start-time = Durează aproximativ 3 minute.
fly-tipping-start-need = Va trebui să ne spuneți:
fly-tipping-start-need-where = unde sunt gunoaiele
fly-tipping-start-need-what = ce fel de gunoaie sunt

fly-tipping-where-title = Unde sunt gunoaiele?
fly-tipping-location-label = Descrieți locul
fly-tipping-location-hint = De exemplu, în fața numărului 12 de pe Peckham Road, lângă stația de autobuz
fly-tipping-location-summary = Unde
fly-tipping-location-error-required = Scrieți unde sunt gunoaiele
fly-tipping-location-error-too-long = Descrierea locului este prea lungă. Numărul maxim de caractere este { $max }
fly-tipping-postcode-label = Cod poștal (opțional)
fly-tipping-postcode-hint = Dacă îl știți, de exemplu SE1 2QH
fly-tipping-postcode-summary = Cod poștal
fly-tipping-postcode-error-invalid = Introduceți un cod poștal complet din Regatul Unit, de exemplu SE1 2QH

fly-tipping-what-title = Ce s-a aruncat?
fly-tipping-waste-label = Ce s-a aruncat?
fly-tipping-waste-hint = Bifați tot ce se potrivește.
fly-tipping-waste-summary = Ce
fly-tipping-waste-bags = Saci cu gunoi
fly-tipping-waste-furniture = Mobilă sau saltele
fly-tipping-waste-electrical = Frigidere, televizoare sau alte aparate electrice
fly-tipping-waste-building = Moloz
fly-tipping-waste-garden = Deșeuri din grădină
fly-tipping-waste-other = Altceva
fly-tipping-waste-error-required = Alegeți ce s-a aruncat

fly-tipping-photos-title = Adăugați fotografii cu gunoaiele aruncate (opțional)
fly-tipping-photos-label = Adăugați fotografii cu gunoaiele aruncate (opțional)
fly-tipping-photos-hint = Fotografiile ajută echipa noastră să găsească gunoaiele și să le strângă. Nu vă puneți în pericol ca să faceți fotografii.
fly-tipping-photos-summary = Fotografii

fly-tipping-dangerous-title = Ar putea fi ceva periculos?
fly-tipping-dangerous-label = Ar putea fi ceva periculos?
fly-tipping-dangerous-hint = De exemplu, ace de seringă, substanțe chimice, butelii de gaz sau azbest
fly-tipping-dangerous-summary = Ar putea fi periculos
fly-tipping-dangerous-error-required = Alegeți „Da” dacă ceva ar putea fi periculos

fly-tipping-seen-title = Când le-ați văzut?
fly-tipping-seen-label = Când le-ați văzut?
fly-tipping-seen-hint = De exemplu, 20 11 2026
fly-tipping-seen-summary = Data când le-ați văzut
fly-tipping-seen-error-required = Introduceți data când ați văzut gunoaiele
fly-tipping-seen-error-incomplete = Data când ați văzut gunoaiele trebuie să conțină { $missing ->
    [day] ziua
    [month] luna
    [year] anul
    [day-month] ziua și luna
    [day-year] ziua și anul
   *[month-year] luna și anul
  }
fly-tipping-seen-error-invalid = Data când ați văzut gunoaiele trebuie să fie o dată reală
fly-tipping-seen-error-year-digits = Anul trebuie să aibă 4 cifre
fly-tipping-seen-error-future = Data când ați văzut gunoaiele trebuie să fie azi sau în trecut

fly-tipping-contact-title = Care este adresa dumneavoastră de e-mail?
fly-tipping-email-label = Care este adresa dumneavoastră de e-mail?
fly-tipping-email-hint = Vă trimitem numărul de referință și noutățile la această adresă
fly-tipping-email-summary = Adresa de e-mail
fly-tipping-email-error-required = Introduceți adresa de e-mail
fly-tipping-email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com

fly-tipping-next-steps = O echipă de curățenie a străzilor va verifica gunoaiele și le va strânge. Dacă găsim dovezi despre cine le-a aruncat, putem lua măsuri împotriva acelei persoane.
