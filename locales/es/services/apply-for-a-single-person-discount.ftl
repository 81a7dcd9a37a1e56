spd-title = Pedir el descuento del Impuesto Municipal (Council Tax) para personas que viven solas
spd-summary = Obtenga un 25% de descuento en el Impuesto Municipal (Council Tax) si es el único adulto que vive en su casa.
spd-keywords = impuesto municipal council tax descuento persona sola vivo solo 25 por ciento reducción
spd-standard = Le diremos nuestra decisión a más tardar el { $date }.
spd-start-intro = Puede obtener un 25% de descuento en el Impuesto Municipal (Council Tax) si es el único adulto (de 18 años o más) que vive en su casa.
spd-start-time = Se tarda unos 3 minutos.
spd-start-need = Necesitará:
spd-start-need-account = el número de cuenta del Impuesto Municipal (Council Tax), que está en su recibo
spd-start-need-date = la fecha en que empezó a vivir solo
spd-start-need-contact = un correo electrónico

spd-account-title = ¿Cuál es su número de cuenta del Impuesto Municipal (Council Tax)?
spd-account-number-label = ¿Cuál es su número de cuenta del Impuesto Municipal (Council Tax)?
spd-account-number-hint = Tiene 8 dígitos y está en la parte de arriba de su recibo.
spd-account-number-summary = Número de cuenta
spd-account-number-error-required = Escriba su número de cuenta del Impuesto Municipal (Council Tax)
spd-account-number-error-too-long = El número de cuenta debe tener { $max } caracteres o menos
spd-account-number-error-pattern = Escriba su número de cuenta con 8 dígitos, por ejemplo, 12345678

spd-address-title = ¿Cuál es la dirección de la vivienda?
spd-postcode-label = Código postal
spd-postcode-hint = Por ejemplo, SE1 2QH
spd-postcode-summary = Código postal
spd-postcode-error-required = Escriba el código postal
spd-postcode-error-invalid = Escriba un código postal completo del Reino Unido, por ejemplo, SE1 2QH
spd-address-line-1-label = Número o nombre de la casa, y calle
spd-address-line-1-summary = Dirección
spd-address-line-1-error-required = Escriba el número o nombre de la casa, y la calle
spd-address-line-1-error-too-long = El número o nombre de la casa, y la calle, deben tener { $max } caracteres o menos

spd-adults-title = ¿Cuántos adultos viven en la vivienda, incluido usted?
spd-adults-label = ¿Cuántos adultos viven en la vivienda, incluido usted?
spd-adults-hint = Cuente a todas las personas de 18 años o más que viven allí la mayor parte del tiempo.
spd-adults-summary = Adultos que viven allí
spd-adults-error-required = Escriba cuántos adultos viven en la vivienda
spd-adults-error-invalid = Escriba el número de adultos como un número entero, por ejemplo, 1
spd-adults-error-too-small = El número de adultos debe ser { $min } o más
spd-adults-error-too-large = El número de adultos debe ser { $max } o menos

spd-not-eligible-title = No puede obtener el descuento para personas que viven solas
spd-not-eligible-body = El descuento es solo para viviendas donde vive un solo adulto.

    Puede que aún tenga derecho a otro descuento si alguien de su casa es estudiante a tiempo completo, cuidador o tiene una discapacidad mental grave. Llámenos al 020 7946 0000 para saberlo.

spd-since-title = ¿Cuándo empezó a vivir solo?
spd-since-label = ¿Cuándo empezó a vivir solo?
spd-since-hint = Por ejemplo, 1 9 2026
spd-since-summary = Vive solo desde
spd-since-error-required = Escriba la fecha en que empezó a vivir solo
spd-since-error-incomplete = La fecha en que empezó a vivir solo debe incluir { $missing ->
    [day] el día
    [month] el mes
    [year] el año
    [day-month] el día y el mes
    [day-year] el día y el año
   *[month-year] el mes y el año
  }
spd-since-error-invalid = La fecha en que empezó a vivir solo debe ser una fecha que exista
spd-since-error-year-digits = El año debe tener 4 dígitos
spd-since-error-future = La fecha en que empezó a vivir solo debe ser hoy o una fecha pasada
spd-since-error-too-early = La fecha en que empezó a vivir solo debe ser el { $date } o después

spd-moved-out-title = En los últimos 3 meses, ¿se fue de casa otro adulto que vivía con usted?
spd-moved-out-label = En los últimos 3 meses, ¿se fue de casa otro adulto que vivía con usted?
spd-moved-out-hint = Por ejemplo, su pareja, un hijo adulto o alguien a quien le alquilaba una habitación.
spd-moved-out-summary = Otro adulto se fue hace poco
spd-moved-out-error-required = Elija «Sí» si otro adulto se fue de casa en los últimos 3 meses

spd-proof-title = Suba una prueba de que vive en esta dirección
spd-proof-label = Suba una prueba de que vive en esta dirección
spd-proof-hint = Una factura, un extracto bancario o una carta de los últimos 3 meses, con su nombre y esta dirección. Puede ser una foto.
spd-proof-summary = Prueba de domicilio
spd-proof-error-required = Suba una prueba de que vive en esta dirección

spd-moved-out-proof-title = Suba una prueba de que la otra persona se fue
spd-moved-out-proof-label = Suba una prueba de que la otra persona se fue
spd-moved-out-proof-hint = Por ejemplo, su nuevo contrato de alquiler, o una carta que le enviaron a su nueva dirección.
spd-moved-out-proof-summary = Prueba de que se fue
spd-moved-out-proof-error-required = Suba una prueba de que el otro adulto se fue

spd-contact-title = Sus datos
spd-full-name-label = Nombre completo
spd-full-name-summary = Nombre
spd-full-name-error-required = Escriba su nombre completo
spd-full-name-error-too-long = El nombre completo debe tener { $max } caracteres o menos
spd-email-label = Correo electrónico
spd-email-hint = Le enviaremos nuestra decisión a esta dirección
spd-email-summary = Correo electrónico
spd-email-error-required = Escriba su correo electrónico
spd-email-error-invalid = Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@example.com

spd-next-steps = Si le damos el descuento, le enviaremos un recibo nuevo. Avísenos si otro adulto se muda a su casa.
