sar-title = Ask for the personal data we hold about you
sar-summary = Get a copy of the information the council holds about you.
sar-keywords = subject access request sar gdpr data protection my records personal information
sar-standard = We will send your information by { $date }. This is one month, as the law requires.
sar-start-intro = You have the right to a copy of the personal information the council holds about you. It is free.
sar-start-time = It takes about 5 minutes.
sar-start-need = You will need:
sar-start-need-details = your name and date of birth, so we can find your records
sar-start-need-contact = an email address

sar-whose-title = Whose information do you want?
sar-whose-label = Whose information do you want?
sar-whose-summary = Whose information
sar-whose-mine = Mine
sar-whose-someone-else = Someone else’s
sar-whose-error-required = Select whose information you want

sar-someone-else-title = You need to contact us to ask for someone else’s information
sar-someone-else-body = To get someone else’s information, you need their written permission, or legal authority such as a power of attorney.

    Call us on 020 7946 0000, or visit any library or customer service centre, and we will tell you what you need to send.

sar-about-you-title = About you
sar-full-name-label = Full name
sar-full-name-summary = Name
sar-full-name-error-required = Enter your full name
sar-full-name-error-too-long = Full name must be { $max } characters or fewer
sar-date-of-birth-label = Date of birth
sar-date-of-birth-hint = For example, 27 3 1985
sar-date-of-birth-summary = Date of birth
sar-date-of-birth-error-required = Enter your date of birth
sar-date-of-birth-error-incomplete = Date of birth must include a { $missing ->
    [day] day
    [month] month
    [year] year
    [day-month] day and month
    [day-year] day and year
   *[month-year] month and year
  }
sar-date-of-birth-error-invalid = Date of birth must be a real date
sar-date-of-birth-error-year-digits = Year must include 4 numbers
sar-date-of-birth-error-future = Date of birth must be in the past

sar-information-title = What information do you want?
sar-information-label = What information do you want?
sar-information-hint = For example, your housing file, or emails about a complaint. Give dates if you can.
sar-information-summary = Information wanted
sar-information-error-required = Enter the information you want
sar-information-error-too-long = What you want must be { $max } characters or fewer

sar-contact-title = What is your email address?
sar-email-label = What is your email address?
sar-email-hint = We will send your reference and updates to this address
sar-email-summary = Email address
sar-email-error-required = Enter your email address
sar-email-error-invalid = Enter an email address in the correct format, like name@example.com

sar-next-steps = We will ask you for proof of your identity before we send your information.
