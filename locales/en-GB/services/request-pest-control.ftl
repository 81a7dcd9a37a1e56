pest-title = Ask for pest control
pest-summary = Get help with rats, mice, cockroaches, bedbugs or wasps at your home.
pest-keywords = rats mice vermin cockroaches bedbugs wasps nest infestation
pest-standard = We will contact you by { $date } to arrange a visit.
pest-start-intro = Use this service to ask for a pest control officer to visit your home.
pest-start-cost = A treatment costs { MONEY(60) }. It is free if you get Universal Credit, Pension Credit or Council Tax Reduction.
pest-start-time = It takes about 3 minutes.
pest-start-need = You will need:
pest-start-need-address = your address
pest-start-need-email = an email address

pest-pest-title = What kind of pest is it?
pest-pest-label = What kind of pest is it?
pest-pest-summary = Pest
pest-pest-rats = Rats
pest-pest-mice = Mice
pest-pest-cockroaches = Cockroaches
pest-pest-bedbugs = Bedbugs
pest-pest-wasps = Wasps
pest-pest-other = Something else
pest-pest-error-required = Select what kind of pest it is

pest-where-title = Where have you seen them?
pest-where-label = Where have you seen them?
pest-where-summary = Where
pest-where-inside = Inside my home
pest-where-garden = In my garden
pest-where-shared-area = In a shared area, like a stairwell or bin store
pest-where-error-required = Select where you have seen them

pest-address-title = What is your address?
pest-address-label = What is your address?
pest-address-hint = Enter your postcode and select Find address, or type your address in.
pest-address-summary = Address
pest-address-error-required = Enter your address

pest-benefits-title = Do you get Universal Credit, Pension Credit or Council Tax Reduction?
pest-benefits-label = Do you get Universal Credit, Pension Credit or Council Tax Reduction?
pest-benefits-hint = If you do, the treatment is free.
pest-benefits-summary = Gets benefits
pest-benefits-error-required = Select yes if you get Universal Credit, Pension Credit or Council Tax Reduction

pest-contact-title = How can we contact you?
pest-email-label = Email address
pest-email-hint = We will send your reference and updates to this address
pest-email-summary = Email address
pest-email-error-required = Enter your email address
pest-email-error-invalid = Enter an email address in the correct format, like name@example.com
pest-phone-label = Phone number (optional)
pest-phone-summary = Phone number
pest-phone-error-invalid = Enter a UK phone number, like 01632 960 001 or 07700 900 982

pest-next-steps = A pest control officer will call or email you to arrange a visit.
