language-name = Português
council-name = Câmara Municipal de Frontdoor
council-phone = 020 7946 0000
council-email = contact@frontdoor.example.gov.uk
skip-link = Ir para o conteúdo principal
header-home = Serviços da Câmara Municipal
language-switch = Idioma
language-switch-summary = Idioma: { $language }
language-unreviewed = Esta tradução ainda não foi verificada por um tradutor qualificado. Por isso, algumas palavras podem estar erradas.
language-unreviewed-link = Ler esta página em inglês
footer-accessibility = Acessibilidade
footer-privacy = Privacidade
footer-cookies = Usamos um cookie para lembrar as suas respostas e outro para lembrar o seu idioma. Não usamos cookies para seguir a sua atividade.

contact-heading = Outras formas de nos contactar
contact-phone = Telefone: { $phone }
contact-email = E-mail: { $email }
contact-hours = De segunda a sexta-feira, das 9h às 17h
contact-in-person = Pessoalmente: em qualquer biblioteca ou centro de atendimento ao público. Os funcionários e os voluntários digitais podem ajudar.

button-save-detail = Guardar
button-continue = Continuar
button-start = Começar agora
button-send = Aceitar e enviar
button-find = Encontrar o meu pedido
back-link = Voltar

error-summary-title = Há um problema
error-title = Erro: { $title }
error-prefix = Erro:
optional = opcional

date-day = Dia
date-month = Mês
date-year = Ano

character-count-limit = Pode escrever até { $max } caracteres
character-count-remaining = { $remaining ->
    [one] Caracteres que ainda pode escrever: { $remaining }
    [many] Caracteres que ainda pode escrever: { $remaining }
   *[other] Caracteres que ainda pode escrever: { $remaining }
  }
character-count-over = { $over ->
    [one] Tem { $over } carácter a mais
    [many] Tem { $over } caracteres a mais
   *[other] Tem { $over } caracteres a mais
  }

home-title = O que precisa de fazer?
home-intro = Comunique um problema, peça um serviço ou saiba o que está a acontecer com um assunto de que nos falou.
home-track = Acompanhar um pedido que já enviou

start-before = Antes de começar

check-answers-title = Verifique as suas respostas antes de enviar
check-answers-change = Alterar
check-answers-not-given = Não indicado
check-answers-send-heading = Agora envie o seu pedido
check-answers-declaration = Ao enviar, confirma que os dados que deu estão corretos, tanto quanto sabe.

confirmation-title = Pedido enviado
confirmation-reference = O seu número de referência
confirmation-keep = Anote o seu número de referência. Vai precisar dele para acompanhar o seu pedido ou se nos contactar sobre ele.
confirmation-next = O que acontece a seguir
confirmation-track = Acompanhar o seu pedido
confirmation-another = Comunicar ou pedir outra coisa

