missed-bin-title = Report a missed bin collection
missed-bin-summary = Tell us if we did not empty your bin on your collection day.
missed-bin-standard = We will come back to collect your bin by { $date }.
missed-bin-start-intro = Use this service to tell us if we did not collect your rubbish, recycling, food waste or garden waste on your usual day.
missed-bin-start-need = You will need:
missed-bin-start-need-address = the address of the collection
missed-bin-start-need-date = the date your bin was missed
missed-bin-start-need-email = an email address, so we can give you updates
missed-bin-start-time = It takes about 3 minutes.
missed-bin-start-limit = You can only report a collection missed in the last 14 days.

missed-bin-address-title = What is the address of the collection?
missed-bin-postcode-label = Postcode
missed-bin-postcode-hint = For example, SE1 2QH
missed-bin-postcode-summary = Postcode
missed-bin-postcode-error-required = Enter the postcode of the collection
missed-bin-postcode-error-invalid = Enter a full UK postcode, like SE1 2QH
missed-bin-address-line-1-label = House number or name, and street
missed-bin-address-line-1-hint = For example, 12 Peckham Road
missed-bin-address-line-1-summary = Address
missed-bin-address-line-1-error-required = Enter the house number or name, and street
missed-bin-address-line-1-error-too-long = House number or name, and street must be { $max } characters or fewer

missed-bin-which-bin-title = Which bin did we miss?
missed-bin-bin-label = Which bin did we miss?
missed-bin-bin-summary = Bin
missed-bin-bin-rubbish = Rubbish
missed-bin-bin-recycling = Recycling
missed-bin-bin-food-waste = Food waste
missed-bin-bin-garden-waste = Garden waste
missed-bin-bin-error-required = Select which bin we missed

missed-bin-date-title = When did we miss your bin?
missed-bin-date-label = When did we miss your bin?
missed-bin-date-hint = For example, 20 11 2026
missed-bin-date-summary = Date missed
missed-bin-date-error-required = Enter the date we missed your bin
missed-bin-date-error-incomplete = The date we missed your bin must include a { $missing ->
    [day] day
    [month] month
    [year] year
    [day-month] day and month
    [day-year] day and year
   *[month-year] month and year
  }
missed-bin-date-error-invalid = The date we missed your bin must be a real date
missed-bin-date-error-year-digits = Year must include 4 numbers
missed-bin-date-error-future = The date we missed your bin must be today or in the past
missed-bin-date-error-too-old = The date we missed your bin must be in the last { $days } days

missed-bin-more-information-title = Is there anything else we should know?
missed-bin-more-information-label = Is there anything else we should know? (optional)
missed-bin-more-information-hint = For example, where you left the bin or how to get to it
missed-bin-more-information-summary = Anything else
missed-bin-more-information-error-too-long = Anything else we should know must be { $max } characters or fewer

missed-bin-contact-title = How can we contact you?
missed-bin-email-label = Email address
missed-bin-email-hint = We will send your reference and updates to this address
missed-bin-email-summary = Email address
missed-bin-email-error-required = Enter your email address
missed-bin-email-error-invalid = Enter an email address in the correct format, like name@example.com
missed-bin-phone-label = Phone number (optional)
missed-bin-phone-hint = For a UK number, like 07700 900 982
missed-bin-phone-summary = Phone number
missed-bin-phone-error-invalid = Enter a UK phone number, like 01632 960 001 or 07700 900 982

missed-bin-next-steps = We will come back to collect your bin. You do not need to do anything else.
missed-bin-next-steps-leave-out = Please leave your bin out until we collect it.
