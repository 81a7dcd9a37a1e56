repair-title = Soo sheeg dayactir loo baahan yahay gurigaaga golaha
repair-summary = Noo sheeg wax u baahan in la hagaajiyo gurigaaga golaha.
repair-keywords = dayactir guri daadasho biyo qoyaan caaryaan jaban kiraystaha guri housing repairs leak damp mould broken tenant home
repair-standard = Waxaan kula soo xiriiri doonnaa ugu dambayn { $date } si aan u diyaarinno dayactirka.
repair-start-intro = Adeeggan isticmaal haddii aad gurigaaga ka kiraysato golaha.
repair-start-emergency = Haddii ay jirto xaalad degdeg ah, sida urta gaaska, fatahaad biyo ama koronto dhimbiil sii deynaysa, ha isticmaalin foomkan. Su'aasha ugu horreysa ayaa kuu sheegaysa qofka aad wacayso.
repair-start-time = Waxay qaadanaysaa qiyaastii 5 daqiiqo.
repair-start-need = Waxaad u baahan doontaa:
repair-start-need-room = inaad ogaato qolka ay dhibaatadu ku jirto
repair-start-need-problem = sharraxaad gaaban oo ku saabsan dhibaatada
repair-start-need-contact = lambar taleefan ama ciwaan iimayl, ama labadaba

repair-danger-title = Ma jiraa mid ka mid ah kuwan oo hadda dhacaya?
repair-danger-label = Ma jiraa mid ka mid ah kuwan oo hadda dhacaya?
repair-danger-hint = Tan ayaan marka hore weydiinnaa si aan isla markiiba kuu caawinno haddii ay xaalad degdeg ah tahay.
repair-danger-summary = Xaalad degdeg ah
repair-danger-none = Maya, midkoodna
repair-danger-gas-smell = Waxaan urinayaa gaas
repair-danger-flooding = Biyo ayaa gurigayga fatahaad ku ah
repair-danger-electrics = Korontada ayaa dhimbiil ama qiiq sii deynaysa
repair-danger-error-required = Dooro haddii mid ka mid ah kuwan uu hadda dhacayo

repair-gas-title = Ka bax dhismaha oo hadda wac 0800 111 999
repair-gas-body = Wac Adeegga Gurmadka Gaaska Qaranka (National Gas Emergency Service) 0800 111 999. Waa lacag la'aan, wuxuuna furan yahay 24 saac maalintii.

    Ha isticmaalin furayaasha nalka ama wax koronto ah. Ha cabbin sigaar, hana isticmaalin olol furan. Fur albaabbada iyo daaqadaha haddii aad si ammaan ah u samayn karto.

    Markaad nabad ku jirto, nagala soo wac 020 7946 0999 si aan kuu caawinno.

repair-emergency-title = Hadda wac khadkayaga dayactirka degdegga ah
repair-emergency-body = Hadda wac 020 7946 0999. Wuxuu furan yahay 24 saac maalintii, maalin kasta.

    Haddii aad si ammaan ah u samayn karto, ka xir biyaha tuubada weyn (stopcock), ama ka dami korontada sanduuqa fiyuuska.

    Haddii qof khatar ku jiro, wac 999.

repair-room-title = Xaggee bay dhibaatadu ku jirtaa?
repair-room-label = Xaggee bay dhibaatadu ku jirtaa?
repair-room-summary = Meesha
repair-room-kitchen = Jikada
repair-room-bathroom = Musqusha ama suuliga
repair-room-bedroom = Qolka jiifka
repair-room-living-room = Qolka fadhiga
repair-room-outside = Dibadda, sida beerta, albaabka ama daaqadda
repair-room-other = Meel kale
repair-room-error-required = Dooro meesha ay dhibaatadu ku jirto
repair-room-other-label = Xaggee bay ku jirtaa?
repair-room-other-summary = Meel kale
repair-room-other-error-required = Geli meesha ay dhibaatadu ku jirto
repair-room-other-error-too-long = Meesha dhibaatadu ku jirto waa inay ahaataa { $max } xaraf ama ka yar

repair-problem-title = Waa maxay dhibaatadu?
repair-problem-label = Waa maxay dhibaatadu?
repair-problem-hint = Tusaale ahaan, waxa jabay, goorta ay bilaabatay iyo haddii ay sii xumaanayso
repair-problem-summary = Dhibaatada
repair-problem-error-required = Geli waxa dhibaatadu tahay
repair-problem-error-too-long = Dhibaatadu waa inay ahaataa { $max } xaraf ama ka yar

repair-mould-title = Ma jiraa qoyaan ama caaryaan?
repair-mould-label = Ma jiraa qoyaan ama caaryaan?
repair-mould-hint = Qoyaanka iyo caaryaanku waxay waxyeello u geysan karaan caafimaadkaaga. Waxaan u qaadnaa mudnaan.
repair-mould-summary = Qoyaan ama caaryaan
repair-mould-error-required = Dooro “Haa” haddii uu jiro qoyaan ama caaryaan

repair-access-title = Goorma ayaan geli karnaa gurigaaga?
repair-access-label = Goorma ayaan geli karnaa gurigaaga?
repair-access-summary = Gelitaanka
repair-access-any-time = Wakhti kasta, 8:00 subaxnimo ilaa 6:00 fiidnimo
repair-access-mornings = Subaxda oo keliya, 8:00 subaxnimo ilaa 1:00 duhurnimo
repair-access-afternoons = Galabta oo keliya, 1:00 duhurnimo ilaa 6:00 fiidnimo
repair-access-error-required = Dooro goorta aan geli karno gurigaaga

repair-contact-title = Sidee ayaan kuula soo xiriiri karnaa?
repair-contact-error-one-of = Geli ciwaan iimayl ama lambar taleefan, si aan kaala soo xiriirno dayactirka
repair-email-label = Ciwaanka iimaylka
repair-email-hint = Na sii ciwaan iimayl, lambar taleefan, ama labadaba. Tixraacaaga iyo warar cusub waxaan kuugu soo diri doonnaa iimayl.
repair-email-summary = Ciwaanka iimaylka
repair-email-error-required = Geli ciwaanka iimaylkaaga
repair-email-error-invalid = Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com
repair-phone-label = Lambarka taleefanka
repair-phone-hint = Waan ku soo wici doonnaa si aan u ballamino wakhti
repair-phone-summary = Lambarka taleefanka
repair-phone-error-required = Geli lambar taleefan si aan u diyaarinno dayactirka
repair-phone-error-invalid = Geli lambar taleefan oo UK ah, sida 01632 960 001 ama 07700 900 982

repair-next-steps = Sarkaal dayactir ayaa ku soo wici doona si uu kuula ballamo wakhti uu imanayo.
