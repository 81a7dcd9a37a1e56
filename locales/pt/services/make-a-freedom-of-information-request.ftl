foi-title = Fazer um pedido de Liberdade de Informação (Freedom of Information)
foi-summary = Peça informações que a Câmara Municipal guarda.
foi-keywords = foi freedom of information liberdade de informação eir informação ambiental pedido de dados
foi-standard = Vamos responder até { $date }. É o prazo de 20 dias úteis que a lei exige.
foi-start-intro = Qualquer pessoa pode pedir informações que a Câmara Municipal guarda, como relatórios, gastos e estatísticas. Isto inclui informações sobre o ambiente.
foi-start-published = Veja primeiro o nosso site: muitas das nossas informações já estão publicadas.
foi-start-time = Demora cerca de 5 minutos.
foi-start-need = Vai precisar de:
foi-start-need-what = descrever as informações que quer, da forma mais clara possível
foi-start-need-contact = o seu nome e o seu endereço de e-mail

foi-information-title = Que informações quer?
foi-information-label = Que informações quer?
foi-information-hint = Indique datas e locais, se puder. Quanto mais claro for o seu pedido, mais depressa podemos responder.
foi-information-summary = Informações pedidas
foi-information-error-required = Escreva as informações que quer
foi-information-error-too-long = O seu pedido tem de ter { $max } caracteres ou menos

foi-format-title = Como quer receber as informações?
foi-format-label = Como quer receber as informações?
foi-format-summary = Formato
foi-format-email = Por e-mail
foi-format-paper = Em papel, por correio
foi-format-error-required = Escolha como quer receber as informações

foi-contact-title = Os seus dados
foi-full-name-label = Nome completo
foi-full-name-hint = A lei diz que precisamos do seu nome verdadeiro para responder a um pedido de Liberdade de Informação (Freedom of Information).
foi-full-name-summary = Nome
foi-full-name-error-required = Escreva o seu nome completo
foi-full-name-error-too-long = O nome completo tem de ter { $max } caracteres ou menos
foi-email-label = Endereço de e-mail
foi-email-hint = Vamos enviar a nossa resposta para este endereço
foi-email-summary = Endereço de e-mail
foi-email-error-required = Escreva o seu endereço de e-mail
foi-email-error-invalid = Escreva um endereço de e-mail no formato correto, por exemplo, nome@example.com

foi-next-steps = Se precisarmos de mais tempo ou de mais pormenores, vamos avisá-lo no prazo de 20 dias úteis.
