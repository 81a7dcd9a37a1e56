repair-title = Comunicar uma reparação na sua casa municipal
repair-summary = Fale-nos de algo que precisa de ser arranjado na sua casa municipal.
repair-keywords = habitação reparações fuga de água infiltração humidade bolor avaria inquilino casa
repair-standard = Vamos contactá-lo até { $date } para marcar a reparação.
repair-start-intro = Use este serviço se a sua casa é alugada à Câmara Municipal.
repair-start-emergency = Se for uma emergência, como cheiro a gás, uma inundação ou faíscas na instalação elétrica, não use este formulário. A primeira pergunta diz-lhe para onde deve telefonar.
repair-start-time = Demora cerca de 5 minutos.
repair-start-need = Vai precisar de:
repair-start-need-room = saber em que divisão da casa está o problema
repair-start-need-problem = uma descrição curta do problema
repair-start-need-contact = um número de telefone ou um endereço de e-mail, ou os dois

repair-danger-title = Está a acontecer agora alguma destas coisas?
repair-danger-label = Está a acontecer agora alguma destas coisas?
repair-danger-hint = Perguntamos isto primeiro para o podermos ajudar logo, se for uma emergência.
repair-danger-summary = Emergência
repair-danger-none = Não, nenhuma destas coisas
repair-danger-gas-smell = Sinto cheiro a gás
repair-danger-flooding = Há uma inundação na minha casa
repair-danger-electrics = Há faíscas ou fumo na instalação elétrica
repair-danger-error-required = Escolha se alguma destas coisas está a acontecer agora

repair-gas-title = Saia do prédio e telefone já para o 0800 111 999
repair-gas-body = Telefone para o Serviço Nacional de Emergência do Gás (National Gas Emergency Service), no 0800 111 999. A chamada é gratuita e o serviço está aberto 24 horas por dia.

    Não mexa em interruptores nem em nada que seja elétrico. Não fume nem acenda nada que faça chama. Abra portas e janelas, se o puder fazer em segurança.

    Quando estiver em segurança, telefone-nos para o 020 7946 0999 para o podermos ajudar.

repair-emergency-title = Telefone já para a nossa linha de reparações urgentes
repair-emergency-body = Telefone já para o 020 7946 0999. A linha está aberta 24 horas por dia, todos os dias.

    Se o puder fazer em segurança, feche a água na torneira geral, ou desligue a eletricidade no quadro elétrico.

    Se alguém estiver em perigo, telefone para o 999.

repair-room-title = Onde está o problema?
repair-room-label = Onde está o problema?
repair-room-summary = Onde
repair-room-kitchen = Cozinha
repair-room-bathroom = Casa de banho ou WC
repair-room-bedroom = Quarto
repair-room-living-room = Sala
repair-room-outside = Lá fora, como um jardim, uma porta ou uma janela
repair-room-other = Noutro sítio
repair-room-error-required = Escolha onde está o problema
repair-room-other-label = Onde é?
repair-room-other-summary = Outro sítio
repair-room-other-error-required = Escreva onde está o problema
repair-room-other-error-too-long = O local do problema tem de ter { $max } caracteres ou menos

repair-problem-title = Qual é o problema?
repair-problem-label = Qual é o problema?
repair-problem-hint = Por exemplo, o que está avariado, quando começou e se está a piorar
repair-problem-summary = Problema
repair-problem-error-required = Escreva qual é o problema
repair-problem-error-too-long = O problema tem de ter { $max } caracteres ou menos

repair-mould-title = Há humidade ou bolor?
repair-mould-label = Há humidade ou bolor?
repair-mould-hint = A humidade e o bolor podem fazer mal à saúde. Tratamos estes casos com prioridade.
repair-mould-summary = Humidade ou bolor
repair-mould-error-required = Escolha «Sim» se há humidade ou bolor

repair-access-title = Quando podemos entrar em sua casa?
repair-access-label = Quando podemos entrar em sua casa?
repair-access-summary = Acesso
repair-access-any-time = A qualquer hora, das 8h às 18h
repair-access-mornings = Só de manhã, das 8h às 13h
repair-access-afternoons = Só à tarde, das 13h às 18h
repair-access-error-required = Escolha quando podemos entrar em sua casa

repair-contact-title = Como podemos falar consigo?
repair-contact-error-one-of = Escreva um endereço de e-mail ou um número de telefone, para podermos falar consigo sobre a reparação
repair-email-label = Endereço de e-mail
repair-email-hint = Indique um endereço de e-mail, um número de telefone ou os dois. Vamos enviar a sua referência e as novidades por e-mail.
repair-email-summary = Endereço de e-mail
repair-email-error-required = Escreva o seu endereço de e-mail
repair-email-error-invalid = Escreva um endereço de e-mail no formato correto, por exemplo, nome@example.com
repair-phone-label = Número de telefone
repair-phone-hint = Vamos telefonar-lhe para marcar uma hora
repair-phone-summary = Número de telefone
repair-phone-error-required = Escreva um número de telefone para podermos marcar a reparação
repair-phone-error-invalid = Escreva um número de telefone do Reino Unido, por exemplo, 01632 960 001 ou 07700 900 982

repair-next-steps = Um técnico de reparações vai telefonar-lhe para marcar uma visita.
