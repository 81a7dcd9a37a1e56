feedback-title = Rhoi canmoliaeth neu adborth
feedback-summary = Dywedwch wrthym beth wnaethom yn dda, neu sut y gallem wneud yn well.
feedback-keywords = canmoliaeth diolch awgrym syniad clod adborth compliment thank you suggestion idea praise
feedback-standard = Os gwnaethoch ofyn am ateb, byddwn yn ateb erbyn { $date }.
feedback-start-intro = Defnyddiwch y gwasanaeth hwn i ddiolch i aelod o staff, canmol gwasanaeth neu awgrymu sut y gallem wella.
feedback-start-complaint = Os ydych yn anhapus â rhywbeth a wnaethom, gwnewch gŵyn yn lle hynny er mwyn i ni allu ei unioni.
feedback-start-time = Mae'n cymryd tua 2 funud.

feedback-kind-title = Beth hoffech chi ei roi?
feedback-kind-label = Beth hoffech chi ei roi?
feedback-kind-summary = Math
feedback-kind-compliment = Canmoliaeth
feedback-kind-suggestion = Awgrym
feedback-kind-other = Adborth arall
feedback-kind-error-required = Dewiswch beth hoffech chi ei roi

feedback-service-title = Am ba wasanaeth mae hyn?
feedback-service-area-label = Am ba wasanaeth mae hyn?
feedback-service-area-summary = Gwasanaeth
feedback-service-area-housing = Tai
feedback-service-area-waste = Biniau, ailgylchu a glanhau strydoedd
feedback-service-area-council-tax = Treth Gyngor (Council Tax)
feedback-service-area-parking = Parcio
feedback-service-area-planning = Cynllunio a rheoli adeiladu
feedback-service-area-social-care = Gofal cymdeithasol
feedback-service-area-libraries = Llyfrgelloedd
feedback-service-area-other = Rhywbeth arall
feedback-service-area-error-required = Dewiswch am ba wasanaeth mae hyn

feedback-message-title = Beth hoffech chi ei ddweud wrthym?
feedback-message-label = Beth hoffech chi ei ddweud wrthym?
feedback-message-summary = Eich adborth
feedback-message-error-required = Rhowch beth hoffech chi ei ddweud wrthym
feedback-message-error-too-long = Rhaid i'ch adborth fod yn { $max } o nodau neu lai

feedback-reply-title = Hoffech chi gael ateb?
feedback-wants-reply-label = Hoffech chi gael ateb?
feedback-wants-reply-summary = Eisiau ateb
feedback-wants-reply-error-required = Dewiswch ‘Ie’ os hoffech gael ateb

feedback-contact-title = Beth yw eich cyfeiriad e-bost?
feedback-email-label = Beth yw eich cyfeiriad e-bost?
feedback-email-summary = Cyfeiriad e-bost
feedback-email-error-required = Rhowch eich cyfeiriad e-bost
feedback-email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com

feedback-next-steps = Diolch. Rydym yn rhannu pob canmoliaeth gyda'r tîm y mae'n sôn amdano.