track-title = Acompanhar um pedido
track-intro = Escreva o número de referência e o endereço de e-mail que nos deu quando enviou o pedido.
track-reference-label = Número de referência
track-reference-hint = Está na sua página de confirmação. Tem 9 letras e números, por exemplo, KX4-P7M-HRT.
track-reference-error-required = Escreva o seu número de referência
track-reference-error-invalid = Escreva o número de referência exatamente como o recebeu, por exemplo, KX4-P7M-HRT
track-email-label = Endereço de e-mail
track-email-error-required = Escreva o endereço de e-mail que nos deu
track-email-error-invalid = Escreva um endereço de e-mail no formato correto, por exemplo, nome@example.com
track-not-found = Não encontrámos nenhum pedido com esse número de referência e esse endereço de e-mail. Verifique os dois e tente de novo, ou telefone-nos.
track-result-title = O seu pedido
track-status = Estado
track-status-received = Recebido
track-status-acknowledged = Receção confirmada
track-status-in-progress = Em curso
track-status-waiting-for-resident = À espera da sua resposta
track-status-resolved = Resolvido
track-status-closed = Encerrado
track-service = Pedido
track-reference = Número de referência
track-sent-on = Enviado em
track-act-by = Vamos agir até
track-acknowledge-by = Vamos confirmar que o recebemos até
track-another = Acompanhar outro pedido
track-history = O que aconteceu
track-overdue = Não fizemos isto até à data que prometemos. Pedimos desculpa pelo atraso.
warning = Aviso
reply-heading = Responda à nossa pergunta
reply-intro = Diga-nos o que lhe pedimos. Também pode adicionar fotos ou documentos.
reply-label = A sua resposta
reply-files-label = Adicionar fotos ou documentos (opcional)
reply-reply-error-required = Escreva a sua resposta ou adicione um ficheiro
reply-reply-error-too-long = A sua resposta tem de ter { $max } caracteres ou menos
button-send-reply = Enviar a sua resposta
track-history-reply = Enviou a sua resposta
track-history-files = Ficheiros enviados: { $files }
rating-heading = Está satisfeito com a forma como tratámos o seu pedido?
rating-very-satisfied = Muito satisfeito
rating-satisfied = Satisfeito
rating-neither = Nem satisfeito nem insatisfeito
rating-dissatisfied = Insatisfeito
rating-very-dissatisfied = Muito insatisfeito
rating-comment-label = Conte-nos mais (opcional)
rating-comment-hint = Não escreva dados pessoais.
rating-satisfaction-error-required = Escolha o seu grau de satisfação
rating-comment-error-too-long = O seu comentário tem de ter { $max } caracteres ou menos
button-send-rating = Enviar
rating-thanks = Obrigado por nos dizer o que achou do nosso trabalho.

session-expired = A sua sessão tinha terminado. Guardámos o que escreveu nesta página. Verifique e continue.
not-found-title = Página não encontrada
not-found-body = Se escreveu o endereço da página, verifique se está correto.
server-error-title = Lamentamos, há um problema com o serviço
server-error-body = Tente de novo mais tarde. As suas respostas foram guardadas.
server-error-try-later = Tente de novo mais tarde.
forbidden-title = Lamentamos, não conseguimos aceitar esse formulário
forbidden-body = Isto pode acontecer se não usou o serviço durante algum tempo. Volte ao início do formulário e tente de novo.
too-large-title = O que enviou é demasiado grande
too-large-body = Volte atrás e envie menos. Se está a adicionar ficheiros, adicione um de cada vez.
too-many-requests-title = Lamentamos, houve demasiadas tentativas
too-many-requests-body = Espere alguns minutos e tente de novo.
error-page-contact = Se precisar de ajuda, contacte-nos.

date-long = { $day } de { $month } de { $year }
# A date with its day of the week, for dates to come: "Tuesday 9 December 2025".
date-with-weekday = { $weekday }, { $day } de { $month } de { $year }
date-at-time = { $date } às { $time }
# $hour is 1 to 12 with $half "am" or "pm"; in a language that uses the 24-hour clock, $hour is 00 to 23
# and the translation leaves $half out.
time-of-day = { $hour }:{ $minute }
weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado
weekday-7 = domingo
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

answer-yes = Sim
answer-no = Não
select-choose = Escolha uma opção
checkboxes-or = ou

home-search-label = Procurar um serviço
home-search-button = Procurar
home-search-results = { $count ->
    [one] { $count } serviço encontrado para «{ $query }»
    [many] { $count } serviços encontrados para «{ $query }»
   *[other] { $count } serviços encontrados para «{ $query }»
  }
home-search-none = Nenhum serviço encontrado para «{ $query }». Experimente outras palavras ou telefone-nos.
home-search-all = Ver todos os serviços
category-report = Comunicar um problema
category-request = Pedir um serviço
category-apply = Candidatar-se a algo
category-complain = Reclamações, elogios e comentários
category-ask-for-information = Pedir informações

