language-name = English
council-name = Frontdoor Borough Council
council-phone = 020 7946 0000
council-email = contact@frontdoor.example.gov.uk
skip-link = Skip to main content
header-home = Council services
language-switch = Language
# The button that opens the list of languages: "Language: English".
language-switch-summary = Language: { $language }
language-unreviewed = A qualified translator has not checked this translation yet, so some words may be wrong.
language-unreviewed-link = Read this page in English
footer-accessibility = Accessibility
footer-privacy = Privacy
footer-cookies = We use one cookie to remember your answers and one to remember your language. We do not use tracking cookies.

contact-heading = Other ways to contact us
contact-phone = Phone: { $phone }
contact-email = Email: { $email }
contact-hours = Monday to Friday, 9am to 5pm
contact-in-person = In person: at any library or customer service centre. Staff and digital champions can help you.

button-save-detail = Save
button-continue = Continue
button-start = Start now
button-send = Accept and send
button-find = Find my request
back-link = Back

error-summary-title = There is a problem
error-title = Error: { $title }
error-prefix = Error:
optional = optional

date-day = Day
date-month = Month
date-year = Year

character-count-limit = You can enter up to { $max } characters
character-count-remaining = { $remaining ->
    [one] You have 1 character remaining
   *[other] You have { $remaining } characters remaining
  }
character-count-over = { $over ->
    [one] You have 1 character too many
   *[other] You have { $over } characters too many
  }

home-title = What do you need to do?
home-intro = Report a problem, ask for a service or find out what is happening with something you told us about.
home-track = Track a request you have already sent

start-before = Before you start

check-answers-title = Check your answers before sending
check-answers-change = Change
check-answers-not-given = Not given
check-answers-send-heading = Now send your request
check-answers-declaration = By sending this, you confirm that the details you have given are correct to the best of your knowledge.

confirmation-title = Request sent
confirmation-reference = Your reference number
confirmation-keep = Write down your reference number. You will need it to track your request or if you contact us about it.
confirmation-next = What happens next
confirmation-track = Track your request
confirmation-another = Report or request something else

track-title = Track a request
track-intro = Enter the reference number and the email address you gave us when you sent your request.
track-reference-label = Reference number
track-reference-hint = You can find it on your confirmation page. It has 9 letters and numbers, like KX4-P7M-HRT.
track-reference-error-required = Enter your reference number
track-reference-error-invalid = Enter the reference number exactly as it was given to you, like KX4-P7M-HRT
track-email-label = Email address
track-email-error-required = Enter the email address you gave us
track-email-error-invalid = Enter an email address in the correct format, like name@example.com
track-not-found = We could not find a request with that reference number and email address. Check both and try again, or call us.
track-result-title = Your request
track-status = Status
track-status-received = Received
track-status-acknowledged = Acknowledged
track-status-in-progress = In progress
track-status-waiting-for-resident = Waiting for you
track-status-resolved = Resolved
track-status-closed = Closed
track-service = Request
track-reference = Reference number
track-sent-on = Sent on
track-act-by = We will act by
track-acknowledge-by = We will confirm we have it by
track-another = Track another request
track-history = What has happened
track-overdue = We have not done this by the date we promised. We are sorry for the delay.
warning = Warning
reply-heading = Answer our question
reply-intro = Tell us what we asked for. You can add photos or documents too.
reply-label = Your answer
reply-files-label = Add photos or documents (optional)
reply-reply-error-required = Enter your answer, or add a file
reply-reply-error-too-long = Your answer must be { $max } characters or fewer
button-send-reply = Send your answer
track-history-reply = You replied
track-history-files = Files sent: { $files }
rating-heading = How satisfied are you with how we dealt with your request?
rating-very-satisfied = Very satisfied
rating-satisfied = Satisfied
rating-neither = Neither satisfied nor dissatisfied
rating-dissatisfied = Dissatisfied
rating-very-dissatisfied = Very dissatisfied
rating-comment-label = Tell us more (optional)
rating-comment-hint = Do not include personal details.
rating-satisfaction-error-required = Select how satisfied you are
rating-comment-error-too-long = Your comment must be { $max } characters or fewer
button-send-rating = Send
rating-thanks = Thank you for telling us how we did.

