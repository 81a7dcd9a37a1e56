missed-bin-title = Rhoi gwybod am fin heb ei gasglu
missed-bin-summary = Rhowch wybod i ni os na wnaethom wagio eich bin ar eich diwrnod casglu.
missed-bin-standard = Byddwn yn dod yn ôl i gasglu eich bin erbyn { $date }.
missed-bin-start-intro = Defnyddiwch y gwasanaeth hwn i roi gwybod i ni os na wnaethom gasglu eich sbwriel, ailgylchu, gwastraff bwyd neu wastraff gardd ar eich diwrnod arferol.
missed-bin-start-need = Bydd angen:
missed-bin-start-need-address = cyfeiriad y casgliad
missed-bin-start-need-date = y dyddiad y cafodd eich bin ei fethu
missed-bin-start-need-email = cyfeiriad e-bost, er mwyn i ni roi diweddariadau i chi
missed-bin-start-time = Mae'n cymryd tua 3 munud.
missed-bin-start-limit = Dim ond casgliad a gafodd ei fethu yn ystod y 14 diwrnod diwethaf y gallwch roi gwybod amdano.

missed-bin-address-title = Beth yw cyfeiriad y casgliad?
missed-bin-postcode-label = Cod post
missed-bin-postcode-hint = Er enghraifft, SE1 2QH
missed-bin-postcode-summary = Cod post
missed-bin-postcode-error-required = Rhowch god post y casgliad
missed-bin-postcode-error-invalid = Rhowch god post llawn yn y DU, fel SE1 2QH
missed-bin-address-line-1-label = Rhif neu enw'r tŷ, a'r stryd
missed-bin-address-line-1-hint = Er enghraifft, 12 Heol y Frenhines
missed-bin-address-line-1-summary = Cyfeiriad
missed-bin-address-line-1-error-required = Rhowch rif neu enw'r tŷ, a'r stryd
missed-bin-address-line-1-error-too-long = Rhaid i rif neu enw'r tŷ, a'r stryd fod yn { $max } o nodau neu lai

missed-bin-which-bin-title = Pa fin wnaethom ei fethu?
missed-bin-bin-label = Pa fin wnaethom ei fethu?
missed-bin-bin-summary = Y bin
missed-bin-bin-rubbish = Sbwriel
missed-bin-bin-recycling = Ailgylchu
missed-bin-bin-food-waste = Gwastraff bwyd
missed-bin-bin-garden-waste = Gwastraff gardd
missed-bin-bin-error-required = Dewiswch pa fin wnaethom ei fethu

missed-bin-date-title = Pryd wnaethom fethu eich bin?
missed-bin-date-label = Pryd wnaethom fethu eich bin?
missed-bin-date-hint = Er enghraifft, 20 11 2026
missed-bin-date-summary = Dyddiad y methiant
missed-bin-date-error-required = Rhowch y dyddiad y gwnaethom fethu eich bin
missed-bin-date-error-incomplete = Rhaid i'r dyddiad y gwnaethom fethu eich bin gynnwys { $missing ->
    [day] diwrnod
    [month] mis
    [year] blwyddyn
    [day-month] diwrnod a mis
    [day-year] diwrnod a blwyddyn
   *[month-year] mis a blwyddyn
  }
missed-bin-date-error-invalid = Rhaid i'r dyddiad y gwnaethom fethu eich bin fod yn ddyddiad go iawn
missed-bin-date-error-year-digits = Rhaid i'r flwyddyn gynnwys 4 rhif
missed-bin-date-error-future = Rhaid i'r dyddiad y gwnaethom fethu eich bin fod heddiw neu yn y gorffennol
missed-bin-date-error-too-old = Rhaid i'r dyddiad y gwnaethom fethu eich bin fod yn ystod y { $days } diwrnod diwethaf

missed-bin-more-information-title = A oes unrhyw beth arall y dylem ei wybod?
missed-bin-more-information-label = A oes unrhyw beth arall y dylem ei wybod? (dewisol)
missed-bin-more-information-hint = Er enghraifft, ble wnaethoch chi adael y bin neu sut i'w gyrraedd
missed-bin-more-information-summary = Unrhyw beth arall
missed-bin-more-information-error-too-long = Rhaid i unrhyw beth arall y dylem ei wybod fod yn { $max } o nodau neu lai

missed-bin-contact-title = Sut allwn ni gysylltu â chi?
missed-bin-email-label = Cyfeiriad e-bost
missed-bin-email-hint = Byddwn yn anfon eich cyfeirnod a diweddariadau i'r cyfeiriad hwn
missed-bin-email-summary = Cyfeiriad e-bost
missed-bin-email-error-required = Rhowch eich cyfeiriad e-bost
missed-bin-email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com
missed-bin-phone-label = Rhif ffôn (dewisol)
missed-bin-phone-hint = Ar gyfer rhif yn y DU, fel 07700 900 982
missed-bin-phone-summary = Rhif ffôn
missed-bin-phone-error-invalid = Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982

missed-bin-next-steps = Byddwn yn dod yn ôl i gasglu eich bin. Nid oes angen i chi wneud unrhyw beth arall.
missed-bin-next-steps-leave-out = Gadewch eich bin allan nes i ni ei gasglu.
