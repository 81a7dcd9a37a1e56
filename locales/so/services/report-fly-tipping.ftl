fly-tipping-title = Soo sheeg qashin si sharci-darro ah loo daadiyay
fly-tipping-summary = Noo sheeg qashin lagu daadiyay waddo, jid lugeed ama meel kale oo dadweyne.
fly-tipping-keywords = qashin la daadiyay qashin-qub wasakh furaash daadin dumped rubbish waste litter mattress dumping fly-tipping
fly-tipping-standard = Waan nadiifin doonnaa, ama waxaan kuu sheegi doonnaa waxa aan qabanayno, ugu dambayn { $date }.
fly-tipping-start-intro = Adeeggan u isticmaal inaad soo sheegto qashin lagu daadiyay dhul dadweyne, sida waddo, jid lugeed, beer-nasasho ama luuq.
fly-tipping-start-danger = Ha taaban wax kasta oo khatar noqon kara, sida irbado, kiimikooyin ama asbestos.
fly-tipping-start-time = Waxay qaadanaysaa qiyaastii 3 daqiiqo.
fly-tipping-start-need = Waxaad u baahan doontaa:
fly-tipping-start-need-where = inaad noo sheegto meesha uu qashinku yaal
fly-tipping-start-need-what = inaad noo sheegto nooca qashinka

fly-tipping-where-title = Xaggee buu qashinku yaal?
fly-tipping-location-label = Sharax meesha uu yaal
fly-tipping-location-hint = Tusaale ahaan, 12 Peckham Road hortiisa, meesha baska la sugo agteeda
fly-tipping-location-summary = Meesha
fly-tipping-location-error-required = Geli meesha uu qashinku yaal
fly-tipping-location-error-too-long = Meesha qashinku yaal waa inay ahaataa { $max } xaraf ama ka yar
fly-tipping-postcode-label = Koodhka boostada (ikhtiyaari)
fly-tipping-postcode-hint = Haddii aad taqaan, tusaale ahaan SE1 2QH
fly-tipping-postcode-summary = Koodhka boostada
fly-tipping-postcode-error-invalid = Geli koodh boosto oo UK ah oo dhammaystiran, sida SE1 2QH

fly-tipping-what-title = Maxaa la daadiyay?
fly-tipping-waste-label = Maxaa la daadiyay?
fly-tipping-waste-hint = Dooro dhammaan kuwa ku khuseeya.
fly-tipping-waste-summary = Waxa la daadiyay
fly-tipping-waste-bags = Bacaha qashinka
fly-tipping-waste-furniture = Alaab guri ama furaashyo
fly-tipping-waste-electrical = Qaboojiyeyaal, telefishanno ama alaab kale oo koronto
fly-tipping-waste-building = Burburka dhismaha
fly-tipping-waste-garden = Qashinka beerta
fly-tipping-waste-other = Wax kale
fly-tipping-waste-error-required = Dooro waxa la daadiyay

fly-tipping-photos-title = Ku dar sawirro qashinka la daadiyay (ikhtiyaari)
fly-tipping-photos-label = Ku dar sawirro qashinka la daadiyay (ikhtiyaari)
fly-tipping-photos-hint = Sawirradu waxay kooxdayada ka caawiyaan inay helaan oo nadiifiyaan. Naftaada khatar ha gelin si aad sawirro u qaaddo.
fly-tipping-photos-summary = Sawirro

fly-tipping-dangerous-title = Ma jiraa wax ka mid ah oo khatar noqon kara?
fly-tipping-dangerous-label = Ma jiraa wax ka mid ah oo khatar noqon kara?
fly-tipping-dangerous-hint = Tusaale ahaan, irbado, kiimikooyin, dhalooyin gaas ama asbestos
fly-tipping-dangerous-summary = Khatar noqon kara
fly-tipping-dangerous-error-required = Dooro “Haa” haddii wax ka mid ah ay khatar noqon karaan

fly-tipping-seen-title = Goormaad aragtay?
fly-tipping-seen-label = Goormaad aragtay?
fly-tipping-seen-hint = Tusaale ahaan, 20 11 2026
fly-tipping-seen-summary = Taariikhda la arkay
fly-tipping-seen-error-required = Geli taariikhda aad aragtay qashinka
fly-tipping-seen-error-incomplete = Taariikhda aad aragtay qashinka waa inay lahaataa { $missing ->
    [day] maalin
    [month] bil
    [year] sannad
    [day-month] maalin iyo bil
    [day-year] maalin iyo sannad
   *[month-year] bil iyo sannad
  }
fly-tipping-seen-error-invalid = Taariikhda aad aragtay qashinka waa inay noqotaa taariikh jirta
fly-tipping-seen-error-year-digits = Sannadku waa inuu lahaadaa 4 lambar
fly-tipping-seen-error-future = Taariikhda aad aragtay qashinka waa inay noqotaa maanta ama wakhti tagay

fly-tipping-contact-title = Waa maxay ciwaanka iimaylkaagu?
fly-tipping-email-label = Waa maxay ciwaanka iimaylkaagu?
fly-tipping-email-hint = Tixraacaaga iyo warar cusub waxaan u diri doonnaa ciwaankan
fly-tipping-email-summary = Ciwaanka iimaylka
fly-tipping-email-error-required = Geli ciwaanka iimaylkaaga
fly-tipping-email-error-invalid = Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com

fly-tipping-next-steps = Koox nadiifisa waddooyinka ayaa hubin doonta qashinka oo nadiifin doonta. Haddii aan helno caddayn ku saabsan qofka daadiyay, waxaa laga yaabaa inaan tallaabo ka qaadno.