save-link = Guardar e voltar mais tarde
save-title = Guardar e voltar mais tarde
save-intro = As suas respostas são guardadas à medida que avança. Para voltar a este formulário mais tarde, neste ou noutro dispositivo, precisa de um código de acesso.
save-check = Quando voltar, vamos pedir o seu código e uma das respostas que deu, para confirmar a sua identidade.
save-button = Obter um código de acesso
saved-title = As suas respostas estão guardadas
saved-code = O seu código de acesso
saved-keep = Anote o seu código de acesso e guarde-o num lugar seguro. Quem tiver o código e as suas respostas pode ver o seu formulário.
saved-return-how = Para voltar, vá a { $address } e escreva o seu código.
saved-expires = Vamos guardar as suas respostas até { $date }. Depois disso, serão apagadas.
saved-emailed = Enviámos para { $email } um link para voltar ao seu formulário.
saved-link = Também pode usar este link:
saved-continue = Continuar o seu formulário
return-title = Voltar a um formulário guardado
return-intro = Escreva o código de acesso que recebeu quando guardou o formulário.
return-code-label = Código de acesso
return-code-hint = Tem 9 letras e números, por exemplo, KX4-P7M-HRT.
return-code-error-required = Escreva o seu código de acesso
return-code-error-invalid = Escreva o código de acesso exatamente como o recebeu, por exemplo, KX4-P7M-HRT
return-code-error-not-found = Não encontrámos nenhum formulário guardado com esse código. Guardamos os formulários durante 28 dias.
return-check-title = Confirme a sua identidade
return-check-uk-postcode = Que código postal indicou no formulário?
return-check-email = Que endereço de e-mail indicou no formulário?
return-check-date = Que data indicou em «{ $question }» no formulário?
return-check-none = Escolha «Continuar» para seguir com o seu formulário.
return-check-error-required = Escreva a resposta que deu no formulário
return-check-error-wrong = Isso não corresponde à resposta do formulário. Verifique e tente de novo.
return-link-expired = Esse link não funciona. Pode ter expirado: guardamos os formulários durante 28 dias. Se anotou o seu código de acesso, escreva-o aqui.
return-start-again = A resposta não correspondeu demasiadas vezes. Escreva de novo o seu código de acesso.

# The address question: find by postcode, or type it in
address-postcode = Código postal
address-find = Procurar endereço
address-choose = Escolha um endereço
address-found = { $count ->
    [one] { $count } endereço encontrado para { $postcode }
    [many] { $count } endereços encontrados para { $postcode }
   *[other] { $count } endereços encontrados para { $postcode }
}
address-none-found = Não encontrámos nenhum endereço para { $postcode }. Escreva o endereço abaixo.
address-lookup-unavailable = Neste momento não conseguimos procurar endereços. Escreva o endereço abaixo.
address-manual = Ou escreva o endereço.
address-line-1 = Linha 1 do endereço
address-line-2 = Linha 2 do endereço (opcional)
address-town = Cidade ou localidade
address-error-line-1-required = Escreva a linha 1 do endereço, normalmente o prédio e a rua
address-error-line-1-too-long = A linha 1 do endereço tem de ter { $max } caracteres ou menos
address-error-line-2-too-long = A linha 2 do endereço tem de ter { $max } caracteres ou menos
address-error-town-required = Escreva a cidade ou localidade
address-error-town-too-long = A cidade ou localidade tem de ter { $max } caracteres ou menos
address-error-lookup-required = Escreva um código postal
address-error-postcode-required = Escreva o código postal
address-error-postcode-invalid = Escreva um código postal completo do Reino Unido, por exemplo, SE15 5DQ

# "Add another" lists
list-added = { $count ->
    [one] Adicionou { $count } item
    [many] Adicionou { $count } itens
   *[other] Adicionou { $count } itens
}
list-remove = Remover

