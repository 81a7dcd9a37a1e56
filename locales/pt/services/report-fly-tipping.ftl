fly-tipping-title = Comunicar lixo despejado ilegalmente
fly-tipping-summary = Fale-nos de lixo despejado numa rua, num caminho ou noutro local público.
fly-tipping-keywords = lixo despejado ilegalmente resíduos entulho colchão abandonado despejo
fly-tipping-standard = Até { $date }, vamos retirar o lixo ou dizer-lhe o que estamos a fazer.
fly-tipping-start-intro = Use este serviço para comunicar lixo despejado num espaço público, como uma rua, um caminho, um parque ou uma viela.
fly-tipping-start-danger = Não toque em nada que possa ser perigoso, como agulhas, produtos químicos ou amianto.
fly-tipping-start-time = Demora cerca de 3 minutos.
fly-tipping-start-need = Vai precisar de:
fly-tipping-start-need-where = dizer-nos onde está o lixo
fly-tipping-start-need-what = dizer-nos que tipo de lixo é

fly-tipping-where-title = Onde está o lixo?
fly-tipping-location-label = Descreva onde está
fly-tipping-location-hint = Por exemplo, em frente ao n.º 12 de Peckham Road, junto à paragem do autocarro
fly-tipping-location-summary = Onde
fly-tipping-location-error-required = Escreva onde está o lixo
fly-tipping-location-error-too-long = O local do lixo tem de ter { $max } caracteres ou menos
fly-tipping-postcode-label = Código postal (opcional)
fly-tipping-postcode-hint = Se souber, por exemplo, SE1 2QH
fly-tipping-postcode-summary = Código postal
fly-tipping-postcode-error-invalid = Escreva um código postal completo do Reino Unido, por exemplo, SE1 2QH

fly-tipping-what-title = O que foi despejado?
fly-tipping-waste-label = O que foi despejado?
fly-tipping-waste-hint = Escolha todas as opções que se aplicam.
fly-tipping-waste-summary = O quê
fly-tipping-waste-bags = Sacos de lixo
fly-tipping-waste-furniture = Móveis ou colchões
fly-tipping-waste-electrical = Frigoríficos, televisões ou outros aparelhos elétricos
fly-tipping-waste-building = Entulho de obras
fly-tipping-waste-garden = Resíduos de jardim
fly-tipping-waste-other = Outra coisa
fly-tipping-waste-error-required = Escolha o que foi despejado

fly-tipping-photos-title = Adicione fotos do lixo despejado (opcional)
fly-tipping-photos-label = Adicione fotos do lixo despejado (opcional)
fly-tipping-photos-hint = As fotos ajudam a nossa equipa a encontrar e retirar o lixo. Não se ponha em perigo para as tirar.
fly-tipping-photos-summary = Fotos

fly-tipping-dangerous-title = Alguma coisa pode ser perigosa?
fly-tipping-dangerous-label = Alguma coisa pode ser perigosa?
fly-tipping-dangerous-hint = Por exemplo, agulhas, produtos químicos, garrafas de gás ou amianto
fly-tipping-dangerous-summary = Pode ser perigoso
fly-tipping-dangerous-error-required = Escolha «Sim» se alguma coisa pode ser perigosa

fly-tipping-seen-title = Quando viu o lixo?
fly-tipping-seen-label = Quando viu o lixo?
fly-tipping-seen-hint = Por exemplo, 20 11 2026
fly-tipping-seen-summary = Data em que o viu
fly-tipping-seen-error-required = Escreva a data em que viu o lixo
fly-tipping-seen-error-incomplete = A data em que viu o lixo tem de incluir { $missing ->
    [day] o dia
    [month] o mês
    [year] o ano
    [day-month] o dia e o mês
    [day-year] o dia e o ano
   *[month-year] o mês e o ano
  }
fly-tipping-seen-error-invalid = A data em que viu o lixo tem de ser uma data que existe
fly-tipping-seen-error-year-digits = O ano tem de ter 4 algarismos
fly-tipping-seen-error-future = A data em que viu o lixo tem de ser hoje ou no passado

fly-tipping-contact-title = Qual é o seu endereço de e-mail?
fly-tipping-email-label = Qual é o seu endereço de e-mail?
fly-tipping-email-hint = Vamos enviar a sua referência e as novidades para este endereço
fly-tipping-email-summary = Endereço de e-mail
fly-tipping-email-error-required = Escreva o seu endereço de e-mail
fly-tipping-email-error-invalid = Escreva um endereço de e-mail no formato correto, por exemplo, nome@example.com

fly-tipping-next-steps = Uma equipa de limpeza das ruas vai ver o lixo e retirá-lo. Se encontrarmos provas de quem o despejou, podemos agir contra essa pessoa.
