language-name = Español
council-name = Municipio de Frontdoor
council-phone = 020 7946 0000
council-email = contact@frontdoor.example.gov.uk
skip-link = Ir al contenido principal
header-home = Servicios del municipio
language-switch = Idioma
language-switch-summary = Idioma: { $language }
language-unreviewed = Un traductor calificado todavía no ha revisado esta traducción. Por eso, algunas palabras pueden estar mal.
language-unreviewed-link = Leer esta página en inglés
footer-accessibility = Accesibilidad
footer-privacy = Privacidad
footer-cookies = Usamos una cookie para recordar sus respuestas y otra para recordar su idioma. No usamos cookies para seguir lo que usted hace.

contact-heading = Otras formas de comunicarse con nosotros
contact-phone = Teléfono: { $phone }
contact-email = Correo electrónico: { $email }
contact-hours = De lunes a viernes, de 9:00 a 17:00
contact-in-person = En persona: en cualquier biblioteca o centro de atención al público. El personal y los voluntarios digitales pueden ayudarle.

button-save-detail = Guardar
button-continue = Continuar
button-start = Empezar ahora
button-send = Aceptar y enviar
button-find = Buscar mi solicitud
back-link = Volver

error-summary-title = Hay un problema
error-title = Error: { $title }
error-prefix = Error:
optional = opcional

date-day = Día
date-month = Mes
date-year = Año

character-count-limit = Puede escribir hasta { $max } caracteres
character-count-remaining = { $remaining ->
    [one] Le queda { $remaining } carácter
    [many] Le quedan { $remaining } caracteres
   *[other] Le quedan { $remaining } caracteres
  }
character-count-over = { $over ->
    [one] Tiene { $over } carácter de más
    [many] Tiene { $over } caracteres de más
   *[other] Tiene { $over } caracteres de más
  }

home-title = ¿Qué necesita hacer?
home-intro = Informe de un problema, pida un servicio o vea qué está pasando con algo que nos contó.
home-track = Seguir una solicitud que ya envió

start-before = Antes de empezar

check-answers-title = Revise sus respuestas antes de enviar
check-answers-change = Cambiar
check-answers-not-given = No indicado
check-answers-send-heading = Ahora envíe su solicitud
check-answers-declaration = Al enviar esto, usted confirma que los datos que dio son correctos, según lo que sabe.

confirmation-title = Solicitud enviada
confirmation-reference = Su número de referencia
confirmation-keep = Anote su número de referencia. Lo necesitará para seguir su solicitud o si se comunica con nosotros sobre ella.
confirmation-next = Qué pasa ahora
confirmation-track = Seguir su solicitud
confirmation-another = Informar o pedir otra cosa

track-title = Seguir una solicitud
track-intro = Escriba el número de referencia y el correo electrónico que nos dio cuando envió su solicitud.
track-reference-label = Número de referencia
track-reference-hint = Está en su página de confirmación. Tiene 9 letras y números, por ejemplo, KX4-P7M-HRT.
track-reference-error-required = Escriba su número de referencia
track-reference-error-invalid = Escriba el número de referencia exactamente como se lo dimos, por ejemplo, KX4-P7M-HRT
track-email-label = Correo electrónico
track-email-error-required = Escriba el correo electrónico que nos dio
track-email-error-invalid = Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@example.com
track-not-found = No encontramos ninguna solicitud con ese número de referencia y ese correo electrónico. Revise los dos y vuelva a intentarlo, o llámenos.
track-result-title = Su solicitud
track-status = Estado
track-status-received = Recibida
track-status-acknowledged = Recepción confirmada
track-status-in-progress = En curso
track-status-waiting-for-resident = Esperando su respuesta
track-status-resolved = Resuelta
track-status-closed = Cerrada
track-service = Solicitud
track-reference = Número de referencia
track-sent-on = Enviada el
track-act-by = Actuaremos a más tardar el
track-acknowledge-by = Confirmaremos que la recibimos a más tardar el
track-another = Seguir otra solicitud
track-history = Qué ha pasado
track-overdue = No lo hicimos en la fecha que prometimos. Lamentamos el retraso.
warning = Aviso
reply-heading = Responda a nuestra pregunta
reply-intro = Díganos lo que le pedimos. También puede añadir fotos o documentos.
reply-label = Su respuesta
reply-files-label = Añadir fotos o documentos (opcional)
reply-reply-error-required = Escriba su respuesta o añada un archivo
reply-reply-error-too-long = Su respuesta debe tener { $max } caracteres o menos
button-send-reply = Enviar su respuesta
track-history-reply = Usted respondió
track-history-files = Archivos enviados: { $files }
rating-heading = ¿Está satisfecho con la forma en que tratamos su solicitud?
rating-very-satisfied = Muy satisfecho
rating-satisfied = Satisfecho
rating-neither = Ni satisfecho ni insatisfecho
rating-dissatisfied = Insatisfecho
rating-very-dissatisfied = Muy insatisfecho
rating-comment-label = Cuéntenos más (opcional)
rating-comment-hint = No escriba datos personales.
rating-satisfaction-error-required = Elija su nivel de satisfacción
rating-comment-error-too-long = Su comentario debe tener { $max } caracteres o menos
button-send-rating = Enviar
rating-thanks = Gracias por decirnos qué le pareció nuestro trabajo.

