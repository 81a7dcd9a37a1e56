complaint-title = Faceți o reclamație
complaint-summary = Spuneți-ne dacă am greșit ceva sau dacă nu sunteți mulțumit(ă) de un serviciu al consiliului.
complaint-keywords = reclamație plângere nemulțumit problemă serviciu prost etapa 1 complaint
complaint-standard = Vă răspundem la reclamație până la { $date }.
complaint-start-intro = Folosiți acest serviciu ca să faceți o reclamație despre un serviciu al consiliului sau despre ceva ce a făcut un angajat.
complaint-start-timescale = Vă confirmăm că am primit reclamația în 3 zile lucrătoare și vă răspundem în 15 zile lucrătoare.
complaint-start-time = Durează aproximativ 5 minute.
complaint-start-need = Veți avea nevoie de:
complaint-start-need-what = o descriere a ce s-a întâmplat și a ce vreți să facem
complaint-start-need-contact = numele și adresa de e-mail

complaint-service-title = Despre ce serviciu este reclamația?
complaint-service-area-label = Despre ce serviciu este reclamația?
complaint-service-area-summary = Serviciul
complaint-service-area-housing = Locuințe
complaint-service-area-waste = Tomberoane, reciclare și curățenia străzilor
complaint-service-area-council-tax = Impozitul local (Council Tax)
complaint-service-area-parking = Parcare
complaint-service-area-planning = Urbanism și autorizații de construire
complaint-service-area-social-care = Asistență socială
complaint-service-area-libraries = Biblioteci
complaint-service-area-other = Altceva
complaint-service-area-error-required = Alegeți despre ce serviciu este reclamația

complaint-what-happened-title = Ce s-a întâmplat?
complaint-details-label = Ce s-a întâmplat?
complaint-details-hint = Spuneți-ne ce nu a mers bine, când s-a întâmplat și cu cine ați vorbit, dacă știți.
complaint-details-summary = Ce s-a întâmplat
complaint-details-error-required = Scrieți ce s-a întâmplat
complaint-details-error-too-long = Textul despre ce s-a întâmplat este prea lung. Numărul maxim de caractere este { $max }

complaint-put-right-title = Ce vreți să facem ca să îndreptăm lucrurile?
complaint-outcome-label = Ce vreți să facem ca să îndreptăm lucrurile?
complaint-outcome-hint = De exemplu, să ne cerem scuze, să vă dăm o explicație sau să facem ceva anume
complaint-outcome-summary = Ce vreți să facem
complaint-outcome-error-required = Scrieți ce vreți să facem ca să îndreptăm lucrurile
complaint-outcome-error-too-long = Textul despre ce vreți să facem este prea lung. Numărul maxim de caractere este { $max }

complaint-earlier-reference-title = Aveți un număr de referință de la noi? (opțional)
complaint-earlier-reference-label = Aveți un număr de referință de la noi? (opțional)
complaint-earlier-reference-hint = Dacă ne-ați mai contactat despre această problemă, scrieți numărul de referință pe care vi l-am dat.
complaint-earlier-reference-summary = Referința anterioară
complaint-earlier-reference-error-too-long = Numărul de referință este prea lung. Numărul maxim de caractere este { $max }

complaint-contact-title = Datele dumneavoastră
complaint-full-name-label = Numele complet
complaint-full-name-summary = Numele
complaint-full-name-error-required = Introduceți numele complet
complaint-full-name-error-too-long = Numele complet este prea lung. Numărul maxim de caractere este { $max }
complaint-email-label = Adresa de e-mail
complaint-email-hint = Vă trimitem răspunsul la această adresă
complaint-email-summary = Adresa de e-mail
complaint-email-error-required = Introduceți adresa de e-mail
complaint-email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com
complaint-phone-label = Număr de telefon (opțional)
complaint-phone-summary = Număr de telefon
complaint-phone-error-invalid = Introduceți un număr de telefon din Regatul Unit, de exemplu 01632 960 001 sau 07700 900 982

complaint-next-steps = În 3 zile lucrătoare, vă trimitem un e-mail ca să vă spunem cine se ocupă de reclamația dumneavoastră.
complaint-next-steps-leave-out = Dacă nu sunteți mulțumit(ă) de răspunsul nostru, puteți cere ca reclamația să treacă în etapa 2. La reclamațiile din etapa 2 răspundem în 25 de zile lucrătoare.
