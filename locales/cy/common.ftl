language-name = Cymraeg
council-name = Cyngor Bwrdeistref Frontdoor
council-phone = 020 7946 0000
council-email = contact@frontdoor.example.gov.uk
skip-link = Neidio i'r prif gynnwys
header-home = Gwasanaethau'r cyngor
language-switch = Iaith
language-switch-summary = Iaith: { $language }
language-unreviewed = Nid yw cyfieithydd cymwys wedi gwirio’r cyfieithiad hwn eto, felly gall rhai geiriau fod yn anghywir.
language-unreviewed-link = Darllenwch y dudalen hon yn Saesneg
footer-accessibility = Hygyrchedd
footer-privacy = Preifatrwydd
footer-cookies = Rydym yn defnyddio un cwci i gofio eich atebion ac un i gofio eich iaith. Nid ydym yn defnyddio cwcis tracio.

contact-heading = Ffyrdd eraill o gysylltu â ni
contact-phone = Ffôn: { $phone }
contact-email = E-bost: { $email }
contact-hours = Dydd Llun i ddydd Gwener, 9am i 5pm
contact-in-person = Wyneb yn wyneb: mewn unrhyw lyfrgell neu ganolfan gwasanaethau cwsmeriaid. Gall staff a hyrwyddwyr digidol eich helpu.

button-save-detail = Cadw
button-continue = Parhau
button-start = Dechrau nawr
button-send = Derbyn ac anfon
button-find = Dod o hyd i'm cais
back-link = Yn ôl

error-summary-title = Mae problem wedi codi
error-title = Gwall: { $title }
error-prefix = Gwall:
optional = dewisol

date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn

character-count-limit = Gallwch ddefnyddio hyd at { $max } o nodau
character-count-remaining = { $remaining ->
    [zero] Mae gennych { $remaining } nod ar ôl
    [one] Mae gennych { $remaining } nod ar ôl
    [two] Mae gennych { $remaining } nod ar ôl
    [few] Mae gennych { $remaining } nod ar ôl
    [many] Mae gennych { $remaining } nod ar ôl
   *[other] Mae gennych { $remaining } nod ar ôl
  }
character-count-over = { $over ->
    [zero] Mae gennych { $over } nod yn ormod
    [one] Mae gennych { $over } nod yn ormod
    [two] Mae gennych { $over } nod yn ormod
    [few] Mae gennych { $over } nod yn ormod
    [many] Mae gennych { $over } nod yn ormod
   *[other] Mae gennych { $over } nod yn ormod
  }

home-title = Beth sydd angen i chi ei wneud?
home-intro = Rhoi gwybod am broblem, gofyn am wasanaeth neu gael gwybod beth sy'n digwydd gyda rhywbeth y gwnaethoch ddweud wrthym amdano.
home-track = Olrhain cais rydych eisoes wedi'i anfon

start-before = Cyn i chi ddechrau

check-answers-title = Gwiriwch eich atebion cyn anfon
check-answers-change = Newid
check-answers-not-given = Heb ei roi
check-answers-send-heading = Nawr anfonwch eich cais
check-answers-declaration = Drwy anfon hwn, rydych yn cadarnhau bod y manylion a roesoch yn gywir hyd eithaf eich gwybodaeth.

confirmation-title = Cais wedi'i anfon
confirmation-reference = Eich cyfeirnod
confirmation-keep = Ysgrifennwch eich cyfeirnod. Bydd ei angen arnoch i olrhain eich cais neu os byddwch yn cysylltu â ni amdano.
confirmation-next = Beth sy'n digwydd nesaf
confirmation-track = Olrhain eich cais
confirmation-another = Rhoi gwybod am rywbeth arall neu wneud cais arall

