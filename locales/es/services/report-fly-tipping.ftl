fly-tipping-title = Informar de basura tirada ilegalmente
fly-tipping-summary = Díganos si hay basura tirada en una calle, un camino u otro lugar público.
fly-tipping-keywords = basura tirada ilegal residuos vertido escombros colchón abandonado
fly-tipping-standard = A más tardar el { $date }, retiraremos la basura o le diremos qué estamos haciendo.
fly-tipping-start-intro = Use este servicio para informar de basura tirada en un espacio público, como una calle, un camino, un parque o un callejón.
fly-tipping-start-danger = No toque nada que pueda ser peligroso, como agujas, productos químicos o amianto.
fly-tipping-start-time = Se tarda unos 3 minutos.
fly-tipping-start-need = Necesitará:
fly-tipping-start-need-where = decirnos dónde está la basura
fly-tipping-start-need-what = decirnos qué tipo de basura es

fly-tipping-where-title = ¿Dónde está la basura?
fly-tipping-location-label = Describa dónde está
fly-tipping-location-hint = Por ejemplo, delante del número 12 de Peckham Road, junto a la parada del autobús
fly-tipping-location-summary = Dónde
fly-tipping-location-error-required = Escriba dónde está la basura
fly-tipping-location-error-too-long = El lugar de la basura debe tener { $max } caracteres o menos
fly-tipping-postcode-label = Código postal (opcional)
fly-tipping-postcode-hint = Si lo sabe, por ejemplo, SE1 2QH
fly-tipping-postcode-summary = Código postal
fly-tipping-postcode-error-invalid = Escriba un código postal completo del Reino Unido, por ejemplo, SE1 2QH

fly-tipping-what-title = ¿Qué tiraron?
fly-tipping-waste-label = ¿Qué tiraron?
fly-tipping-waste-hint = Elija todas las opciones que correspondan.
fly-tipping-waste-summary = Qué
fly-tipping-waste-bags = Bolsas de basura
fly-tipping-waste-furniture = Muebles o colchones
fly-tipping-waste-electrical = Refrigeradores, televisores u otros aparatos eléctricos
fly-tipping-waste-building = Escombros de obra
fly-tipping-waste-garden = Restos de jardín
fly-tipping-waste-other = Otra cosa
fly-tipping-waste-error-required = Elija qué tiraron

fly-tipping-photos-title = Añada fotos de la basura tirada (opcional)
fly-tipping-photos-label = Añada fotos de la basura tirada (opcional)
fly-tipping-photos-hint = Las fotos ayudan a nuestro equipo a encontrar la basura y retirarla. No se ponga en peligro para tomarlas.
fly-tipping-photos-summary = Fotos

fly-tipping-dangerous-title = ¿Podría ser peligroso algo de esto?
fly-tipping-dangerous-label = ¿Podría ser peligroso algo de esto?
fly-tipping-dangerous-hint = Por ejemplo, agujas, productos químicos, bombonas o cilindros de gas o amianto
fly-tipping-dangerous-summary = Podría ser peligroso
fly-tipping-dangerous-error-required = Elija «Sí» si algo de esto podría ser peligroso

fly-tipping-seen-title = ¿Cuándo la vio?
fly-tipping-seen-label = ¿Cuándo la vio?
fly-tipping-seen-hint = Por ejemplo, 20 11 2026
fly-tipping-seen-summary = Fecha en que la vio
fly-tipping-seen-error-required = Escriba la fecha en que vio la basura
fly-tipping-seen-error-incomplete = La fecha en que vio la basura debe incluir { $missing ->
    [day] el día
    [month] el mes
    [year] el año
    [day-month] el día y el mes
    [day-year] el día y el año
   *[month-year] el mes y el año
  }
fly-tipping-seen-error-invalid = La fecha en que vio la basura debe ser una fecha que exista
fly-tipping-seen-error-year-digits = El año debe tener 4 dígitos
fly-tipping-seen-error-future = La fecha en que vio la basura debe ser hoy o una fecha pasada

fly-tipping-contact-title = ¿Cuál es su correo electrónico?
fly-tipping-email-label = ¿Cuál es su correo electrónico?
fly-tipping-email-hint = Le enviaremos su referencia y las novedades a esta dirección
fly-tipping-email-summary = Correo electrónico
fly-tipping-email-error-required = Escriba su correo electrónico
fly-tipping-email-error-invalid = Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@example.com

fly-tipping-next-steps = Un equipo de limpieza de calles revisará la basura y la retirará. Si encontramos pruebas de quién la tiró, podemos tomar medidas contra esa persona.
