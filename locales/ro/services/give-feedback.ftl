feedback-title = Trimiteți o apreciere sau o părere
feedback-summary = Spuneți-ne ce am făcut bine sau ce am putea face mai bine.
feedback-keywords = apreciere laudă mulțumesc sugestie idee părere compliment feedback
feedback-standard = Dacă ați cerut un răspuns, vă răspundem până la { $date }.
feedback-start-intro = Folosiți acest serviciu ca să mulțumiți unui angajat, să lăudați un serviciu sau să ne spuneți ce am putea îmbunătăți.
feedback-start-complaint = Dacă nu sunteți mulțumit(ă) de ceva ce am făcut, faceți mai bine o reclamație, ca să putem îndrepta lucrurile.
feedback-start-time = Durează aproximativ 2 minute.

feedback-kind-title = Ce vreți să ne trimiteți?
feedback-kind-label = Ce vreți să ne trimiteți?
feedback-kind-summary = Tipul
feedback-kind-compliment = O apreciere
feedback-kind-suggestion = O sugestie
feedback-kind-other = Altă părere
feedback-kind-error-required = Alegeți ce vreți să ne trimiteți

feedback-service-title = Despre ce serviciu este vorba?
feedback-service-area-label = Despre ce serviciu este vorba?
feedback-service-area-summary = Serviciul
feedback-service-area-housing = Locuințe
feedback-service-area-waste = Tomberoane, reciclare și curățenia străzilor
feedback-service-area-council-tax = Impozitul local (Council Tax)
feedback-service-area-parking = Parcare
feedback-service-area-planning = Urbanism și autorizații de construire
feedback-service-area-social-care = Asistență socială
feedback-service-area-libraries = Biblioteci
feedback-service-area-other = Altceva
feedback-service-area-error-required = Alegeți despre ce serviciu este vorba

feedback-message-title = Ce vreți să ne spuneți?
feedback-message-label = Ce vreți să ne spuneți?
feedback-message-summary = Părerea dumneavoastră
feedback-message-error-required = Scrieți ce vreți să ne spuneți
feedback-message-error-too-long = Textul este prea lung. Numărul maxim de caractere este { $max }

feedback-reply-title = Vreți un răspuns?
feedback-wants-reply-label = Vreți un răspuns?
feedback-wants-reply-summary = Vreți un răspuns
feedback-wants-reply-error-required = Alegeți „Da” dacă vreți un răspuns

feedback-contact-title = Care este adresa dumneavoastră de e-mail?
feedback-email-label = Care este adresa dumneavoastră de e-mail?
feedback-email-summary = Adresa de e-mail
feedback-email-error-required = Introduceți adresa de e-mail
feedback-email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com

feedback-next-steps = Vă mulțumim. Transmitem fiecare apreciere echipei despre care este vorba.
