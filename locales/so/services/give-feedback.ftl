feedback-title = Na ammaan ama ra'yi na sii
feedback-summary = Noo sheeg waxa aan si fiican u qabannay, ama sida aan u hagaajin karno.
feedback-keywords = ammaan mahadsanid talo fikrad bogaadin ra'yi compliment thank you suggestion idea praise feedback
feedback-standard = Haddii aad codsatay jawaab, waxaan kuu jawaabi doonnaa ugu dambayn { $date }.
feedback-start-intro = Adeeggan u isticmaal inaad u mahadceliso shaqaale, aad ammaanto adeeg, ama aad soo jeediso sida aan u hagaajin karno.
feedback-start-complaint = Haddii aadan ku faraxsanayn wax aan samaynay, halkii cabasho soo gudbi si aan u saxno.
feedback-start-time = Waxay qaadanaysaa qiyaastii 2 daqiiqo.

feedback-kind-title = Maxaad rabtaa inaad na siiso?
feedback-kind-label = Maxaad rabtaa inaad na siiso?
feedback-kind-summary = Nooca
feedback-kind-compliment = Ammaan
feedback-kind-suggestion = Talo
feedback-kind-other = Ra'yi kale
feedback-kind-error-required = Dooro waxa aad rabto inaad na siiso

feedback-service-title = Adeeggee ayay ku saabsan tahay?
feedback-service-area-label = Adeeggee ayay ku saabsan tahay?
feedback-service-area-summary = Adeegga
feedback-service-area-housing = Guriyeynta
feedback-service-area-waste = Qashinka, dib-u-warshadaynta iyo nadiifinta waddooyinka
feedback-service-area-council-tax = Canshuurta Golaha (Council Tax)
feedback-service-area-parking = Baarkinka
feedback-service-area-planning = Qorsheynta iyo xakamaynta dhismaha
feedback-service-area-social-care = Daryeelka bulshada
feedback-service-area-libraries = Maktabadaha
feedback-service-area-other = Wax kale
feedback-service-area-error-required = Dooro adeegga ay ku saabsan tahay

feedback-message-title = Maxaad rabtaa inaad noo sheegto?
feedback-message-label = Maxaad rabtaa inaad noo sheegto?
feedback-message-summary = Ra'yigaaga
feedback-message-error-required = Geli waxa aad rabto inaad noo sheegto
feedback-message-error-too-long = Ra'yigaagu waa inuu ahaadaa { $max } xaraf ama ka yar

feedback-reply-title = Ma rabtaa jawaab?
feedback-wants-reply-label = Ma rabtaa jawaab?
feedback-wants-reply-summary = Jawaab la rabo
feedback-wants-reply-error-required = Dooro “Haa” haddii aad rabto jawaab

feedback-contact-title = Waa maxay ciwaanka iimaylkaagu?
feedback-email-label = Waa maxay ciwaanka iimaylkaagu?
feedback-email-summary = Ciwaanka iimaylka
feedback-email-error-required = Geli ciwaanka iimaylkaaga
feedback-email-error-invalid = Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com

feedback-next-steps = Waad ku mahadsan tahay. Ammaan kasta waxaan la wadaagnaa kooxda ay ku saabsan tahay.
