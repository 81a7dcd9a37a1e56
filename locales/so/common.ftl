language-name = Soomaali
council-name = Golaha Degmada Frontdoor
council-phone = 020 7946 0000
council-email = contact@frontdoor.example.gov.uk
skip-link = U gudub qaybta ugu muhiimsan
header-home = Adeegyada golaha
language-switch = Luqadda
language-switch-summary = Luqadda: { $language }
language-unreviewed = Turjumaan xirfad leh weli ma hubin turjumaaddan, sidaa darteed erayada qaarkood way khaldanaan karaan.
language-unreviewed-link = Boggan ku akhri Ingiriisi
footer-accessibility = Sahlanaanta isticmaalka
footer-privacy = Qarsoodiga
footer-cookies = Waxaan isticmaalnaa hal kuki si aan u xasuusanno jawaabahaaga, iyo mid kale si aan u xasuusanno luqaddaada. Ma isticmaalno kukiyada wax raadraaca.

contact-heading = Siyaabo kale oo aad nagula soo xiriiri karto
contact-phone = Taleefan: { $phone }
contact-email = Iimayl: { $email }
contact-hours = Isniin ilaa Jimco, 9:00 subaxnimo ilaa 5:00 galabnimo
contact-in-person = Adiga oo iskaa u imanaya: maktabad kasta ama xarun kasta oo adeegga macaamiisha. Shaqaalaha iyo caawiyayaasha dijitaalka ayaa ku caawin kara.

button-save-detail = Kaydi
button-continue = Sii wad
button-start = Hadda bilow
button-send = Aqbal oo dir
button-find = Hel codsigayga
back-link = Dib u noqo

error-summary-title = Dhibaato ayaa jirta
error-title = Khalad: { $title }
error-prefix = Khalad:
optional = ikhtiyaari

date-day = Maalin
date-month = Bil
date-year = Sannad

character-count-limit = Waxaad qori kartaa ilaa { $max } xaraf
character-count-remaining = { $remaining ->
    [one] Waxaa kuu hadhay { $remaining } xaraf
   *[other] Waxaa kuu hadhay { $remaining } xaraf
  }
character-count-over = { $over ->
    [one] Waxaad qortay { $over } xaraf oo dheeraad ah
   *[other] Waxaad qortay { $over } xaraf oo dheeraad ah
  }

home-title = Maxaad u baahan tahay inaad samayso?
home-intro = Soo sheeg dhibaato, weydiiso adeeg, ama ogow waxa ka socda wax aad horay noogu sheegtay.
home-track = La soco codsi aad horay u dirtay

start-before = Intaadan bilaabin

check-answers-title = Hubi jawaabahaaga intaadan dirin
check-answers-change = Beddel
check-answers-not-given = Lama bixin
check-answers-send-heading = Hadda dir codsigaaga
check-answers-declaration = Markaad tan dirto, waxaad xaqiijinaysaa in macluumaadka aad bixisay ay sax yihiin inta aad ogtahay.

confirmation-title = Codsiga waa la diray
confirmation-reference = Lambarka tixraacaaga
confirmation-keep = Qor lambarka tixraacaaga. Waxaad u baahan doontaa si aad ula socoto codsigaaga, ama haddii aad nagala soo xiriirto.
confirmation-next = Maxaa xiga
confirmation-track = La soco codsigaaga
confirmation-another = Soo sheeg ama weydiiso wax kale