track-title = Olrhain cais
track-intro = Rhowch y cyfeirnod a'r cyfeiriad e-bost a roesoch i ni pan wnaethoch anfon eich cais.
track-reference-label = Cyfeirnod
track-reference-hint = Mae ar eich tudalen gadarnhau. Mae ganddo 9 llythyren a rhif, fel KX4-P7M-HRT.
track-reference-error-required = Rhowch eich cyfeirnod
track-reference-error-invalid = Rhowch y cyfeirnod yn union fel y cafodd ei roi i chi, fel KX4-P7M-HRT
track-email-label = Cyfeiriad e-bost
track-email-error-required = Rhowch y cyfeiriad e-bost a roesoch i ni
track-email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com
track-not-found = Nid oeddem yn gallu dod o hyd i gais gyda'r cyfeirnod a'r cyfeiriad e-bost hynny. Gwiriwch y ddau a rhowch gynnig arall arni, neu ffoniwch ni.
track-result-title = Eich cais
track-status = Statws
track-status-received = Wedi dod i law
track-status-acknowledged = Wedi'i gydnabod
track-status-in-progress = Ar waith
track-status-waiting-for-resident = Yn aros amdanoch chi
track-status-resolved = Wedi'i ddatrys
track-status-closed = Wedi'i gau
track-service = Cais
track-reference = Cyfeirnod
track-sent-on = Anfonwyd ar
track-act-by = Byddwn yn gweithredu erbyn
track-acknowledge-by = Byddwn yn cadarnhau ei fod wedi dod i law erbyn
track-another = Olrhain cais arall
track-history = Beth sydd wedi digwydd
track-overdue = Nid ydym wedi gwneud hyn erbyn y dyddiad a addawyd gennym. Mae'n ddrwg gennym am yr oedi.
warning = Rhybudd
reply-heading = Atebwch ein cwestiwn
reply-intro = Dywedwch wrthym beth y gofynnon ni amdano. Gallwch ychwanegu lluniau neu ddogfennau hefyd.
reply-label = Eich ateb
reply-files-label = Ychwanegwch luniau neu ddogfennau (dewisol)
reply-reply-error-required = Rhowch eich ateb, neu ychwanegwch ffeil
reply-reply-error-too-long = Rhaid i'ch ateb fod yn { $max } nod neu lai
button-send-reply = Anfon eich ateb
track-history-reply = Fe wnaethoch ateb
track-history-files = Ffeiliau a anfonwyd: { $files }
rating-heading = Pa mor fodlon ydych chi â'r ffordd y gwnaethom ddelio â'ch cais?
rating-very-satisfied = Bodlon iawn
rating-satisfied = Bodlon
rating-neither = Ddim yn fodlon nac yn anfodlon
rating-dissatisfied = Anfodlon
rating-very-dissatisfied = Anfodlon iawn
rating-comment-label = Dywedwch fwy wrthym (dewisol)
rating-comment-hint = Peidiwch â chynnwys manylion personol.
rating-satisfaction-error-required = Dewiswch pa mor fodlon ydych chi
rating-comment-error-too-long = Rhaid i'ch sylw fod yn { $max } nod neu lai
button-send-rating = Anfon
rating-thanks = Diolch am ddweud wrthym sut wnaethon ni.

session-expired = Roedd eich sesiwn wedi dod i ben. Rydym wedi cadw'r hyn a deipiwyd gennych ar y dudalen hon. Gwiriwch ef a pharhau.
not-found-title = Heb ddod o hyd i'r dudalen
not-found-body = Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.
server-error-title = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
server-error-body = Rhowch gynnig arall arni yn nes ymlaen. Mae eich atebion wedi'u cadw.
server-error-try-later = Rhowch gynnig arall arni yn nes ymlaen.
forbidden-title = Mae'n ddrwg gennym, nid oeddem yn gallu derbyn y ffurflen honno
forbidden-body = Gall hyn ddigwydd os nad ydych wedi defnyddio'r gwasanaeth ers tro. Ewch yn ôl i ddechrau'r ffurflen a rhowch gynnig arall arni.
too-large-title = Mae'r hyn a anfonwyd gennych yn rhy fawr
too-large-body = Ewch yn ôl ac anfon llai. Os ydych yn ychwanegu ffeiliau, ychwanegwch nhw un ar y tro.
too-many-requests-title = Mae'n ddrwg gennym, bu gormod o ymdrechion
too-many-requests-body = Arhoswch ychydig funudau a rhowch gynnig arall arni.
error-page-contact = Os oes angen help arnoch, cysylltwch â ni.

date-long = { $day } { $month } { $year }
# Dyddiad gyda diwrnod yr wythnos: "Dydd Mawrth 9 Rhagfyr 2025".
date-with-weekday = { $weekday } { $day } { $month } { $year }
date-at-time = { $date } am { $time }
# Mae $hour rhwng 1 a 12, gyda $half yn "am" neu "pm"; mewn iaith sy'n defnyddio'r cloc 24 awr, mae $hour rhwng 00 a 23
# ac mae'r cyfieithiad yn gadael $half allan.
time-of-day = { $hour }:{ $minute }{ $half ->
    [am] yb
   *[pm] yh
}
weekday-1 = Dydd Llun
weekday-2 = Dydd Mawrth
weekday-3 = Dydd Mercher
weekday-4 = Dydd Iau
weekday-5 = Dydd Gwener
weekday-6 = Dydd Sadwrn
weekday-7 = Dydd Sul
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

answer-yes = Ie
answer-no = Na
select-choose = Dewiswch un
checkboxes-or = neu

