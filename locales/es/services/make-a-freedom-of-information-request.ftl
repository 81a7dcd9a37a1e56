foi-title = Hacer una solicitud de Libertad de Información (Freedom of Information)
foi-summary = Pida información que tiene el municipio.
foi-keywords = foi freedom of information libertad de información eir información ambiental solicitud de datos
foi-standard = Le responderemos a más tardar el { $date }. Son 20 días hábiles, como exige la ley.
foi-start-intro = Cualquier persona puede pedir información que tiene el municipio, como informes, gastos y estadísticas. Esto incluye información sobre el medio ambiente.
foi-start-published = Primero mire nuestro sitio web: gran parte de nuestra información ya está publicada.
foi-start-time = Se tarda unos 5 minutos.
foi-start-need = Necesitará:
foi-start-need-what = describir la información que quiere de la forma más clara posible
foi-start-need-contact = su nombre y su correo electrónico

foi-information-title = ¿Qué información quiere?
foi-information-label = ¿Qué información quiere?
foi-information-hint = Indique fechas y lugares, si puede. Cuanto más clara sea su solicitud, antes podremos responder.
foi-information-summary = Información que pide
foi-information-error-required = Escriba la información que quiere
foi-information-error-too-long = Su solicitud debe tener { $max } caracteres o menos

foi-format-title = ¿Cómo quiere recibir la información?
foi-format-label = ¿Cómo quiere recibir la información?
foi-format-summary = Formato
foi-format-email = Por correo electrónico
foi-format-paper = En papel, por correo postal
foi-format-error-required = Elija cómo quiere recibir la información

foi-contact-title = Sus datos
foi-full-name-label = Nombre completo
foi-full-name-hint = La ley dice que necesitamos su nombre real para responder a una solicitud de Libertad de Información (Freedom of Information).
foi-full-name-summary = Nombre
foi-full-name-error-required = Escriba su nombre completo
foi-full-name-error-too-long = El nombre completo debe tener { $max } caracteres o menos
foi-email-label = Correo electrónico
foi-email-hint = Le enviaremos nuestra respuesta a esta dirección
foi-email-summary = Correo electrónico
foi-email-error-required = Escriba su correo electrónico
foi-email-error-invalid = Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@example.com

foi-next-steps = Si necesitamos más tiempo o más detalles, se lo diremos en un plazo de 20 días hábiles.