track-title = La soco codsi
track-intro = Geli lambarka tixraaca iyo ciwaanka iimaylka aad na siisay markaad codsigaaga dirtay.
track-reference-label = Lambarka tixraaca
track-reference-hint = Waxaad ka heli kartaa boggaaga xaqiijinta. Wuxuu leeyahay 9 xaraf iyo lambar, sida KX4-P7M-HRT.
track-reference-error-required = Geli lambarka tixraacaaga
track-reference-error-invalid = Geli lambarka tixraaca sidii saxda ahayd ee laguu siiyay, sida KX4-P7M-HRT
track-email-label = Ciwaanka iimaylka
track-email-error-required = Geli ciwaanka iimaylka aad na siisay
track-email-error-invalid = Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com
track-not-found = Ma helin codsi leh lambarkaas tixraaca iyo ciwaankaas iimaylka. Hubi labadaba oo isku day mar kale, ama na soo wac.
track-result-title = Codsigaaga
track-status = Xaaladda
track-status-received = Waa la helay
track-status-acknowledged = Waa la xaqiijiyay in la helay
track-status-in-progress = Waa lagu shaqaynayaa
track-status-waiting-for-resident = Adiga ayaa la sugayaa
track-status-resolved = Waa la xalliyay
track-status-closed = Waa la xiray
track-service = Codsi
track-reference = Lambarka tixraaca
track-sent-on = Taariikhda la diray
track-act-by = Waxaan wax ka qaban doonnaa ugu dambayn
track-acknowledge-by = Waxaan xaqiijin doonnaa inaan helnay ugu dambayn
track-another = La soco codsi kale
track-history = Waxa dhacay
track-overdue = Tan ma aanan samayn taariikhdii aan ballanqaadnay. Waan ka xunnahay dib-u-dhaca.
warning = Digniin
reply-heading = Ka jawaab su'aashayada
reply-intro = Noo sheeg waxa aan ku weydiinnay. Sidoo kale waxaad ku dari kartaa sawirro ama dukumentiyo.
reply-label = Jawaabtaada
reply-files-label = Ku dar sawirro ama dukumentiyo (ikhtiyaari)
reply-reply-error-required = Geli jawaabtaada, ama ku dar fayl
reply-reply-error-too-long = Jawaabtaadu waa inay ahaataa { $max } xaraf ama ka yar
button-send-reply = Dir jawaabtaada
track-history-reply = Waad jawaabtay
track-history-files = Faylasha la diray: { $files }
rating-heading = Intee in le'eg ayaad ku qanacsan tahay sida aan u qabannay codsigaaga?
rating-very-satisfied = Aad baan ugu qanacsanahay
rating-satisfied = Waan ku qanacsanahay
rating-neither = Dhexdhexaad
rating-dissatisfied = Kuma qanacsani
rating-very-dissatisfied = Gabi ahaanba kuma qanacsani
rating-comment-label = Wax dheeraad ah noo sheeg (ikhtiyaari)
rating-comment-hint = Ha ku darin macluumaad shakhsi ah.
rating-satisfaction-error-required = Dooro inta aad ku qanacsan tahay
rating-comment-error-too-long = Faalladaadu waa inay ahaataa { $max } xaraf ama ka yar
button-send-rating = Dir
rating-thanks = Waad ku mahadsan tahay inaad noo sheegtay sida aan u shaqaynay.

session-expired = Fadhigaagii wuu dhammaaday. Waxaan kaydinnay wixii aad ku qortay boggan. Hubi oo sii wad.
not-found-title = Bogga lama helin
not-found-body = Haddii aad qortay ciwaanka bogga, hubi inuu sax yahay.
server-error-title = Waan ka xunnahay, dhibaato ayaa ka jirta adeegga
server-error-body = Isku day mar dambe. Jawaabahaaga waa la kaydiyay.
server-error-try-later = Isku day mar dambe.
forbidden-title = Waan ka xunnahay, ma aqbali karin foomkaas
forbidden-body = Tani waxay dhici kartaa haddii aadan adeegga isticmaalin muddo. Ku noqo bilowga foomka oo isku day mar kale.
too-large-title = Waxa aad dirtay aad bay u weyn yihiin
too-large-body = Dib u noqo oo dir wax ka yar. Haddii aad faylal ku darayso, mid mid u dar.
too-many-requests-title = Waan ka xunnahay, isku day aad u badan ayaa dhacay
too-many-requests-body = Sug dhowr daqiiqo oo isku day mar kale.
error-page-contact = Haddii aad caawimo u baahan tahay, nala soo xiriir.

date-long = { $day } { $month } { $year }
# Taariikh leh maalinta toddobaadka, taariikhaha soo socda: "Talaado, 9 Diseembar 2025".
date-with-weekday = { $weekday }, { $day } { $month } { $year }
date-at-time = { $date }, { $time }
# $hour waa 1 ilaa 12, $half waa "am" ama "pm"; luqad isticmaasha saacadda 24-ka saac, $hour waa 00 ilaa 23
# turjumaadduna waa ka saartaa $half.
time-of-day = { $hour }:{ $minute } { $half ->
    [am] GH
   *[pm] GD
}
weekday-1 = Isniin
weekday-2 = Talaado
weekday-3 = Arbaco
weekday-4 = Khamiis
weekday-5 = Jimco
weekday-6 = Sabti
weekday-7 = Axad
month-1 = Jannaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maayo
month-6 = Juun
month-7 = Luulyo
month-8 = Ogosto
month-9 = Sebteembar
month-10 = Oktoobar
month-11 = Noofeembar
month-12 = Diseembar

