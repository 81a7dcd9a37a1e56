sar-title = Cereți datele personale pe care le avem despre dumneavoastră
sar-summary = Primiți o copie a informațiilor pe care consiliul le are despre dumneavoastră.
sar-keywords = cerere de acces la date subject access request sar gdpr protecția datelor dosarele mele date personale informații personale
sar-standard = Vă trimitem informațiile până la { $date }. Adică într-o lună, cum cere legea.
sar-start-intro = Aveți dreptul la o copie a informațiilor personale pe care consiliul le are despre dumneavoastră. Este gratuit.
sar-start-time = Durează aproximativ 5 minute.
sar-start-need = Veți avea nevoie de:
sar-start-need-details = numele și data nașterii, ca să vă găsim dosarele
sar-start-need-contact = o adresă de e-mail

sar-whose-title = Despre cine vreți informațiile?
sar-whose-label = Despre cine vreți informațiile?
sar-whose-summary = Despre cine
sar-whose-mine = Despre mine
sar-whose-someone-else = Despre altă persoană
sar-whose-error-required = Alegeți despre cine vreți informațiile

sar-someone-else-title = Trebuie să ne contactați ca să cereți informațiile altei persoane
sar-someone-else-body = Ca să primiți informațiile altei persoane, aveți nevoie de permisiunea ei scrisă sau de o autorizare legală, cum ar fi o procură (power of attorney).

    Sunați-ne la 020 7946 0000 sau mergeți la orice bibliotecă sau centru de relații cu publicul și vă spunem ce trebuie să trimiteți.

sar-about-you-title = Despre dumneavoastră
sar-full-name-label = Numele complet
sar-full-name-summary = Numele
sar-full-name-error-required = Introduceți numele complet
sar-full-name-error-too-long = Numele complet este prea lung. Numărul maxim de caractere este { $max }
sar-date-of-birth-label = Data nașterii
sar-date-of-birth-hint = De exemplu, 27 3 1985
sar-date-of-birth-summary = Data nașterii
sar-date-of-birth-error-required = Introduceți data nașterii
sar-date-of-birth-error-incomplete = Data nașterii trebuie să conțină { $missing ->
    [day] ziua
    [month] luna
    [year] anul
    [day-month] ziua și luna
    [day-year] ziua și anul
   *[month-year] luna și anul
  }
sar-date-of-birth-error-invalid = Data nașterii trebuie să fie o dată reală
sar-date-of-birth-error-year-digits = Anul trebuie să aibă 4 cifre
sar-date-of-birth-error-future = Data nașterii trebuie să fie în trecut

sar-information-title = Ce informații vreți?
sar-information-label = Ce informații vreți?
sar-information-hint = De exemplu, dosarul dumneavoastră de locuință sau e-mailurile despre o reclamație. Scrieți și perioada, dacă puteți.
sar-information-summary = Informațiile cerute
sar-information-error-required = Scrieți ce informații vreți
sar-information-error-too-long = Textul este prea lung. Numărul maxim de caractere este { $max }

sar-contact-title = Care este adresa dumneavoastră de e-mail?
sar-email-label = Care este adresa dumneavoastră de e-mail?
sar-email-hint = Vă trimitem numărul de referință și noutățile la această adresă
sar-email-summary = Adresa de e-mail
sar-email-error-required = Introduceți adresa de e-mail
sar-email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com

sar-next-steps = Înainte să vă trimitem informațiile, vă vom cere o dovadă a identității.
