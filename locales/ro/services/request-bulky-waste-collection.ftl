bulky-title = Programați ridicarea obiectelor mari
bulky-summary = Cereți-ne să ridicăm de la dumneavoastră obiecte mari, cum ar fi mobilă și frigidere.
bulky-keywords = mobilă canapea frigider saltea obiecte mari voluminoase ridicare colectare bulky waste
bulky-standard = Vă spunem ziua ridicării până la { $date }.
bulky-start-intro = Folosiți acest serviciu ca să programați ridicarea a cel mult 10 obiecte mari din gospodărie.
bulky-start-cost = O ridicare costă { MONEY(25) } pentru cel mult 3 obiecte și { MONEY(5) } pentru fiecare obiect în plus. Este gratuită dacă primiți reducerea impozitului local (Council Tax Reduction). Vă spunem cum să plătiți.
bulky-start-time = Durează aproximativ 3 minute.
bulky-start-need = Veți avea nevoie de:
bulky-start-need-items = lista obiectelor
bulky-start-need-address = adresa de unde le ridicăm
bulky-start-need-email = o adresă de e-mail

bulky-items-title = Ce trebuie să ridicăm?
bulky-items-label = Ce trebuie să ridicăm?
bulky-items-hint = Adăugați câte un obiect, de exemplu o canapea sau un frigider. Puteți programa cel mult 10 obiecte. Nu ridicăm moloz, piese auto sau deșeuri din grădină.
bulky-items-summary = Obiecte
bulky-items-add = Adăugați un obiect
bulky-items-error-required = Scrieți un obiect pe care trebuie să-l ridicăm
bulky-items-error-too-long = Descrierea unui obiect este prea lungă. Numărul maxim de caractere este { $max }
bulky-items-error-too-many = Numărul maxim de obiecte la o ridicare este { $max }

bulky-address-title = De unde să ridicăm obiectele?
bulky-address-label = De unde să ridicăm obiectele?
bulky-address-hint = Introduceți codul poștal și apăsați „Căutați adresa” sau scrieți adresa.
bulky-address-summary = Adresa de ridicare
bulky-address-error-required = Introduceți adresa de unde să ridicăm obiectele

bulky-contact-title = Cum vă putem contacta?
bulky-email-label = Adresa de e-mail
bulky-email-hint = Vă trimitem ziua ridicării la această adresă
bulky-email-summary = Adresa de e-mail
bulky-email-error-required = Introduceți adresa de e-mail
bulky-email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com
bulky-phone-label = Număr de telefon (opțional)
bulky-phone-hint = În caz că echipa noastră trebuie să vă contacteze în ziua ridicării
bulky-phone-summary = Număr de telefon
bulky-phone-error-invalid = Introduceți un număr de telefon din Regatul Unit, de exemplu 01632 960 001 sau 07700 900 982

bulky-next-steps = Scoateți obiectele în fața casei până la ora 7:00 în ziua ridicării. Nu le lăsați pe trotuar mai devreme de seara dinainte.
