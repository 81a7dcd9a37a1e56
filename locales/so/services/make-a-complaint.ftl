complaint-title = Soo gudbi cabasho
complaint-summary = Noo sheeg haddii aan wax khalad ah samaynay ama aadan ku faraxsanayn adeeg golaha.
complaint-keywords = cabasho ka cabo aan faraxsanayn dhibaato adeeg xun heerka 1 complain unhappy problem bad service stage 1
complaint-standard = Cabashadaada waxaan uga jawaabi doonnaa ugu dambayn { $date }.
complaint-start-intro = Adeeggan u isticmaal inaad ka cabato adeeg golaha ama wax uu sameeyay shaqaale.
complaint-start-timescale = Waxaan kuu sheegi doonnaa inaan helnay cabashadaada 3 maalmood oo shaqo gudahood, waxaana kuu jawaabi doonnaa 15 maalmood oo shaqo gudahood.
complaint-start-time = Waxay qaadanaysaa qiyaastii 5 daqiiqo.
complaint-start-need = Waxaad u baahan doontaa:
complaint-start-need-what = inaad noo sheegto waxa dhacay iyo waxa aad rabto inaan samayno
complaint-start-need-contact = magacaaga iyo ciwaanka iimaylkaaga

complaint-service-title = Cabashadaadu adeeggee ayay ku saabsan tahay?
complaint-service-area-label = Cabashadaadu adeeggee ayay ku saabsan tahay?
complaint-service-area-summary = Adeegga
complaint-service-area-housing = Guriyeynta
complaint-service-area-waste = Qashinka, dib-u-warshadaynta iyo nadiifinta waddooyinka
complaint-service-area-council-tax = Canshuurta Golaha (Council Tax)
complaint-service-area-parking = Baarkinka
complaint-service-area-planning = Qorsheynta iyo xakamaynta dhismaha
complaint-service-area-social-care = Daryeelka bulshada
complaint-service-area-libraries = Maktabadaha
complaint-service-area-other = Wax kale
complaint-service-area-error-required = Dooro adeegga ay cabashadaadu ku saabsan tahay

complaint-what-happened-title = Maxaa dhacay?
complaint-details-label = Maxaa dhacay?
complaint-details-hint = Noo sheeg waxa khaldamay, goorta ay dhacday iyo qofka aad la macaamishay, haddii aad taqaan.
complaint-details-summary = Waxa dhacay
complaint-details-error-required = Geli waxa dhacay
complaint-details-error-too-long = Waxa dhacay waa inay ahaadaan { $max } xaraf ama ka yar

complaint-put-right-title = Maxaad rabtaa inaan samayno si aan arrinta u saxno?
complaint-outcome-label = Maxaad rabtaa inaan samayno si aan arrinta u saxno?
complaint-outcome-hint = Tusaale ahaan, raalli-gelin, sharraxaad, ama wax la qabto
complaint-outcome-summary = Waxa aad rabto inaan samayno
complaint-outcome-error-required = Geli waxa aad rabto inaan samayno si aan arrinta u saxno
complaint-outcome-error-too-long = Waxa aad rabto inaan samayno waa inay ahaadaan { $max } xaraf ama ka yar

complaint-earlier-reference-title = Ma haysaa lambar tixraac oo aan ku siinnay? (ikhtiyaari)
complaint-earlier-reference-label = Ma haysaa lambar tixraac oo aan ku siinnay? (ikhtiyaari)
complaint-earlier-reference-hint = Haddii aad horay nagala soo xiriirtay arrintan, geli tixraacii aan ku siinnay.
complaint-earlier-reference-summary = Tixraacii hore
complaint-earlier-reference-error-too-long = Tixraacu waa inuu ahaadaa { $max } xaraf ama ka yar

complaint-contact-title = Faahfaahintaada
complaint-full-name-label = Magaca oo buuxa
complaint-full-name-summary = Magaca
complaint-full-name-error-required = Geli magacaaga oo buuxa
complaint-full-name-error-too-long = Magaca oo buuxa waa inuu ahaadaa { $max } xaraf ama ka yar
complaint-email-label = Ciwaanka iimaylka
complaint-email-hint = Jawaabtayada waxaan u diri doonnaa ciwaankan
complaint-email-summary = Ciwaanka iimaylka
complaint-email-error-required = Geli ciwaanka iimaylkaaga
complaint-email-error-invalid = Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com
complaint-phone-label = Lambarka taleefanka (ikhtiyaari)
complaint-phone-summary = Lambarka taleefanka
complaint-phone-error-invalid = Geli lambar taleefan oo UK ah, sida 01632 960 001 ama 07700 900 982

complaint-next-steps = 3 maalmood oo shaqo gudahood, waxaan iimayl kuugu soo diri doonnaa si aan kuugu sheegno qofka baaraya cabashadaada.
complaint-next-steps-leave-out = Haddii aadan ku faraxsanayn jawaabtayada, waxaad codsan kartaa in cabashadaadu u gudubto heerka 2. Cabashooyinka heerka 2 waxaan uga jawaabnaa 25 maalmood oo shaqo gudahood.
