complaint-title = Presentar una queja
complaint-summary = Díganos si hicimos algo mal o si no está contento con un servicio del municipio.
complaint-keywords = queja reclamación quejarse descontento problema mal servicio etapa 1
complaint-standard = Responderemos a su queja a más tardar el { $date }.
complaint-start-intro = Use este servicio para quejarse de un servicio del municipio o de algo que hizo un empleado.
complaint-start-timescale = Le confirmaremos que recibimos su queja en un plazo de 3 días hábiles y le responderemos en un plazo de 15 días hábiles.
complaint-start-time = Se tarda unos 5 minutos.
complaint-start-need = Necesitará:
complaint-start-need-what = decirnos qué pasó y qué quiere que hagamos
complaint-start-need-contact = su nombre y su correo electrónico

complaint-service-title = ¿Sobre qué servicio es su queja?
complaint-service-area-label = ¿Sobre qué servicio es su queja?
complaint-service-area-summary = Servicio
complaint-service-area-housing = Vivienda
complaint-service-area-waste = Basura, reciclaje y limpieza de calles
complaint-service-area-council-tax = Impuesto Municipal (Council Tax)
complaint-service-area-parking = Estacionamiento
complaint-service-area-planning = Urbanismo y permisos de obra
complaint-service-area-social-care = Servicios sociales
complaint-service-area-libraries = Bibliotecas
complaint-service-area-other = Otra cosa
complaint-service-area-error-required = Elija sobre qué servicio es su queja

complaint-what-happened-title = ¿Qué pasó?
complaint-details-label = ¿Qué pasó?
complaint-details-hint = Díganos qué salió mal, cuándo pasó y con quién trató, si lo sabe.
complaint-details-summary = Qué pasó
complaint-details-error-required = Escriba qué pasó
complaint-details-error-too-long = Lo que pasó debe tener { $max } caracteres o menos

complaint-put-right-title = ¿Qué quiere que hagamos para solucionarlo?
complaint-outcome-label = ¿Qué quiere que hagamos para solucionarlo?
complaint-outcome-hint = Por ejemplo, una disculpa, una explicación o que hagamos algo
complaint-outcome-summary = Lo que quiere que hagamos
complaint-outcome-error-required = Escriba qué quiere que hagamos para solucionarlo
complaint-outcome-error-too-long = Lo que quiere que hagamos debe tener { $max } caracteres o menos

complaint-earlier-reference-title = ¿Tiene un número de referencia que le dimos? (opcional)
complaint-earlier-reference-label = ¿Tiene un número de referencia que le dimos? (opcional)
complaint-earlier-reference-hint = Si ya se comunicó con nosotros sobre esto, indique la referencia que le dimos.
complaint-earlier-reference-summary = Referencia anterior
complaint-earlier-reference-error-too-long = La referencia debe tener { $max } caracteres o menos

complaint-contact-title = Sus datos
complaint-full-name-label = Nombre completo
complaint-full-name-summary = Nombre
complaint-full-name-error-required = Escriba su nombre completo
complaint-full-name-error-too-long = El nombre completo debe tener { $max } caracteres o menos
complaint-email-label = Correo electrónico
complaint-email-hint = Le enviaremos nuestra respuesta a esta dirección
complaint-email-summary = Correo electrónico
complaint-email-error-required = Escriba su correo electrónico
complaint-email-error-invalid = Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@example.com
complaint-phone-label = Número de teléfono (opcional)
complaint-phone-summary = Número de teléfono
complaint-phone-error-invalid = Escriba un número de teléfono del Reino Unido, por ejemplo, 01632 960 001 o 07700 900 982

complaint-next-steps = En un plazo de 3 días hábiles, le enviaremos un correo electrónico para decirle quién está revisando su queja.
complaint-next-steps-leave-out = Si no está contento con nuestra respuesta, puede pedir que su queja pase a la etapa 2. Respondemos a las quejas de la etapa 2 en un plazo de 25 días hábiles.