session-expired = Su sesión había terminado. Guardamos lo que escribió en esta página. Revíselo y continúe.
not-found-title = No se encontró la página
not-found-body = Si escribió la dirección web, revise que sea correcta.
server-error-title = Lo sentimos, hay un problema con el servicio
server-error-body = Vuelva a intentarlo más tarde. Sus respuestas se guardaron.
server-error-try-later = Vuelva a intentarlo más tarde.
forbidden-title = Lo sentimos, no pudimos aceptar ese formulario
forbidden-body = Esto puede pasar si no usó el servicio durante un rato. Vuelva al principio del formulario e inténtelo de nuevo.
too-large-title = Lo que envió es demasiado grande
too-large-body = Vuelva atrás y envíe menos. Si está añadiendo archivos, añádalos de uno en uno.
too-many-requests-title = Lo sentimos, hubo demasiados intentos
too-many-requests-body = Espere unos minutos y vuelva a intentarlo.
error-page-contact = Si necesita ayuda, comuníquese con nosotros.

date-long = { $day } de { $month } de { $year }
# A date with its day of the week, for dates to come: "Tuesday 9 December 2025".
date-with-weekday = { $weekday }, { $day } de { $month } de { $year }
date-at-time = { $date }, a las { $time }
# $hour is 1 to 12 with $half "am" or "pm"; in a language that uses the 24-hour clock, $hour is 00 to 23
# and the translation leaves $half out.
time-of-day = { $hour }:{ $minute }
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

answer-yes = Sí
answer-no = No
select-choose = Elija una opción
checkboxes-or = o

home-search-label = Buscar un servicio
home-search-button = Buscar
home-search-results = { $count ->
    [one] { $count } servicio encontrado para «{ $query }»
    [many] { $count } servicios encontrados para «{ $query }»
   *[other] { $count } servicios encontrados para «{ $query }»
  }
home-search-none = No encontramos ningún servicio para «{ $query }». Pruebe con otras palabras o llámenos.
home-search-all = Ver todos los servicios
category-report = Informar de un problema
category-request = Pedir un servicio
category-apply = Solicitar algo
category-complain = Quejas, elogios y comentarios
category-ask-for-information = Pedir información

