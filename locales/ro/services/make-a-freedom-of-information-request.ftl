foi-title = Faceți o cerere privind libertatea de informare (Freedom of Information)
foi-summary = Cereți informații pe care le are consiliul.
foi-keywords = foi libertatea de informare freedom of information eir informații de mediu environmental information cerere de date
foi-standard = Vă răspundem până la { $date }. Adică în 20 de zile lucrătoare, cum cere legea.
foi-start-intro = Oricine poate cere informații pe care le are consiliul, cum ar fi rapoarte, cheltuieli și statistici. Puteți cere și informații despre mediu.
foi-start-published = Căutați mai întâi pe site-ul nostru: multe dintre informațiile noastre sunt deja publicate.
foi-start-time = Durează aproximativ 5 minute.
foi-start-need = Veți avea nevoie de:
foi-start-need-what = o descriere cât mai clară a informațiilor pe care le vreți
foi-start-need-contact = numele și adresa de e-mail

foi-information-title = Ce informații vreți?
foi-information-label = Ce informații vreți?
foi-information-hint = Scrieți perioade și locuri, dacă puteți. Cu cât cererea este mai clară, cu atât vă putem răspunde mai repede.
foi-information-summary = Informațiile cerute
foi-information-error-required = Scrieți ce informații vreți
foi-information-error-too-long = Cererea este prea lungă. Numărul maxim de caractere este { $max }

foi-format-title = Cum vreți să primiți informațiile?
foi-format-label = Cum vreți să primiți informațiile?
foi-format-summary = Formatul
foi-format-email = Prin e-mail
foi-format-paper = Pe hârtie, prin poștă
foi-format-error-required = Alegeți cum vreți să primiți informațiile

foi-contact-title = Datele dumneavoastră
foi-full-name-label = Numele complet
foi-full-name-hint = Legea spune că avem nevoie de numele dumneavoastră real ca să răspundem la o cerere privind libertatea de informare (Freedom of Information).
foi-full-name-summary = Numele
foi-full-name-error-required = Introduceți numele complet
foi-full-name-error-too-long = Numele complet este prea lung. Numărul maxim de caractere este { $max }
foi-email-label = Adresa de e-mail
foi-email-hint = Vă trimitem răspunsul la această adresă
foi-email-summary = Adresa de e-mail
foi-email-error-required = Introduceți adresa de e-mail
foi-email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com

foi-next-steps = Dacă avem nevoie de mai mult timp sau de mai multe detalii de la dumneavoastră, vă anunțăm în 20 de zile lucrătoare.
