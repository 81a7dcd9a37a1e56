spd-title = Gwneud cais am ostyngiad person sengl ar y Dreth Gyngor (Council Tax)
spd-summary = Cewch 25% oddi ar eich Treth Gyngor (Council Tax) os mai chi yw'r unig oedolyn sy'n byw yn eich cartref.
spd-keywords = treth gyngor gostyngiad person sengl byw ar fy mhen fy hun byw ar eich pen eich hun 25 y cant lleihad council tax discount single person live alone 25 percent reduction
spd-standard = Byddwn yn rhoi gwybod i chi am ein penderfyniad erbyn { $date }.
spd-start-intro = Gallwch gael 25% oddi ar eich bil Treth Gyngor (Council Tax) os mai chi yw'r unig oedolyn (18 oed neu hŷn) sy'n byw yn eich cartref.
spd-start-time = Mae'n cymryd tua 3 munud.
spd-start-need = Bydd angen:
spd-start-need-account = rhif cyfrif eich Treth Gyngor (Council Tax), o'ch bil
spd-start-need-date = y dyddiad y gwnaethoch ddechrau byw ar eich pen eich hun
spd-start-need-contact = cyfeiriad e-bost

spd-account-title = Beth yw rhif cyfrif eich Treth Gyngor (Council Tax)?
spd-account-number-label = Beth yw rhif cyfrif eich Treth Gyngor (Council Tax)?
spd-account-number-hint = Mae'n 8 rhif, ar frig eich bil.
spd-account-number-summary = Rhif cyfrif
spd-account-number-error-required = Rhowch rif cyfrif eich Treth Gyngor (Council Tax)
spd-account-number-error-too-long = Rhaid i'r rhif cyfrif fod yn { $max } o nodau neu lai
spd-account-number-error-pattern = Rhowch eich rhif cyfrif fel 8 rhif, fel 12345678

spd-address-title = Beth yw cyfeiriad yr eiddo?
spd-postcode-label = Cod post
spd-postcode-hint = Er enghraifft, SE1 2QH
spd-postcode-summary = Cod post
spd-postcode-error-required = Rhowch y cod post
spd-postcode-error-invalid = Rhowch god post llawn yn y DU, fel SE1 2QH
spd-address-line-1-label = Rhif neu enw'r tŷ, a'r stryd
spd-address-line-1-summary = Cyfeiriad
spd-address-line-1-error-required = Rhowch rif neu enw'r tŷ, a'r stryd
spd-address-line-1-error-too-long = Rhaid i rif neu enw'r tŷ, a'r stryd fod yn { $max } o nodau neu lai

spd-adults-title = Faint o oedolion sy'n byw yn yr eiddo, gan eich cynnwys chi?
spd-adults-label = Faint o oedolion sy'n byw yn yr eiddo, gan eich cynnwys chi?
spd-adults-hint = Cyfrwch bawb sy'n 18 oed neu hŷn ac sy'n byw yno y rhan fwyaf o'r amser.
spd-adults-summary = Oedolion sy'n byw yno
spd-adults-error-required = Rhowch faint o oedolion sy'n byw yn yr eiddo
spd-adults-error-invalid = Rhowch nifer yr oedolion fel rhif cyfan, fel 1
spd-adults-error-too-small = Rhaid i nifer yr oedolion fod yn { $min } neu fwy
spd-adults-error-too-large = Rhaid i nifer yr oedolion fod yn { $max } neu lai

spd-not-eligible-title = Ni allwch gael gostyngiad person sengl
spd-not-eligible-body = Dim ond ar gyfer cartrefi lle mae un oedolyn yn byw y mae'r gostyngiad.

    Efallai y gallwch gael gostyngiad o hyd os yw rhywun yn eich cartref yn fyfyriwr llawn amser, yn ofalwr neu â nam meddyliol difrifol. Ffoniwch ni ar 020 7946 0000 i gael gwybod.

