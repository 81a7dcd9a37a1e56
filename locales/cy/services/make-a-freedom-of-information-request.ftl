foi-title = Gwneud cais Rhyddid Gwybodaeth (Freedom of Information)
foi-summary = Gofyn am wybodaeth sydd gan y cyngor.
foi-keywords = rhyddid gwybodaeth gwybodaeth amgylcheddol cais am wybodaeth cais am ddata foi freedom of information eir environmental information data request
foi-standard = Byddwn yn ateb erbyn { $date }. Mae hyn yn 20 diwrnod gwaith, yn ôl y gyfraith.
foi-start-intro = Gall unrhyw un ofyn am wybodaeth sydd gan y cyngor, fel adroddiadau, gwariant ac ystadegau. Mae hyn yn cynnwys gwybodaeth amgylcheddol.
foi-start-published = Edrychwch ar ein gwefan yn gyntaf: mae llawer o'n gwybodaeth eisoes wedi'i chyhoeddi.
foi-start-time = Mae'n cymryd tua 5 munud.
foi-start-need = Bydd angen:
foi-start-need-what = disgrifio'r wybodaeth rydych ei heisiau mor glir ag y gallwch
foi-start-need-contact = eich enw a'ch cyfeiriad e-bost

foi-information-title = Pa wybodaeth ydych chi ei heisiau?
foi-information-label = Pa wybodaeth ydych chi ei heisiau?
foi-information-hint = Rhowch ddyddiadau a lleoedd os gallwch. Po gliriaf yw eich cais, y cyflymaf y gallwn ateb.
foi-information-summary = Y wybodaeth rydych ei heisiau
foi-information-error-required = Rhowch y wybodaeth rydych ei heisiau
foi-information-error-too-long = Rhaid i'ch cais fod yn { $max } o nodau neu lai

foi-format-title = Sut hoffech chi gael y wybodaeth?
foi-format-label = Sut hoffech chi gael y wybodaeth?
foi-format-summary = Fformat
foi-format-email = Drwy e-bost
foi-format-paper = Ar bapur, drwy'r post
foi-format-error-required = Dewiswch sut hoffech chi gael y wybodaeth

foi-contact-title = Eich manylion
foi-full-name-label = Enw llawn
foi-full-name-hint = Mae'r gyfraith yn dweud bod angen eich enw go iawn arnom i ateb cais Rhyddid Gwybodaeth (Freedom of Information).
foi-full-name-summary = Enw
foi-full-name-error-required = Rhowch eich enw llawn
foi-full-name-error-too-long = Rhaid i'r enw llawn fod yn { $max } o nodau neu lai
foi-email-label = Cyfeiriad e-bost
foi-email-hint = Byddwn yn anfon ein hateb i'r cyfeiriad hwn
foi-email-summary = Cyfeiriad e-bost
foi-email-error-required = Rhowch eich cyfeiriad e-bost
foi-email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com

foi-next-steps = Os bydd angen mwy o amser neu fwy o fanylion gennych arnom, byddwn yn rhoi gwybod i chi o fewn 20 diwrnod gwaith.