session-expired = Your session had ended. We have kept what you typed on this page. Check it and continue.
not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct.
server-error-title = Sorry, there is a problem with the service
server-error-body = Try again later. Your answers have been saved.
server-error-try-later = Try again later.
forbidden-title = Sorry, we could not accept that form
forbidden-body = This can happen if you have not used the service for a while. Go back to the start of the form and try again.
too-large-title = What you sent is too large
too-large-body = Go back and send less. If you are adding files, add them one at a time.
too-many-requests-title = Sorry, there have been too many attempts
too-many-requests-body = Wait a few minutes and try again.
error-page-contact = If you need help, contact us.

date-long = { $day } { $month } { $year }
# A date with its day of the week, for dates to come: "Tuesday 9 December 2025".
date-with-weekday = { $weekday } { $day } { $month } { $year }
date-at-time = { $date } at { $time }
# $hour is 1 to 12 with $half "am" or "pm"; in a language that uses the 24-hour clock, $hour is 00 to 23
# and the translation leaves $half out.
time-of-day = { $hour }:{ $minute }{ $half ->
    [am] am
   *[pm] pm
}
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

answer-yes = Yes
answer-no = No
select-choose = Choose one
checkboxes-or = or

home-search-label = Search for a service
home-search-button = Search
home-search-results = { $count ->
    [one] 1 service matches “{ $query }”
   *[other] { $count } services match “{ $query }”
  }
home-search-none = No services match “{ $query }”. Try other words, or call us.
home-search-all = See all services
category-report = Report a problem
category-request = Ask for a service
category-apply = Apply for something
category-complain = Complaints, compliments and feedback
category-ask-for-information = Ask for information

save-link = Save and come back later
save-title = Save and come back later
save-intro = Your answers are saved as you go. To come back to this form later, on this device or another one, you need an access code.
save-check = When you come back, we will ask for your code and for one of the answers you gave, to check it is you.
save-button = Get an access code
saved-title = Your answers are saved
saved-code = Your access code
saved-keep = Write down your access code and keep it safe. Anyone with the code and your answers could see your form.
saved-return-how = To come back, go to { $address } and enter your code.
saved-expires = We will keep your answers until { $date }. After that they will be deleted.
saved-emailed = We have sent a link to come back to your form to { $email }.
saved-link = You can also use this link:
saved-continue = Continue with your form
return-title = Come back to a saved form
return-intro = Enter the access code you were given when you saved your form.
return-code-label = Access code
return-code-hint = It has 9 letters and numbers, like KX4-P7M-HRT.
return-code-error-required = Enter your access code
return-code-error-invalid = Enter the access code exactly as it was given to you, like KX4-P7M-HRT
return-code-error-not-found = We could not find a saved form with that code. Saved forms are kept for 28 days.
return-check-title = Check it is you
return-check-uk-postcode = What postcode did you give in the form?
return-check-email = What email address did you give in the form?
return-check-date = What date did you give for ‘{ $question }’ in the form?
return-check-none = Select Continue to carry on with your form.
return-check-error-required = Enter the answer you gave in the form
return-check-error-wrong = That does not match the answer in the form. Check it and try again.
return-link-expired = That link does not work. It may have expired: saved forms are kept for 28 days. If you wrote down your access code, enter it here.
return-start-again = The answer did not match too many times. Enter your access code again.

# The address question: find by postcode, or type it in
address-postcode = Postcode
address-find = Find address
address-choose = Select an address
address-found = { $count ->
    [one] 1 address found for { $postcode }
   *[other] { $count } addresses found for { $postcode }
}
address-none-found = We could not find an address for { $postcode }. Enter the address below.
address-lookup-unavailable = We cannot look up addresses at the moment. Enter the address below.
address-manual = Or enter the address yourself.
address-line-1 = Address line 1
address-line-2 = Address line 2 (optional)
address-town = Town or city
address-error-line-1-required = Enter address line 1, usually the building and street
address-error-line-1-too-long = Address line 1 must be { $max } characters or fewer
address-error-line-2-too-long = Address line 2 must be { $max } characters or fewer
address-error-town-required = Enter the town or city
address-error-town-too-long = Town or city must be { $max } characters or fewer
address-error-lookup-required = Enter a postcode
address-error-postcode-required = Enter the postcode
address-error-postcode-invalid = Enter a full UK postcode, like SE15 5DQ

# "Add another" lists
list-added = { $count ->
    [one] You have added 1 item
   *[other] You have added { $count } items
}
list-remove = Remove

