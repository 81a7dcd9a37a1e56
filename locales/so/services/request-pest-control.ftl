pest-title = Codso xakamaynta cayayaanka iyo jiirka
pest-summary = Hel caawimo haddii ay gurigaaga ku jiraan jiirar waaweyn, jiirar yaryar, baranbaro, kudka sariirta ama shinnida qaniinta (wasps).
pest-keywords = jiir jiirar baranbaro kudka sariirta shinni qaniinta rugta shinnida cayayaan faafid rats mice vermin cockroaches bedbugs wasps nest infestation pest control
pest-standard = Waxaan kula soo xiriiri doonnaa ugu dambayn { $date } si aan u ballamino booqasho.
pest-start-intro = Adeeggan u isticmaal inaad codsato in sarkaal xakamaynta cayayaanka uu booqdo gurigaaga.
pest-start-cost = Daaweyntu waxay ku kacaysaa { MONEY(60) }. Waa lacag la'aan haddii aad hesho Gunnada Guud (Universal Credit), Gunnada Hawlgabka (Pension Credit) ama Dhimista Canshuurta Golaha (Council Tax Reduction).
pest-start-time = Waxay qaadanaysaa qiyaastii 3 daqiiqo.
pest-start-need = Waxaad u baahan doontaa:
pest-start-need-address = ciwaankaaga
pest-start-need-email = ciwaan iimayl

pest-pest-title = Waa nooceebaa cayayaanku ama xayawaanku?
pest-pest-label = Waa nooceebaa cayayaanku ama xayawaanku?
pest-pest-summary = Cayayaanka ama xayawaanka
pest-pest-rats = Jiirar waaweyn
pest-pest-mice = Jiirar yaryar
pest-pest-cockroaches = Baranbaro
pest-pest-bedbugs = Kudka sariirta (bedbugs)
pest-pest-wasps = Shinnida qaniinta (wasps)
pest-pest-other = Wax kale
pest-pest-error-required = Dooro nooca cayayaanka ama xayawaanka

pest-where-title = Xaggee ayaad ku aragtay?
pest-where-label = Xaggee ayaad ku aragtay?
pest-where-summary = Meesha
pest-where-inside = Gudaha gurigayga
pest-where-garden = Beerta gurigayga
pest-where-shared-area = Meel la wadaago, sida jaranjarada ama meesha weelasha qashinka
pest-where-error-required = Dooro meesha aad ku aragtay

pest-address-title = Waa maxay ciwaankaagu?
pest-address-label = Waa maxay ciwaankaagu?
pest-address-hint = Geli koodhka boostadaada oo dooro “Raadi ciwaanka”, ama adigu qor ciwaankaaga.
pest-address-summary = Ciwaanka
pest-address-error-required = Geli ciwaankaaga

pest-benefits-title = Ma heshaa Gunnada Guud (Universal Credit), Gunnada Hawlgabka (Pension Credit) ama Dhimista Canshuurta Golaha (Council Tax Reduction)?
pest-benefits-label = Ma heshaa Gunnada Guud (Universal Credit), Gunnada Hawlgabka (Pension Credit) ama Dhimista Canshuurta Golaha (Council Tax Reduction)?
pest-benefits-hint = Haddii aad hesho, daaweyntu waa lacag la'aan.
pest-benefits-summary = Helitaanka gunno
pest-benefits-error-required = Dooro “Haa” haddii aad hesho Gunnada Guud (Universal Credit), Gunnada Hawlgabka (Pension Credit) ama Dhimista Canshuurta Golaha (Council Tax Reduction)

pest-contact-title = Sidee ayaan kuula soo xiriiri karnaa?
pest-email-label = Ciwaanka iimaylka
pest-email-hint = Tixraacaaga iyo warar cusub waxaan u diri doonnaa ciwaankan
pest-email-summary = Ciwaanka iimaylka
pest-email-error-required = Geli ciwaanka iimaylkaaga
pest-email-error-invalid = Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com
pest-phone-label = Lambarka taleefanka (ikhtiyaari)
pest-phone-summary = Lambarka taleefanka
pest-phone-error-invalid = Geli lambar taleefan oo UK ah, sida 01632 960 001 ama 07700 900 982

pest-next-steps = Sarkaal xakamaynta cayayaanka ayaa ku soo wici doona ama iimayl kuugu soo diri doona si uu kuula ballamo booqasho.
