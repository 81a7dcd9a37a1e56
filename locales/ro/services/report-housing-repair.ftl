repair-title = Raportați o reparație necesară în locuința de la consiliu
repair-summary = Spuneți-ne despre ceva ce trebuie reparat în locuința pe care o închiriați de la consiliu.
repair-keywords = reparații locuință scurgere umezeală igrasie mucegai stricat chiriaș casă
repair-standard = Vă contactăm până la { $date } ca să stabilim reparația.
repair-start-intro = Folosiți acest serviciu dacă închiriați locuința de la consiliu.
repair-start-emergency = Dacă este o urgență, cum ar fi miros de gaz, o inundație sau instalația electrică face scântei, nu folosiți acest formular. Prima întrebare vă spune pe cine să sunați.
repair-start-time = Durează aproximativ 5 minute.
repair-start-need = Veți avea nevoie de:
repair-start-need-room = camera în care este problema
repair-start-need-problem = o scurtă descriere a problemei
repair-start-need-contact = un număr de telefon, o adresă de e-mail sau amândouă

repair-danger-title = Se întâmplă acum vreunul dintre aceste lucruri?
repair-danger-label = Se întâmplă acum vreunul dintre aceste lucruri?
repair-danger-hint = Vă întrebăm asta mai întâi ca să vă putem ajuta imediat dacă este o urgență.
repair-danger-summary = Urgență
repair-danger-none = Nu, niciunul
repair-danger-gas-smell = Simt miros de gaz
repair-danger-flooding = Apa îmi inundă locuința
repair-danger-electrics = Instalația electrică face scântei sau scoate fum
repair-danger-error-required = Alegeți dacă se întâmplă acum vreunul dintre aceste lucruri

repair-gas-title = Ieșiți din clădire și sunați acum la 0800 111 999
repair-gas-body = Sunați la Serviciul Național de Urgență pentru Gaz (National Gas Emergency Service), la 0800 111 999. Apelul este gratuit, iar serviciul funcționează 24 de ore din 24.

    Nu folosiți întrerupătoarele sau aparatele electrice. Nu fumați și nu folosiți foc deschis. Deschideți ușile și ferestrele, dacă puteți face asta în siguranță.

    Când sunteți în siguranță, sunați-ne la 020 7946 0999 ca să vă putem ajuta.

repair-emergency-title = Sunați acum la linia noastră pentru reparații urgente
repair-emergency-body = Sunați acum la 020 7946 0999. Linia funcționează 24 de ore din 24, în fiecare zi.

    Dacă puteți face asta în siguranță, opriți apa de la robinetul principal sau curentul de la tabloul electric.

    Dacă cineva este în pericol, sunați la 999.

repair-room-title = Unde este problema?
repair-room-label = Unde este problema?
repair-room-summary = Unde
repair-room-kitchen = Bucătărie
repair-room-bathroom = Baie sau toaletă
repair-room-bedroom = Dormitor
repair-room-living-room = Sufragerie
repair-room-outside = Afară, de exemplu grădina, o ușă sau o fereastră
repair-room-other = În altă parte
repair-room-error-required = Alegeți unde este problema
repair-room-other-label = Unde este?
repair-room-other-summary = Alt loc
repair-room-other-error-required = Scrieți unde este problema
repair-room-other-error-too-long = Descrierea locului este prea lungă. Numărul maxim de caractere este { $max }

repair-problem-title = Care este problema?
repair-problem-label = Care este problema?
repair-problem-hint = De exemplu, ce s-a stricat, când a început și dacă se agravează
repair-problem-summary = Problema
repair-problem-error-required = Scrieți care este problema
repair-problem-error-too-long = Descrierea problemei este prea lungă. Numărul maxim de caractere este { $max }

repair-mould-title = Există umezeală sau mucegai?
repair-mould-label = Există umezeală sau mucegai?
repair-mould-hint = Umezeala și mucegaiul vă pot afecta sănătatea. Ne ocupăm de ele cu prioritate.
repair-mould-summary = Umezeală sau mucegai
repair-mould-error-required = Alegeți „Da” dacă există umezeală sau mucegai

repair-access-title = Când putem intra în locuința dumneavoastră?
repair-access-label = Când putem intra în locuința dumneavoastră?
repair-access-summary = Acces
repair-access-any-time = Oricând, între 8:00 și 18:00
repair-access-mornings = Doar dimineața, între 8:00 și 13:00
repair-access-afternoons = Doar după-amiaza, între 13:00 și 18:00
repair-access-error-required = Alegeți când putem intra în locuința dumneavoastră

repair-contact-title = Cum vă putem contacta?
repair-contact-error-one-of = Introduceți o adresă de e-mail sau un număr de telefon, ca să vă putem contacta despre reparație
repair-email-label = Adresa de e-mail
repair-email-hint = Dați o adresă de e-mail, un număr de telefon sau amândouă. Vă trimitem pe e-mail numărul de referință și noutățile.
repair-email-summary = Adresa de e-mail
repair-email-error-required = Introduceți adresa de e-mail
repair-email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com
repair-phone-label = Număr de telefon
repair-phone-hint = Vă sunăm ca să stabilim o oră
repair-phone-summary = Număr de telefon
repair-phone-error-required = Introduceți un număr de telefon, ca să putem stabili reparația
repair-phone-error-invalid = Introduceți un număr de telefon din Regatul Unit, de exemplu 01632 960 001 sau 07700 900 982

repair-next-steps = Un angajat de la reparații vă va suna ca să stabilească o oră pentru vizită.