answer-yes = Haa
answer-no = Maya
select-choose = Mid dooro
checkboxes-or = ama

home-search-label = Raadi adeeg
home-search-button = Raadi
home-search-results = { $count ->
    [one] { $count } adeeg ayaa ku habboon “{ $query }”
   *[other] { $count } adeeg ayaa ku habboon “{ $query }”
  }
home-search-none = Ma jiro adeeg ku habboon “{ $query }”. Isku day erayo kale, ama na soo wac.
home-search-all = Arag dhammaan adeegyada
category-report = Soo sheeg dhibaato
category-request = Weydiiso adeeg
category-apply = Codso wax
category-complain = Cabashooyin, ammaan iyo ra'yi
category-ask-for-information = Weydiiso macluumaad

save-link = Kaydi oo mar dambe dib u soo noqo
save-title = Kaydi oo mar dambe dib u soo noqo
save-intro = Jawaabahaaga waa la kaydiyaa inta aad sii socoto. Si aad foomkan ugu soo noqoto mar dambe, qalabkan ama qalab kale, waxaad u baahan tahay koodh soo-noqosho.
save-check = Markaad soo noqoto, waxaan ku weydiin doonnaa koodhkaaga iyo mid ka mid ah jawaabihii aad bixisay, si aan u hubinno inaad adigu tahay.
save-button = Hel koodh soo-noqosho
saved-title = Jawaabahaaga waa la kaydiyay
saved-code = Koodhkaaga soo-noqoshada
saved-keep = Qor koodhkaaga soo-noqoshada oo meel ammaan ah ku hay. Qof kasta oo haya koodhka iyo jawaabahaaga wuu arki karaa foomkaaga.
saved-return-how = Si aad u soo noqoto, tag { $address } oo geli koodhkaaga.
saved-expires = Jawaabahaaga waan hayn doonnaa ilaa { $date }. Intaas ka dib waa la tirtiri doonaa.
saved-emailed = Waxaan u dirnay { $email } link aad foomkaaga ugu soo noqon karto.
saved-link = Sidoo kale waxaad isticmaali kartaa linkigan:
saved-continue = Sii wad foomkaaga
return-title = Ku soo noqo foom la kaydiyay
return-intro = Geli koodhka soo-noqoshada ee lagu siiyay markaad foomkaaga kaydisay.
return-code-label = Koodhka soo-noqoshada
return-code-hint = Wuxuu leeyahay 9 xaraf iyo lambar, sida KX4-P7M-HRT.
return-code-error-required = Geli koodhkaaga soo-noqoshada
return-code-error-invalid = Geli koodhka soo-noqoshada sidii saxda ahayd ee laguu siiyay, sida KX4-P7M-HRT
return-code-error-not-found = Ma helin foom la kaydiyay oo leh koodhkaas. Foomamka la kaydiyay waxaa la hayaa 28 maalmood.
return-check-title = Hubi inaad adigu tahay
return-check-uk-postcode = Koodhkee boosto ayaad ku qortay foomka?
return-check-email = Ciwaankee iimayl ayaad ku qortay foomka?
return-check-date = Taariikhdee ayaad u qortay su'aasha ‘{ $question }’ ee foomka?
return-check-none = Dooro “Sii wad” si aad foomkaaga u sii waddo.
return-check-error-required = Geli jawaabtii aad ku qortay foomka
return-check-error-wrong = Taasi lama mid aha jawaabta foomka ku jirta. Hubi oo isku day mar kale.
return-link-expired = Linkigaasi ma shaqaynayo. Waxaa laga yaabaa in wakhtigiisu dhacay: foomamka la kaydiyay waxaa la hayaa 28 maalmood. Haddii aad qortay koodhkaaga soo-noqoshada, halkan geli.
return-start-again = Jawaabtu marar badan ayay khaldanayd. Mar kale geli koodhkaaga soo-noqoshada.