# Evidence files
list-or = ou
file-limits = Pode adicionar até { $count } ficheiros. Cada um tem de ser um ficheiro { $types } e ter menos de { $max }.
file-upload-button = Enviar ficheiros
file-added = { $count ->
    [one] { $count } ficheiro adicionado
    [many] { $count } ficheiros adicionados
   *[other] { $count } ficheiros adicionados
}
file-remove = Remover
file-cancel = Cancelar
file-uploading = { $name }: { $percent }% enviado
file-uploaded = { $name } enviado
file-cancelled = { $name } não enviado
file-error-empty = { $name } está vazio. Escolha um ficheiro com conteúdo
file-error-too-big = { $name } tem de ter menos de { $max }
file-error-total-too-big = { $name } não foi adicionado: no total, os ficheiros têm de ter menos de { $total }
file-error-too-many = { $name } não foi adicionado: pode adicionar até { $count } ficheiros
file-error-wrong-type = { $name } tem de ser um ficheiro { $types }
file-error-password = { $name } está protegido por uma palavra-passe. Retire a palavra-passe e adicione-o de novo
file-error-damaged = { $name } está danificado e não abre. Escolha outro ficheiro
file-error-virus = { $name } tem um vírus. Escolha outro ficheiro
file-error-not-checked = Não conseguimos verificar se { $name } tem vírus. Tente de novo mais tarde
file-error-incomplete = { $name } não acabou de ser enviado. Tente de novo
file-error-none-chosen = Escolha um ficheiro
file-wait = Espere até { $name } acabar de ser enviado

## A caseworker moving a request on

change-status-error-required = Escolha um novo estado
change-status-error-not-allowed = { $from ->
    [resolved] Este pedido está resolvido, por isso o estado não pode mudar
    [closed] Este pedido está encerrado, por isso o estado não pode mudar
   *[other] { $to ->
        [received] Um pedido não pode voltar a «Recebido»
        [acknowledged] Um pedido que já está a ser tratado não pode voltar a «Receção confirmada»
       *[other] O pedido já tem esse estado
    }
}
change-note-error-needed = Diga o que precisa do residente
change-note-error-outcome = Diga qual é o resultado
change-note-error-too-long = A nota tem de ter { $max } caracteres ou menos
change-staff-note-error-too-long = A nota para os funcionários tem de ter { $max } caracteres ou menos
change-staff-note-error-required = Escreva a nota para os funcionários

## A resident's account

account-title = A sua conta
account-sign-in-title = Entrar na sua conta
account-sign-in-intro = Escreva o seu endereço de e-mail. Vamos enviar-lhe um código e um link por e-mail. Use um deles para entrar: não precisa de se lembrar de nenhuma palavra-passe.
account-code-intro = Enviámos-lhe um código e um link por e-mail. Escreva o código aqui ou use o link do e-mail. Cada um funciona uma só vez, durante { $minutes } minutos.
account-link-expired = Esse link para entrar já foi usado ou expirou. Escreva o seu endereço de e-mail para receber um novo.
account-signed-in-as = Entrou como { $email }.
account-requests = Os seus pedidos
account-no-requests = Ainda não enviou nenhum pedido com este endereço de e-mail.
account-track = Ver o que aconteceu a um pedido
account-drafts = Formulários que começou
account-no-drafts = Não tem formulários por terminar.
account-draft-saved = guardado pela última vez em { $when }
account-messages = Mensagens que lhe enviámos
account-no-messages = Ainda não lhe enviámos nenhuma mensagem.
account-message-request-received = Recebemos o seu pedido
account-message-request-moved = Novidades sobre o seu pedido
account-message-request-over = O resultado do seu pedido
account-message-save-and-return = O seu formulário guardado
account-data-title = Os seus dados
account-data-link = Ver todos os seus dados que guardamos, ou descarregá-los
account-data-intro = Estes são todos os dados que guardamos na sua conta: os seus dados pessoais, os pedidos que enviou com o seu endereço de e-mail e as suas respostas, os formulários que começou e as mensagens que lhe enviámos.
account-data-download = Descarregar todos os seus dados (um ficheiro JSON)
account-data-since = Conta criada em
account-data-answers = As suas respostas
account-data-files = Ficheiros adicionados
account-data-draft = Começado: { $service }
account-delete-title = Apagar a sua conta
account-delete-goes = Isto apaga a sua conta, os formulários que começou e os ficheiros que lhes adicionou, e os registos das suas entradas na conta. A sua sessão termina em todos os dispositivos.
account-delete-kept = Os pedidos que já enviou continuam guardados, com as respostas e os ficheiros, porque a Câmara Municipal tem de os guardar durante o tempo que a lei exige. Pode continuar a acompanhá-los com o número de referência e o seu endereço de e-mail.
account-delete-confirm = Confirmar
account-delete-confirm-yes = Compreendo. Quero apagar a minha conta.
account-delete-confirm-error-required = Confirme que quer apagar a sua conta
account-delete-button = Apagar a minha conta
account-deleted = A sua conta foi apagada. Os pedidos que enviou continuam guardados e pode continuar a acompanhá-los.
profile-used = Preenchemos os dados que guardou. Verifique-os e altere-os aqui se desta vez forem diferentes.
profile-save-legend = A sua conta
profile-save-hint = Só fica guardado na sua conta o que assinalar.
profile-save-new = Guardar na minha conta a minha resposta a «{ $question }» para a próxima vez
profile-save-change = Alterar também «{ $question }» na minha conta
profile-heading = Os seus dados guardados
profile-intro = Usamos estes dados para preencher os formulários que os pedem. Em cada formulário, escolhe se uma alteração fica guardada aqui.
profile-remove = Remover
profile-uses = Como usámos os seus dados
profile-use = Campo «{ $detail }» preenchido em { $service }, { $when }
profile-field-language = Idioma
profile-field-contact-method = Forma de contacto
profile-field-access-needs = Ajuda de que precisa
profile-not-saved = Não guardado
profile-change = Alterar
profile-add = Adicionar
profile-field-interpreter-language = Língua do intérprete
profile-field-name = Nome
profile-field-date-of-birth = Data de nascimento
profile-field-email = Endereço de e-mail
profile-field-phone = Número de telefone
profile-field-address = Endereço
profile-pass-on-heading = Alterou os seus dados. Quer atualizá-los também nos seus pedidos?
profile-pass-on-legend = Em quais dos seus pedidos em aberto devemos usar os novos dados?
profile-pass-on-button = Enviar os novos dados
profile-keep-button = Agora não
profile-passed-on = Novos dados – { $detail }: { $value }
account-provider-heading = Ou use a sua conta da Câmara Municipal
account-provider-button = Entrar com { $name }
account-provider-failed = Não foi possível entrar com a sua conta da Câmara Municipal. Tente de novo ou use o código que lhe enviamos por e-mail.
account-sign-out = Sair
account-sign-out-everywhere = Sair em todos os dispositivos