# Evidence files
list-or = or
file-limits = You can add up to { $count } files. Each must be a { $types }, smaller than { $max }.
file-upload-button = Upload files
file-added = { $count ->
    [one] 1 file added
   *[other] { $count } files added
}
file-remove = Remove
file-cancel = Cancel
file-uploading = { $name }: { $percent }% uploaded
file-uploaded = { $name } uploaded
file-cancelled = { $name } not uploaded
file-error-empty = { $name } is empty. Choose a file with something in it
file-error-too-big = { $name } must be smaller than { $max }
file-error-total-too-big = { $name } was not added: the files must be smaller than { $total } in total
file-error-too-many = { $name } was not added: you can add up to { $count } files
file-error-wrong-type = { $name } must be a { $types }
file-error-password = { $name } is protected with a password. Remove the password and add it again
file-error-damaged = { $name } is damaged and cannot be opened. Choose a different file
file-error-virus = { $name } contains a virus. Choose a different file
file-error-not-checked = { $name } could not be checked for viruses. Try again later
file-error-incomplete = { $name } did not finish uploading. Try again
file-error-none-chosen = Select a file
file-wait = Wait until { $name } has finished uploading

## A caseworker moving a request on

change-status-error-required = Select a new status
change-status-error-not-allowed = { $from ->
    [resolved] This request is resolved, so its status cannot change
    [closed] This request is closed, so its status cannot change
   *[other] { $to ->
        [received] A request cannot go back to received
        [acknowledged] A request being worked on cannot go back to acknowledged
       *[other] The request already has that status
    }
}
change-note-error-needed = Say what you need from the resident
change-note-error-outcome = Say what the outcome is
change-note-error-too-long = The note must be { $max } characters or fewer
change-staff-note-error-too-long = The note for staff must be { $max } characters or fewer
change-staff-note-error-required = Enter the note for staff

## A resident's account

account-title = Your account
account-sign-in-title = Sign in to your account
account-sign-in-intro = Enter your email address. We will email you a code and a link. Use either to sign in: there is no password to remember.
account-code-intro = We have emailed you a code and a link. Type the code here, or use the link in the email. Both work once, for { $minutes } minutes.
account-link-expired = That sign-in link has been used or has run out. Enter your email address to get a new one.
account-signed-in-as = You are signed in as { $email }.
account-requests = Your requests
account-no-requests = You have not sent a request with this email address yet.
account-track = See what has happened to a request
account-drafts = Forms you have started
account-no-drafts = You have no forms in progress.
account-draft-saved = last saved { $when }
account-messages = Messages we have sent you
account-no-messages = We have not sent you any messages yet.
account-message-request-received = We have your request
account-message-request-moved = News about your request
account-message-request-over = The outcome of your request
account-message-save-and-return = Your saved form
account-data-title = Your data
account-data-link = See everything we hold about you, or download it
account-data-intro = This is everything we hold about you in your account: your details, the requests you sent with your email address and your answers, forms you have started, and the messages we sent you.
account-data-download = Download all your data (a JSON file)
account-data-since = Account made
account-data-answers = Your answers
account-data-files = Files added
account-data-draft = Started: { $service }
account-delete-title = Delete your account
account-delete-goes = This deletes your account, the forms you have started and any files added to them, and your sign-in records. You are signed out on every device.
account-delete-kept = Requests you have already sent are kept, with their answers and files, because the council must keep them for as long as the law says. You can still track them with the reference number and your email address.
account-delete-confirm = Confirm
account-delete-confirm-yes = I understand. Delete my account.
account-delete-confirm-error-required = Confirm that you want to delete your account
account-delete-button = Delete my account
account-deleted = Your account has been deleted. Requests you sent are kept, and you can still track them.
profile-used = We have filled in your saved details. Check them, and change them here if they are different this time.
profile-save-legend = Your account
profile-save-hint = Only what you tick is saved in your account.
profile-save-new = Save my answer to "{ $question }" in my account for next time
profile-save-change = Also change "{ $question }" in my account
profile-heading = Your saved details
profile-intro = We fill these in for you on forms that ask for them. You choose, on each form, whether a change is saved here.
profile-remove = Remove
profile-uses = How we have used your details
profile-use = { $detail } filled in on { $service }, { $when }
profile-field-language = Language
profile-field-contact-method = How to contact you
profile-field-access-needs = Help you need
profile-not-saved = Not saved
profile-change = Change
profile-add = Add
profile-field-interpreter-language = Interpreter for
profile-field-name = Name
profile-field-date-of-birth = Date of birth
profile-field-email = Email address
profile-field-phone = Phone number
profile-field-address = Address
profile-pass-on-heading = You changed your details. Tell us once?
profile-pass-on-legend = Which of your open requests should have your new details?
profile-pass-on-button = Pass them on
profile-keep-button = Not now
profile-passed-on = New details – { $detail }: { $value }
account-provider-heading = Or use your council account
account-provider-button = Sign in with { $name }
account-provider-failed = Signing in with your council account did not work. Try again, or use the code we email you.
account-sign-out = Sign out
account-sign-out-everywhere = Sign out on every device