# Su'aasha ciwaanka: ku raadi koodhka boostada, ama adigu qor
address-postcode = Koodhka boostada
address-find = Raadi ciwaanka
address-choose = Dooro ciwaan
address-found = { $count ->
    [one] { $count } ciwaan ayaa laga helay { $postcode }
   *[other] { $count } ciwaan ayaa laga helay { $postcode }
}
address-none-found = Ma helin ciwaan ku yaal { $postcode }. Hoos ku qor ciwaanka.
address-lookup-unavailable = Hadda ma raadin karno ciwaannada. Hoos ku qor ciwaanka.
address-manual = Ama adigu qor ciwaanka.
address-line-1 = Ciwaanka, sadarka 1
address-line-2 = Ciwaanka, sadarka 2 (ikhtiyaari)
address-town = Magaalada
address-error-line-1-required = Geli sadarka 1 ee ciwaanka, badanaa dhismaha iyo waddada
address-error-line-1-too-long = Sadarka 1 ee ciwaanku waa inuu ahaadaa { $max } xaraf ama ka yar
address-error-line-2-too-long = Sadarka 2 ee ciwaanku waa inuu ahaadaa { $max } xaraf ama ka yar
address-error-town-required = Geli magaalada
address-error-town-too-long = Magaaladu waa inay ahaataa { $max } xaraf ama ka yar
address-error-lookup-required = Geli koodh boosto
address-error-postcode-required = Geli koodhka boostada
address-error-postcode-invalid = Geli koodh boosto oo UK ah oo dhammaystiran, sida SE15 5DQ

# Liisaska "ku dar mid kale"
list-added = { $count ->
    [one] Waxaad ku dartay { $count } shay
   *[other] Waxaad ku dartay { $count } shay
}
list-remove = Ka saar

# Faylasha caddaynta
list-or = ama
file-limits = Waxaad ku dari kartaa ilaa { $count } fayl. Mid kastaa waa inuu noqdaa { $types }, kana yar yahay { $max }.
file-upload-button = Soo rar faylal
file-added = { $count ->
    [one] { $count } fayl ayaa lagu daray
   *[other] { $count } fayl ayaa lagu daray
}
file-remove = Ka saar
file-cancel = Jooji
file-uploading = { $name }: { $percent }% ayaa la soo raray
file-uploaded = { $name } waa la soo raray
file-cancelled = { $name } lama soo rarin
file-error-empty = { $name } waa madhan yahay. Dooro fayl wax ku jiraan
file-error-too-big = { $name } waa inuu ka yar yahay { $max }
file-error-total-too-big = { $name } lama darin: faylasha oo dhan waa inay wadar ahaan ka yar yihiin { $total }
file-error-too-many = { $name } lama darin: waxaad ku dari kartaa ilaa { $count } fayl
file-error-wrong-type = { $name } waa inuu noqdaa { $types }
file-error-password = { $name } waxaa lagu xiray furaha sirta ah. Ka saar furaha sirta oo mar kale ku dar
file-error-damaged = { $name } waa waxyeelloobay, lamana furi karo. Dooro fayl kale
file-error-virus = { $name } waxaa ku jira fayras. Dooro fayl kale
file-error-not-checked = { $name } lama hubin karin in fayras ku jiro. Isku day mar dambe
file-error-incomplete = { $name } soo raridiisii ma dhammaan. Isku day mar kale
file-error-none-chosen = Dooro fayl
file-wait = Sug ilaa { $name } uu dhammeeyo soo raridda

## Shaqaale kiis oo codsi u gudbinaya heerka xiga

change-status-error-required = Dooro xaalad cusub
change-status-error-not-allowed = { $from ->
    [resolved] Codsigan waa la xalliyay, sidaa darteed xaaladdiisa lama beddeli karo
    [closed] Codsigan waa la xiray, sidaa darteed xaaladdiisa lama beddeli karo
   *[other] { $to ->
        [received] Codsi dib uguma noqon karo “Waa la helay”
        [acknowledged] Codsi lagu shaqaynayo dib uguma noqon karo “Waa la xaqiijiyay in la helay”
       *[other] Codsigu horay ayuu u lahaa xaaladdaas
    }
}
change-note-error-needed = Sheeg waxa aad uga baahan tahay deganaha
change-note-error-outcome = Sheeg waxa natiijadu tahay
change-note-error-too-long = Qoraalku waa inuu ahaadaa { $max } xaraf ama ka yar
change-staff-note-error-too-long = Qoraalka shaqaalaha waa inuu ahaadaa { $max } xaraf ama ka yar
change-staff-note-error-required = Geli qoraalka shaqaalaha

## Akoonka deganaha

