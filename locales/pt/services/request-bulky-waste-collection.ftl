bulky-title = Marcar a recolha de objetos grandes
bulky-summary = Peça-nos para recolher objetos grandes em sua casa, como móveis e frigoríficos.
bulky-keywords = monstros objetos volumosos móveis sofá frigorífico colchão objetos grandes recolha
bulky-standard = Vamos dizer-lhe o dia da recolha até { $date }.
bulky-start-intro = Use este serviço para marcar a recolha de até 10 objetos grandes da sua casa.
bulky-start-cost = Uma recolha custa { MONEY(25) } por até 3 objetos e { MONEY(5) } por cada objeto a mais. É gratuita se receber a Redução do Imposto Municipal (Council Tax Reduction). Vamos dizer-lhe como pagar.
bulky-start-time = Demora cerca de 3 minutos.
bulky-start-need = Vai precisar de:
bulky-start-need-items = uma lista dos objetos
bulky-start-need-address = o endereço onde vamos recolher
bulky-start-need-email = um endereço de e-mail

bulky-items-title = O que precisa que recolhamos?
bulky-items-label = O que precisa que recolhamos?
bulky-items-hint = Adicione um objeto de cada vez, como um sofá ou um frigorífico. Pode marcar até 10 objetos. Não recolhemos entulho de obras, peças de automóveis nem resíduos de jardim.
bulky-items-summary = Objetos
bulky-items-add = Adicionar objeto
bulky-items-error-required = Escreva um objeto que precisa que recolhamos
bulky-items-error-too-long = Cada objeto tem de ter { $max } caracteres ou menos
bulky-items-error-too-many = Pode marcar até { $max } objetos numa recolha

bulky-address-title = Onde devemos fazer a recolha?
bulky-address-label = Onde devemos fazer a recolha?
bulky-address-hint = Escreva o código postal e escolha «Procurar endereço», ou escreva o endereço.
bulky-address-summary = Endereço da recolha
bulky-address-error-required = Escreva o endereço onde devemos fazer a recolha

bulky-contact-title = Como podemos falar consigo?
bulky-email-label = Endereço de e-mail
bulky-email-hint = Vamos enviar o dia da recolha para este endereço
bulky-email-summary = Endereço de e-mail
bulky-email-error-required = Escreva o seu endereço de e-mail
bulky-email-error-invalid = Escreva um endereço de e-mail no formato correto, por exemplo, nome@example.com
bulky-phone-label = Número de telefone (opcional)
bulky-phone-hint = Para o caso de a nossa equipa precisar de falar consigo no dia
bulky-phone-summary = Número de telefone
bulky-phone-error-invalid = Escreva um número de telefone do Reino Unido, por exemplo, 01632 960 001 ou 07700 900 982

bulky-next-steps = Ponha os objetos à porta de sua casa até às 7h do dia da recolha. Não os deixe na rua antes da noite anterior.
