feedback-title = Przekaż pochwałę lub opinię
feedback-summary = Napisz nam, co zrobiliśmy dobrze albo co możemy robić lepiej.
feedback-keywords = pochwała podziękowanie dziękuję sugestia pomysł opinia uwagi compliment feedback
feedback-standard = Jeśli chcesz dostać odpowiedź, odpowiemy do { $date }.
feedback-start-intro = W tym miejscu możesz podziękować pracownikowi, pochwalić usługę albo zaproponować, co możemy poprawić.
feedback-start-complaint = Jeśli coś, co zrobiliśmy, ci się nie podoba, złóż skargę. Wtedy będziemy mogli to naprawić.
feedback-start-time = Zajmie to około 2 minut.

feedback-kind-title = Co chcesz nam przekazać?
feedback-kind-label = Co chcesz nam przekazać?
feedback-kind-summary = Rodzaj
feedback-kind-compliment = Pochwała
feedback-kind-suggestion = Sugestia
feedback-kind-other = Inna opinia
feedback-kind-error-required = Wybierz, co chcesz nam przekazać

feedback-service-title = Której usługi to dotyczy?
feedback-service-area-label = Której usługi to dotyczy?
feedback-service-area-summary = Usługa
feedback-service-area-housing = Mieszkania
feedback-service-area-waste = Odbiór śmieci, recykling i sprzątanie ulic
feedback-service-area-council-tax = Podatek lokalny (Council Tax)
feedback-service-area-parking = Parkowanie
feedback-service-area-planning = Planowanie przestrzenne i nadzór budowlany
feedback-service-area-social-care = Opieka społeczna
feedback-service-area-libraries = Biblioteki
feedback-service-area-other = Coś innego
feedback-service-area-error-required = Wybierz, której usługi to dotyczy

feedback-message-title = Co chcesz nam napisać?
feedback-message-label = Co chcesz nam napisać?
feedback-message-summary = Twoja opinia
feedback-message-error-required = Wpisz, co chcesz nam napisać
feedback-message-error-too-long = Opinia może mieć do { $max } znaków

feedback-reply-title = Czy chcesz dostać odpowiedź?
feedback-wants-reply-label = Czy chcesz dostać odpowiedź?
feedback-wants-reply-summary = Prośba o odpowiedź
feedback-wants-reply-error-required = Wybierz „Tak”, jeśli chcesz dostać odpowiedź

feedback-contact-title = Jaki jest twój adres e-mail?
feedback-email-label = Jaki jest twój adres e-mail?
feedback-email-summary = Adres e-mail
feedback-email-error-required = Wpisz swój adres e-mail
feedback-email-error-invalid = Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com

feedback-next-steps = Dziękujemy. Każdą pochwałę przekazujemy zespołowi, którego dotyczy.