## The "your details" form (a resident's saved details)

details-title = Os seus dados guardados
details-summary = Dados que usamos para preencher os seus formulários.
details-standard = Ficam guardados de imediato.
details-name-title = O seu nome
details-full-name-label = Qual é o seu nome completo?
details-full-name-summary = Nome
details-full-name-error-required = Escreva o seu nome completo
details-full-name-error-too-long = O seu nome tem de ter { $max } caracteres ou menos
details-date-of-birth-title = A sua data de nascimento
details-date-of-birth-label = Qual é a sua data de nascimento?
details-date-of-birth-summary = Data de nascimento
details-date-of-birth-hint = Por exemplo, 27 3 1985
details-date-of-birth-error-required = Escreva a sua data de nascimento
details-date-of-birth-error-incomplete = A sua data de nascimento tem de ter dia, mês e ano
details-date-of-birth-error-invalid = A sua data de nascimento tem de ser uma data que existe
details-date-of-birth-error-year-digits = O ano tem de ter 4 algarismos
details-date-of-birth-error-future = A sua data de nascimento tem de ser no passado
details-email-title = O seu endereço de e-mail
details-email-label = Que endereço de e-mail devemos usar nos formulários?
details-email-summary = Endereço de e-mail
details-email-error-required = Escreva um endereço de e-mail
details-email-error-invalid = Escreva um endereço de e-mail no formato correto, por exemplo, nome@example.com
details-phone-title = O seu número de telefone
details-phone-label = Qual é o seu número de telefone?
details-phone-summary = Número de telefone
details-phone-error-required = Escreva um número de telefone
details-phone-error-invalid = Escreva um número de telefone do Reino Unido, por exemplo, 01632 960 001 ou 07700 900 982
details-address-title = O seu endereço
details-address-label = Qual é o seu endereço?
details-address-summary = Endereço
details-address-hint = Escreva o seu código postal e escolha «Procurar endereço», ou escreva o seu endereço.
details-address-error-required = Escreva o seu endereço
details-language-title = O seu idioma
details-language-label = Que idioma devemos usar?
details-language-summary = Idioma
details-language-error-required = Escolha um idioma
details-language-en-gb = English (inglês)
details-language-cy = Cymraeg (galês)
details-language-pl = Polski (polaco)
details-language-ro = Română (romeno)
details-language-pt = Português
details-language-es = Español (espanhol)
details-language-tr = Türkçe (turco)
details-language-so = Soomaali (somali)
details-language-bn = বাংলা (bengali)
details-language-ur = اردو (urdu)
details-language-ar = العربية (árabe)
details-language-zh-hans = 中文（简体） (chinês simplificado)
details-language-uk = Українська (ucraniano)
details-contact-method-title = Forma de contacto
details-contact-method-label = Como prefere que entremos em contacto?
details-contact-method-summary = Forma de contacto
details-contact-method-error-required = Escolha como prefere que entremos em contacto
details-contact-method-email = Por e-mail
details-contact-method-phone = Por telefone
details-contact-method-post = Por correio
details-access-needs-title = Ajuda de que precisa da nossa parte
details-access-needs-label = Precisa de alguma destas coisas da nossa parte?
details-access-needs-summary = Ajuda de que precisa
details-access-needs-hint = Escolha todas as opções que se aplicam.
details-access-needs-error-required = Escolha pelo menos uma opção, ou volte atrás
details-interpreter-language-label = Se precisar de um intérprete, para que língua? (opcional)
details-interpreter-language-summary = Língua do intérprete
details-interpreter-language-hint = Por exemplo, polaco, somali ou bengali
details-interpreter-language-error-too-long = A língua tem de ter { $max } caracteres ou menos
details-access-needs-large-print = Cartas em letra grande
details-access-needs-easy-read = Versões de leitura fácil
details-access-needs-british-sign-language = Um intérprete de Língua Gestual Britânica (British Sign Language)
details-access-needs-interpreter = Um intérprete para outra língua
details-access-needs-someone-speaks-for-me = Alguém que fale por mim

