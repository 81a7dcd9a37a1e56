complaint-title = Gwneud cwyn
complaint-summary = Rhowch wybod i ni os gwnaethom rywbeth o'i le neu os ydych yn anhapus â gwasanaeth gan y cyngor.
complaint-keywords = cwyn cwyno anhapus problem gwasanaeth gwael cam 1 complain unhappy problem bad service stage 1
complaint-standard = Byddwn yn ateb eich cwyn erbyn { $date }.
complaint-start-intro = Defnyddiwch y gwasanaeth hwn i gwyno am wasanaeth gan y cyngor neu am rywbeth a wnaeth aelod o staff.
complaint-start-timescale = Byddwn yn rhoi gwybod i chi ein bod wedi cael eich cwyn o fewn 3 diwrnod gwaith, ac yn ateb o fewn 15 diwrnod gwaith.
complaint-start-time = Mae'n cymryd tua 5 munud.
complaint-start-need = Bydd angen:
complaint-start-need-what = dweud wrthym beth ddigwyddodd a beth hoffech i ni ei wneud
complaint-start-need-contact = eich enw a'ch cyfeiriad e-bost

complaint-service-title = Am ba wasanaeth mae eich cwyn?
complaint-service-area-label = Am ba wasanaeth mae eich cwyn?
complaint-service-area-summary = Gwasanaeth
complaint-service-area-housing = Tai
complaint-service-area-waste = Biniau, ailgylchu a glanhau strydoedd
complaint-service-area-council-tax = Treth Gyngor (Council Tax)
complaint-service-area-parking = Parcio
complaint-service-area-planning = Cynllunio a rheoli adeiladu
complaint-service-area-social-care = Gofal cymdeithasol
complaint-service-area-libraries = Llyfrgelloedd
complaint-service-area-other = Rhywbeth arall
complaint-service-area-error-required = Dewiswch am ba wasanaeth mae eich cwyn

complaint-what-happened-title = Beth ddigwyddodd?
complaint-details-label = Beth ddigwyddodd?
complaint-details-hint = Dywedwch wrthym beth aeth o'i le, pryd y digwyddodd a gyda phwy y buoch yn delio, os ydych yn gwybod.
complaint-details-summary = Beth ddigwyddodd
complaint-details-error-required = Rhowch beth ddigwyddodd
complaint-details-error-too-long = Rhaid i'r hyn a ddigwyddodd fod yn { $max } o nodau neu lai

complaint-put-right-title = Beth hoffech i ni ei wneud i unioni pethau?
complaint-outcome-label = Beth hoffech i ni ei wneud i unioni pethau?
complaint-outcome-hint = Er enghraifft, ymddiheuriad, esboniad, neu wneud rhywbeth
complaint-outcome-summary = Beth hoffech i ni ei wneud
complaint-outcome-error-required = Rhowch beth hoffech i ni ei wneud i unioni pethau
complaint-outcome-error-too-long = Rhaid i'r hyn yr hoffech i ni ei wneud fod yn { $max } o nodau neu lai

complaint-earlier-reference-title = Oes gennych gyfeirnod gennym ni? (dewisol)
complaint-earlier-reference-label = Oes gennych gyfeirnod gennym ni? (dewisol)
complaint-earlier-reference-hint = Os ydych wedi cysylltu â ni am hyn o'r blaen, rhowch y cyfeirnod a roesom i chi.
complaint-earlier-reference-summary = Cyfeirnod blaenorol
complaint-earlier-reference-error-too-long = Rhaid i'r cyfeirnod fod yn { $max } o nodau neu lai

complaint-contact-title = Eich manylion
complaint-full-name-label = Enw llawn
complaint-full-name-summary = Enw
complaint-full-name-error-required = Rhowch eich enw llawn
complaint-full-name-error-too-long = Rhaid i'r enw llawn fod yn { $max } o nodau neu lai
complaint-email-label = Cyfeiriad e-bost
complaint-email-hint = Byddwn yn anfon ein hateb i'r cyfeiriad hwn
complaint-email-summary = Cyfeiriad e-bost
complaint-email-error-required = Rhowch eich cyfeiriad e-bost
complaint-email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com
complaint-phone-label = Rhif ffôn (dewisol)
complaint-phone-summary = Rhif ffôn
complaint-phone-error-invalid = Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982

complaint-next-steps = Byddwn yn anfon e-bost atoch o fewn 3 diwrnod gwaith i ddweud pwy sy'n edrych ar eich cwyn.
complaint-next-steps-leave-out = Os nad ydych yn hapus â'n hateb, gallwch ofyn i'ch cwyn fynd i gam 2. Rydym yn ateb cwynion cam 2 o fewn 25 diwrnod gwaith.
