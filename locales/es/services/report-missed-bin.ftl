missed-bin-title = Avisar de que no recogimos su basura
missed-bin-summary = Díganos si no vaciamos su contenedor de basura el día de recogida.
missed-bin-standard = Volveremos a recoger su contenedor a más tardar el { $date }.
missed-bin-start-intro = Use este servicio para decirnos si no recogimos su basura, su reciclaje, sus restos de comida o sus restos de jardín el día de siempre.
missed-bin-start-need = Necesitará:
missed-bin-start-need-address = la dirección de la recogida
missed-bin-start-need-date = la fecha en que no recogimos su contenedor
missed-bin-start-need-email = un correo electrónico, para que podamos darle novedades
missed-bin-start-time = Se tarda unos 3 minutos.
missed-bin-start-limit = Solo puede avisar de una recogida que no hicimos en los últimos 14 días.

missed-bin-address-title = ¿Cuál es la dirección de la recogida?
missed-bin-postcode-label = Código postal
missed-bin-postcode-hint = Por ejemplo, SE1 2QH
missed-bin-postcode-summary = Código postal
missed-bin-postcode-error-required = Escriba el código postal de la recogida
missed-bin-postcode-error-invalid = Escriba un código postal completo del Reino Unido, por ejemplo, SE1 2QH
missed-bin-address-line-1-label = Número o nombre de la casa, y calle
missed-bin-address-line-1-hint = Por ejemplo, 12 Peckham Road
missed-bin-address-line-1-summary = Dirección
missed-bin-address-line-1-error-required = Escriba el número o nombre de la casa, y la calle
missed-bin-address-line-1-error-too-long = El número o nombre de la casa, y la calle, deben tener { $max } caracteres o menos

missed-bin-which-bin-title = ¿Qué contenedor no recogimos?
missed-bin-bin-label = ¿Qué contenedor no recogimos?
missed-bin-bin-summary = Contenedor
missed-bin-bin-rubbish = Basura general
missed-bin-bin-recycling = Reciclaje
missed-bin-bin-food-waste = Restos de comida
missed-bin-bin-garden-waste = Restos de jardín
missed-bin-bin-error-required = Elija qué contenedor no recogimos

missed-bin-date-title = ¿Cuándo no recogimos su contenedor?
missed-bin-date-label = ¿Cuándo no recogimos su contenedor?
missed-bin-date-hint = Por ejemplo, 20 11 2026
missed-bin-date-summary = Fecha de la recogida que faltó
missed-bin-date-error-required = Escriba la fecha en que no recogimos su contenedor
missed-bin-date-error-incomplete = La fecha en que no recogimos su contenedor debe incluir { $missing ->
    [day] el día
    [month] el mes
    [year] el año
    [day-month] el día y el mes
    [day-year] el día y el año
   *[month-year] el mes y el año
  }
missed-bin-date-error-invalid = La fecha en que no recogimos su contenedor debe ser una fecha que exista
missed-bin-date-error-year-digits = El año debe tener 4 dígitos
missed-bin-date-error-future = La fecha en que no recogimos su contenedor debe ser hoy o una fecha pasada
missed-bin-date-error-too-old = La fecha en que no recogimos su contenedor debe estar dentro de los últimos { $days } días

missed-bin-more-information-title = ¿Hay algo más que debamos saber?
missed-bin-more-information-label = ¿Hay algo más que debamos saber? (opcional)
missed-bin-more-information-hint = Por ejemplo, dónde dejó el contenedor o cómo llegar hasta él
missed-bin-more-information-summary = Algo más
missed-bin-more-information-error-too-long = Lo que debemos saber debe tener { $max } caracteres o menos

missed-bin-contact-title = ¿Cómo podemos comunicarnos con usted?
missed-bin-email-label = Correo electrónico
missed-bin-email-hint = Le enviaremos su referencia y las novedades a esta dirección
missed-bin-email-summary = Correo electrónico
missed-bin-email-error-required = Escriba su correo electrónico
missed-bin-email-error-invalid = Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@example.com
missed-bin-phone-label = Número de teléfono (opcional)
missed-bin-phone-hint = Un número del Reino Unido, por ejemplo, 07700 900 982
missed-bin-phone-summary = Número de teléfono
missed-bin-phone-error-invalid = Escriba un número de teléfono del Reino Unido, por ejemplo, 01632 960 001 o 07700 900 982

missed-bin-next-steps = Volveremos a recoger su contenedor. No tiene que hacer nada más.
missed-bin-next-steps-leave-out = Por favor, deje su contenedor fuera hasta que lo recojamos.
