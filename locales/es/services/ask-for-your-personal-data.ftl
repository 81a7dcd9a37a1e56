sar-title = Pedir los datos personales que tenemos sobre usted
sar-summary = Obtenga una copia de la información que el municipio tiene sobre usted.
sar-keywords = solicitud de acceso sar rgpd gdpr protección de datos mis registros información personal
sar-standard = Le enviaremos su información a más tardar el { $date }. Es un mes, como exige la ley.
sar-start-intro = Tiene derecho a una copia de la información personal que el municipio tiene sobre usted. Es gratis.
sar-start-time = Se tarda unos 5 minutos.
sar-start-need = Necesitará:
sar-start-need-details = su nombre y su fecha de nacimiento, para que podamos encontrar sus registros
sar-start-need-contact = un correo electrónico

sar-whose-title = ¿De quién es la información que quiere?
sar-whose-label = ¿De quién es la información que quiere?
sar-whose-summary = De quién es la información
sar-whose-mine = Es mía
sar-whose-someone-else = Es de otra persona
sar-whose-error-required = Elija de quién es la información que quiere

sar-someone-else-title = Para pedir información de otra persona, debe comunicarse con nosotros
sar-someone-else-body = Para obtener información de otra persona, necesita su permiso por escrito, o una autorización legal, como un poder notarial.

    Llámenos al 020 7946 0000, o vaya a cualquier biblioteca o centro de atención al público, y le diremos qué tiene que enviar.

sar-about-you-title = Sobre usted
sar-full-name-label = Nombre completo
sar-full-name-summary = Nombre
sar-full-name-error-required = Escriba su nombre completo
sar-full-name-error-too-long = El nombre completo debe tener { $max } caracteres o menos
sar-date-of-birth-label = Fecha de nacimiento
sar-date-of-birth-hint = Por ejemplo, 27 3 1985
sar-date-of-birth-summary = Fecha de nacimiento
sar-date-of-birth-error-required = Escriba su fecha de nacimiento
sar-date-of-birth-error-incomplete = La fecha de nacimiento debe incluir { $missing ->
    [day] el día
    [month] el mes
    [year] el año
    [day-month] el día y el mes
    [day-year] el día y el año
   *[month-year] el mes y el año
  }
sar-date-of-birth-error-invalid = La fecha de nacimiento debe ser una fecha que exista
sar-date-of-birth-error-year-digits = El año debe tener 4 dígitos
sar-date-of-birth-error-future = La fecha de nacimiento debe estar en el pasado

sar-information-title = ¿Qué información quiere?
sar-information-label = ¿Qué información quiere?
sar-information-hint = Por ejemplo, su expediente de vivienda, o los correos sobre una queja. Indique fechas, si puede.
sar-information-summary = Información que pide
sar-information-error-required = Escriba la información que quiere
sar-information-error-too-long = Lo que pide debe tener { $max } caracteres o menos

sar-contact-title = ¿Cuál es su correo electrónico?
sar-email-label = ¿Cuál es su correo electrónico?
sar-email-hint = Le enviaremos su referencia y las novedades a esta dirección
sar-email-summary = Correo electrónico
sar-email-error-required = Escriba su correo electrónico
sar-email-error-invalid = Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@example.com

sar-next-steps = Antes de enviarle su información, le pediremos una prueba de su identidad.