save-link = Guardar y volver más tarde
save-title = Guardar y volver más tarde
save-intro = Sus respuestas se guardan a medida que avanza. Para volver a este formulario más tarde, en este dispositivo o en otro, necesita un código de acceso.
save-check = Cuando vuelva, le pediremos su código y una de las respuestas que dio, para comprobar que es usted.
save-button = Obtener un código de acceso
saved-title = Sus respuestas están guardadas
saved-code = Su código de acceso
saved-keep = Anote su código de acceso y guárdelo en un lugar seguro. Cualquier persona que tenga el código y sus respuestas podría ver su formulario.
saved-return-how = Para volver, vaya a { $address } y escriba su código.
saved-expires = Guardaremos sus respuestas hasta el { $date }. Después, se borrarán.
saved-emailed = Enviamos a { $email } un enlace para volver a su formulario.
saved-link = También puede usar este enlace:
saved-continue = Continuar con su formulario
return-title = Volver a un formulario guardado
return-intro = Escriba el código de acceso que recibió cuando guardó su formulario.
return-code-label = Código de acceso
return-code-hint = Tiene 9 letras y números, por ejemplo, KX4-P7M-HRT.
return-code-error-required = Escriba su código de acceso
return-code-error-invalid = Escriba el código de acceso exactamente como se lo dimos, por ejemplo, KX4-P7M-HRT
return-code-error-not-found = No encontramos ningún formulario guardado con ese código. Guardamos los formularios durante 28 días.
return-check-title = Compruebe que es usted
return-check-uk-postcode = ¿Qué código postal dio en el formulario?
return-check-email = ¿Qué correo electrónico dio en el formulario?
return-check-date = ¿Qué fecha dio en «{ $question }» en el formulario?
return-check-none = Elija «Continuar» para seguir con su formulario.
return-check-error-required = Escriba la respuesta que dio en el formulario
return-check-error-wrong = Eso no coincide con la respuesta del formulario. Revísela y vuelva a intentarlo.
return-link-expired = Ese enlace no funciona. Puede que haya caducado: guardamos los formularios durante 28 días. Si anotó su código de acceso, escríbalo aquí.
return-start-again = La respuesta no coincidió demasiadas veces. Escriba de nuevo su código de acceso.

# The address question: find by postcode, or type it in
address-postcode = Código postal
address-find = Buscar dirección
address-choose = Elija una dirección
address-found = { $count ->
    [one] { $count } dirección encontrada para { $postcode }
    [many] { $count } direcciones encontradas para { $postcode }
   *[other] { $count } direcciones encontradas para { $postcode }
}
address-none-found = No encontramos ninguna dirección para { $postcode }. Escriba la dirección abajo.
address-lookup-unavailable = En este momento no podemos buscar direcciones. Escriba la dirección abajo.
address-manual = O escriba usted la dirección.
address-line-1 = Línea 1 de la dirección
address-line-2 = Línea 2 de la dirección (opcional)
address-town = Ciudad o pueblo
address-error-line-1-required = Escriba la línea 1 de la dirección, normalmente el edificio y la calle
address-error-line-1-too-long = La línea 1 de la dirección debe tener { $max } caracteres o menos
address-error-line-2-too-long = La línea 2 de la dirección debe tener { $max } caracteres o menos
address-error-town-required = Escriba la ciudad o el pueblo
address-error-town-too-long = La ciudad o el pueblo debe tener { $max } caracteres o menos
address-error-lookup-required = Escriba un código postal
address-error-postcode-required = Escriba el código postal
address-error-postcode-invalid = Escriba un código postal completo del Reino Unido, por ejemplo, SE15 5DQ

# "Add another" lists
list-added = { $count ->
    [one] Ha añadido { $count } elemento
    [many] Ha añadido { $count } elementos
   *[other] Ha añadido { $count } elementos
}
list-remove = Quitar

# Evidence files
list-or = o
file-limits = Puede añadir hasta { $count } archivos. Cada uno debe ser un archivo { $types } y pesar menos de { $max }.
file-upload-button = Subir archivos
file-added = { $count ->
    [one] { $count } archivo añadido
    [many] { $count } archivos añadidos
   *[other] { $count } archivos añadidos
}
file-remove = Quitar
file-cancel = Cancelar
file-uploading = { $name }: { $percent }% subido
file-uploaded = { $name } subido
file-cancelled = { $name } no subido
file-error-empty = { $name } está vacío. Elija un archivo que tenga contenido
file-error-too-big = { $name } debe pesar menos de { $max }
file-error-total-too-big = No se añadió { $name }: en total, los archivos deben pesar menos de { $total }
file-error-too-many = No se añadió { $name }: puede añadir hasta { $count } archivos
file-error-wrong-type = { $name } debe ser un archivo { $types }
file-error-password = { $name } está protegido con una contraseña. Quite la contraseña y vuelva a añadirlo
file-error-damaged = { $name } está dañado y no se puede abrir. Elija otro archivo
file-error-virus = { $name } tiene un virus. Elija otro archivo
file-error-not-checked = No pudimos comprobar si { $name } tiene virus. Vuelva a intentarlo más tarde
file-error-incomplete = { $name } no terminó de subirse. Vuelva a intentarlo
file-error-none-chosen = Elija un archivo
file-wait = Espere a que { $name } termine de subirse

