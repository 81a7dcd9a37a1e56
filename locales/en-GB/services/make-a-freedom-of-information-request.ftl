foi-title = Make a Freedom of Information request
foi-summary = Ask for information the council holds.
foi-keywords = foi freedom of information eir environmental information data request
foi-standard = We will reply by { $date }. This is 20 working days, as the law requires.
foi-start-intro = Anyone can ask for information the council holds, such as reports, spending and statistics. This includes environmental information.
foi-start-published = Check our website first: much of our information is already published.
foi-start-time = It takes about 5 minutes.
foi-start-need = You will need:
foi-start-need-what = to describe the information you want as clearly as you can
foi-start-need-contact = your name and email address

foi-information-title = What information do you want?
foi-information-label = What information do you want?
foi-information-hint = Give dates and places if you can. The clearer your request, the faster we can answer.
foi-information-summary = Information wanted
foi-information-error-required = Enter the information you want
foi-information-error-too-long = Your request must be { $max } characters or fewer

foi-format-title = How would you like to get the information?
foi-format-label = How would you like to get the information?
foi-format-summary = Format
foi-format-email = By email
foi-format-paper = On paper, by post
foi-format-error-required = Select how you would like to get the information

foi-contact-title = Your details
foi-full-name-label = Full name
foi-full-name-hint = The law says we need your real name to answer a Freedom of Information request.
foi-full-name-summary = Name
foi-full-name-error-required = Enter your full name
foi-full-name-error-too-long = Full name must be { $max } characters or fewer
foi-email-label = Email address
foi-email-hint = We will send our reply to this address
foi-email-summary = Email address
foi-email-error-required = Enter your email address
foi-email-error-invalid = Enter an email address in the correct format, like name@example.com

foi-next-steps = If we need more time or more detail from you, we will tell you within 20 working days.
