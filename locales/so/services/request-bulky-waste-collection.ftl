bulky-title = Ballan u qabso qaadista qashinka waaweyn
bulky-summary = Naga codso inaan gurigaaga ka qaadno alaab waaweyn, sida alaabta guriga iyo qaboojiyeyaasha.
bulky-keywords = alaab guri kursi fadhi qaboojiye furaash alaab waaweyn qaadis furniture sofa fridge mattress large items collection bulky waste
bulky-standard = Waxaan kuu sheegi doonnaa maalinta qaadista ugu dambayn { $date }.
bulky-start-intro = Adeeggan u isticmaal inaad ballan u qabsato qaadista ilaa 10 shay oo waaweyn oo guriga ah.
bulky-start-cost = Qaadistu waxay ku kacaysaa { MONEY(25) } ilaa 3 shay, iyo { MONEY(5) } shay kasta oo dheeraad ah. Waa lacag la'aan haddii aad hesho Dhimista Canshuurta Golaha (Council Tax Reduction). Waxaan kuu sheegi doonnaa sida aad u bixinayso.
bulky-start-time = Waxay qaadanaysaa qiyaastii 3 daqiiqo.
bulky-start-need = Waxaad u baahan doontaa:
bulky-start-need-items = liiska alaabta
bulky-start-need-address = ciwaanka laga qaadayo
bulky-start-need-email = ciwaan iimayl

bulky-items-title = Maxaad u baahan tahay inaan qaadno?
bulky-items-label = Maxaad u baahan tahay inaan qaadno?
bulky-items-hint = Hal shay mar ku dar, sida kursi fadhi ama qaboojiye. Waxaad ballan u qabsan kartaa ilaa 10 shay. Ma qaadno burburka dhismaha, qaybaha baabuurta ama qashinka beerta.
bulky-items-summary = Alaabta
bulky-items-add = Ku dar shay
bulky-items-error-required = Geli shay aad u baahan tahay inaan qaadno
bulky-items-error-too-long = Shay kastaa waa inuu ahaadaa { $max } xaraf ama ka yar
bulky-items-error-too-many = Hal qaadis waxaad ballan u qabsan kartaa ilaa { $max } shay

bulky-address-title = Xaggee ayaan ka qaadnaa?
bulky-address-label = Xaggee ayaan ka qaadnaa?
bulky-address-hint = Geli koodhka boostada oo dooro “Raadi ciwaanka”, ama adigu qor ciwaanka.
bulky-address-summary = Ciwaanka laga qaadayo
bulky-address-error-required = Geli ciwaanka aan ka qaadayno

bulky-contact-title = Sidee ayaan kuula soo xiriiri karnaa?
bulky-email-label = Ciwaanka iimaylka
bulky-email-hint = Maalinta qaadista waxaan u diri doonnaa ciwaankan
bulky-email-summary = Ciwaanka iimaylka
bulky-email-error-required = Geli ciwaanka iimaylkaaga
bulky-email-error-invalid = Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com
bulky-phone-label = Lambarka taleefanka (ikhtiyaari)
bulky-phone-hint = Haddii kooxdayadu u baahato inay kula soo xiriirto maalinta qaadista
bulky-phone-summary = Lambarka taleefanka
bulky-phone-error-invalid = Geli lambar taleefan oo UK ah, sida 01632 960 001 ama 07700 900 982

bulky-next-steps = Alaabta dhig gurigaaga dibaddiisa ka hor 7:00 subaxnimo maalinta qaadista. Ha dhigin jidka lugeed ka hor fiidka maalinta ka horreysa qaadista.
