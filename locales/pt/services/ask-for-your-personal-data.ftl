sar-title = Pedir os seus dados pessoais que guardamos
sar-summary = Receba uma cópia das informações sobre si que a Câmara Municipal guarda.
sar-keywords = pedido de acesso aos dados sar rgpd gdpr proteção de dados os meus registos informações pessoais
sar-standard = Vamos enviar as suas informações até { $date }. É o prazo de um mês que a lei exige.
sar-start-intro = Tem direito a uma cópia das suas informações pessoais que a Câmara Municipal guarda. É gratuito.
sar-start-time = Demora cerca de 5 minutos.
sar-start-need = Vai precisar de:
sar-start-need-details = o seu nome e a sua data de nascimento, para podermos encontrar os seus registos
sar-start-need-contact = um endereço de e-mail

sar-whose-title = De quem são as informações que quer?
sar-whose-label = De quem são as informações que quer?
sar-whose-summary = De quem são as informações
sar-whose-mine = São minhas
sar-whose-someone-else = São de outra pessoa
sar-whose-error-required = Escolha de quem são as informações que quer

sar-someone-else-title = Para pedir as informações de outra pessoa, tem de nos contactar
sar-someone-else-body = Para receber as informações de outra pessoa, precisa da autorização escrita dessa pessoa, ou de um poder legal, como uma procuração.

    Telefone-nos para o 020 7946 0000, ou vá a qualquer biblioteca ou centro de atendimento ao público, e dizemos-lhe o que tem de enviar.

sar-about-you-title = Sobre si
sar-full-name-label = Nome completo
sar-full-name-summary = Nome
sar-full-name-error-required = Escreva o seu nome completo
sar-full-name-error-too-long = O nome completo tem de ter { $max } caracteres ou menos
sar-date-of-birth-label = Data de nascimento
sar-date-of-birth-hint = Por exemplo, 27 3 1985
sar-date-of-birth-summary = Data de nascimento
sar-date-of-birth-error-required = Escreva a sua data de nascimento
sar-date-of-birth-error-incomplete = A data de nascimento tem de incluir { $missing ->
    [day] o dia
    [month] o mês
    [year] o ano
    [day-month] o dia e o mês
    [day-year] o dia e o ano
   *[month-year] o mês e o ano
  }
sar-date-of-birth-error-invalid = A data de nascimento tem de ser uma data que existe
sar-date-of-birth-error-year-digits = O ano tem de ter 4 algarismos
sar-date-of-birth-error-future = A data de nascimento tem de ser no passado

sar-information-title = Que informações quer?
sar-information-label = Que informações quer?
sar-information-hint = Por exemplo, o seu processo de habitação, ou os e-mails sobre uma reclamação. Indique datas, se puder.
sar-information-summary = Informações pedidas
sar-information-error-required = Escreva as informações que quer
sar-information-error-too-long = O que pede tem de ter { $max } caracteres ou menos

sar-contact-title = Qual é o seu endereço de e-mail?
sar-email-label = Qual é o seu endereço de e-mail?
sar-email-hint = Vamos enviar a sua referência e as novidades para este endereço
sar-email-summary = Endereço de e-mail
sar-email-error-required = Escreva o seu endereço de e-mail
sar-email-error-invalid = Escreva um endereço de e-mail no formato correto, por exemplo, nome@example.com

sar-next-steps = Antes de enviarmos as suas informações, vamos pedir-lhe uma prova da sua identidade.
