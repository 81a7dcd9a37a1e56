feedback-title = Fazer um elogio ou dar a sua opinião
feedback-summary = Diga-nos o que fizemos bem, ou como podemos fazer melhor.
feedback-keywords = elogio obrigado agradecimento sugestão ideia opinião comentário
feedback-standard = Se pediu uma resposta, vamos responder até { $date }.
feedback-start-intro = Use este serviço para agradecer a um funcionário, elogiar um serviço ou sugerir como podemos melhorar.
feedback-start-complaint = Se não está contente com algo que fizemos, faça antes uma reclamação, para podermos resolver o problema.
feedback-start-time = Demora cerca de 2 minutos.

feedback-kind-title = O que nos quer dar?
feedback-kind-label = O que nos quer dar?
feedback-kind-summary = Tipo
feedback-kind-compliment = Um elogio
feedback-kind-suggestion = Uma sugestão
feedback-kind-other = Outra opinião
feedback-kind-error-required = Escolha o que nos quer dar

feedback-service-title = É sobre que serviço?
feedback-service-area-label = É sobre que serviço?
feedback-service-area-summary = Serviço
feedback-service-area-housing = Habitação
feedback-service-area-waste = Lixo, reciclagem e limpeza das ruas
feedback-service-area-council-tax = Imposto Municipal (Council Tax)
feedback-service-area-parking = Estacionamento
feedback-service-area-planning = Urbanismo e licenças de obras
feedback-service-area-social-care = Apoio social
feedback-service-area-libraries = Bibliotecas
feedback-service-area-other = Outro assunto
feedback-service-area-error-required = Escolha o serviço de que se trata

feedback-message-title = O que nos quer dizer?
feedback-message-label = O que nos quer dizer?
feedback-message-summary = A sua opinião
feedback-message-error-required = Escreva o que nos quer dizer
feedback-message-error-too-long = A sua opinião tem de ter { $max } caracteres ou menos

feedback-reply-title = Quer uma resposta?
feedback-wants-reply-label = Quer uma resposta?
feedback-wants-reply-summary = Quer resposta
feedback-wants-reply-error-required = Escolha «Sim» se quer uma resposta

feedback-contact-title = Qual é o seu endereço de e-mail?
feedback-email-label = Qual é o seu endereço de e-mail?
feedback-email-summary = Endereço de e-mail
feedback-email-error-required = Escreva o seu endereço de e-mail
feedback-email-error-invalid = Escreva um endereço de e-mail no formato correto, por exemplo, nome@example.com

feedback-next-steps = Obrigado. Partilhamos todos os elogios com a equipa a que se referem.