account-title = Akoonkaaga
account-sign-in-title = Gal akoonkaaga
account-sign-in-intro = Geli ciwaanka iimaylkaaga. Waxaan iimayl kuugu soo diri doonnaa koodh iyo link. Midkood ku gal: ma jiro furaha sirta ah oo aad xasuusato.
account-code-intro = Waxaan iimayl kuugu soo dirnay koodh iyo link. Halkan ku qor koodhka, ama isticmaal linkiga iimaylka ku jira. Labaduba hal mar ayay shaqeeyaan, muddo { $minutes } daqiiqo ah.
account-link-expired = Linkigaas galitaanka waa la isticmaalay ama wakhtigiisii wuu dhacay. Geli ciwaanka iimaylkaaga si aad u hesho mid cusub.
account-signed-in-as = Waxaad ku gashay { $email }.
account-requests = Codsiyadaada
account-no-requests = Weli ma aadan dirin codsi leh ciwaankan iimaylka.
account-track = Arag waxa ku dhacay codsi
account-drafts = Foomamka aad bilowday
account-no-drafts = Ma haysid foomam aan dhammaystirnayn.
account-draft-saved = markii ugu dambaysay waxaa la kaydiyay { $when }
account-messages = Fariimaha aan kuu soo dirnay
account-no-messages = Weli wax fariin ah kuuma aanan soo dirin.
account-message-request-received = Codsigaaga waan helnay
account-message-request-moved = War ku saabsan codsigaaga
account-message-request-over = Natiijada codsigaaga
account-message-save-and-return = Foomkaaga la kaydiyay
account-data-title = Xogtaada
account-data-link = Arag wax kasta oo aan kaa hayno, ama soo deji
account-data-intro = Tani waa wax kasta oo aan kaa hayno akoonkaaga: faahfaahintaada, codsiyada aad ku dirtay ciwaanka iimaylkaaga iyo jawaabahaaga, foomamka aad bilowday, iyo fariimaha aan kuu soo dirnay.
account-data-download = Soo deji dhammaan xogtaada (fayl JSON ah)
account-data-since = Akoonka waxaa la sameeyay
account-data-answers = Jawaabahaaga
account-data-files = Faylasha lagu daray
account-data-draft = La bilaabay: { $service }
account-delete-title = Tirtir akoonkaaga
account-delete-goes = Tani waxay tirtiraysaa akoonkaaga, foomamka aad bilowday iyo faylasha lagu daray, iyo diiwaannada galitaankaaga. Qalab kasta waa lagaa saarayaa.
account-delete-kept = Codsiyada aad horay u dirtay waa la hayaa, iyaga iyo jawaabahooda iyo faylashooda, sababtoo ah golaha waa inuu hayaa muddada sharcigu sheegayo. Weli waad la socon kartaa adiga oo isticmaalaya lambarka tixraaca iyo ciwaanka iimaylkaaga.
account-delete-confirm = Xaqiiji
account-delete-confirm-yes = Waan fahmay. Tirtir akoonkayga.
account-delete-confirm-error-required = Xaqiiji inaad rabto inaad tirtirto akoonkaaga
account-delete-button = Tirtir akoonkayga
account-deleted = Akoonkaaga waa la tirtiray. Codsiyada aad dirtay waa la hayaa, welina waad la socon kartaa.
profile-used = Waxaan buuxinnay faahfaahintaada la kaydiyay. Hubi, oo halkan ka beddel haddii ay markan ka duwan yihiin.
profile-save-legend = Akoonkaaga
profile-save-hint = Waxa aad calaamadiso oo keliya ayaa lagu kaydinayaa akoonkaaga.
profile-save-new = Jawaabtayda “{ $question }” ku kaydi akoonkayga si loo isticmaalo mar dambe
profile-save-change = Sidoo kale “{ $question }” ku beddel akoonkayga
profile-heading = Faahfaahintaada la kaydiyay
profile-intro = Kuwan waan kuu buuxinnaa foomamka weydiiya. Foom kasta, adiga ayaa dooranaya in isbeddel halkan lagu kaydiyo iyo in kale.
profile-remove = Ka saar
profile-uses = Sida aan u isticmaalnay faahfaahintaada
profile-use = { $detail } waxaa lagu buuxiyay “{ $service }”, { $when }
profile-field-language = Luqadda
profile-field-contact-method = Sida laguula soo xiriirayo
profile-field-access-needs = Caawimada aad u baahan tahay
profile-not-saved = Lama kaydin
profile-change = Beddel
profile-add = Ku dar
profile-field-interpreter-language = Luqadda turjumaanka
profile-field-name = Magaca
profile-field-date-of-birth = Taariikhda dhalashada
profile-field-email = Ciwaanka iimaylka
profile-field-phone = Lambarka taleefanka
profile-field-address = Ciwaanka
profile-pass-on-heading = Waad beddeshay faahfaahintaada. Ma rabtaa inaad hal mar noo sheegto?
profile-pass-on-legend = Codsiyadaada furan kuwee ayaa helaya faahfaahintaada cusub?
profile-pass-on-button = U gudbi
profile-keep-button = Hadda maya
profile-passed-on = Faahfaahin cusub – { $detail }: { $value }
account-provider-heading = Ama isticmaal akoonkaaga golaha
account-provider-button = Ku gal { $name }
account-provider-failed = Ku galitaanka akoonkaaga golaha ma shaqayn. Isku day mar kale, ama isticmaal koodhka aan iimaylka kuugu soo dirno.
account-sign-out = Ka bax
account-sign-out-everywhere = Ka bax qalab kasta

