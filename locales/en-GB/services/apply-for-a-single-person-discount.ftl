spd-title = Apply for a Council Tax single person discount
spd-summary = Get 25% off your Council Tax if you are the only adult living in your home.
spd-keywords = council tax discount single person live alone 25 percent reduction
spd-standard = We will tell you our decision by { $date }.
spd-start-intro = You can get 25% off your Council Tax bill if you are the only adult (aged 18 or over) who lives in your home.
spd-start-time = It takes about 3 minutes.
spd-start-need = You will need:
spd-start-need-account = your Council Tax account number, from your bill
spd-start-need-date = the date you started living alone
spd-start-need-contact = an email address

spd-account-title = What is your Council Tax account number?
spd-account-number-label = What is your Council Tax account number?
spd-account-number-hint = It is 8 numbers, at the top of your bill.
spd-account-number-summary = Account number
spd-account-number-error-required = Enter your Council Tax account number
spd-account-number-error-too-long = The account number must be { $max } characters or fewer
spd-account-number-error-pattern = Enter your account number as 8 numbers, like 12345678

spd-address-title = What is the address of the property?
spd-postcode-label = Postcode
spd-postcode-hint = For example, SE1 2QH
spd-postcode-summary = Postcode
spd-postcode-error-required = Enter the postcode
spd-postcode-error-invalid = Enter a full UK postcode, like SE1 2QH
spd-address-line-1-label = House number or name, and street
spd-address-line-1-summary = Address
spd-address-line-1-error-required = Enter the house number or name, and street
spd-address-line-1-error-too-long = House number or name, and street must be { $max } characters or fewer

spd-adults-title = How many adults live at the property, including you?
spd-adults-label = How many adults live at the property, including you?
spd-adults-hint = Count everyone aged 18 or over who lives there most of the time.
spd-adults-summary = Adults living there
spd-adults-error-required = Enter how many adults live at the property
spd-adults-error-invalid = Enter the number of adults as a whole number, like 1
spd-adults-error-too-small = The number of adults must be { $min } or more
spd-adults-error-too-large = The number of adults must be { $max } or fewer

spd-not-eligible-title = You cannot get a single person discount
spd-not-eligible-body = The discount is only for homes where one adult lives.

    You may still get a discount if someone in your home is a full-time student, a carer or has a severe mental impairment. Call us on 020 7946 0000 to find out.

spd-since-title = When did you start living alone?
spd-since-label = When did you start living alone?
spd-since-hint = For example, 1 9 2026
spd-since-summary = Living alone since
spd-since-error-required = Enter the date you started living alone
spd-since-error-incomplete = The date you started living alone must include a { $missing ->
    [day] day
    [month] month
    [year] year
    [day-month] day and month
    [day-year] day and year
   *[month-year] month and year
  }
spd-since-error-invalid = The date you started living alone must be a real date
spd-since-error-year-digits = Year must include 4 numbers
spd-since-error-future = The date you started living alone must be today or in the past
spd-since-error-too-early = The date you started living alone must be on or after { $date }

spd-moved-out-title = Did another adult live with you and move out in the last 3 months?
spd-moved-out-label = Did another adult live with you and move out in the last 3 months?
spd-moved-out-hint = For example, a partner, a grown-up child or a lodger.
spd-moved-out-summary = Another adult moved out recently
spd-moved-out-error-required = Select yes if another adult moved out in the last 3 months

spd-proof-title = Upload proof that you live at the address
spd-proof-label = Upload proof that you live at the address
spd-proof-hint = A bill, bank statement or letter from the last 3 months, with your name and this address on it. A photo of it is fine.
spd-proof-summary = Proof of address
spd-proof-error-required = Upload proof that you live at the address

spd-moved-out-proof-title = Upload proof that they have moved out
spd-moved-out-proof-label = Upload proof that they have moved out
spd-moved-out-proof-hint = For example, their new tenancy agreement, or a letter sent to them at their new address.
spd-moved-out-proof-summary = Proof they moved out
spd-moved-out-proof-error-required = Upload proof that the other adult has moved out

spd-contact-title = Your details
spd-full-name-label = Full name
spd-full-name-summary = Name
spd-full-name-error-required = Enter your full name
spd-full-name-error-too-long = Full name must be { $max } characters or fewer
spd-email-label = Email address
spd-email-hint = We will send our decision to this address
spd-email-summary = Email address
spd-email-error-required = Enter your email address
spd-email-error-invalid = Enter an email address in the correct format, like name@example.com

spd-next-steps = If we give you the discount, we will send you a new bill. Tell us if another adult moves in.
