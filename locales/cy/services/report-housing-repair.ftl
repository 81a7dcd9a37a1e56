repair-title = Rhoi gwybod am waith trwsio yn eich cartref cyngor
repair-summary = Rhowch wybod i ni am rywbeth sydd angen ei drwsio yn eich cartref cyngor.
repair-keywords = gwaith trwsio atgyweirio tai gollyngiad lleithder llwydni wedi torri tenant cartref housing repairs leak damp mould broken tenant home
repair-standard = Byddwn yn cysylltu â chi erbyn { $date } i drefnu'r gwaith trwsio.
repair-start-intro = Defnyddiwch y gwasanaeth hwn os ydych yn rhentu eich cartref gan y cyngor.
repair-start-emergency = Os oes argyfwng, fel arogl nwy, llifogydd neu drydan yn gwreichioni, peidiwch â defnyddio'r ffurflen hon. Mae'r cwestiwn cyntaf yn dweud wrthych pwy i'w ffonio.
repair-start-time = Mae'n cymryd tua 5 munud.
repair-start-need = Bydd angen:
repair-start-need-room = gwybod ym mha ystafell mae'r broblem
repair-start-need-problem = disgrifiad byr o'r broblem
repair-start-need-contact = rhif ffôn neu gyfeiriad e-bost, neu’r ddau

repair-danger-title = Ydy unrhyw un o'r rhain yn digwydd nawr?
repair-danger-label = Ydy unrhyw un o'r rhain yn digwydd nawr?
repair-danger-hint = Rydym yn gofyn hyn yn gyntaf er mwyn i ni allu eich helpu ar unwaith mewn argyfwng.
repair-danger-summary = Argyfwng
repair-danger-none = Nac ydy, dim un o'r rhain
repair-danger-gas-smell = Rwy'n gallu arogli nwy
repair-danger-flooding = Mae dŵr yn gorlifo fy nghartref
repair-danger-electrics = Mae'r trydan yn gwreichioni neu'n mygu
repair-danger-error-required = Dewiswch a oes unrhyw un o'r rhain yn digwydd nawr

repair-gas-title = Gadewch yr adeilad a ffoniwch 0800 111 999 nawr
repair-gas-body = Ffoniwch y Gwasanaeth Argyfwng Nwy Cenedlaethol ar 0800 111 999. Mae am ddim ac ar agor 24 awr y dydd.

    Peidiwch â defnyddio switshys golau nac unrhyw beth trydanol. Peidiwch ag ysmygu na defnyddio fflam noeth. Agorwch ddrysau a ffenestri os gallwch wneud hynny'n ddiogel.

    Pan fyddwch yn ddiogel, ffoniwch ni ar 020 7946 0999 er mwyn i ni allu helpu.

repair-emergency-title = Ffoniwch ein llinell atgyweirio brys nawr
repair-emergency-body = Ffoniwch 020 7946 0999 nawr. Mae ar agor 24 awr y dydd, bob dydd.

    Os gallwch wneud hynny'n ddiogel, trowch y dŵr i ffwrdd wrth y stopfalf, neu trowch y trydan i ffwrdd wrth y blwch ffiwsiau.

    Os oes unrhyw un mewn perygl, ffoniwch 999.

repair-room-title = Ble mae'r broblem?
repair-room-label = Ble mae'r broblem?
repair-room-summary = Ble
repair-room-kitchen = Cegin
repair-room-bathroom = Ystafell ymolchi neu doiled
repair-room-bedroom = Ystafell wely
repair-room-living-room = Ystafell fyw
repair-room-outside = Y tu allan, fel gardd, drws neu ffenestr
repair-room-other = Rhywle arall
repair-room-error-required = Dewiswch ble mae'r broblem
repair-room-other-label = Ble mae hi?
repair-room-other-summary = Ble arall
repair-room-other-error-required = Rhowch ble mae'r broblem
repair-room-other-error-too-long = Rhaid i'r disgrifiad o ble mae'r broblem fod yn { $max } o nodau neu lai

repair-problem-title = Beth yw'r broblem?
repair-problem-label = Beth yw'r broblem?
repair-problem-hint = Er enghraifft, beth sydd wedi torri, pryd y dechreuodd ac a yw'n gwaethygu
repair-problem-summary = Y broblem
repair-problem-error-required = Rhowch beth yw'r broblem
repair-problem-error-too-long = Rhaid i'r disgrifiad o'r broblem fod yn { $max } o nodau neu lai

repair-mould-title = Oes lleithder neu lwydni?
repair-mould-label = Oes lleithder neu lwydni?
repair-mould-hint = Gall lleithder a llwydni niweidio eich iechyd. Rydym yn ei drin fel blaenoriaeth.
repair-mould-summary = Lleithder neu lwydni
repair-mould-error-required = Dewiswch ‘Ie’ os oes lleithder neu lwydni

repair-access-title = Pryd allwn ni ddod i mewn i'ch cartref?
repair-access-label = Pryd allwn ni ddod i mewn i'ch cartref?
repair-access-summary = Mynediad
repair-access-any-time = Unrhyw bryd, 8am i 6pm
repair-access-mornings = Boreau yn unig, 8am i 1pm
repair-access-afternoons = Prynhawniau yn unig, 1pm i 6pm
repair-access-error-required = Dewiswch pryd allwn ni ddod i mewn i'ch cartref

repair-contact-title = Sut allwn ni gysylltu â chi?
repair-contact-error-one-of = Rhowch gyfeiriad e-bost neu rif ffôn, er mwyn i ni allu cysylltu â chi am y gwaith trwsio
repair-email-label = Cyfeiriad e-bost
repair-email-hint = Rhowch gyfeiriad e-bost, rhif ffôn, neu’r ddau. Byddwn yn anfon eich cyfeirnod a diweddariadau drwy e-bost.
repair-email-summary = Cyfeiriad e-bost
repair-email-error-required = Rhowch eich cyfeiriad e-bost
repair-email-error-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com
repair-phone-label = Rhif ffôn
repair-phone-hint = Byddwn yn eich ffonio i drefnu amser
repair-phone-summary = Rhif ffôn
repair-phone-error-required = Rhowch rif ffôn er mwyn i ni allu trefnu'r gwaith trwsio
repair-phone-error-invalid = Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982

repair-next-steps = Bydd swyddog atgyweirio yn eich ffonio i drefnu amser i ymweld.
