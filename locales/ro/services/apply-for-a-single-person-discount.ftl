spd-title = Cereți reducerea pentru persoane care locuiesc singure la impozitul local (Council Tax)
spd-summary = Primiți o reducere de 25% la impozitul local (Council Tax) dacă sunteți singurul adult care locuiește în locuința dumneavoastră.
spd-keywords = impozit local council tax reducere discount persoană singură locuiesc singur singură 25 la sută procent
spd-standard = Vă anunțăm decizia noastră până la { $date }.
spd-start-intro = Puteți primi o reducere de 25% la factura de impozit local (Council Tax) dacă sunteți singurul adult (cu vârsta de 18 ani sau mai mult) care locuiește în locuința dumneavoastră.
spd-start-time = Durează aproximativ 3 minute.
spd-start-need = Veți avea nevoie de:
spd-start-need-account = numărul contului de impozit local (Council Tax), de pe factură
spd-start-need-date = data de la care locuiți singur(ă)
spd-start-need-contact = o adresă de e-mail

spd-account-title = Care este numărul contului dumneavoastră de impozit local (Council Tax)?
spd-account-number-label = Care este numărul contului dumneavoastră de impozit local (Council Tax)?
spd-account-number-hint = Are 8 cifre și este scris în partea de sus a facturii.
spd-account-number-summary = Numărul contului
spd-account-number-error-required = Introduceți numărul contului de impozit local (Council Tax)
spd-account-number-error-too-long = Numărul contului este prea lung. Numărul maxim de caractere este { $max }
spd-account-number-error-pattern = Introduceți numărul contului din 8 cifre, de exemplu 12345678

spd-address-title = Care este adresa locuinței?
spd-postcode-label = Cod poștal
spd-postcode-hint = De exemplu, SE1 2QH
spd-postcode-summary = Cod poștal
spd-postcode-error-required = Introduceți codul poștal
spd-postcode-error-invalid = Introduceți un cod poștal complet din Regatul Unit, de exemplu SE1 2QH
spd-address-line-1-label = Numărul sau numele casei și strada
spd-address-line-1-summary = Adresa
spd-address-line-1-error-required = Introduceți numărul sau numele casei și strada
spd-address-line-1-error-too-long = Numărul sau numele casei și strada sunt prea lungi. Numărul maxim de caractere este { $max }

spd-adults-title = Câți adulți locuiesc în această locuință, inclusiv dumneavoastră?
spd-adults-label = Câți adulți locuiesc în această locuință, inclusiv dumneavoastră?
spd-adults-hint = Numărați toate persoanele de 18 ani sau mai mult care locuiesc acolo cea mai mare parte a timpului.
spd-adults-summary = Adulți care locuiesc acolo
spd-adults-error-required = Introduceți câți adulți locuiesc în această locuință
spd-adults-error-invalid = Introduceți numărul de adulți ca număr întreg, de exemplu 1
spd-adults-error-too-small = Numărul de adulți trebuie să fie cel puțin { $min }
spd-adults-error-too-large = Numărul de adulți trebuie să fie cel mult { $max }

spd-not-eligible-title = Nu puteți primi reducerea pentru persoane care locuiesc singure
spd-not-eligible-body = Reducerea este doar pentru locuințele în care locuiește un singur adult.

    Puteți primi totuși o reducere dacă cineva din locuința dumneavoastră este student cu normă întreagă, îngrijitor sau are o deficiență mintală gravă. Sunați-ne la 020 7946 0000 ca să aflați.

spd-since-title = De când locuiți singur(ă)?
spd-since-label = De când locuiți singur(ă)?
spd-since-hint = De exemplu, 1 9 2026
spd-since-summary = Data de la care locuiți singur(ă)
spd-since-error-required = Introduceți data de la care locuiți singur(ă)
spd-since-error-incomplete = Data de la care locuiți singur(ă) trebuie să conțină { $missing ->
    [day] ziua
    [month] luna
    [year] anul
    [day-month] ziua și luna
    [day-year] ziua și anul
   *[month-year] luna și anul
  }
spd-since-error-invalid = Data de la care locuiți singur(ă) trebuie să fie o dată reală
spd-since-error-year-digits = Anul trebuie să aibă 4 cifre
spd-since-error-future = Data de la care locuiți singur(ă) trebuie să fie azi sau în trecut
spd-since-error-too-early = Data de la care locuiți singur(ă) nu poate fi înainte de { $date }

spd-moved-out-title = În ultimele 3 luni, s-a mutat de la dumneavoastră un alt adult care locuia cu dumneavoastră?
spd-moved-out-label = În ultimele 3 luni, s-a mutat de la dumneavoastră un alt adult care locuia cu dumneavoastră?
spd-moved-out-hint = De exemplu, un partener, un copil adult sau un chiriaș care stătea la dumneavoastră.
spd-moved-out-summary = Un alt adult s-a mutat recent
spd-moved-out-error-required = Alegeți „Da” dacă un alt adult s-a mutat în ultimele 3 luni

spd-proof-title = Încărcați o dovadă că locuiți la această adresă
spd-proof-label = Încărcați o dovadă că locuiți la această adresă
spd-proof-hint = O factură, un extras de cont sau o scrisoare din ultimele 3 luni, pe care să apară numele dumneavoastră și această adresă. Poate fi și o fotografie a documentului.
spd-proof-summary = Dovada adresei
spd-proof-error-required = Încărcați o dovadă că locuiți la această adresă

spd-moved-out-proof-title = Încărcați o dovadă că persoana s-a mutat
spd-moved-out-proof-label = Încărcați o dovadă că persoana s-a mutat
spd-moved-out-proof-hint = De exemplu, noul ei contract de închiriere sau o scrisoare trimisă la noua ei adresă.
spd-moved-out-proof-summary = Dovada că persoana s-a mutat
spd-moved-out-proof-error-required = Încărcați o dovadă că celălalt adult s-a mutat

spd-contact-title = Datele dumneavoastră
spd-full-name-label = Numele complet
spd-full-name-summary = Numele
spd-full-name-error-required = Introduceți numele complet
spd-full-name-error-too-long = Numele complet este prea lung. Numărul maxim de caractere este { $max }
spd-email-label = Adresa de e-mail
spd-email-hint = Vă trimitem decizia la această adresă
spd-email-summary = Adresa de e-mail
spd-email-error-required = Introduceți adresa de e-mail
spd-email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com

spd-next-steps = Dacă vă acordăm reducerea, vă trimitem o factură nouă. Anunțați-ne dacă vine să locuiască la dumneavoastră un alt adult.