home-search-label = Chwilio am wasanaeth
home-search-button = Chwilio
home-search-results = { $count ->
    [zero] Mae { $count } gwasanaeth yn cyfateb i “{ $query }”
    [one] Mae { $count } gwasanaeth yn cyfateb i “{ $query }”
    [two] Mae { $count } wasanaeth yn cyfateb i “{ $query }”
    [few] Mae { $count } gwasanaeth yn cyfateb i “{ $query }”
    [many] Mae { $count } gwasanaeth yn cyfateb i “{ $query }”
   *[other] Mae { $count } gwasanaeth yn cyfateb i “{ $query }”
  }
home-search-none = Nid oes gwasanaethau yn cyfateb i “{ $query }”. Rhowch gynnig ar eiriau eraill, neu ffoniwch ni.
home-search-all = Gweld pob gwasanaeth
category-report = Rhoi gwybod am broblem
category-request = Gofyn am wasanaeth
category-apply = Gwneud cais am rywbeth
category-complain = Cwynion, canmoliaeth ac adborth
category-ask-for-information = Gofyn am wybodaeth

save-link = Cadw a dod yn ôl yn nes ymlaen
save-title = Cadw a dod yn ôl yn nes ymlaen
save-intro = Mae eich atebion yn cael eu cadw wrth i chi fynd. I ddod yn ôl i'r ffurflen hon yn nes ymlaen, ar y ddyfais hon neu un arall, mae angen cod mynediad arnoch.
save-check = Pan fyddwch yn dod yn ôl, byddwn yn gofyn am eich cod ac am un o'r atebion a roesoch, i wirio mai chi ydych chi.
save-button = Cael cod mynediad
saved-title = Mae eich atebion wedi'u cadw
saved-code = Eich cod mynediad
saved-keep = Ysgrifennwch eich cod mynediad a'i gadw'n ddiogel. Gallai unrhyw un sydd â'r cod a'ch atebion weld eich ffurflen.
saved-return-how = I ddod yn ôl, ewch i { $address } a rhowch eich cod.
saved-expires = Byddwn yn cadw eich atebion tan { $date }. Ar ôl hynny byddant yn cael eu dileu.
saved-emailed = Rydym wedi anfon dolen i ddod yn ôl i'ch ffurflen i { $email }.
saved-link = Gallwch hefyd ddefnyddio'r ddolen hon:
saved-continue = Parhau â'ch ffurflen
return-title = Dod yn ôl i ffurflen wedi'i chadw
return-intro = Rhowch y cod mynediad a gawsoch pan wnaethoch gadw eich ffurflen.
return-code-label = Cod mynediad
return-code-hint = Mae ganddo 9 llythyren a rhif, fel KX4-P7M-HRT.
return-code-error-required = Rhowch eich cod mynediad
return-code-error-invalid = Rhowch y cod mynediad yn union fel y cafodd ei roi i chi, fel KX4-P7M-HRT
return-code-error-not-found = Nid oeddem yn gallu dod o hyd i ffurflen wedi'i chadw gyda'r cod hwnnw. Mae ffurflenni wedi'u cadw yn cael eu cadw am 28 diwrnod.
return-check-title = Gwirio mai chi ydych chi
return-check-uk-postcode = Pa god post a roesoch yn y ffurflen?
return-check-email = Pa gyfeiriad e-bost a roesoch yn y ffurflen?
return-check-date = Pa ddyddiad a roesoch ar gyfer ‘{ $question }’ yn y ffurflen?
return-check-none = Dewiswch Parhau i fwrw ymlaen â'ch ffurflen.
return-check-error-required = Rhowch yr ateb a roesoch yn y ffurflen
return-check-error-wrong = Nid yw hynny'n cyfateb i'r ateb yn y ffurflen. Gwiriwch ef a rhowch gynnig arall arni.
return-link-expired = Nid yw'r ddolen honno'n gweithio. Efallai ei bod wedi dod i ben: mae ffurflenni wedi'u cadw yn cael eu cadw am 28 diwrnod. Os gwnaethoch ysgrifennu eich cod mynediad, rhowch ef yma.
return-start-again = Nid oedd yr ateb yn cyfateb ormod o weithiau. Rhowch eich cod mynediad eto.

