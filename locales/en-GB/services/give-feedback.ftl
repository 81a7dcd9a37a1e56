feedback-title = Give a compliment or feedback
feedback-summary = Tell us what we did well, or how we could do better.
feedback-keywords = compliment thank you suggestion idea praise
feedback-standard = If you asked for a reply, we will reply by { $date }.
feedback-start-intro = Use this service to thank a member of staff, praise a service or suggest how we could improve.
feedback-start-complaint = If you are unhappy with something we did, make a complaint instead so we can put it right.
feedback-start-time = It takes about 2 minutes.

feedback-kind-title = What would you like to give?
feedback-kind-label = What would you like to give?
feedback-kind-summary = Type
feedback-kind-compliment = A compliment
feedback-kind-suggestion = A suggestion
feedback-kind-other = Other feedback
feedback-kind-error-required = Select what you would like to give

feedback-service-title = Which service is it about?
feedback-service-area-label = Which service is it about?
feedback-service-area-summary = Service
feedback-service-area-housing = Housing
feedback-service-area-waste = Bins, recycling and street cleaning
feedback-service-area-council-tax = Council Tax
feedback-service-area-parking = Parking
feedback-service-area-planning = Planning and building control
feedback-service-area-social-care = Social care
feedback-service-area-libraries = Libraries
feedback-service-area-other = Something else
feedback-service-area-error-required = Select which service it is about

feedback-message-title = What would you like to tell us?
feedback-message-label = What would you like to tell us?
feedback-message-summary = Your feedback
feedback-message-error-required = Enter what you would like to tell us
feedback-message-error-too-long = Your feedback must be { $max } characters or fewer

feedback-reply-title = Would you like a reply?
feedback-wants-reply-label = Would you like a reply?
feedback-wants-reply-summary = Reply wanted
feedback-wants-reply-error-required = Select yes if you would like a reply

feedback-contact-title = What is your email address?
feedback-email-label = What is your email address?
feedback-email-summary = Email address
feedback-email-error-required = Enter your email address
feedback-email-error-invalid = Enter an email address in the correct format, like name@example.com

feedback-next-steps = Thank you. We share every compliment with the team it is about.