## The caseworkers' pages

staff-area = Funcionários
staff-sign-in-title = Entrar para ver os pedidos
staff-sign-in-intro = Escreva o seu endereço de e-mail da Câmara Municipal. Vamos enviar-lhe um código por e-mail para entrar.
staff-email-label = Endereço de e-mail
staff-email-error-required = Escreva o seu endereço de e-mail
staff-email-error-invalid = Escreva um endereço de e-mail no formato correto, por exemplo, nome@council.gov.uk
button-send-code = Enviar código
staff-code-title = Veja o seu e-mail
staff-code-intro = Se esse endereço tiver uma conta, enviámos-lhe um código por e-mail. O código funciona uma só vez, durante { $minutes } minutos.
staff-code-label = Código
staff-code-hint = Tem 6 algarismos, por exemplo, 042917
staff-code-error-required = Escreva o código do e-mail
staff-code-error-invalid = O código tem { $digits } algarismos
staff-code-error-wrong = O código está errado ou expirou. Veja o e-mail ou peça um novo código
staff-code-again = Pedir um novo código
button-sign-in = Entrar
staff-signed-in-as = Entrou como { $name }
staff-sign-out = Sair
staff-requests-title = Pedidos
staff-filter-service = Serviço
staff-filter-status = Estado
staff-filter-any = Qualquer
staff-filter-overdue = Só pedidos em atraso
button-filter = Mostrar pedidos
staff-requests-count = { $count ->
    [one] { $count } pedido, com os prazos mais próximos primeiro
    [many] { $count } pedidos, com os prazos mais próximos primeiro
   *[other] { $count } pedidos, com os prazos mais próximos primeiro
}
staff-requests-none = Nenhum pedido corresponde. Experimente outros filtros.
staff-column-reference = Referência
staff-column-service = Pedido
staff-column-status = Estado
staff-column-sent = Enviado em
staff-column-act-by = Agir até
staff-overdue = Em atraso
staff-replied = O residente respondeu
staff-ratings-heading = Satisfação dos residentes
staff-ratings-none = Ainda nenhum residente avaliou este serviço.
staff-ratings-answer = Resposta
staff-ratings-count = Residentes
staff-status-received = Recebido
staff-status-acknowledged = Receção confirmada
staff-status-in-progress = Em curso
staff-status-waiting-for-resident = À espera do residente
staff-status-resolved = Resolvido
staff-status-closed = Encerrado
staff-request-title = Pedido { $reference }
staff-back = Voltar aos pedidos
staff-contact = E-mail do residente
staff-language = Idioma
staff-answers-heading = Respostas
staff-files-heading = Provas
staff-files-none = Não foram enviados ficheiros.
staff-file-clean = Verificado contra vírus
staff-file-not-scanned = Não verificado contra vírus
staff-file-with-reply = enviado com uma resposta
staff-file-download = Descarregar
staff-history-heading = Histórico
staff-history-reply = O residente respondeu
staff-history-note = Nota dos funcionários
staff-history-staff-note = Nota dos funcionários: { $note }
staff-history-by = Por { $name }
staff-failed-heading = Mensagens não enviadas
staff-failed-intro = Não foi possível enviar estas mensagens ao residente. Use outra forma de contacto.
staff-message-request-received = Confirmação de receção
staff-message-request-moved = Novidades sobre o pedido
staff-message-request-over = Resultado do pedido
staff-message-save-and-return = Formulário guardado
staff-rating = Avaliação do residente
staff-change-heading = Mudar o estado deste pedido
staff-request-over = Este pedido está concluído. Já não pode mudar de estado.
change-status-label = Novo estado
change-note-label = Nota para o residente
change-note-hint = Diga o que precisa do residente, ou qual é o resultado. O residente vê esta nota na página de acompanhamento e num e-mail.
change-staff-note-label = Nota só para funcionários
change-staff-note-hint = O residente nunca vê esta nota.
button-change-status = Guardar e avisar o residente
change-status-error-moved = Outra pessoa alterou o estado deste pedido depois de o abrir. Verifique-o de novo antes de o alterar