## The "your details" form (a resident's saved details)

details-title = Your saved details
details-summary = Details we fill in for you on forms.
details-standard = Saved at once.
details-name-title = Your name
details-full-name-label = What is your full name?
details-full-name-summary = Name
details-full-name-error-required = Enter your full name
details-full-name-error-too-long = Your name must be { $max } characters or fewer
details-date-of-birth-title = Your date of birth
details-date-of-birth-label = What is your date of birth?
details-date-of-birth-summary = Date of birth
details-date-of-birth-hint = For example, 27 3 1985
details-date-of-birth-error-required = Enter your date of birth
details-date-of-birth-error-incomplete = Your date of birth must include a day, month and year
details-date-of-birth-error-invalid = Your date of birth must be a real date
details-date-of-birth-error-year-digits = The year must have 4 numbers
details-date-of-birth-error-future = Your date of birth must be in the past
details-email-title = Your email address
details-email-label = What email address should forms use?
details-email-summary = Email address
details-email-error-required = Enter an email address
details-email-error-invalid = Enter an email address in the correct format, like name@example.com
details-phone-title = Your phone number
details-phone-label = What is your phone number?
details-phone-summary = Phone number
details-phone-error-required = Enter a phone number
details-phone-error-invalid = Enter a UK phone number, like 01632 960 001 or 07700 900 982
details-address-title = Your address
details-address-label = What is your address?
details-address-summary = Address
details-address-hint = Enter your postcode and select Find address, or type your address in.
details-address-error-required = Enter your address
details-language-title = Your language
details-language-label = Which language should we use?
details-language-summary = Language
details-language-error-required = Select a language
details-language-en-gb = English
details-language-cy = Cymraeg (Welsh)
details-language-pl = Polski (Polish)
details-language-ro = Română (Romanian)
details-language-pt = Português (Portuguese)
details-language-es = Español (Spanish)
details-language-tr = Türkçe (Turkish)
details-language-so = Soomaali (Somali)
details-language-bn = বাংলা (Bengali)
details-language-ur = اردو (Urdu)
details-language-ar = العربية (Arabic)
details-language-zh-hans = 中文（简体） (Chinese, simplified)
details-language-uk = Українська (Ukrainian)
details-contact-method-title = How to contact you
details-contact-method-label = How would you like us to contact you?
details-contact-method-summary = How to contact you
details-contact-method-error-required = Select how you would like us to contact you
details-contact-method-email = By email
details-contact-method-phone = By phone
details-contact-method-post = By post
details-access-needs-title = Help you need from us
details-access-needs-label = Do you need any of these from us?
details-access-needs-summary = Help you need
details-access-needs-hint = Select all that apply.
details-access-needs-error-required = Select at least one, or go back
details-interpreter-language-label = If you need an interpreter, for which language? (optional)
details-interpreter-language-summary = Interpreter for
details-interpreter-language-hint = For example, Polish, Somali or Bengali
details-interpreter-language-error-too-long = The language must be { $max } characters or fewer
details-access-needs-large-print = Letters in large print
details-access-needs-easy-read = Easy read versions
details-access-needs-british-sign-language = A British Sign Language interpreter
details-access-needs-interpreter = An interpreter for another language
details-access-needs-someone-speaks-for-me = Someone who speaks for me

## The caseworkers' pages