spd-since-title = Pryd wnaethoch chi ddechrau byw ar eich pen eich hun?
spd-since-label = Pryd wnaethoch chi ddechrau byw ar eich pen eich hun?
spd-since-hint = Er enghraifft, 1 9 2026
spd-since-summary = Yn byw ar eich pen eich hun ers
spd-since-error-required = Rhowch y dyddiad y gwnaethoch ddechrau byw ar eich pen eich hun
spd-since-error-incomplete = Rhaid i'r dyddiad y gwnaethoch ddechrau byw ar eich pen eich hun gynnwys { $missing ->
    [day] diwrnod
    [month] mis
    [year] blwyddyn
    [day-month] diwrnod a mis
    [day-year] diwrnod a blwyddyn
   *[month-year] mis a blwyddyn
  }
spd-since-error-invalid = Rhaid i'r dyddiad y gwnaethoch ddechrau byw ar eich pen eich hun fod yn ddyddiad go iawn
spd-since-error-year-digits = Rhaid i'r flwyddyn gynnwys 4 rhif
spd-since-error-future = Rhaid i'r dyddiad y gwnaethoch ddechrau byw ar eich pen eich hun fod heddiw neu yn y gorffennol
spd-since-error-too-early = Rhaid i'r dyddiad y gwnaethoch ddechrau byw ar eich pen eich hun fod ar { $date } neu ar ôl hynny

spd-moved-out-title = A oedd oedolyn arall yn byw gyda chi ac wedi symud allan yn y 3 mis diwethaf?
spd-moved-out-label = A oedd oedolyn arall yn byw gyda chi ac wedi symud allan yn y 3 mis diwethaf?
spd-moved-out-hint = Er enghraifft, partner, plentyn sydd wedi tyfu neu letywr.
spd-moved-out-summary = Oedolyn arall wedi symud allan yn ddiweddar
spd-moved-out-error-required = Dewiswch ‘Ie’ os symudodd oedolyn arall allan yn y 3 mis diwethaf

spd-proof-title = Uwchlwythwch brawf eich bod yn byw yn y cyfeiriad
spd-proof-label = Uwchlwythwch brawf eich bod yn byw yn y cyfeiriad
spd-proof-hint = Bil, cyfriflen banc neu lythyr o’r 3 mis diwethaf, gyda’ch enw a’r cyfeiriad hwn arno. Mae llun ohono yn iawn.
spd-proof-summary = Prawf o gyfeiriad
spd-proof-error-required = Uwchlwythwch brawf eich bod yn byw yn y cyfeiriad

spd-moved-out-proof-title = Uwchlwythwch brawf eu bod wedi symud allan
spd-moved-out-proof-label = Uwchlwythwch brawf eu bod wedi symud allan
spd-moved-out-proof-hint = Er enghraifft, eu cytundeb tenantiaeth newydd, neu lythyr a anfonwyd atynt yn eu cyfeiriad newydd.
spd-moved-out-proof-summary = Prawf eu bod wedi symud allan
spd-moved-out-proof-error-required = Uwchlwythwch brawf bod yr oedolyn arall wedi symud allan

spd-contact-title = Eich manylion
spd-full-name-label = Enw llawn
spd-full-name-summary = Enw
spd-full-name-error-required = Rhowch eich enw llawn
spd-full-name-error-too-long = Rhaid i'r enw llawn fod yn { $max } o nodau neu lai
spd-email-label = Cyfeiriad e-bost
spd-email-hint = Byddwn yn anfon ein penderfyniad i'r cyfeiriad hwn
spd-email-summary = Cyfeiriad e-bost
spd-email-error-required = Rhowch eich cyfeiriad e-bost
spd-email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com

spd-next-steps = Os byddwn yn rhoi'r gostyngiad i chi, byddwn yn anfon bil newydd atoch. Rhowch wybod i ni os bydd oedolyn arall yn symud i mewn.