# The address question: find by postcode, or type it in
address-postcode = Cod post
address-find = Dod o hyd i gyfeiriad
address-choose = Dewiswch gyfeiriad
address-found = { $count ->
    [zero] Daethom o hyd i { $count } cyfeiriad ar gyfer { $postcode }
    [one] Daethom o hyd i { $count } cyfeiriad ar gyfer { $postcode }
    [two] Daethom o hyd i { $count } gyfeiriad ar gyfer { $postcode }
    [few] Daethom o hyd i { $count } chyfeiriad ar gyfer { $postcode }
    [many] Daethom o hyd i { $count } chyfeiriad ar gyfer { $postcode }
   *[other] Daethom o hyd i { $count } cyfeiriad ar gyfer { $postcode }
}
address-none-found = Nid oeddem yn gallu dod o hyd i gyfeiriad ar gyfer { $postcode }. Rhowch y cyfeiriad isod.
address-lookup-unavailable = Nid ydym yn gallu chwilio am gyfeiriadau ar hyn o bryd. Rhowch y cyfeiriad isod.
address-manual = Neu rhowch y cyfeiriad eich hun.
address-line-1 = Llinell 1 y cyfeiriad
address-line-2 = Llinell 2 y cyfeiriad (dewisol)
address-town = Tref neu ddinas
address-error-line-1-required = Rhowch linell 1 y cyfeiriad, fel arfer yr adeilad a'r stryd
address-error-line-1-too-long = Rhaid i linell 1 y cyfeiriad fod yn { $max } o nodau neu lai
address-error-line-2-too-long = Rhaid i linell 2 y cyfeiriad fod yn { $max } o nodau neu lai
address-error-town-required = Rhowch y dref neu'r ddinas
address-error-town-too-long = Rhaid i'r dref neu'r ddinas fod yn { $max } o nodau neu lai
address-error-lookup-required = Rhowch god post
address-error-postcode-required = Rhowch y cod post
address-error-postcode-invalid = Rhowch god post llawn yn y DU, fel SE15 5DQ

# "Add another" lists
list-added = { $count ->
    [zero] Rydych wedi ychwanegu { $count } eitem
    [one] Rydych wedi ychwanegu { $count } eitem
    [two] Rydych wedi ychwanegu { $count } eitem
    [few] Rydych wedi ychwanegu { $count } eitem
    [many] Rydych wedi ychwanegu { $count } eitem
   *[other] Rydych wedi ychwanegu { $count } eitem
}
list-remove = Tynnu

# Evidence files
list-or = neu
file-limits = Gallwch ychwanegu hyd at { $count } ffeil. Rhaid i bob un fod yn { $types }, yn llai na { $max }.
file-upload-button = Uwchlwytho ffeiliau
file-added = { $count ->
    [zero] { $count } ffeil wedi’u hychwanegu
    [one] { $count } ffeil wedi’i hychwanegu
    [two] { $count } ffeil wedi’u hychwanegu
    [few] { $count } ffeil wedi’u hychwanegu
    [many] { $count } ffeil wedi’u hychwanegu
   *[other] { $count } ffeil wedi’u hychwanegu
}
file-remove = Tynnu
file-cancel = Canslo
file-uploading = { $name }: { $percent }% wedi’i uwchlwytho
file-uploaded = { $name } wedi’i uwchlwytho
file-cancelled = { $name } heb ei uwchlwytho
file-error-empty = Mae { $name } yn wag. Dewiswch ffeil sydd â rhywbeth ynddi
file-error-too-big = Rhaid i { $name } fod yn llai na { $max }
file-error-total-too-big = Ni chafodd { $name } ei ychwanegu: rhaid i’r ffeiliau fod yn llai na { $total } gyda’i gilydd
file-error-too-many = Ni chafodd { $name } ei ychwanegu: gallwch ychwanegu hyd at { $count } ffeil
file-error-wrong-type = Rhaid i { $name } fod yn { $types }
file-error-password = Mae { $name } wedi’i diogelu gyda chyfrinair. Tynnwch y cyfrinair a’i hychwanegu eto
file-error-damaged = Mae { $name } wedi’i difrodi ac nid oes modd ei hagor. Dewiswch ffeil wahanol
file-error-virus = Mae feirws yn { $name }. Dewiswch ffeil wahanol
file-error-not-checked = Nid oedd modd gwirio { $name } am feirysau. Rhowch gynnig arall arni nes ymlaen
file-error-incomplete = Ni orffennodd { $name } uwchlwytho. Rhowch gynnig arall arni
file-error-none-chosen = Dewiswch ffeil
file-wait = Arhoswch nes bod { $name } wedi gorffen uwchlwytho

## Gweithiwr achos yn symud cais ymlaen