## Foomka "faahfaahintaada" (faahfaahinta deganaha la kaydiyay)

details-title = Faahfaahintaada la kaydiyay
details-summary = Faahfaahinta aan kuugu buuxinno foomamka.
details-standard = Isla markiiba waa la kaydiyaa.
details-name-title = Magacaaga
details-full-name-label = Waa maxay magacaaga oo buuxa?
details-full-name-summary = Magaca
details-full-name-error-required = Geli magacaaga oo buuxa
details-full-name-error-too-long = Magacaagu waa inuu ahaadaa { $max } xaraf ama ka yar
details-date-of-birth-title = Taariikhda dhalashadaada
details-date-of-birth-label = Waa maxay taariikhda dhalashadaadu?
details-date-of-birth-summary = Taariikhda dhalashada
details-date-of-birth-hint = Tusaale ahaan, 27 3 1985
details-date-of-birth-error-required = Geli taariikhda dhalashadaada
details-date-of-birth-error-incomplete = Taariikhda dhalashadaadu waa inay lahaataa maalin, bil iyo sannad
details-date-of-birth-error-invalid = Taariikhda dhalashadaadu waa inay noqotaa taariikh jirta
details-date-of-birth-error-year-digits = Sannadku waa inuu lahaadaa 4 lambar
details-date-of-birth-error-future = Taariikhda dhalashadaadu waa inay ahaataa wakhti tagay
details-email-title = Ciwaanka iimaylkaaga
details-email-label = Ciwaankee iimayl ah ayaa foomamka lagu isticmaalayaa?
details-email-summary = Ciwaanka iimaylka
details-email-error-required = Geli ciwaan iimayl
details-email-error-invalid = Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com
details-phone-title = Lambarka taleefankaaga
details-phone-label = Waa maxay lambarka taleefankaagu?
details-phone-summary = Lambarka taleefanka
details-phone-error-required = Geli lambar taleefan
details-phone-error-invalid = Geli lambar taleefan oo UK ah, sida 01632 960 001 ama 07700 900 982
details-address-title = Ciwaankaaga
details-address-label = Waa maxay ciwaankaagu?
details-address-summary = Ciwaanka
details-address-hint = Geli koodhka boostadaada oo dooro “Raadi ciwaanka”, ama adigu qor ciwaankaaga.
details-address-error-required = Geli ciwaankaaga
details-language-title = Luqaddaada
details-language-label = Luqaddee ayaan isticmaalnaa?
details-language-summary = Luqadda
details-language-error-required = Dooro luqad
details-language-en-gb = English (Ingiriisi)
details-language-cy = Cymraeg (luqadda Wales)
details-language-pl = Polski (Boolish)
details-language-ro = Română (Roomaaniyaan)
details-language-pt = Português (Boortaqiis)
details-language-es = Español (Isbaanish)
details-language-tr = Türkçe (Turki)
details-language-so = Soomaali
details-language-bn = বাংলা (Bangaali)
details-language-ur = اردو (Urduu)
details-language-ar = العربية (Carabi)
details-language-zh-hans = 中文（简体） (Shiinaha la fududeeyay)
details-language-uk = Українська (Yukreeniyaan)
details-contact-method-title = Sida laguula soo xiriirayo
details-contact-method-label = Sidee ayaad jeclaan lahayd inaan kuula soo xiriirno?
details-contact-method-summary = Sida laguula soo xiriirayo
details-contact-method-error-required = Dooro sida aad jeclaan lahayd inaan kuula soo xiriirno
details-contact-method-email = Iimayl ahaan
details-contact-method-phone = Taleefan ahaan
details-contact-method-post = Boosto ahaan
details-access-needs-title = Caawimada aad nooga baahan tahay
details-access-needs-label = Ma waxaad nooga baahan tahay mid ka mid ah kuwan?
details-access-needs-summary = Caawimada aad u baahan tahay
details-access-needs-hint = Dooro dhammaan kuwa ku khuseeya.
details-access-needs-error-required = Dooro ugu yaraan mid, ama dib u noqo
details-interpreter-language-label = Haddii aad u baahan tahay turjumaan, luqaddee? (ikhtiyaari)
details-interpreter-language-summary = Luqadda turjumaanka
details-interpreter-language-hint = Tusaale ahaan, Boolish, Soomaali ama Bangaali
details-interpreter-language-error-too-long = Luqaddu waa inay ahaataa { $max } xaraf ama ka yar
details-access-needs-large-print = Waraaqo far waaweyn ku qoran
details-access-needs-easy-read = Nuqullo si fudud loo akhriyo (Easy Read)
details-access-needs-british-sign-language = Turjumaan Luqadda Calaamadaha ee Ingiriiska (British Sign Language)
details-access-needs-interpreter = Turjumaan luqad kale
details-access-needs-someone-speaks-for-me = Qof ii hadla

