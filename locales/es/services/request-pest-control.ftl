pest-title = Pedir control de plagas
pest-summary = Reciba ayuda con ratas, ratones, cucarachas, chinches o avispas en su casa.
pest-keywords = ratas ratones plagas roedores cucarachas chinches avispas nido infestación
pest-standard = Nos comunicaremos con usted a más tardar el { $date } para acordar una visita.
pest-start-intro = Use este servicio para pedir que un técnico de control de plagas visite su casa.
pest-start-cost = Un tratamiento cuesta { MONEY(60) }. Es gratis si recibe el Crédito Universal (Universal Credit), el Crédito de Pensión (Pension Credit) o la Reducción del Impuesto Municipal (Council Tax Reduction).
pest-start-time = Se tarda unos 3 minutos.
pest-start-need = Necesitará:
pest-start-need-address = su dirección
pest-start-need-email = un correo electrónico

pest-pest-title = ¿Qué tipo de plaga es?
pest-pest-label = ¿Qué tipo de plaga es?
pest-pest-summary = Plaga
pest-pest-rats = Ratas
pest-pest-mice = Ratones
pest-pest-cockroaches = Cucarachas
pest-pest-bedbugs = Chinches
pest-pest-wasps = Avispas
pest-pest-other = Otra cosa
pest-pest-error-required = Elija qué tipo de plaga es

pest-where-title = ¿Dónde los ha visto?
pest-where-label = ¿Dónde los ha visto?
pest-where-summary = Dónde
pest-where-inside = Dentro de mi casa
pest-where-garden = En mi jardín
pest-where-shared-area = En una zona común, como una escalera o el cuarto de los contenedores de basura
pest-where-error-required = Elija dónde los ha visto

pest-address-title = ¿Cuál es su dirección?
pest-address-label = ¿Cuál es su dirección?
pest-address-hint = Escriba su código postal y elija «Buscar dirección», o escriba su dirección.
pest-address-summary = Dirección
pest-address-error-required = Escriba su dirección

pest-benefits-title = ¿Recibe el Crédito Universal (Universal Credit), el Crédito de Pensión (Pension Credit) o la Reducción del Impuesto Municipal (Council Tax Reduction)?
pest-benefits-label = ¿Recibe el Crédito Universal (Universal Credit), el Crédito de Pensión (Pension Credit) o la Reducción del Impuesto Municipal (Council Tax Reduction)?
pest-benefits-hint = Si recibe alguna de estas ayudas, el tratamiento es gratis.
pest-benefits-summary = Recibe ayudas
pest-benefits-error-required = Elija «Sí» si recibe el Crédito Universal (Universal Credit), el Crédito de Pensión (Pension Credit) o la Reducción del Impuesto Municipal (Council Tax Reduction)

pest-contact-title = ¿Cómo podemos comunicarnos con usted?
pest-email-label = Correo electrónico
pest-email-hint = Le enviaremos su referencia y las novedades a esta dirección
pest-email-summary = Correo electrónico
pest-email-error-required = Escriba su correo electrónico
pest-email-error-invalid = Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@example.com
pest-phone-label = Número de teléfono (opcional)
pest-phone-summary = Número de teléfono
pest-phone-error-invalid = Escriba un número de teléfono del Reino Unido, por ejemplo, 01632 960 001 o 07700 900 982

pest-next-steps = Un técnico de control de plagas le llamará o le enviará un correo electrónico para acordar una visita.
