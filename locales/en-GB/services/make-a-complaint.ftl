complaint-title = Make a complaint
complaint-summary = Tell us if we got something wrong or you are unhappy with a council service.
complaint-keywords = complain unhappy problem bad service stage 1
complaint-standard = We will reply to your complaint by { $date }.
complaint-start-intro = Use this service to complain about a council service or something a member of staff did.
complaint-start-timescale = We will tell you we have your complaint within 3 working days and reply within 15 working days.
complaint-start-time = It takes about 5 minutes.
complaint-start-need = You will need:
complaint-start-need-what = to tell us what happened and what you would like us to do
complaint-start-need-contact = your name and email address

complaint-service-title = Which service is your complaint about?
complaint-service-area-label = Which service is your complaint about?
complaint-service-area-summary = Service
complaint-service-area-housing = Housing
complaint-service-area-waste = Bins, recycling and street cleaning
complaint-service-area-council-tax = Council Tax
complaint-service-area-parking = Parking
complaint-service-area-planning = Planning and building control
complaint-service-area-social-care = Social care
complaint-service-area-libraries = Libraries
complaint-service-area-other = Something else
complaint-service-area-error-required = Select which service your complaint is about

complaint-what-happened-title = What happened?
complaint-details-label = What happened?
complaint-details-hint = Tell us what went wrong, when it happened and who you dealt with, if you know.
complaint-details-summary = What happened
complaint-details-error-required = Enter what happened
complaint-details-error-too-long = What happened must be { $max } characters or fewer

complaint-put-right-title = What would you like us to do to put things right?
complaint-outcome-label = What would you like us to do to put things right?
complaint-outcome-hint = For example, an apology, an explanation, or something done
complaint-outcome-summary = What you would like us to do
complaint-outcome-error-required = Enter what you would like us to do to put things right
complaint-outcome-error-too-long = What you would like us to do must be { $max } characters or fewer

complaint-earlier-reference-title = Do you have a reference number from us? (optional)
complaint-earlier-reference-label = Do you have a reference number from us? (optional)
complaint-earlier-reference-hint = If you have contacted us about this before, give the reference we gave you.
complaint-earlier-reference-summary = Earlier reference
complaint-earlier-reference-error-too-long = The reference must be { $max } characters or fewer

complaint-contact-title = Your details
complaint-full-name-label = Full name
complaint-full-name-summary = Name
complaint-full-name-error-required = Enter your full name
complaint-full-name-error-too-long = Full name must be { $max } characters or fewer
complaint-email-label = Email address
complaint-email-hint = We will send our reply to this address
complaint-email-summary = Email address
complaint-email-error-required = Enter your email address
complaint-email-error-invalid = Enter an email address in the correct format, like name@example.com
complaint-phone-label = Phone number (optional)
complaint-phone-summary = Phone number
complaint-phone-error-invalid = Enter a UK phone number, like 01632 960 001 or 07700 900 982

complaint-next-steps = We will email you within 3 working days to say who is looking into your complaint.
complaint-next-steps-leave-out = If you are not happy with our reply, you can ask for your complaint to go to stage 2. We reply to stage 2 complaints within 25 working days.