## Bogagga shaqaalaha kiisaska

staff-area = Shaqaalaha kiisaska
staff-sign-in-title = Gal si aad u aragto codsiyada
staff-sign-in-intro = Geli ciwaanka iimaylkaaga golaha. Waxaan iimayl kuugu soo diri doonnaa koodh aad ku gasho.
staff-email-label = Ciwaanka iimaylka
staff-email-error-required = Geli ciwaanka iimaylkaaga
staff-email-error-invalid = Geli ciwaan iimayl oo qaab sax ah leh, sida name@council.gov.uk
button-send-code = Dir koodhka
staff-code-title = Fiiri iimaylkaaga
staff-code-intro = Haddii ciwaankaas uu leeyahay akoon, waxaan u dirnay koodh. Koodhku hal mar ayuu shaqeeyaa, muddo { $minutes } daqiiqo ah.
staff-code-label = Koodh
staff-code-hint = Wuxuu leeyahay 6 lambar, sida 042917
staff-code-error-required = Geli koodhka iimaylka ku jira
staff-code-error-invalid = Koodhku wuxuu leeyahay { $digits } lambar
staff-code-error-wrong = Koodhku waa khalad ama wakhtigiisii wuu dhacay. Fiiri iimaylka, ama hel koodh cusub
staff-code-again = Hel koodh cusub
button-sign-in = Gal
staff-signed-in-as = Waxaad ku gashay { $name }
staff-sign-out = Ka bax
staff-requests-title = Codsiyada
staff-filter-service = Adeegga
staff-filter-status = Xaaladda
staff-filter-any = Mid kasta
staff-filter-overdue = Kaliya codsiyada wakhtigoodu dhaafay
button-filter = Tus codsiyada
staff-requests-count = { $count ->
    [one] { $count } codsi, kan ballankiisu ugu dhow yahay ayaa ugu horreeya
   *[other] { $count } codsi, kan ballankiisu ugu dhow yahay ayaa ugu horreeya
}
staff-requests-none = Ma jiro codsi ku habboon. Isku day shaandhayn kale.
staff-column-reference = Tixraac
staff-column-service = Codsi
staff-column-status = Xaaladda
staff-column-sent = Taariikhda la diray
staff-column-act-by = Wax ka qabo ugu dambayn
staff-overdue = Wakhtigii wuu dhaafay
staff-replied = Deganaha ayaa jawaabay
staff-ratings-heading = Inta ay deganeyaashu ku qanacsanaayeen
staff-ratings-none = Weli ma jiro degane qiimeeyay adeeggan.
staff-ratings-answer = Jawaab
staff-ratings-count = Deganeyaal
staff-status-received = Waa la helay
staff-status-acknowledged = Waa la xaqiijiyay in la helay
staff-status-in-progress = Waa lagu shaqaynayaa
staff-status-waiting-for-resident = Deganaha ayaa la sugayaa
staff-status-resolved = Waa la xalliyay
staff-status-closed = Waa la xiray
staff-request-title = Codsi { $reference }
staff-back = Ku noqo codsiyada
staff-contact = Iimaylka deganaha
staff-language = Luqadda
staff-answers-heading = Jawaabaha
staff-files-heading = Caddaynta
staff-files-none = Wax fayl ah lama soo dirin.
staff-file-clean = Fayras waa laga hubiyay
staff-file-not-scanned = Fayras lagama hubin
staff-file-with-reply = waxaa lala soo diray jawaab
staff-file-download = Soo deji
staff-history-heading = Taariikhda
staff-history-reply = Deganaha ayaa jawaabay
staff-history-note = Qoraalka shaqaalaha
staff-history-staff-note = Qoraalka shaqaalaha: { $note }
staff-history-by = Waxaa sameeyay { $name }
staff-failed-heading = Fariimo aan la dirin
staff-failed-intro = Fariimahan looma diri karin deganaha. Si kale ula xiriir.
staff-message-request-received = Xaqiijinta helitaanka
staff-message-request-moved = War ku saabsan codsigooda
staff-message-request-over = Natiijada codsigooda
staff-message-save-and-return = Foom la kaydiyay
staff-rating = Qiimaynta deganaha
staff-change-heading = U gudbi codsigan heerka xiga
staff-request-over = Codsigan wuu dhammaaday. Mar dambe lama gudbin karo.
change-status-label = Xaaladda cusub
change-note-label = Qoraal loogu talagalay deganaha
change-note-hint = Sheeg waxa aad uga baahan tahay, ama natiijada. Waxay ku arkayaan bogga la-socodka iyo iimayl.
change-staff-note-label = Qoraal loogu talagalay shaqaalaha oo keliya
change-staff-note-hint = Deganuhu marna ma arko tan.
button-change-status = Kaydi oo u sheeg deganaha
change-status-error-moved = Qof kale ayaa codsigan u gudbiyay heerka xiga tan iyo markaad furtay. Mar kale hubi intaadan beddelin