staff-area = Caseworkers
staff-sign-in-title = Sign in to see requests
staff-sign-in-intro = Enter your council email address. We will email you a code to sign in.
staff-email-label = Email address
staff-email-error-required = Enter your email address
staff-email-error-invalid = Enter an email address in the correct format, like name@council.gov.uk
button-send-code = Send code
staff-code-title = Check your email
staff-code-intro = If that address has an account, we have emailed it a code. The code works for { $minutes } minutes, once.
staff-code-label = Code
staff-code-hint = It has 6 numbers, like 042917
staff-code-error-required = Enter the code from the email
staff-code-error-invalid = The code has { $digits } numbers
staff-code-error-wrong = The code is wrong or has run out. Check the email, or get a new code
staff-code-again = Get a new code
button-sign-in = Sign in
staff-signed-in-as = Signed in as { $name }
staff-sign-out = Sign out
staff-requests-title = Requests
staff-filter-service = Service
staff-filter-status = Status
staff-filter-any = Any
staff-filter-overdue = Only overdue requests
button-filter = Show requests
staff-requests-count = { $count ->
    [one] 1 request, soonest promised first
   *[other] { $count } requests, soonest promised first
}
staff-requests-none = No requests match. Try other filters.
staff-column-reference = Reference
staff-column-service = Request
staff-column-status = Status
staff-column-sent = Sent on
staff-column-act-by = Act by
staff-overdue = Overdue
staff-replied = Resident replied
staff-ratings-heading = How satisfied residents were
staff-ratings-none = No resident has rated this service yet.
staff-ratings-answer = Answer
staff-ratings-count = Residents
staff-status-received = Received
staff-status-acknowledged = Acknowledged
staff-status-in-progress = In progress
staff-status-waiting-for-resident = Waiting for the resident
staff-status-resolved = Resolved
staff-status-closed = Closed
staff-request-title = Request { $reference }
staff-back = Back to requests
staff-contact = Resident's email
staff-language = Language
staff-answers-heading = Answers
staff-files-heading = Evidence
staff-files-none = No files were sent.
staff-file-clean = Checked for viruses
staff-file-not-scanned = Not checked for viruses
staff-file-with-reply = sent with a reply
staff-file-download = Download
staff-history-heading = History
staff-history-reply = Resident replied
staff-history-note = Staff note
staff-history-staff-note = Staff note: { $note }
staff-history-by = By { $name }
staff-failed-heading = Messages not sent
staff-failed-intro = These messages to the resident could not be sent. Contact them another way.
staff-message-request-received = Acknowledgement
staff-message-request-moved = News about their request
staff-message-request-over = Their request's outcome
staff-message-save-and-return = Saved form
staff-rating = Resident's rating
staff-change-heading = Move this request on
staff-request-over = This request is over. It cannot be moved again.
change-status-label = New status
change-note-label = Note for the resident
change-note-hint = Say what you need from them, or the outcome. They see this on the tracking page and in an email.
change-staff-note-label = Note for staff only
change-staff-note-hint = The resident never sees this.
button-change-status = Save and tell the resident
change-status-error-moved = Someone else has moved this request on since you opened it. Check it again before you change it

## Messages sent to residents (a subject and a plain-text body each; a blank line starts a
## paragraph)

mail-request-received-subject = We have your request – reference { $reference }
mail-request-received-body =
    Thank you. We have your request: { $service }.

    Your reference number is { $reference }.

    We will act by { $act_by }.

    You can see what is happening with your request at any time: { $link }
mail-request-moved-subject = News about your request { $reference }
mail-request-moved-body =
    There is news about your request: { $service }, reference { $reference }.

    Status: { $status }

    { $note }

    See what has happened, or answer a question we have asked you: { $link }
mail-save-and-return-subject = Come back to your form
mail-save-and-return-body =
    Your answers to { $service } are saved.

    To come back to your form, use this link: { $link }

    The link works until { $expires_on }. After that your answers are deleted.
mail-request-over-subject = Your request { $reference }: { $status }
mail-request-over-body =
    There is an outcome for your request: { $service }, reference { $reference }.

    Status: { $status }

    { $note }

    Tell us how satisfied you are with how we dealt with it (one question): { $link }
mail-staff-sign-in-code-subject = Your sign-in code
mail-staff-sign-in-code-body =
    Your code to sign in and see requests is { $code }.

    It works for { $minutes } minutes, once. If you did not ask for it, you can ignore this email.
mail-resident-sign-in-subject = Sign in to your account
mail-resident-sign-in-body =
    Your code to sign in is { $code }.

    Or use this link to sign in: { $link }

    The code and the link work once, for { $minutes } minutes. If you did not ask to sign in, you can ignore this email.
