complaint-title = Fazer uma reclamação
complaint-summary = Diga-nos se fizemos algo mal ou se não está contente com um serviço da Câmara Municipal.
complaint-keywords = reclamar queixa descontente problema mau serviço fase 1
complaint-standard = Vamos responder à sua reclamação até { $date }.
complaint-start-intro = Use este serviço para reclamar de um serviço da Câmara Municipal ou de algo que um funcionário fez.
complaint-start-timescale = Vamos confirmar que recebemos a sua reclamação no prazo de 3 dias úteis e responder no prazo de 15 dias úteis.
complaint-start-time = Demora cerca de 5 minutos.
complaint-start-need = Vai precisar de:
complaint-start-need-what = dizer-nos o que aconteceu e o que gostaria que fizéssemos
complaint-start-need-contact = o seu nome e o seu endereço de e-mail

complaint-service-title = A sua reclamação é sobre que serviço?
complaint-service-area-label = A sua reclamação é sobre que serviço?
complaint-service-area-summary = Serviço
complaint-service-area-housing = Habitação
complaint-service-area-waste = Lixo, reciclagem e limpeza das ruas
complaint-service-area-council-tax = Imposto Municipal (Council Tax)
complaint-service-area-parking = Estacionamento
complaint-service-area-planning = Urbanismo e licenças de obras
complaint-service-area-social-care = Apoio social
complaint-service-area-libraries = Bibliotecas
complaint-service-area-other = Outro assunto
complaint-service-area-error-required = Escolha o serviço de que trata a sua reclamação

complaint-what-happened-title = O que aconteceu?
complaint-details-label = O que aconteceu?
complaint-details-hint = Diga-nos o que correu mal, quando aconteceu e com quem falou, se souber.
complaint-details-summary = O que aconteceu
complaint-details-error-required = Escreva o que aconteceu
complaint-details-error-too-long = O que aconteceu tem de ter { $max } caracteres ou menos

complaint-put-right-title = O que gostaria que fizéssemos para resolver a situação?
complaint-outcome-label = O que gostaria que fizéssemos para resolver a situação?
complaint-outcome-hint = Por exemplo, um pedido de desculpa, uma explicação ou que façamos alguma coisa
complaint-outcome-summary = O que gostaria que fizéssemos
complaint-outcome-error-required = Escreva o que gostaria que fizéssemos para resolver a situação
complaint-outcome-error-too-long = O que gostaria que fizéssemos tem de ter { $max } caracteres ou menos

complaint-earlier-reference-title = Tem um número de referência que lhe demos? (opcional)
complaint-earlier-reference-label = Tem um número de referência que lhe demos? (opcional)
complaint-earlier-reference-hint = Se já nos contactou sobre este assunto, indique a referência que lhe demos.
complaint-earlier-reference-summary = Referência anterior
complaint-earlier-reference-error-too-long = A referência tem de ter { $max } caracteres ou menos

complaint-contact-title = Os seus dados
complaint-full-name-label = Nome completo
complaint-full-name-summary = Nome
complaint-full-name-error-required = Escreva o seu nome completo
complaint-full-name-error-too-long = O nome completo tem de ter { $max } caracteres ou menos
complaint-email-label = Endereço de e-mail
complaint-email-hint = Vamos enviar a nossa resposta para este endereço
complaint-email-summary = Endereço de e-mail
complaint-email-error-required = Escreva o seu endereço de e-mail
complaint-email-error-invalid = Escreva um endereço de e-mail no formato correto, por exemplo, nome@example.com
complaint-phone-label = Número de telefone (opcional)
complaint-phone-summary = Número de telefone
complaint-phone-error-invalid = Escreva um número de telefone do Reino Unido, por exemplo, 01632 960 001 ou 07700 900 982

complaint-next-steps = No prazo de 3 dias úteis, vamos enviar-lhe um e-mail a dizer quem está a analisar a sua reclamação.
complaint-next-steps-leave-out = Se não ficar contente com a nossa resposta, pode pedir que a sua reclamação passe para a fase 2. Respondemos às reclamações da fase 2 no prazo de 25 dias úteis.
