spd-title = Codso dhimista qofka keliya ee Canshuurta Golaha (Council Tax)
spd-summary = Hel 25% dhimis ah Canshuurta Golaha (Council Tax) haddii aad tahay qofka weyn ee keliya ee gurigaaga ku nool.
spd-keywords = canshuurta golaha dhimis qof keliya kaligay ku nool kaligaa 25 boqolkiiba dhimid council tax discount single person live alone 25 percent reduction
spd-standard = Waxaan kuu sheegi doonnaa go'aankayaga ugu dambayn { $date }.
spd-start-intro = Waxaad heli kartaa 25% dhimis ah biilka Canshuurta Golaha (Council Tax) haddii aad tahay qofka weyn ee keliya (da'diisu tahay 18 ama ka weyn) ee gurigaaga ku nool.
spd-start-time = Waxay qaadanaysaa qiyaastii 3 daqiiqo.
spd-start-need = Waxaad u baahan doontaa:
spd-start-need-account = lambarka akoonkaaga Canshuurta Golaha (Council Tax), oo ku qoran biilkaaga
spd-start-need-date = taariikhda aad bilowday inaad kaligaa ku noolaato
spd-start-need-contact = ciwaan iimayl

spd-account-title = Waa maxay lambarka akoonkaaga Canshuurta Golaha (Council Tax)?
spd-account-number-label = Waa maxay lambarka akoonkaaga Canshuurta Golaha (Council Tax)?
spd-account-number-hint = Waa 8 lambar, oo ku yaal xagga sare ee biilkaaga.
spd-account-number-summary = Lambarka akoonka
spd-account-number-error-required = Geli lambarka akoonkaaga Canshuurta Golaha (Council Tax)
spd-account-number-error-too-long = Lambarka akoonku waa inuu ahaadaa { $max } xaraf ama ka yar
spd-account-number-error-pattern = Geli lambarka akoonkaaga oo ah 8 lambar, sida 12345678

spd-address-title = Waa maxay ciwaanka guriga?
spd-postcode-label = Koodhka boostada
spd-postcode-hint = Tusaale ahaan, SE1 2QH
spd-postcode-summary = Koodhka boostada
spd-postcode-error-required = Geli koodhka boostada
spd-postcode-error-invalid = Geli koodh boosto oo UK ah oo dhammaystiran, sida SE1 2QH
spd-address-line-1-label = Lambarka ama magaca guriga, iyo waddada
spd-address-line-1-summary = Ciwaanka
spd-address-line-1-error-required = Geli lambarka ama magaca guriga, iyo waddada
spd-address-line-1-error-too-long = Lambarka ama magaca guriga, iyo waddadu waa inay ahaadaan { $max } xaraf ama ka yar

spd-adults-title = Immisa qof oo weyn ayaa guriga ku nool, adiga oo ku jira?
spd-adults-label = Immisa qof oo weyn ayaa guriga ku nool, adiga oo ku jira?
spd-adults-hint = Tiri qof kasta oo 18 jir ama ka weyn oo halkaas ku nool wakhtiga intiisa badan.
spd-adults-summary = Dadka waaweyn ee halkaas ku nool
spd-adults-error-required = Geli inta qof oo weyn ee guriga ku nool
spd-adults-error-invalid = Geli tirada dadka waaweyn oo ah lambar dhan, sida 1
spd-adults-error-too-small = Tirada dadka waaweyn waa inay ahaataa { $min } ama ka badan
spd-adults-error-too-large = Tirada dadka waaweyn waa inay ahaataa { $max } ama ka yar

spd-not-eligible-title = Ma heli kartid dhimista qofka keliya
spd-not-eligible-body = Dhimistu waxay u tahay oo keliya guryaha uu ku nool yahay hal qof oo weyn.

    Weli waxaa laga yaabaa inaad hesho dhimis haddii qof gurigaaga ku nool uu yahay arday waqti-buuxa ah, daryeele (carer), ama uu qabo naafonimo maskaxeed oo culus. Nagala soo wac 020 7946 0000 si aad u ogaato.

spd-since-title = Goormaad bilowday inaad kaligaa ku noolaato?
spd-since-label = Goormaad bilowday inaad kaligaa ku noolaato?
spd-since-hint = Tusaale ahaan, 1 9 2026
spd-since-summary = Kaligaa ku nool tan iyo
spd-since-error-required = Geli taariikhda aad bilowday inaad kaligaa ku noolaato
spd-since-error-incomplete = Taariikhda aad bilowday inaad kaligaa ku noolaato waa inay lahaataa { $missing ->
    [day] maalin
    [month] bil
    [year] sannad
    [day-month] maalin iyo bil
    [day-year] maalin iyo sannad
   *[month-year] bil iyo sannad
  }
spd-since-error-invalid = Taariikhda aad bilowday inaad kaligaa ku noolaato waa inay noqotaa taariikh jirta
spd-since-error-year-digits = Sannadku waa inuu lahaadaa 4 lambar
spd-since-error-future = Taariikhda aad bilowday inaad kaligaa ku noolaato waa inay noqotaa maanta ama wakhti tagay
spd-since-error-too-early = Taariikhda aad bilowday inaad kaligaa ku noolaato waa inay noqotaa { $date } ama ka dib

spd-moved-out-title = Qof kale oo weyn ma kula noolaa, oo ma ka guuray 3-dii bilood ee la soo dhaafay?
spd-moved-out-label = Qof kale oo weyn ma kula noolaa, oo ma ka guuray 3-dii bilood ee la soo dhaafay?
spd-moved-out-hint = Tusaale ahaan, lammaane, ilmo weynaaday ama qof kiraysta qol (lodger).
spd-moved-out-summary = Qof kale oo weyn ayaa dhawaan ka guuray
spd-moved-out-error-required = Dooro “Haa” haddii qof kale oo weyn uu ka guuray 3-dii bilood ee la soo dhaafay

spd-proof-title = Soo rar caddayn inaad ciwaanka ku nooshahay
spd-proof-label = Soo rar caddayn inaad ciwaanka ku nooshahay
spd-proof-hint = Biil, warqadda bangiga ama warqad ka timid 3-dii bilood ee la soo dhaafay, oo ay ku qoran yihiin magacaaga iyo ciwaankan. Sawir laga qaaday sidoo kale waa la aqbalayaa.
spd-proof-summary = Caddaynta ciwaanka
spd-proof-error-required = Soo rar caddayn inaad ciwaanka ku nooshahay

spd-moved-out-proof-title = Soo rar caddayn inuu qofkaasi ka guuray
spd-moved-out-proof-label = Soo rar caddayn inuu qofkaasi ka guuray
spd-moved-out-proof-hint = Tusaale ahaan, heshiiska kirada cusub ee qofkaas, ama warqad loogu diray ciwaankiisa cusub.
spd-moved-out-proof-summary = Caddayn inuu ka guuray
spd-moved-out-proof-error-required = Soo rar caddayn in qofka kale ee weyn uu ka guuray

spd-contact-title = Faahfaahintaada
spd-full-name-label = Magaca oo buuxa
spd-full-name-summary = Magaca
spd-full-name-error-required = Geli magacaaga oo buuxa
spd-full-name-error-too-long = Magaca oo buuxa waa inuu ahaadaa { $max } xaraf ama ka yar
spd-email-label = Ciwaanka iimaylka
spd-email-hint = Go'aankayaga waxaan u diri doonnaa ciwaankan
spd-email-summary = Ciwaanka iimaylka
spd-email-error-required = Geli ciwaanka iimaylkaaga
spd-email-error-invalid = Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com

spd-next-steps = Haddii aan ku siinno dhimista, waxaan kuu soo diri doonnaa biil cusub. Noo sheeg haddii qof kale oo weyn uu soo guuro.
