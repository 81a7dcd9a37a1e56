bulky-title = Book a bulky waste collection
bulky-summary = Ask us to collect large items, like furniture and fridges, from your home.
bulky-keywords = furniture sofa fridge mattress large items collection
bulky-standard = We will tell you your collection day by { $date }.
bulky-start-intro = Use this service to book a collection of up to 10 large household items.
bulky-start-cost = A collection costs { MONEY(25) } for up to 3 items and { MONEY(5) } for each extra item. It is free if you get Council Tax Reduction. We will tell you how to pay.
bulky-start-time = It takes about 3 minutes.
bulky-start-need = You will need:
bulky-start-need-items = a list of the items
bulky-start-need-address = the address to collect from
bulky-start-need-email = an email address

bulky-items-title = What do you need us to collect?
bulky-items-label = What do you need us to collect?
bulky-items-hint = Add one item at a time, like a sofa or a fridge. You can book up to 10 items. We cannot take building rubble, car parts or garden waste.
bulky-items-summary = Items
bulky-items-add = Add item
bulky-items-error-required = Enter an item you need us to collect
bulky-items-error-too-long = Each item must be { $max } characters or fewer
bulky-items-error-too-many = You can book up to { $max } items in one collection

bulky-address-title = Where should we collect from?
bulky-address-label = Where should we collect from?
bulky-address-hint = Enter the postcode and select Find address, or type the address in.
bulky-address-summary = Collection address
bulky-address-error-required = Enter the address we should collect from

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
