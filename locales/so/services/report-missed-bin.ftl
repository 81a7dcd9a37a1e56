missed-bin-title = Soo sheeg qashin aan laga qaadin
missed-bin-summary = Noo sheeg haddii aanan faaruqin weelkaaga qashinka maalintii qaadista.
missed-bin-standard = Waxaan dib u iman doonnaa si aan u qaadno qashinkaaga ugu dambayn { $date }.
missed-bin-start-intro = Adeeggan u isticmaal inaad noo sheegto haddii aanan qaadin qashinkaaga, dib-u-warshadayntaada, qashinka cuntada ama qashinka beerta maalintaada caadiga ah.
missed-bin-start-need = Waxaad u baahan doontaa:
missed-bin-start-need-address = ciwaanka laga qaadayo
missed-bin-start-need-date = taariikhda aan laga qaadin weelkaaga
missed-bin-start-need-email = ciwaan iimayl, si aan kuu siinno warar cusub
missed-bin-start-time = Waxay qaadanaysaa qiyaastii 3 daqiiqo.
missed-bin-start-limit = Waxaad soo sheegi kartaa oo keliya qaadis laga tagay 14-kii maalmood ee la soo dhaafay.

missed-bin-address-title = Waa maxay ciwaanka laga qaadayo?
missed-bin-postcode-label = Koodhka boostada
missed-bin-postcode-hint = Tusaale ahaan, SE1 2QH
missed-bin-postcode-summary = Koodhka boostada
missed-bin-postcode-error-required = Geli koodhka boostada ee meesha laga qaadayo
missed-bin-postcode-error-invalid = Geli koodh boosto oo UK ah oo dhammaystiran, sida SE1 2QH
missed-bin-address-line-1-label = Lambarka ama magaca guriga, iyo waddada
missed-bin-address-line-1-hint = Tusaale ahaan, 12 Peckham Road
missed-bin-address-line-1-summary = Ciwaanka
missed-bin-address-line-1-error-required = Geli lambarka ama magaca guriga, iyo waddada
missed-bin-address-line-1-error-too-long = Lambarka ama magaca guriga, iyo waddadu waa inay ahaadaan { $max } xaraf ama ka yar

missed-bin-which-bin-title = Weelkee ayaan ka tagnay?
missed-bin-bin-label = Weelkee ayaan ka tagnay?
missed-bin-bin-summary = Weelka
missed-bin-bin-rubbish = Qashinka caadiga ah
missed-bin-bin-recycling = Dib-u-warshadaynta
missed-bin-bin-food-waste = Qashinka cuntada
missed-bin-bin-garden-waste = Qashinka beerta
missed-bin-bin-error-required = Dooro weelka aan ka tagnay

missed-bin-date-title = Goorma ayaan ka tagnay weelkaaga?
missed-bin-date-label = Goorma ayaan ka tagnay weelkaaga?
missed-bin-date-hint = Tusaale ahaan, 20 11 2026
missed-bin-date-summary = Taariikhda laga tagay
missed-bin-date-error-required = Geli taariikhda aan ka tagnay weelkaaga
missed-bin-date-error-incomplete = Taariikhda aan ka tagnay weelkaaga waa inay lahaataa { $missing ->
    [day] maalin
    [month] bil
    [year] sannad
    [day-month] maalin iyo bil
    [day-year] maalin iyo sannad
   *[month-year] bil iyo sannad
  }
missed-bin-date-error-invalid = Taariikhda aan ka tagnay weelkaaga waa inay noqotaa taariikh jirta
missed-bin-date-error-year-digits = Sannadku waa inuu lahaadaa 4 lambar
missed-bin-date-error-future = Taariikhda aan ka tagnay weelkaaga waa inay noqotaa maanta ama wakhti tagay
missed-bin-date-error-too-old = Taariikhda aan ka tagnay weelkaaga waa inay ku jirtaa { $days }-ka maalmood ee la soo dhaafay

missed-bin-more-information-title = Ma jiraa wax kale oo ay tahay inaan ogaanno?
missed-bin-more-information-label = Ma jiraa wax kale oo ay tahay inaan ogaanno? (ikhtiyaari)
missed-bin-more-information-hint = Tusaale ahaan, meesha aad dhigtay weelka ama sida loo gaaro
missed-bin-more-information-summary = Wax kale
missed-bin-more-information-error-too-long = Waxa kale ee ay tahay inaan ogaanno waa inay ahaadaan { $max } xaraf ama ka yar

missed-bin-contact-title = Sidee ayaan kuula soo xiriiri karnaa?
missed-bin-email-label = Ciwaanka iimaylka
missed-bin-email-hint = Tixraacaaga iyo warar cusub waxaan u diri doonnaa ciwaankan
missed-bin-email-summary = Ciwaanka iimaylka
missed-bin-email-error-required = Geli ciwaanka iimaylkaaga
missed-bin-email-error-invalid = Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com
missed-bin-phone-label = Lambarka taleefanka (ikhtiyaari)
missed-bin-phone-hint = Lambar UK ah, sida 07700 900 982
missed-bin-phone-summary = Lambarka taleefanka
missed-bin-phone-error-invalid = Geli lambar taleefan oo UK ah, sida 01632 960 001 ama 07700 900 982

missed-bin-next-steps = Waxaan dib u iman doonnaa si aan u qaadno qashinkaaga. Wax kale uma baahnid inaad samayso.
missed-bin-next-steps-leave-out = Fadlan weelkaaga dibadda ku dhaaf ilaa aan ka qaadno.
