repair-title = Report a repair in your council home
repair-summary = Tell us about something that needs fixing in your council home.
repair-keywords = housing repairs leak damp mould broken tenant home
repair-standard = We will contact you by { $date } to arrange the repair.
repair-start-intro = Use this service if you rent your home from the council.
repair-start-emergency = If there is an emergency, such as a gas smell, flooding or sparking electrics, do not use this form. The first question tells you who to call.
repair-start-time = It takes about 5 minutes.
repair-start-need = You will need:
repair-start-need-room = to know which room the problem is in
repair-start-need-problem = a short description of the problem
repair-start-need-contact = a phone number or an email address, or both

repair-danger-title = Is any of these happening now?
repair-danger-label = Is any of these happening now?
repair-danger-hint = We ask this first so we can help you straight away in an emergency.
repair-danger-summary = Emergency
repair-danger-none = No, none of these
repair-danger-gas-smell = I can smell gas
repair-danger-flooding = Water is flooding my home
repair-danger-electrics = Electrics are sparking or smoking
repair-danger-error-required = Select if any of these is happening now

repair-gas-title = Leave the building and call 0800 111 999 now
repair-gas-body = Call the National Gas Emergency Service on 0800 111 999. It is free and open 24 hours a day.

    Do not use light switches or anything electrical. Do not smoke or use a naked flame. Open doors and windows if you can do so safely.

    When you are safe, call us on 020 7946 0999 so we can help.

repair-emergency-title = Call our emergency repairs line now
repair-emergency-body = Call 020 7946 0999 now. It is open 24 hours a day, every day.

    If you can do so safely, turn off the water at the stopcock, or turn off the electricity at the fuse box.

    If anyone is in danger, call 999.

repair-room-title = Where is the problem?
repair-room-label = Where is the problem?
repair-room-summary = Where
repair-room-kitchen = Kitchen
repair-room-bathroom = Bathroom or toilet
repair-room-bedroom = Bedroom
repair-room-living-room = Living room
repair-room-outside = Outside, such as a garden, door or window
repair-room-other = Somewhere else
repair-room-error-required = Select where the problem is
repair-room-other-label = Where is it?
repair-room-other-summary = Where else
repair-room-other-error-required = Enter where the problem is
repair-room-other-error-too-long = Where the problem is must be { $max } characters or fewer

repair-problem-title = What is the problem?
repair-problem-label = What is the problem?
repair-problem-hint = For example, what is broken, when it started and if it is getting worse
repair-problem-summary = Problem
repair-problem-error-required = Enter what the problem is
repair-problem-error-too-long = The problem must be { $max } characters or fewer

repair-mould-title = Is there damp or mould?
repair-mould-label = Is there damp or mould?
repair-mould-hint = Damp and mould can harm your health. We treat it as a priority.
repair-mould-summary = Damp or mould
repair-mould-error-required = Select yes if there is damp or mould

repair-access-title = When can we get into your home?
repair-access-label = When can we get into your home?
repair-access-summary = Access
repair-access-any-time = Any time, 8am to 6pm
repair-access-mornings = Mornings only, 8am to 1pm
repair-access-afternoons = Afternoons only, 1pm to 6pm
repair-access-error-required = Select when we can get into your home

repair-contact-title = How can we contact you?
repair-contact-error-one-of = Enter an email address or a phone number, so we can contact you about the repair
repair-email-label = Email address
repair-email-hint = Give an email address, a phone number, or both. We will send your reference and updates by email.
repair-email-summary = Email address
repair-email-error-required = Enter your email address
repair-email-error-invalid = Enter an email address in the correct format, like name@example.com
repair-phone-label = Phone number
repair-phone-hint = We will call you to arrange a time
repair-phone-summary = Phone number
repair-phone-error-required = Enter a phone number so we can arrange the repair
repair-phone-error-invalid = Enter a UK phone number, like 01632 960 001 or 07700 900 982

repair-next-steps = A repairs officer will call you to arrange a time to visit.
