pest-title = Pedir o controlo de pragas
pest-summary = Receba ajuda com ratazanas, ratos pequenos, baratas, percevejos ou vespas em sua casa.
pest-keywords = ratazanas ratos pragas baratas percevejos vespas ninho infestação
pest-standard = Vamos contactá-lo até { $date } para marcar uma visita.
pest-start-intro = Use este serviço para pedir que um técnico de controlo de pragas visite a sua casa.
pest-start-cost = Um tratamento custa { MONEY(60) }. É gratuito se receber o Crédito Universal (Universal Credit), o Crédito de Pensão (Pension Credit) ou a Redução do Imposto Municipal (Council Tax Reduction).
pest-start-time = Demora cerca de 3 minutos.
pest-start-need = Vai precisar de:
pest-start-need-address = o seu endereço
pest-start-need-email = um endereço de e-mail

pest-pest-title = Que tipo de praga é?
pest-pest-label = Que tipo de praga é?
pest-pest-summary = Praga
pest-pest-rats = Ratazanas
pest-pest-mice = Ratos pequenos
pest-pest-cockroaches = Baratas
pest-pest-bedbugs = Percevejos
pest-pest-wasps = Vespas
pest-pest-other = Outra coisa
pest-pest-error-required = Escolha que tipo de praga é

pest-where-title = Onde as viu?
pest-where-label = Onde as viu?
pest-where-summary = Onde
pest-where-inside = Dentro da minha casa
pest-where-garden = No meu jardim
pest-where-shared-area = Numa zona comum, como uma escada ou o local dos contentores do lixo
pest-where-error-required = Escolha onde as viu

pest-address-title = Qual é o seu endereço?
pest-address-label = Qual é o seu endereço?
pest-address-hint = Escreva o seu código postal e escolha «Procurar endereço», ou escreva o seu endereço.
pest-address-summary = Endereço
pest-address-error-required = Escreva o seu endereço

pest-benefits-title = Recebe o Crédito Universal (Universal Credit), o Crédito de Pensão (Pension Credit) ou a Redução do Imposto Municipal (Council Tax Reduction)?
pest-benefits-label = Recebe o Crédito Universal (Universal Credit), o Crédito de Pensão (Pension Credit) ou a Redução do Imposto Municipal (Council Tax Reduction)?
pest-benefits-hint = Se receber, o tratamento é gratuito.
pest-benefits-summary = Recebe apoios sociais
pest-benefits-error-required = Escolha «Sim» se recebe o Crédito Universal (Universal Credit), o Crédito de Pensão (Pension Credit) ou a Redução do Imposto Municipal (Council Tax Reduction)

pest-contact-title = Como podemos falar consigo?
pest-email-label = Endereço de e-mail
pest-email-hint = Vamos enviar a sua referência e as novidades para este endereço
pest-email-summary = Endereço de e-mail
pest-email-error-required = Escreva o seu endereço de e-mail
pest-email-error-invalid = Escreva um endereço de e-mail no formato correto, por exemplo, nome@example.com
pest-phone-label = Número de telefone (opcional)
pest-phone-summary = Número de telefone
pest-phone-error-invalid = Escreva um número de telefone do Reino Unido, por exemplo, 01632 960 001 ou 07700 900 982

pest-next-steps = Um técnico de controlo de pragas vai telefonar-lhe ou enviar-lhe um e-mail para marcar uma visita.