## A caseworker moving a request on

change-status-error-required = Elija un estado nuevo
change-status-error-not-allowed = { $from ->
    [resolved] Esta solicitud está resuelta, así que su estado no puede cambiar
    [closed] Esta solicitud está cerrada, así que su estado no puede cambiar
   *[other] { $to ->
        [received] Una solicitud no puede volver a «Recibida»
        [acknowledged] Una solicitud que ya se está tratando no puede volver a «Recepción confirmada»
       *[other] La solicitud ya tiene ese estado
    }
}
change-note-error-needed = Diga qué necesita del residente
change-note-error-outcome = Diga cuál es el resultado
change-note-error-too-long = La nota debe tener { $max } caracteres o menos
change-staff-note-error-too-long = La nota para el personal debe tener { $max } caracteres o menos
change-staff-note-error-required = Escriba la nota para el personal

## A resident's account

account-title = Su cuenta
account-sign-in-title = Iniciar sesión en su cuenta
account-sign-in-intro = Escriba su correo electrónico. Le enviaremos un código y un enlace por correo. Use cualquiera de los dos para iniciar sesión: no hay ninguna contraseña que recordar.
account-code-intro = Le enviamos un código y un enlace por correo electrónico. Escriba el código aquí o use el enlace del correo. Cada uno funciona una sola vez, durante { $minutes } minutos.
account-link-expired = Ese enlace para iniciar sesión ya se usó o caducó. Escriba su correo electrónico para recibir uno nuevo.
account-signed-in-as = Inició sesión como { $email }.
account-requests = Sus solicitudes
account-no-requests = Todavía no ha enviado ninguna solicitud con este correo electrónico.
account-track = Ver qué ha pasado con una solicitud
account-drafts = Formularios que empezó
account-no-drafts = No tiene formularios sin terminar.
account-draft-saved = guardado por última vez el { $when }
account-messages = Mensajes que le enviamos
account-no-messages = Todavía no le hemos enviado ningún mensaje.
account-message-request-received = Recibimos su solicitud
account-message-request-moved = Novedades sobre su solicitud
account-message-request-over = El resultado de su solicitud
account-message-save-and-return = Su formulario guardado
account-data-title = Sus datos
account-data-link = Ver todos los datos que tenemos sobre usted, o descargarlos
account-data-intro = Estos son todos los datos que tenemos sobre usted en su cuenta: sus datos personales, las solicitudes que envió con su correo electrónico y sus respuestas, los formularios que empezó y los mensajes que le enviamos.
account-data-download = Descargar todos sus datos (un archivo JSON)
account-data-since = Cuenta creada el
account-data-answers = Sus respuestas
account-data-files = Archivos añadidos
account-data-draft = Empezado: { $service }
account-delete-title = Borrar su cuenta
account-delete-goes = Esto borra su cuenta, los formularios que empezó y los archivos que les añadió, y el registro de sus inicios de sesión. Se cerrará su sesión en todos los dispositivos.
account-delete-kept = Las solicitudes que ya envió se guardan, con sus respuestas y archivos, porque el municipio debe guardarlas durante el tiempo que dice la ley. Puede seguir viéndolas con el número de referencia y su correo electrónico.
account-delete-confirm = Confirmar
account-delete-confirm-yes = Lo entiendo. Quiero borrar mi cuenta.
account-delete-confirm-error-required = Confirme que quiere borrar su cuenta
account-delete-button = Borrar mi cuenta
account-deleted = Su cuenta se borró. Las solicitudes que envió se guardan, y puede seguir viéndolas.
profile-used = Completamos los datos que usted guardó. Revíselos y cámbielos aquí si esta vez son diferentes.
profile-save-legend = Su cuenta
profile-save-hint = Solo se guarda en su cuenta lo que usted marque.
profile-save-new = Guardar en mi cuenta mi respuesta a «{ $question }» para la próxima vez
profile-save-change = Cambiar también «{ $question }» en mi cuenta
profile-heading = Sus datos guardados
profile-intro = Usamos estos datos para completar los formularios que los piden. En cada formulario, usted elige si un cambio se guarda aquí.
profile-remove = Quitar
profile-uses = Cómo hemos usado sus datos
profile-use = Campo «{ $detail }» completado en { $service }, { $when }
profile-field-language = Idioma
profile-field-contact-method = Forma de contacto
profile-field-access-needs = Ayuda que necesita
profile-not-saved = No guardado
profile-change = Cambiar
profile-add = Añadir
profile-field-interpreter-language = Idioma del intérprete
profile-field-name = Nombre
profile-field-date-of-birth = Fecha de nacimiento
profile-field-email = Correo electrónico
profile-field-phone = Número de teléfono
profile-field-address = Dirección
profile-pass-on-heading = Cambió sus datos. ¿Quiere cambiarlos también en sus solicitudes?
profile-pass-on-legend = ¿En cuáles de sus solicitudes abiertas debemos usar sus datos nuevos?
profile-pass-on-button = Enviar los datos nuevos
profile-keep-button = Ahora no
profile-passed-on = Datos nuevos – { $detail }: { $value }
account-provider-heading = O use su cuenta del municipio
account-provider-button = Iniciar sesión con { $name }
account-provider-failed = No se pudo iniciar sesión con su cuenta del municipio. Vuelva a intentarlo, o use el código que le enviamos por correo electrónico.
account-sign-out = Cerrar sesión
account-sign-out-everywhere = Cerrar sesión en todos los dispositivos

