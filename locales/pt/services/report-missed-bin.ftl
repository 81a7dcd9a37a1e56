missed-bin-title = Comunicar que não recolhemos o seu lixo
missed-bin-summary = Diga-nos se não esvaziámos o seu contentor do lixo no dia da recolha.
missed-bin-standard = Vamos voltar para recolher o seu contentor até { $date }.
missed-bin-start-intro = Use este serviço para nos dizer se não recolhemos o seu lixo, a reciclagem, os restos de comida ou os resíduos de jardim no dia habitual.
missed-bin-start-need = Vai precisar de:
missed-bin-start-need-address = o endereço da recolha
missed-bin-start-need-date = a data em que não recolhemos o seu contentor
missed-bin-start-need-email = um endereço de e-mail, para lhe darmos novidades
missed-bin-start-time = Demora cerca de 3 minutos.
missed-bin-start-limit = Só pode comunicar uma recolha que não foi feita nos últimos 14 dias.

missed-bin-address-title = Qual é o endereço da recolha?
missed-bin-postcode-label = Código postal
missed-bin-postcode-hint = Por exemplo, SE1 2QH
missed-bin-postcode-summary = Código postal
missed-bin-postcode-error-required = Escreva o código postal da recolha
missed-bin-postcode-error-invalid = Escreva um código postal completo do Reino Unido, por exemplo, SE1 2QH
missed-bin-address-line-1-label = Número ou nome da casa, e rua
missed-bin-address-line-1-hint = Por exemplo, 12 Peckham Road
missed-bin-address-line-1-summary = Endereço
missed-bin-address-line-1-error-required = Escreva o número ou nome da casa, e a rua
missed-bin-address-line-1-error-too-long = O número ou nome da casa, e a rua, têm de ter { $max } caracteres ou menos

missed-bin-which-bin-title = Que contentor não recolhemos?
missed-bin-bin-label = Que contentor não recolhemos?
missed-bin-bin-summary = Contentor
missed-bin-bin-rubbish = Lixo comum
missed-bin-bin-recycling = Reciclagem
missed-bin-bin-food-waste = Restos de comida
missed-bin-bin-garden-waste = Resíduos de jardim
missed-bin-bin-error-required = Escolha o contentor que não recolhemos

missed-bin-date-title = Quando não recolhemos o seu contentor?
missed-bin-date-label = Quando não recolhemos o seu contentor?
missed-bin-date-hint = Por exemplo, 20 11 2026
missed-bin-date-summary = Data da recolha que faltou
missed-bin-date-error-required = Escreva a data em que não recolhemos o seu contentor
missed-bin-date-error-incomplete = A data em que não recolhemos o seu contentor tem de incluir { $missing ->
    [day] o dia
    [month] o mês
    [year] o ano
    [day-month] o dia e o mês
    [day-year] o dia e o ano
   *[month-year] o mês e o ano
  }
missed-bin-date-error-invalid = A data em que não recolhemos o seu contentor tem de ser uma data que existe
missed-bin-date-error-year-digits = O ano tem de ter 4 algarismos
missed-bin-date-error-future = A data em que não recolhemos o seu contentor tem de ser hoje ou no passado
missed-bin-date-error-too-old = A data em que não recolhemos o seu contentor tem de ser nos últimos { $days } dias

missed-bin-more-information-title = Há mais alguma coisa que devamos saber?
missed-bin-more-information-label = Há mais alguma coisa que devamos saber? (opcional)
missed-bin-more-information-hint = Por exemplo, onde deixou o contentor ou como se chega até ele
missed-bin-more-information-summary = Mais informações
missed-bin-more-information-error-too-long = O que mais devemos saber tem de ter { $max } caracteres ou menos

missed-bin-contact-title = Como podemos falar consigo?
missed-bin-email-label = Endereço de e-mail
missed-bin-email-hint = Vamos enviar a sua referência e as novidades para este endereço
missed-bin-email-summary = Endereço de e-mail
missed-bin-email-error-required = Escreva o seu endereço de e-mail
missed-bin-email-error-invalid = Escreva um endereço de e-mail no formato correto, por exemplo, nome@example.com
missed-bin-phone-label = Número de telefone (opcional)
missed-bin-phone-hint = Um número do Reino Unido, por exemplo, 07700 900 982
missed-bin-phone-summary = Número de telefone
missed-bin-phone-error-invalid = Escreva um número de telefone do Reino Unido, por exemplo, 01632 960 001 ou 07700 900 982

missed-bin-next-steps = Vamos voltar para recolher o seu contentor. Não precisa de fazer mais nada.
missed-bin-next-steps-leave-out = Deixe o seu contentor na rua até o recolhermos.
