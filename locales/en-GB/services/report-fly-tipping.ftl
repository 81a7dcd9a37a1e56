fly-tipping-title = Report fly-tipping
fly-tipping-summary = Tell us about rubbish dumped on a street, path or other public place.
fly-tipping-keywords = dumped rubbish waste litter mattress dumping
fly-tipping-standard = We will clear it or tell you what we are doing by { $date }.
fly-tipping-start-intro = Use this service to report rubbish that has been dumped on public land, such as a street, path, park or alleyway.
fly-tipping-start-danger = Do not touch anything that could be dangerous, such as needles, chemicals or asbestos.
fly-tipping-start-time = It takes about 3 minutes.
fly-tipping-start-need = You will need:
fly-tipping-start-need-where = to tell us where the rubbish is
fly-tipping-start-need-what = to tell us what kind of rubbish it is

fly-tipping-where-title = Where is the rubbish?
fly-tipping-location-label = Describe where it is
fly-tipping-location-hint = For example, outside 12 Peckham Road, by the bus stop
fly-tipping-location-summary = Where
fly-tipping-location-error-required = Enter where the rubbish is
fly-tipping-location-error-too-long = Where the rubbish is must be { $max } characters or fewer
fly-tipping-postcode-label = Postcode (optional)
fly-tipping-postcode-hint = If you know it, for example SE1 2QH
fly-tipping-postcode-summary = Postcode
fly-tipping-postcode-error-invalid = Enter a full UK postcode, like SE1 2QH

fly-tipping-what-title = What has been dumped?
fly-tipping-waste-label = What has been dumped?
fly-tipping-waste-hint = Select all that apply.
fly-tipping-waste-summary = What
fly-tipping-waste-bags = Bags of rubbish
fly-tipping-waste-furniture = Furniture or mattresses
fly-tipping-waste-electrical = Fridges, TVs or other electrical items
fly-tipping-waste-building = Building rubble
fly-tipping-waste-garden = Garden waste
fly-tipping-waste-other = Something else
fly-tipping-waste-error-required = Select what has been dumped

fly-tipping-photos-title = Add photos of the fly-tipping (optional)
fly-tipping-photos-label = Add photos of the fly-tipping (optional)
fly-tipping-photos-hint = Photos help our crew find it and clear it. Do not put yourself in danger to take them.
fly-tipping-photos-summary = Photos

fly-tipping-dangerous-title = Could any of it be dangerous?
fly-tipping-dangerous-label = Could any of it be dangerous?
fly-tipping-dangerous-hint = For example, needles, chemicals, gas bottles or asbestos
fly-tipping-dangerous-summary = Could be dangerous
fly-tipping-dangerous-error-required = Select yes if any of it could be dangerous

fly-tipping-seen-title = When did you see it?
fly-tipping-seen-label = When did you see it?
fly-tipping-seen-hint = For example, 20 11 2026
fly-tipping-seen-summary = Date seen
fly-tipping-seen-error-required = Enter the date you saw the rubbish
fly-tipping-seen-error-incomplete = The date you saw the rubbish must include a { $missing ->
    [day] day
    [month] month
    [year] year
    [day-month] day and month
    [day-year] day and year
   *[month-year] month and year
  }
fly-tipping-seen-error-invalid = The date you saw the rubbish must be a real date
fly-tipping-seen-error-year-digits = Year must include 4 numbers
fly-tipping-seen-error-future = The date you saw the rubbish must be today or in the past

fly-tipping-contact-title = What is your email address?
fly-tipping-email-label = What is your email address?
fly-tipping-email-hint = We will send your reference and updates to this address
fly-tipping-email-summary = Email address
fly-tipping-email-error-required = Enter your email address
fly-tipping-email-error-invalid = Enter an email address in the correct format, like name@example.com

fly-tipping-next-steps = A street cleaning team will check the rubbish and clear it. If we find evidence of who dumped it, we may take action against them.