## The "your details" form (a resident's saved details)

details-title = Sus datos guardados
details-summary = Datos que usamos para completar sus formularios.
details-standard = Se guardan enseguida.
details-name-title = Su nombre
details-full-name-label = ¿Cuál es su nombre completo?
details-full-name-summary = Nombre
details-full-name-error-required = Escriba su nombre completo
details-full-name-error-too-long = Su nombre debe tener { $max } caracteres o menos
details-date-of-birth-title = Su fecha de nacimiento
details-date-of-birth-label = ¿Cuál es su fecha de nacimiento?
details-date-of-birth-summary = Fecha de nacimiento
details-date-of-birth-hint = Por ejemplo, 27 3 1985
details-date-of-birth-error-required = Escriba su fecha de nacimiento
details-date-of-birth-error-incomplete = Su fecha de nacimiento debe tener día, mes y año
details-date-of-birth-error-invalid = Su fecha de nacimiento debe ser una fecha que exista
details-date-of-birth-error-year-digits = El año debe tener 4 dígitos
details-date-of-birth-error-future = Su fecha de nacimiento debe estar en el pasado
details-email-title = Su correo electrónico
details-email-label = ¿Qué correo electrónico deben usar los formularios?
details-email-summary = Correo electrónico
details-email-error-required = Escriba un correo electrónico
details-email-error-invalid = Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@example.com
details-phone-title = Su número de teléfono
details-phone-label = ¿Cuál es su número de teléfono?
details-phone-summary = Número de teléfono
details-phone-error-required = Escriba un número de teléfono
details-phone-error-invalid = Escriba un número de teléfono del Reino Unido, por ejemplo, 01632 960 001 o 07700 900 982
details-address-title = Su dirección
details-address-label = ¿Cuál es su dirección?
details-address-summary = Dirección
details-address-hint = Escriba su código postal y elija «Buscar dirección», o escriba su dirección.
details-address-error-required = Escriba su dirección
details-language-title = Su idioma
details-language-label = ¿Qué idioma debemos usar?
details-language-summary = Idioma
details-language-error-required = Elija un idioma
details-language-en-gb = English (inglés)
details-language-cy = Cymraeg (galés)
details-language-pl = Polski (polaco)
details-language-ro = Română (rumano)
details-language-pt = Português (portugués)
details-language-es = Español
details-language-tr = Türkçe (turco)
details-language-so = Soomaali (somalí)
details-language-bn = বাংলা (bengalí)
details-language-ur = اردو (urdu)
details-language-ar = العربية (árabe)
details-language-zh-hans = 中文（简体） (chino simplificado)
details-language-uk = Українська (ucraniano)
details-contact-method-title = Forma de contacto
details-contact-method-label = ¿Cómo prefiere que nos comuniquemos con usted?
details-contact-method-summary = Forma de contacto
details-contact-method-error-required = Elija cómo prefiere que nos comuniquemos con usted
details-contact-method-email = Por correo electrónico
details-contact-method-phone = Por teléfono
details-contact-method-post = Por correo postal
details-access-needs-title = Ayuda que necesita de nosotros
details-access-needs-label = ¿Necesita alguna de estas cosas de nosotros?
details-access-needs-summary = Ayuda que necesita
details-access-needs-hint = Elija todas las opciones que correspondan.
details-access-needs-error-required = Elija al menos una opción, o vuelva atrás
details-interpreter-language-label = Si necesita un intérprete, ¿para qué idioma? (opcional)
details-interpreter-language-summary = Idioma del intérprete
details-interpreter-language-hint = Por ejemplo, polaco, somalí o bengalí
details-interpreter-language-error-too-long = El idioma debe tener { $max } caracteres o menos
details-access-needs-large-print = Cartas con letra grande
details-access-needs-easy-read = Versiones de lectura fácil
details-access-needs-british-sign-language = Un intérprete de lengua de señas británica (British Sign Language)
details-access-needs-interpreter = Un intérprete para otro idioma
details-access-needs-someone-speaks-for-me = Alguien que hable por mí