change-status-error-required = Dewiswch statws newydd
change-status-error-not-allowed = { $from ->
    [resolved] Mae'r cais hwn wedi'i ddatrys, felly ni all ei statws newid
    [closed] Mae'r cais hwn wedi'i gau, felly ni all ei statws newid
   *[other] { $to ->
        [received] Ni all cais fynd yn ôl i "wedi dod i law"
        [acknowledged] Ni all cais sy'n cael ei drin fynd yn ôl i "wedi'i gydnabod"
       *[other] Mae gan y cais y statws hwnnw yn barod
    }
}
change-note-error-needed = Dywedwch beth sydd ei angen arnoch gan y preswylydd
change-note-error-outcome = Dywedwch beth yw'r canlyniad
change-note-error-too-long = Rhaid i'r nodyn fod yn { $max } nod neu lai
change-staff-note-error-too-long = Rhaid i'r nodyn i staff fod yn { $max } nod neu lai
change-staff-note-error-required = Rhowch y nodyn i staff

## Cyfrif preswylydd

account-title = Eich cyfrif
account-sign-in-title = Mewngofnodwch i'ch cyfrif
account-sign-in-intro = Rhowch eich cyfeiriad e-bost. Byddwn yn anfon cod a dolen atoch. Defnyddiwch y naill neu'r llall i fewngofnodi: does dim cyfrinair i'w gofio.
account-code-intro = Rydym wedi anfon cod a dolen atoch. Teipiwch y cod yma, neu defnyddiwch y ddolen yn yr e-bost. Mae'r ddau'n gweithio unwaith, am { $minutes } munud.
account-link-expired = Mae'r ddolen fewngofnodi honno wedi'i defnyddio neu wedi dod i ben. Rhowch eich cyfeiriad e-bost i gael un newydd.
account-signed-in-as = Rydych wedi mewngofnodi fel { $email }.
account-requests = Eich ceisiadau
account-no-requests = Nid ydych wedi anfon cais gyda'r cyfeiriad e-bost hwn eto.
account-track = Gweld beth sydd wedi digwydd i gais
account-drafts = Ffurflenni rydych wedi'u dechrau
account-no-drafts = Does gennych chi ddim ffurflenni ar y gweill.
account-draft-saved = cadwyd ddiwethaf { $when }
account-messages = Negeseuon rydym wedi'u hanfon atoch
account-no-messages = Nid ydym wedi anfon unrhyw negeseuon atoch eto.
account-message-request-received = Mae eich cais wedi dod i law
account-message-request-moved = Newyddion am eich cais
account-message-request-over = Canlyniad eich cais
account-message-save-and-return = Eich ffurflen wedi'i chadw
account-data-title = Eich data
account-data-link = Gweld popeth sydd gennym amdanoch, neu ei lawrlwytho
account-data-intro = Dyma bopeth sydd gennym amdanoch yn eich cyfrif: eich manylion, y ceisiadau a anfonoch gyda'ch cyfeiriad e-bost a'ch atebion, ffurflenni rydych wedi'u dechrau, a'r negeseuon a anfonwyd atoch.
account-data-download = Lawrlwytho eich holl ddata (ffeil JSON)
account-data-since = Cyfrif wedi'i wneud
account-data-answers = Eich atebion
account-data-files = Ffeiliau a ychwanegwyd
account-data-draft = Wedi dechrau: { $service }
account-delete-title = Dileu eich cyfrif
account-delete-goes = Mae hyn yn dileu eich cyfrif, y ffurflenni rydych wedi'u dechrau ac unrhyw ffeiliau a ychwanegwyd atynt, a'ch cofnodion mewngofnodi. Byddwch yn cael eich allgofnodi ar bob dyfais.
account-delete-kept = Mae ceisiadau rydych eisoes wedi'u hanfon yn cael eu cadw, gyda'u hatebion a'u ffeiliau, oherwydd rhaid i'r cyngor eu cadw cyhyd ag y mae'r gyfraith yn ei ddweud. Gallwch eu holrhain o hyd gyda'r cyfeirnod a'ch cyfeiriad e-bost.
account-delete-confirm = Cadarnhau
account-delete-confirm-yes = Rwy'n deall. Dilëwch fy nghyfrif.
account-delete-confirm-error-required = Cadarnhewch eich bod am ddileu eich cyfrif
account-delete-button = Dileu fy nghyfrif
account-deleted = Mae eich cyfrif wedi'i ddileu. Mae ceisiadau a anfonoch yn cael eu cadw, a gallwch eu holrhain o hyd.
profile-used = Rydym wedi llenwi eich manylion sydd wedi'u cadw. Gwiriwch nhw, a'u newid yma os ydyn nhw'n wahanol y tro hwn.
profile-save-legend = Eich cyfrif
profile-save-hint = Dim ond yr hyn rydych yn ei dicio sy'n cael ei gadw yn eich cyfrif.
profile-save-new = Cadw fy ateb i "{ $question }" yn fy nghyfrif ar gyfer y tro nesaf
profile-save-change = Newid "{ $question }" yn fy nghyfrif hefyd
profile-heading = Eich manylion wedi'u cadw
profile-intro = Rydym yn llenwi'r rhain i chi ar ffurflenni sy'n gofyn amdanynt. Chi sy'n dewis, ar bob ffurflen, a yw newid yn cael ei gadw yma.
profile-remove = Dileu
profile-uses = Sut rydym wedi defnyddio eich manylion
profile-use = { $detail } wedi'i lenwi ar { $service }, { $when }
profile-field-language = Iaith
profile-field-contact-method = Sut i gysylltu â chi
profile-field-access-needs = Help sydd ei angen arnoch
profile-not-saved = Heb ei gadw
profile-change = Newid
profile-add = Ychwanegu
profile-field-interpreter-language = Cyfieithydd ar gyfer
profile-field-name = Enw
profile-field-date-of-birth = Dyddiad geni
profile-field-email = Cyfeiriad e-bost
profile-field-phone = Rhif ffôn
profile-field-address = Cyfeiriad
profile-pass-on-heading = Rydych wedi newid eich manylion. Dweud wrthym unwaith?
profile-pass-on-legend = Pa rai o'ch ceisiadau agored ddylai gael eich manylion newydd?
profile-pass-on-button = Eu hanfon ymlaen
profile-keep-button = Nid nawr
profile-passed-on = Manylion newydd – { $detail }: { $value }
account-provider-heading = Neu defnyddiwch eich cyfrif cyngor
account-provider-button = Mewngofnodi gyda { $name }
account-provider-failed = Ni weithiodd mewngofnodi gyda'ch cyfrif cyngor. Rhowch gynnig arall arni, neu defnyddiwch y cod rydym yn ei anfon atoch.
account-sign-out = Allgofnodi
account-sign-out-everywhere = Allgofnodi ar bob dyfais