## Messages sent to residents (a subject and a plain-text body each; a blank line starts a
## paragraph)

mail-request-received-subject = Recebemos o seu pedido – referência { $reference }
mail-request-received-body =
    Obrigado. Recebemos o seu pedido: { $service }.

    O seu número de referência é { $reference }.

    Vamos agir até { $act_by }.

    Pode ver a qualquer momento o que está a acontecer com o seu pedido: { $link }
mail-request-moved-subject = Novidades sobre o seu pedido { $reference }
mail-request-moved-body =
    Há novidades sobre o seu pedido: { $service }, referência { $reference }.

    Estado: { $status }

    { $note }

    Veja o que aconteceu ou responda a uma pergunta que lhe fizemos: { $link }
mail-save-and-return-subject = Volte ao seu formulário
mail-save-and-return-body =
    As suas respostas ao formulário «{ $service }» estão guardadas.

    Para voltar ao seu formulário, use este link: { $link }

    O link funciona até { $expires_on }. Depois disso, as suas respostas são apagadas.
mail-request-over-subject = O seu pedido { $reference }: { $status }
mail-request-over-body =
    Há um resultado para o seu pedido: { $service }, referência { $reference }.

    Estado: { $status }

    { $note }

    Diga-nos se está satisfeito com a forma como tratámos o pedido (só uma pergunta): { $link }
mail-staff-sign-in-code-subject = O seu código para entrar
mail-staff-sign-in-code-body =
    O seu código para entrar e ver os pedidos é { $code }.

    Funciona uma só vez, durante { $minutes } minutos. Se não pediu este código, pode ignorar este e-mail.
mail-resident-sign-in-subject = Entrar na sua conta
mail-resident-sign-in-body =
    O seu código para entrar é { $code }.

    Ou use este link para entrar: { $link }

    O código e o link funcionam uma só vez, durante { $minutes } minutos. Se não pediu para entrar, pode ignorar este e-mail.
