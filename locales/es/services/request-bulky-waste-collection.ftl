bulky-title = Pedir la recogida de objetos grandes
bulky-summary = Pídanos que recojamos objetos grandes en su casa, como muebles y refrigeradores.
bulky-keywords = muebles sofá refrigerador nevera colchón objetos grandes voluminosos recogida
bulky-standard = Le diremos el día de la recogida a más tardar el { $date }.
bulky-start-intro = Use este servicio para pedir la recogida de hasta 10 objetos grandes de su casa.
bulky-start-cost = Una recogida cuesta { MONEY(25) } por hasta 3 objetos y { MONEY(5) } por cada objeto más. Es gratis si recibe la Reducción del Impuesto Municipal (Council Tax Reduction). Le diremos cómo pagar.
bulky-start-time = Se tarda unos 3 minutos.
bulky-start-need = Necesitará:
bulky-start-need-items = una lista de los objetos
bulky-start-need-address = la dirección donde debemos recogerlos
bulky-start-need-email = un correo electrónico

bulky-items-title = ¿Qué necesita que recojamos?
bulky-items-label = ¿Qué necesita que recojamos?
bulky-items-hint = Añada un objeto cada vez, como un sofá o un refrigerador. Puede pedir hasta 10 objetos. No recogemos escombros de obra, piezas de vehículos ni restos de jardín.
bulky-items-summary = Objetos
bulky-items-add = Añadir objeto
bulky-items-error-required = Escriba un objeto que necesita que recojamos
bulky-items-error-too-long = Cada objeto debe tener { $max } caracteres o menos
bulky-items-error-too-many = Puede pedir hasta { $max } objetos en una recogida

bulky-address-title = ¿Dónde debemos hacer la recogida?
bulky-address-label = ¿Dónde debemos hacer la recogida?
bulky-address-hint = Escriba el código postal y elija «Buscar dirección», o escriba la dirección.
bulky-address-summary = Dirección de recogida
bulky-address-error-required = Escriba la dirección donde debemos hacer la recogida

bulky-contact-title = ¿Cómo podemos comunicarnos con usted?
bulky-email-label = Correo electrónico
bulky-email-hint = Le enviaremos el día de la recogida a esta dirección
bulky-email-summary = Correo electrónico
bulky-email-error-required = Escriba su correo electrónico
bulky-email-error-invalid = Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@example.com
bulky-phone-label = Número de teléfono (opcional)
bulky-phone-hint = Por si nuestro equipo necesita hablar con usted ese día
bulky-phone-summary = Número de teléfono
bulky-phone-error-invalid = Escriba un número de teléfono del Reino Unido, por ejemplo, 01632 960 001 o 07700 900 982

bulky-next-steps = Saque los objetos a la puerta de su casa antes de las 7:00 del día de la recogida. No los deje en la calle antes de la noche anterior.