## Ffurflen "eich manylion" (manylion preswylydd wedi'u cadw)

details-title = Eich manylion wedi'u cadw
details-summary = Manylion rydym yn eu llenwi i chi ar ffurflenni.
details-standard = Wedi'u cadw ar unwaith.
details-name-title = Eich enw
details-full-name-label = Beth yw eich enw llawn?
details-full-name-summary = Enw
details-full-name-error-required = Rhowch eich enw llawn
details-full-name-error-too-long = Rhaid i'ch enw fod yn { $max } nod neu lai
details-date-of-birth-title = Eich dyddiad geni
details-date-of-birth-label = Beth yw eich dyddiad geni?
details-date-of-birth-summary = Dyddiad geni
details-date-of-birth-hint = Er enghraifft, 27 3 1985
details-date-of-birth-error-required = Rhowch eich dyddiad geni
details-date-of-birth-error-incomplete = Rhaid i'ch dyddiad geni gynnwys diwrnod, mis a blwyddyn
details-date-of-birth-error-invalid = Rhaid i'ch dyddiad geni fod yn ddyddiad go iawn
details-date-of-birth-error-year-digits = Rhaid i'r flwyddyn gael 4 rhif
details-date-of-birth-error-future = Rhaid i'ch dyddiad geni fod yn y gorffennol
details-email-title = Eich cyfeiriad e-bost
details-email-label = Pa gyfeiriad e-bost ddylai ffurflenni ei ddefnyddio?
details-email-summary = Cyfeiriad e-bost
details-email-error-required = Rhowch gyfeiriad e-bost
details-email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com
details-phone-title = Eich rhif ffôn
details-phone-label = Beth yw eich rhif ffôn?
details-phone-summary = Rhif ffôn
details-phone-error-required = Rhowch rif ffôn
details-phone-error-invalid = Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982
details-address-title = Eich cyfeiriad
details-address-label = Beth yw eich cyfeiriad?
details-address-summary = Cyfeiriad
details-address-hint = Rhowch eich cod post a dewiswch Dod o hyd i gyfeiriad, neu teipiwch eich cyfeiriad.
details-address-error-required = Rhowch eich cyfeiriad
details-language-title = Eich iaith
details-language-label = Pa iaith ddylem ni ei defnyddio?
details-language-summary = Iaith
details-language-error-required = Dewiswch iaith
details-language-en-gb = English (Saesneg)
details-language-cy = Cymraeg
details-language-pl = Polski (Pwyleg)
details-language-ro = Română (Rwmaneg)
details-language-pt = Português (Portiwgaleg)
details-language-es = Español (Sbaeneg)
details-language-tr = Türkçe (Tyrceg)
details-language-so = Soomaali (Somalieg)
details-language-bn = বাংলা (Bengaleg)
details-language-ur = اردو (Wrdw)
details-language-ar = العربية (Arabeg)
details-language-zh-hans = 中文（简体） (Tsieinëeg Syml)
details-language-uk = Українська (Wcreineg)
details-contact-method-title = Sut i gysylltu â chi
details-contact-method-label = Sut hoffech i ni gysylltu â chi?
details-contact-method-summary = Sut i gysylltu â chi
details-contact-method-error-required = Dewiswch sut hoffech i ni gysylltu â chi
details-contact-method-email = Drwy e-bost
details-contact-method-phone = Dros y ffôn
details-contact-method-post = Drwy'r post
details-access-needs-title = Help sydd ei angen arnoch gennym
details-access-needs-label = Oes angen unrhyw un o'r rhain arnoch gennym?
details-access-needs-summary = Help sydd ei angen arnoch
details-access-needs-hint = Dewiswch bob un sy'n berthnasol.
details-access-needs-error-required = Dewiswch o leiaf un, neu ewch yn ôl
details-interpreter-language-label = Os oes angen cyfieithydd arnoch, ar gyfer pa iaith? (dewisol)
details-interpreter-language-summary = Cyfieithydd ar gyfer
details-interpreter-language-hint = Er enghraifft, Pwyleg, Somalieg neu Bengaleg
details-interpreter-language-error-too-long = Rhaid i'r iaith fod yn { $max } nod neu lai
details-access-needs-large-print = Llythyrau mewn print bras
details-access-needs-easy-read = Fersiynau hawdd eu darllen
details-access-needs-british-sign-language = Dehonglydd Iaith Arwyddion Prydain
details-access-needs-interpreter = Cyfieithydd ar gyfer iaith arall
details-access-needs-someone-speaks-for-me = Rhywun sy'n siarad ar fy rhan

