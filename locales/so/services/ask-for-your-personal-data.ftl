sar-title = Weydiiso xogta shakhsiga ah ee aan kaa hayno
sar-summary = Hel nuqul ka mid ah macluumaadka golaha uu kaa hayo.
sar-keywords = codsiga xogta shakhsiga ilaalinta xogta diiwaannadayda macluumaadka shakhsiga ah subject access request sar gdpr data protection my records personal information
sar-standard = Macluumaadkaaga waxaan kuu soo diri doonnaa ugu dambayn { $date }. Tani waa hal bil, sida sharcigu dalbanayo.
sar-start-intro = Waxaad xaq u leedahay nuqul ka mid ah macluumaadka shakhsiga ah ee golaha uu kaa hayo. Waa lacag la'aan.
sar-start-time = Waxay qaadanaysaa qiyaastii 5 daqiiqo.
sar-start-need = Waxaad u baahan doontaa:
sar-start-need-details = magacaaga iyo taariikhda dhalashadaada, si aan u helno diiwaannadaada
sar-start-need-contact = ciwaan iimayl

sar-whose-title = Macluumaadka qofkee ayaad rabtaa?
sar-whose-label = Macluumaadka qofkee ayaad rabtaa?
sar-whose-summary = Macluumaadka qofkee
sar-whose-mine = Kayga
sar-whose-someone-else = Qof kale
sar-whose-error-required = Dooro macluumaadka qofka aad rabto

sar-someone-else-title = Waa inaad nala soo xiriirtaa si aad u weydiisato macluumaadka qof kale
sar-someone-else-body = Si aad u hesho macluumaadka qof kale, waxaad u baahan tahay oggolaanshihiisa qoran, ama awood sharci ah sida wakaalad sharci ah (power of attorney).

    Nagala soo wac 020 7946 0000, ama booqo maktabad kasta ama xarun kasta oo adeegga macaamiisha, waxaana kuu sheegi doonnaa waxa aad soo dirayso.

sar-about-you-title = Adiga kugu saabsan
sar-full-name-label = Magaca oo buuxa
sar-full-name-summary = Magaca
sar-full-name-error-required = Geli magacaaga oo buuxa
sar-full-name-error-too-long = Magaca oo buuxa waa inuu ahaadaa { $max } xaraf ama ka yar
sar-date-of-birth-label = Taariikhda dhalashada
sar-date-of-birth-hint = Tusaale ahaan, 27 3 1985
sar-date-of-birth-summary = Taariikhda dhalashada
sar-date-of-birth-error-required = Geli taariikhda dhalashadaada
sar-date-of-birth-error-incomplete = Taariikhda dhalashadu waa inay lahaataa { $missing ->
    [day] maalin
    [month] bil
    [year] sannad
    [day-month] maalin iyo bil
    [day-year] maalin iyo sannad
   *[month-year] bil iyo sannad
  }
sar-date-of-birth-error-invalid = Taariikhda dhalashadu waa inay noqotaa taariikh jirta
sar-date-of-birth-error-year-digits = Sannadku waa inuu lahaadaa 4 lambar
sar-date-of-birth-error-future = Taariikhda dhalashadu waa inay ahaataa wakhti tagay

sar-information-title = Macluumaadkee ayaad rabtaa?
sar-information-label = Macluumaadkee ayaad rabtaa?
sar-information-hint = Tusaale ahaan, faylkaaga guriyeynta, ama iimaylo ku saabsan cabasho. Haddii aad kareyso, sheeg taariikhaha.
sar-information-summary = Macluumaadka la rabo
sar-information-error-required = Geli macluumaadka aad rabto
sar-information-error-too-long = Waxa aad rabto waa inay ahaadaan { $max } xaraf ama ka yar

sar-contact-title = Waa maxay ciwaanka iimaylkaagu?
sar-email-label = Waa maxay ciwaanka iimaylkaagu?
sar-email-hint = Tixraacaaga iyo warar cusub waxaan u diri doonnaa ciwaankan
sar-email-summary = Ciwaanka iimaylka
sar-email-error-required = Geli ciwaanka iimaylkaaga
sar-email-error-invalid = Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com

sar-next-steps = Waxaan kaa codsan doonnaa caddaynta aqoonsigaaga intaanan kuu soo dirin macluumaadkaaga.
