fly-tipping-title = Rhoi gwybod am dipio anghyfreithlon
fly-tipping-summary = Rhowch wybod i ni am sbwriel sydd wedi'i adael ar stryd, llwybr neu fan cyhoeddus arall.
fly-tipping-keywords = tipio anghyfreithlon sbwriel wedi'i adael gwastraff taflu sbwriel matres dympio dumped rubbish waste litter mattress dumping
fly-tipping-standard = Byddwn yn ei glirio neu'n dweud wrthych beth rydym yn ei wneud erbyn { $date }.
fly-tipping-start-intro = Defnyddiwch y gwasanaeth hwn i roi gwybod am sbwriel sydd wedi'i adael ar dir cyhoeddus, fel stryd, llwybr, parc neu lôn gefn.
fly-tipping-start-danger = Peidiwch â chyffwrdd ag unrhyw beth a allai fod yn beryglus, fel nodwyddau, cemegion neu asbestos.
fly-tipping-start-time = Mae'n cymryd tua 3 munud.
fly-tipping-start-need = Bydd angen:
fly-tipping-start-need-where = dweud wrthym ble mae'r sbwriel
fly-tipping-start-need-what = dweud wrthym pa fath o sbwriel ydyw

fly-tipping-where-title = Ble mae'r sbwriel?
fly-tipping-location-label = Disgrifiwch ble mae'r sbwriel
fly-tipping-location-hint = Er enghraifft, y tu allan i 12 Heol y Frenhines, wrth yr arhosfan bysiau
fly-tipping-location-summary = Ble
fly-tipping-location-error-required = Rhowch ble mae'r sbwriel
fly-tipping-location-error-too-long = Rhaid i'r disgrifiad o ble mae'r sbwriel fod yn { $max } o nodau neu lai
fly-tipping-postcode-label = Cod post (dewisol)
fly-tipping-postcode-hint = Os ydych yn ei wybod, er enghraifft SE1 2QH
fly-tipping-postcode-summary = Cod post
fly-tipping-postcode-error-invalid = Rhowch god post llawn yn y DU, fel SE1 2QH

fly-tipping-what-title = Beth sydd wedi'i adael?
fly-tipping-waste-label = Beth sydd wedi'i adael?
fly-tipping-waste-hint = Dewiswch bob un sy'n berthnasol.
fly-tipping-waste-summary = Beth
fly-tipping-waste-bags = Bagiau sbwriel
fly-tipping-waste-furniture = Dodrefn neu fatresi
fly-tipping-waste-electrical = Oergelloedd, setiau teledu neu eitemau trydanol eraill
fly-tipping-waste-building = Rwbel adeiladu
fly-tipping-waste-garden = Gwastraff gardd
fly-tipping-waste-other = Rhywbeth arall
fly-tipping-waste-error-required = Dewiswch beth sydd wedi'i adael

fly-tipping-photos-title = Ychwanegwch luniau o'r tipio anghyfreithlon (dewisol)
fly-tipping-photos-label = Ychwanegwch luniau o'r tipio anghyfreithlon (dewisol)
fly-tipping-photos-hint = Mae lluniau'n helpu ein criw i ddod o hyd i'r sbwriel a'i glirio. Peidiwch â rhoi eich hun mewn perygl i'w tynnu.
fly-tipping-photos-summary = Lluniau

fly-tipping-dangerous-title = A allai unrhyw ran ohono fod yn beryglus?
fly-tipping-dangerous-label = A allai unrhyw ran ohono fod yn beryglus?
fly-tipping-dangerous-hint = Er enghraifft, nodwyddau, cemegion, poteli nwy neu asbestos
fly-tipping-dangerous-summary = Gallai fod yn beryglus
fly-tipping-dangerous-error-required = Dewiswch ‘Ie’ os gallai unrhyw ran ohono fod yn beryglus

fly-tipping-seen-title = Pryd wnaethoch chi weld y sbwriel?
fly-tipping-seen-label = Pryd wnaethoch chi weld y sbwriel?
fly-tipping-seen-hint = Er enghraifft, 20 11 2026
fly-tipping-seen-summary = Dyddiad ei weld
fly-tipping-seen-error-required = Rhowch y dyddiad y gwnaethoch weld y sbwriel
fly-tipping-seen-error-incomplete = Rhaid i'r dyddiad y gwnaethoch weld y sbwriel gynnwys { $missing ->
    [day] diwrnod
    [month] mis
    [year] blwyddyn
    [day-month] diwrnod a mis
    [day-year] diwrnod a blwyddyn
   *[month-year] mis a blwyddyn
  }
fly-tipping-seen-error-invalid = Rhaid i'r dyddiad y gwnaethoch weld y sbwriel fod yn ddyddiad go iawn
fly-tipping-seen-error-year-digits = Rhaid i'r flwyddyn gynnwys 4 rhif
fly-tipping-seen-error-future = Rhaid i'r dyddiad y gwnaethoch weld y sbwriel fod heddiw neu yn y gorffennol

fly-tipping-contact-title = Beth yw eich cyfeiriad e-bost?
fly-tipping-email-label = Beth yw eich cyfeiriad e-bost?
fly-tipping-email-hint = Byddwn yn anfon eich cyfeirnod a diweddariadau i'r cyfeiriad hwn
fly-tipping-email-summary = Cyfeiriad e-bost
fly-tipping-email-error-required = Rhowch eich cyfeiriad e-bost
fly-tipping-email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com

fly-tipping-next-steps = Bydd tîm glanhau strydoedd yn gwirio'r sbwriel ac yn ei glirio. Os byddwn yn dod o hyd i dystiolaeth o bwy wnaeth ei adael, efallai y byddwn yn cymryd camau yn eu herbyn.