## Tudalennau gweithwyr achos

staff-area = Gweithwyr achos
staff-sign-in-title = Mewngofnodwch i weld ceisiadau
staff-sign-in-intro = Rhowch eich cyfeiriad e-bost cyngor. Byddwn yn anfon cod atoch i fewngofnodi.
staff-email-label = Cyfeiriad e-bost
staff-email-error-required = Rhowch eich cyfeiriad e-bost
staff-email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@council.gov.uk
button-send-code = Anfon cod
staff-code-title = Gwiriwch eich e-bost
staff-code-intro = Os oes gan y cyfeiriad hwnnw gyfrif, rydym wedi anfon cod ato. Mae'r cod yn gweithio am { $minutes } munud, unwaith.
staff-code-label = Cod
staff-code-hint = Mae ganddo 6 rhif, fel 042917
staff-code-error-required = Rhowch y cod o'r e-bost
staff-code-error-invalid = Mae gan y cod { $digits } rhif
staff-code-error-wrong = Mae'r cod yn anghywir neu wedi dod i ben. Gwiriwch yr e-bost, neu gofynnwch am god newydd
staff-code-again = Cael cod newydd
button-sign-in = Mewngofnodi
staff-signed-in-as = Wedi mewngofnodi fel { $name }
staff-sign-out = Allgofnodi
staff-requests-title = Ceisiadau
staff-filter-service = Gwasanaeth
staff-filter-status = Statws
staff-filter-any = Unrhyw un
staff-filter-overdue = Ceisiadau hwyr yn unig
button-filter = Dangos ceisiadau
staff-requests-count = { $count ->
    [zero] { $count } cais, yn nhrefn y dyddiad a addawyd (y cynharaf yn gyntaf)
    [one] { $count } cais, yn nhrefn y dyddiad a addawyd (y cynharaf yn gyntaf)
    [two] { $count } gais, yn nhrefn y dyddiad a addawyd (y cynharaf yn gyntaf)
    [few] { $count } chais, yn nhrefn y dyddiad a addawyd (y cynharaf yn gyntaf)
    [many] { $count } chais, yn nhrefn y dyddiad a addawyd (y cynharaf yn gyntaf)
   *[other] { $count } cais, yn nhrefn y dyddiad a addawyd (y cynharaf yn gyntaf)
}
staff-requests-none = Does dim ceisiadau'n cyfateb. Rhowch gynnig ar hidlwyr eraill.
staff-column-reference = Cyfeirnod
staff-column-service = Cais
staff-column-status = Statws
staff-column-sent = Anfonwyd ar
staff-column-act-by = Gweithredu erbyn
staff-overdue = Hwyr
staff-replied = Mae'r preswylydd wedi ateb
staff-ratings-heading = Pa mor fodlon oedd preswylwyr
staff-ratings-none = Does dim preswylydd wedi rhoi sgôr i'r gwasanaeth hwn eto.
staff-ratings-answer = Ateb
staff-ratings-count = Preswylwyr
staff-status-received = Wedi dod i law
staff-status-acknowledged = Wedi'i gydnabod
staff-status-in-progress = Ar waith
staff-status-waiting-for-resident = Yn aros am y preswylydd
staff-status-resolved = Wedi'i ddatrys
staff-status-closed = Wedi'i gau
staff-request-title = Cais { $reference }
staff-back = Yn ôl i'r ceisiadau
staff-contact = E-bost y preswylydd
staff-language = Iaith
staff-answers-heading = Atebion
staff-files-heading = Tystiolaeth
staff-files-none = Ni anfonwyd unrhyw ffeiliau.
staff-file-clean = Wedi'i wirio am feirysau
staff-file-not-scanned = Heb ei wirio am feirysau
staff-file-with-reply = wedi'i anfon gydag ateb
staff-file-download = Lawrlwytho
staff-history-heading = Hanes
staff-history-reply = Mae'r preswylydd wedi ateb
staff-history-note = Nodyn staff
staff-history-staff-note = Nodyn staff: { $note }
staff-history-by = Gan { $name }
staff-failed-heading = Negeseuon heb eu hanfon
staff-failed-intro = Nid oedd modd anfon y negeseuon hyn at y preswylydd. Cysylltwch â nhw mewn ffordd arall.
staff-message-request-received = Cydnabyddiaeth
staff-message-request-moved = Newyddion am eu cais
staff-message-request-over = Canlyniad eu cais
staff-message-save-and-return = Ffurflen wedi'i chadw
staff-rating = Sgôr y preswylydd
staff-change-heading = Symud y cais hwn ymlaen
staff-request-over = Mae'r cais hwn wedi dod i ben. Ni ellir ei symud eto.
change-status-label = Statws newydd
change-note-label = Nodyn i'r preswylydd
change-note-hint = Dywedwch beth sydd ei angen arnoch ganddyn nhw, neu'r canlyniad. Maen nhw'n gweld hyn ar y dudalen olrhain ac mewn e-bost.
change-staff-note-label = Nodyn i staff yn unig
change-staff-note-hint = Nid yw'r preswylydd byth yn gweld hwn.
button-change-status = Cadw a dweud wrth y preswylydd
change-status-error-moved = Mae rhywun arall wedi symud y cais hwn ymlaen ers i chi ei agor. Gwiriwch ef eto cyn i chi ei newid

