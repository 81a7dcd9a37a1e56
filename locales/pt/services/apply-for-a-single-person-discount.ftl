spd-title = Pedir o desconto para quem vive sozinho no Imposto Municipal (Council Tax)
spd-summary = Tenha 25% de desconto no Imposto Municipal (Council Tax) se for o único adulto a viver na sua casa.
spd-keywords = imposto municipal council tax desconto pessoa sozinha vive sozinho 25 por cento redução
spd-standard = Vamos dizer-lhe a nossa decisão até { $date }.
spd-start-intro = Pode ter 25% de desconto no Imposto Municipal (Council Tax) se for o único adulto (com 18 anos ou mais) que vive na sua casa.
spd-start-time = Demora cerca de 3 minutos.
spd-start-need = Vai precisar de:
spd-start-need-account = o número de conta do Imposto Municipal (Council Tax), que está na sua fatura
spd-start-need-date = a data em que começou a viver sozinho
spd-start-need-contact = um endereço de e-mail

spd-account-title = Qual é o seu número de conta do Imposto Municipal (Council Tax)?
spd-account-number-label = Qual é o seu número de conta do Imposto Municipal (Council Tax)?
spd-account-number-hint = Tem 8 algarismos e está no topo da sua fatura.
spd-account-number-summary = Número de conta
spd-account-number-error-required = Escreva o seu número de conta do Imposto Municipal (Council Tax)
spd-account-number-error-too-long = O número de conta tem de ter { $max } caracteres ou menos
spd-account-number-error-pattern = Escreva o seu número de conta com 8 algarismos, por exemplo, 12345678

spd-address-title = Qual é o endereço da casa?
spd-postcode-label = Código postal
spd-postcode-hint = Por exemplo, SE1 2QH
spd-postcode-summary = Código postal
spd-postcode-error-required = Escreva o código postal
spd-postcode-error-invalid = Escreva um código postal completo do Reino Unido, por exemplo, SE1 2QH
spd-address-line-1-label = Número ou nome da casa, e rua
spd-address-line-1-summary = Endereço
spd-address-line-1-error-required = Escreva o número ou nome da casa, e a rua
spd-address-line-1-error-too-long = O número ou nome da casa, e a rua, têm de ter { $max } caracteres ou menos

spd-adults-title = Quantos adultos vivem na casa, contando consigo?
spd-adults-label = Quantos adultos vivem na casa, contando consigo?
spd-adults-hint = Conte todas as pessoas com 18 anos ou mais que vivem lá a maior parte do tempo.
spd-adults-summary = Adultos que vivem na casa
spd-adults-error-required = Escreva quantos adultos vivem na casa
spd-adults-error-invalid = Escreva o número de adultos como um número inteiro, por exemplo, 1
spd-adults-error-too-small = O número de adultos tem de ser { $min } ou mais
spd-adults-error-too-large = O número de adultos tem de ser { $max } ou menos

spd-not-eligible-title = Não pode ter o desconto para quem vive sozinho
spd-not-eligible-body = O desconto é só para casas onde vive um único adulto.

    Pode ter outro desconto se alguém na sua casa for estudante a tempo inteiro, cuidador ou tiver uma deficiência mental grave. Telefone-nos para o 020 7946 0000 para saber mais.

spd-since-title = Quando começou a viver sozinho?
spd-since-label = Quando começou a viver sozinho?
spd-since-hint = Por exemplo, 1 9 2026
spd-since-summary = Vive sozinho desde
spd-since-error-required = Escreva a data em que começou a viver sozinho
spd-since-error-incomplete = A data em que começou a viver sozinho tem de incluir { $missing ->
    [day] o dia
    [month] o mês
    [year] o ano
    [day-month] o dia e o mês
    [day-year] o dia e o ano
   *[month-year] o mês e o ano
  }
spd-since-error-invalid = A data em que começou a viver sozinho tem de ser uma data que existe
spd-since-error-year-digits = O ano tem de ter 4 algarismos
spd-since-error-future = A data em que começou a viver sozinho tem de ser hoje ou no passado
spd-since-error-too-early = A data em que começou a viver sozinho tem de ser { $date } ou depois

spd-moved-out-title = Nos últimos 3 meses, outro adulto que vivia consigo saiu de casa?
spd-moved-out-label = Nos últimos 3 meses, outro adulto que vivia consigo saiu de casa?
spd-moved-out-hint = Por exemplo, o seu companheiro, um filho adulto ou alguém a quem alugava um quarto.
spd-moved-out-summary = Outro adulto saiu de casa há pouco tempo
spd-moved-out-error-required = Escolha «Sim» se outro adulto saiu de casa nos últimos 3 meses

spd-proof-title = Envie uma prova de que vive neste endereço
spd-proof-label = Envie uma prova de que vive neste endereço
spd-proof-hint = Uma fatura, um extrato bancário ou uma carta dos últimos 3 meses, com o seu nome e este endereço. Pode ser uma foto.
spd-proof-summary = Prova de endereço
spd-proof-error-required = Envie uma prova de que vive neste endereço

spd-moved-out-proof-title = Envie uma prova de que a outra pessoa saiu de casa
spd-moved-out-proof-label = Envie uma prova de que a outra pessoa saiu de casa
spd-moved-out-proof-hint = Por exemplo, o novo contrato de arrendamento dessa pessoa, ou uma carta enviada para o novo endereço dela.
spd-moved-out-proof-summary = Prova de que saiu de casa
spd-moved-out-proof-error-required = Envie uma prova de que o outro adulto saiu de casa

spd-contact-title = Os seus dados
spd-full-name-label = Nome completo
spd-full-name-summary = Nome
spd-full-name-error-required = Escreva o seu nome completo
spd-full-name-error-too-long = O nome completo tem de ter { $max } caracteres ou menos
spd-email-label = Endereço de e-mail
spd-email-hint = Vamos enviar a nossa decisão para este endereço
spd-email-summary = Endereço de e-mail
spd-email-error-required = Escreva o seu endereço de e-mail
spd-email-error-invalid = Escreva um endereço de e-mail no formato correto, por exemplo, nome@example.com

spd-next-steps = Se lhe dermos o desconto, vamos enviar-lhe uma nova fatura. Avise-nos se outro adulto vier viver consigo.
