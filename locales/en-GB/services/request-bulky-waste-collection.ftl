bulky-title = Book a bulky waste collection
bulky-summary = Ask us to collect large items, like furniture and fridges, from your home.
bulky-keywords = furniture sofa fridge mattress large items collection
bulky-standard = We will tell you your collection day by { $date }.
bulky-start-intro = Use this service to book a collection of up to 10 large household items.
bulky-start-cost = A collection costs £25 for up to 3 items and £5 for each extra item. It is free if you get Council Tax Reduction. We will tell you how to pay.
bulky-start-time = It takes about 3 minutes.
bulky-start-need = You will need:
bulky-start-need-items = a list of the items
bulky-start-need-address = the address to collect from
bulky-start-need-email = an email address

bulky-items-title = What do you need us to collect?
bulky-items-label = What do you need us to collect?
bulky-items-hint = Select all that apply.
bulky-items-summary = Items
bulky-items-sofa = Sofa
bulky-items-armchair = Armchair
bulky-items-mattress = Mattress
bulky-items-bed-frame = Bed frame
bulky-items-fridge-freezer = Fridge or freezer
bulky-items-washing-machine = Washing machine
bulky-items-table = Table
bulky-items-other = Something else
bulky-items-error-required = Select what you need us to collect

bulky-other-items-title = What else do you need us to collect?
bulky-other-items-label = What else do you need us to collect?
bulky-other-items-hint = List each item. We cannot take building rubble, car parts or garden waste.
bulky-other-items-summary = Other items
bulky-other-items-error-required = Enter what else you need us to collect
bulky-other-items-error-too-long = Other items must be { $max } characters or fewer

bulky-how-many-title = How many items are there in total?
bulky-item-count-label = How many items are there in total?
bulky-item-count-hint = You can book up to 10 items in one collection.
bulky-item-count-summary = Number of items
bulky-item-count-error-required = Enter how many items there are
bulky-item-count-error-invalid = Enter the number of items as a whole number, like 3
bulky-item-count-error-too-small = The number of items must be { $min } or more
bulky-item-count-error-too-large = You can book up to { $max } items in one collection

bulky-address-title = Where should we collect from?
bulky-postcode-label = Postcode
bulky-postcode-hint = For example, SE1 2QH
bulky-postcode-summary = Postcode
bulky-postcode-error-required = Enter the postcode
bulky-postcode-error-invalid = Enter a full UK postcode, like SE1 2QH
bulky-address-line-1-label = House number or name, and street
bulky-address-line-1-summary = Address
bulky-address-line-1-error-required = Enter the house number or name, and street
bulky-address-line-1-error-too-long = House number or name, and street must be { $max } characters or fewer

bulky-contact-title = How can we contact you?
bulky-email-label = Email address
bulky-email-hint = We will send your collection day to this address
bulky-email-summary = Email address
bulky-email-error-required = Enter your email address
bulky-email-error-invalid = Enter an email address in the correct format, like name@example.com
bulky-phone-label = Phone number (optional)
bulky-phone-hint = In case our crew needs to reach you on the day
bulky-phone-summary = Phone number
bulky-phone-error-invalid = Enter a UK phone number, like 01632 960 001 or 07700 900 982

bulky-next-steps = Put the items outside your home by 7am on your collection day. Do not leave them on the pavement before the evening before.