## Negeseuon a anfonir at breswylwyr (pwnc a chorff testun plaen i bob un; mae llinell wag yn dechrau
## paragraff)

mail-request-received-subject = Mae eich cais wedi dod i law – cyfeirnod { $reference }
mail-request-received-body =
    Diolch. Mae eich cais wedi dod i law: { $service }.

    Eich cyfeirnod yw { $reference }.

    Byddwn yn gweithredu erbyn { $act_by }.

    Gallwch weld beth sy'n digwydd gyda'ch cais unrhyw bryd: { $link }
mail-request-moved-subject = Newyddion am eich cais { $reference }
mail-request-moved-body =
    Mae newyddion am eich cais: { $service }, cyfeirnod { $reference }.

    Statws: { $status }

    { $note }

    Gweld beth sydd wedi digwydd, neu ateb cwestiwn rydym wedi'i ofyn i chi: { $link }
mail-save-and-return-subject = Dewch yn ôl at eich ffurflen
mail-save-and-return-body =
    Mae eich atebion i { $service } wedi'u cadw.

    I ddod yn ôl at eich ffurflen, defnyddiwch y ddolen hon: { $link }

    Mae'r ddolen yn gweithio tan { $expires_on }. Ar ôl hynny caiff eich atebion eu dileu.
mail-request-over-subject = Eich cais { $reference }: { $status }
mail-request-over-body =
    Mae canlyniad i'ch cais: { $service }, cyfeirnod { $reference }.

    Statws: { $status }

    { $note }

    Dywedwch wrthym pa mor fodlon ydych chi â'r ffordd y gwnaethom ddelio ag ef (un cwestiwn): { $link }
mail-staff-sign-in-code-subject = Eich cod mewngofnodi
mail-staff-sign-in-code-body =
    Eich cod i fewngofnodi a gweld ceisiadau yw { $code }.

    Mae'n gweithio am { $minutes } munud, unwaith. Os na wnaethoch ofyn amdano, gallwch anwybyddu'r e-bost hwn.
mail-resident-sign-in-subject = Mewngofnodi i'ch cyfrif
mail-resident-sign-in-body =
    Eich cod i fewngofnodi yw { $code }.

    Neu defnyddiwch y ddolen hon i fewngofnodi: { $link }

    Mae'r cod a'r ddolen yn gweithio unwaith, am { $minutes } munud. Os na wnaethoch ofyn i fewngofnodi, gallwch anwybyddu'r e-bost hwn.
