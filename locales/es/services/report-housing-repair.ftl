repair-title = Informar de una reparación en su vivienda municipal
repair-summary = Díganos si hay algo que arreglar en su vivienda municipal.
repair-keywords = vivienda reparaciones fuga de agua goteras humedad moho roto inquilino casa
repair-standard = Nos comunicaremos con usted a más tardar el { $date } para acordar la reparación.
repair-start-intro = Use este servicio si alquila su vivienda al municipio.
repair-start-emergency = Si hay una emergencia, como olor a gas, una inundación o chispas en la instalación eléctrica, no use este formulario. La primera pregunta le dice a quién llamar.
repair-start-time = Se tarda unos 5 minutos.
repair-start-need = Necesitará:
repair-start-need-room = saber en qué habitación está el problema
repair-start-need-problem = una descripción corta del problema
repair-start-need-contact = un número de teléfono o un correo electrónico, o los dos

repair-danger-title = ¿Está pasando ahora alguna de estas cosas?
repair-danger-label = ¿Está pasando ahora alguna de estas cosas?
repair-danger-hint = Preguntamos esto primero para poder ayudarle enseguida si hay una emergencia.
repair-danger-summary = Emergencia
repair-danger-none = No, ninguna de estas cosas
repair-danger-gas-smell = Huele a gas
repair-danger-flooding = Hay una inundación en mi casa
repair-danger-electrics = Hay chispas o humo en la instalación eléctrica
repair-danger-error-required = Elija si está pasando ahora alguna de estas cosas

repair-gas-title = Salga del edificio y llame ya al 0800 111 999
repair-gas-body = Llame al Servicio Nacional de Emergencias de Gas (National Gas Emergency Service) al 0800 111 999. Es gratis y está abierto las 24 horas del día.

    No toque los interruptores de la luz ni nada eléctrico. No fume ni encienda nada con llama. Abra puertas y ventanas si puede hacerlo sin peligro.

    Cuando esté a salvo, llámenos al 020 7946 0999 para que podamos ayudarle.

repair-emergency-title = Llame ya a nuestra línea de reparaciones urgentes
repair-emergency-body = Llame ya al 020 7946 0999. Está abierta las 24 horas del día, todos los días.

    Si puede hacerlo sin peligro, cierre la llave de paso del agua, o corte la electricidad en la caja de fusibles.

    Si alguien está en peligro, llame al 999.

repair-room-title = ¿Dónde está el problema?
repair-room-label = ¿Dónde está el problema?
repair-room-summary = Dónde
repair-room-kitchen = Cocina
repair-room-bathroom = Baño o inodoro
repair-room-bedroom = Dormitorio
repair-room-living-room = Sala de estar
repair-room-outside = Afuera, por ejemplo, un jardín, una puerta o una ventana
repair-room-other = En otro lugar
repair-room-error-required = Elija dónde está el problema
repair-room-other-label = ¿Dónde está?
repair-room-other-summary = Otro lugar
repair-room-other-error-required = Escriba dónde está el problema
repair-room-other-error-too-long = El lugar del problema debe tener { $max } caracteres o menos

repair-problem-title = ¿Cuál es el problema?
repair-problem-label = ¿Cuál es el problema?
repair-problem-hint = Por ejemplo, qué está roto, cuándo empezó y si está empeorando
repair-problem-summary = Problema
repair-problem-error-required = Escriba cuál es el problema
repair-problem-error-too-long = El problema debe tener { $max } caracteres o menos

repair-mould-title = ¿Hay humedad o moho?
repair-mould-label = ¿Hay humedad o moho?
repair-mould-hint = La humedad y el moho pueden dañar su salud. Lo tratamos como algo prioritario.
repair-mould-summary = Humedad o moho
repair-mould-error-required = Elija «Sí» si hay humedad o moho

repair-access-title = ¿Cuándo podemos entrar en su casa?
repair-access-label = ¿Cuándo podemos entrar en su casa?
repair-access-summary = Acceso
repair-access-any-time = A cualquier hora, de 8:00 a 18:00
repair-access-mornings = Solo por la mañana, de 8:00 a 13:00
repair-access-afternoons = Solo por la tarde, de 13:00 a 18:00
repair-access-error-required = Elija cuándo podemos entrar en su casa

repair-contact-title = ¿Cómo podemos comunicarnos con usted?
repair-contact-error-one-of = Escriba un correo electrónico o un número de teléfono, para que podamos comunicarnos con usted sobre la reparación
repair-email-label = Correo electrónico
repair-email-hint = Indique un correo electrónico, un número de teléfono o los dos. Le enviaremos su referencia y las novedades por correo electrónico.
repair-email-summary = Correo electrónico
repair-email-error-required = Escriba su correo electrónico
repair-email-error-invalid = Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@example.com
repair-phone-label = Número de teléfono
repair-phone-hint = Le llamaremos para acordar una hora
repair-phone-summary = Número de teléfono
repair-phone-error-required = Escriba un número de teléfono para que podamos acordar la reparación
repair-phone-error-invalid = Escriba un número de teléfono del Reino Unido, por ejemplo, 01632 960 001 o 07700 900 982

repair-next-steps = Un técnico de reparaciones le llamará para acordar el día y la hora de la visita.
