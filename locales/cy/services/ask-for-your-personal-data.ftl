sar-title = Gofyn am y data personol sydd gennym amdanoch
sar-summary = Cael copi o'r wybodaeth sydd gan y cyngor amdanoch.
sar-keywords = cais gwrthrych am wybodaeth diogelu data fy nghofnodion gwybodaeth bersonol data personol subject access request sar gdpr data protection my records personal information
sar-standard = Byddwn yn anfon eich gwybodaeth erbyn { $date }. Mae hyn yn un mis, yn ôl y gyfraith.
sar-start-intro = Mae gennych hawl i gael copi o'r wybodaeth bersonol sydd gan y cyngor amdanoch. Mae am ddim.
sar-start-time = Mae'n cymryd tua 5 munud.
sar-start-need = Bydd angen:
sar-start-need-details = eich enw a'ch dyddiad geni, er mwyn i ni ddod o hyd i'ch cofnodion
sar-start-need-contact = cyfeiriad e-bost

sar-whose-title = Am bwy ydych chi eisiau gwybodaeth?
sar-whose-label = Am bwy ydych chi eisiau gwybodaeth?
sar-whose-summary = Gwybodaeth am bwy
sar-whose-mine = Amdanaf i
sar-whose-someone-else = Am rywun arall
sar-whose-error-required = Dewiswch am bwy rydych eisiau gwybodaeth

sar-someone-else-title = Mae angen i chi gysylltu â ni i ofyn am wybodaeth rhywun arall
sar-someone-else-body = I gael gwybodaeth rhywun arall, mae angen eu caniatâd ysgrifenedig arnoch, neu awdurdod cyfreithiol fel atwrneiaeth.

    Ffoniwch ni ar 020 7946 0000, neu ewch i unrhyw lyfrgell neu ganolfan gwasanaethau cwsmeriaid, a byddwn yn dweud wrthych beth sydd angen i chi ei anfon.

sar-about-you-title = Amdanoch chi
sar-full-name-label = Enw llawn
sar-full-name-summary = Enw
sar-full-name-error-required = Rhowch eich enw llawn
sar-full-name-error-too-long = Rhaid i'r enw llawn fod yn { $max } o nodau neu lai
sar-date-of-birth-label = Dyddiad geni
sar-date-of-birth-hint = Er enghraifft, 27 3 1985
sar-date-of-birth-summary = Dyddiad geni
sar-date-of-birth-error-required = Rhowch eich dyddiad geni
sar-date-of-birth-error-incomplete = Rhaid i'r dyddiad geni gynnwys { $missing ->
    [day] diwrnod
    [month] mis
    [year] blwyddyn
    [day-month] diwrnod a mis
    [day-year] diwrnod a blwyddyn
   *[month-year] mis a blwyddyn
  }
sar-date-of-birth-error-invalid = Rhaid i'r dyddiad geni fod yn ddyddiad go iawn
sar-date-of-birth-error-year-digits = Rhaid i'r flwyddyn gynnwys 4 rhif
sar-date-of-birth-error-future = Rhaid i'r dyddiad geni fod yn y gorffennol

sar-information-title = Pa wybodaeth ydych chi ei heisiau?
sar-information-label = Pa wybodaeth ydych chi ei heisiau?
sar-information-hint = Er enghraifft, eich ffeil dai, neu negeseuon e-bost am gŵyn. Rhowch ddyddiadau os gallwch.
sar-information-summary = Y wybodaeth rydych ei heisiau
sar-information-error-required = Rhowch y wybodaeth rydych ei heisiau
sar-information-error-too-long = Rhaid i'r hyn rydych ei eisiau fod yn { $max } o nodau neu lai

sar-contact-title = Beth yw eich cyfeiriad e-bost?
sar-email-label = Beth yw eich cyfeiriad e-bost?
sar-email-hint = Byddwn yn anfon eich cyfeirnod a diweddariadau i'r cyfeiriad hwn
sar-email-summary = Cyfeiriad e-bost
sar-email-error-required = Rhowch eich cyfeiriad e-bost
sar-email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com

sar-next-steps = Byddwn yn gofyn i chi am brawf o bwy ydych chi cyn i ni anfon eich gwybodaeth.