## The caseworkers' pages

staff-area = Personal
staff-sign-in-title = Iniciar sesión para ver las solicitudes
staff-sign-in-intro = Escriba su correo electrónico del municipio. Le enviaremos por correo un código para iniciar sesión.
staff-email-label = Correo electrónico
staff-email-error-required = Escriba su correo electrónico
staff-email-error-invalid = Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@council.gov.uk
button-send-code = Enviar código
staff-code-title = Revise su correo electrónico
staff-code-intro = Si esa dirección tiene una cuenta, le enviamos un código por correo. El código funciona una sola vez, durante { $minutes } minutos.
staff-code-label = Código
staff-code-hint = Tiene 6 dígitos, por ejemplo, 042917
staff-code-error-required = Escriba el código del correo
staff-code-error-invalid = El código tiene { $digits } dígitos
staff-code-error-wrong = El código no es correcto o caducó. Revise el correo o pida un código nuevo
staff-code-again = Pedir un código nuevo
button-sign-in = Iniciar sesión
staff-signed-in-as = Sesión iniciada como { $name }
staff-sign-out = Cerrar sesión
staff-requests-title = Solicitudes
staff-filter-service = Servicio
staff-filter-status = Estado
staff-filter-any = Cualquiera
staff-filter-overdue = Solo solicitudes con retraso
button-filter = Mostrar solicitudes
staff-requests-count = { $count ->
    [one] { $count } solicitud, primero la de plazo más cercano
    [many] { $count } solicitudes, primero las de plazo más cercano
   *[other] { $count } solicitudes, primero las de plazo más cercano
}
staff-requests-none = Ninguna solicitud coincide. Pruebe con otros filtros.
staff-column-reference = Referencia
staff-column-service = Solicitud
staff-column-status = Estado
staff-column-sent = Fecha de envío
staff-column-act-by = Plazo
staff-overdue = Con retraso
staff-replied = El residente respondió
staff-ratings-heading = Satisfacción de los residentes
staff-ratings-none = Todavía ningún residente ha valorado este servicio.
staff-ratings-answer = Respuesta
staff-ratings-count = Residentes
staff-status-received = Recibida
staff-status-acknowledged = Recepción confirmada
staff-status-in-progress = En curso
staff-status-waiting-for-resident = Esperando al residente
staff-status-resolved = Resuelta
staff-status-closed = Cerrada
staff-request-title = Solicitud { $reference }
staff-back = Volver a las solicitudes
staff-contact = Correo electrónico del residente
staff-language = Idioma
staff-answers-heading = Respuestas
staff-files-heading = Pruebas
staff-files-none = No se enviaron archivos.
staff-file-clean = Revisado contra virus
staff-file-not-scanned = No revisado contra virus
staff-file-with-reply = enviado con una respuesta
staff-file-download = Descargar
staff-history-heading = Historial
staff-history-reply = El residente respondió
staff-history-note = Nota del personal
staff-history-staff-note = Nota del personal: { $note }
staff-history-by = Por { $name }
staff-failed-heading = Mensajes no enviados
staff-failed-intro = No se pudieron enviar estos mensajes al residente. Use otra forma de contacto.
staff-message-request-received = Confirmación de recepción
staff-message-request-moved = Novedades sobre su solicitud
staff-message-request-over = Resultado de su solicitud
staff-message-save-and-return = Formulario guardado
staff-rating = Valoración del residente
staff-change-heading = Cambiar el estado de esta solicitud
staff-request-over = Esta solicitud ha terminado. Ya no puede cambiar de estado.
change-status-label = Estado nuevo
change-note-label = Nota para el residente
change-note-hint = Diga qué necesita del residente, o cuál es el resultado. El residente ve esta nota en la página de seguimiento y en un correo electrónico.
change-staff-note-label = Nota solo para el personal
change-staff-note-hint = El residente nunca ve esta nota.
button-change-status = Guardar y avisar al residente
change-status-error-moved = Otra persona cambió el estado de esta solicitud después de que usted la abrió. Revísela de nuevo antes de cambiarla