## Fariimaha loo diro deganeyaasha (mid kastaa wuxuu leeyahay cinwaan iyo qoraal caadi ah; sadar madhan ayaa
## bilaaba baaragaraaf cusub)

mail-request-received-subject = Codsigaaga waan helnay – tixraac { $reference }
mail-request-received-body =
    Waad ku mahadsan tahay. Codsigaaga waan helnay: { $service }.

    Lambarka tixraacaagu waa { $reference }.

    Waxaan wax ka qaban doonnaa ugu dambayn { $act_by }.

    Wakhti kasta waxaad arki kartaa waxa ka socda codsigaaga: { $link }
mail-request-moved-subject = War ku saabsan codsigaaga { $reference }
mail-request-moved-body =
    War cusub ayaa ka jira codsigaaga: { $service }, tixraac { $reference }.

    Xaaladda: { $status }

    { $note }

    Arag waxa dhacay, ama ka jawaab su'aal aan ku weydiinnay: { $link }
mail-save-and-return-subject = Ku soo noqo foomkaaga
mail-save-and-return-body =
    Jawaabahaaga “{ $service }” waa la kaydiyay.

    Si aad foomkaaga ugu soo noqoto, isticmaal linkigan: { $link }

    Linkigu wuu shaqaynayaa ilaa { $expires_on }. Intaas ka dib jawaabahaaga waa la tirtirayaa.
mail-request-over-subject = Codsigaaga { $reference }: { $status }
mail-request-over-body =
    Codsigaaga natiijo ayaa u soo baxday: { $service }, tixraac { $reference }.

    Xaaladda: { $status }

    { $note }

    Noo sheeg inta aad ku qanacsan tahay sida aan u qabannay (hal su'aal): { $link }
mail-staff-sign-in-code-subject = Koodhkaaga galitaanka
mail-staff-sign-in-code-body =
    Koodhka aad ku gali lahayd si aad u aragto codsiyada waa { $code }.

    Wuxuu shaqaynayaa hal mar, muddo { $minutes } daqiiqo ah. Haddii aadan codsan, iska dhaaf iimaylkan.
mail-resident-sign-in-subject = Gal akoonkaaga
mail-resident-sign-in-body =
    Koodhkaaga galitaanka waa { $code }.

    Ama isticmaal linkigan si aad u gasho: { $link }

    Koodhka iyo linkiga hal mar ayay shaqeeyaan, muddo { $minutes } daqiiqo ah. Haddii aadan codsan inaad gasho, iska dhaaf iimaylkan.