## Messages sent to residents (a subject and a plain-text body each; a blank line starts a
## paragraph)

mail-request-received-subject = Recibimos su solicitud – referencia { $reference }
mail-request-received-body =
    Gracias. Recibimos su solicitud: { $service }.

    Su número de referencia es { $reference }.

    Actuaremos a más tardar el { $act_by }.

    Puede ver en cualquier momento qué está pasando con su solicitud: { $link }
mail-request-moved-subject = Novedades sobre su solicitud { $reference }
mail-request-moved-body =
    Hay novedades sobre su solicitud: { $service }, referencia { $reference }.

    Estado: { $status }

    { $note }

    Vea qué ha pasado o responda a una pregunta que le hicimos: { $link }
mail-save-and-return-subject = Vuelva a su formulario
mail-save-and-return-body =
    Sus respuestas al formulario «{ $service }» están guardadas.

    Para volver a su formulario, use este enlace: { $link }

    El enlace funciona hasta el { $expires_on }. Después, sus respuestas se borrarán.
mail-request-over-subject = Su solicitud { $reference }: { $status }
mail-request-over-body =
    Hay un resultado para su solicitud: { $service }, referencia { $reference }.

    Estado: { $status }

    { $note }

    Díganos si está satisfecho con la forma en que la tratamos (es solo una pregunta): { $link }
mail-staff-sign-in-code-subject = Su código para iniciar sesión
mail-staff-sign-in-code-body =
    Su código para iniciar sesión y ver las solicitudes es { $code }.

    Funciona una sola vez, durante { $minutes } minutos. Si usted no lo pidió, puede ignorar este correo.
mail-resident-sign-in-subject = Iniciar sesión en su cuenta
mail-resident-sign-in-body =
    Su código para iniciar sesión es { $code }.

    O use este enlace para iniciar sesión: { $link }

    El código y el enlace funcionan una sola vez, durante { $minutes } minutos. Si usted no pidió iniciar sesión, puede ignorar este correo.
