feedback-title = Hacer un elogio o dar su opinión
feedback-summary = Díganos qué hicimos bien, o cómo podemos hacerlo mejor.
feedback-keywords = elogio felicitación gracias agradecimiento sugerencia idea opinión comentario
feedback-standard = Si pidió una respuesta, le responderemos a más tardar el { $date }.
feedback-start-intro = Use este servicio para dar las gracias a un empleado, elogiar un servicio o sugerir cómo podemos mejorar.
feedback-start-complaint = Si no está contento con algo que hicimos, presente una queja, para que podamos solucionarlo.
feedback-start-time = Se tarda unos 2 minutos.

feedback-kind-title = ¿Qué quiere darnos?
feedback-kind-label = ¿Qué quiere darnos?
feedback-kind-summary = Tipo
feedback-kind-compliment = Un elogio
feedback-kind-suggestion = Una sugerencia
feedback-kind-other = Otra opinión
feedback-kind-error-required = Elija qué quiere darnos

feedback-service-title = ¿Sobre qué servicio es?
feedback-service-area-label = ¿Sobre qué servicio es?
feedback-service-area-summary = Servicio
feedback-service-area-housing = Vivienda
feedback-service-area-waste = Basura, reciclaje y limpieza de calles
feedback-service-area-council-tax = Impuesto Municipal (Council Tax)
feedback-service-area-parking = Estacionamiento
feedback-service-area-planning = Urbanismo y permisos de obra
feedback-service-area-social-care = Servicios sociales
feedback-service-area-libraries = Bibliotecas
feedback-service-area-other = Otra cosa
feedback-service-area-error-required = Elija sobre qué servicio es

feedback-message-title = ¿Qué quiere decirnos?
feedback-message-label = ¿Qué quiere decirnos?
feedback-message-summary = Su opinión
feedback-message-error-required = Escriba lo que quiere decirnos
feedback-message-error-too-long = Su opinión debe tener { $max } caracteres o menos

feedback-reply-title = ¿Quiere una respuesta?
feedback-wants-reply-label = ¿Quiere una respuesta?
feedback-wants-reply-summary = Quiere respuesta
feedback-wants-reply-error-required = Elija «Sí» si quiere una respuesta

feedback-contact-title = ¿Cuál es su correo electrónico?
feedback-email-label = ¿Cuál es su correo electrónico?
feedback-email-summary = Correo electrónico
feedback-email-error-required = Escriba su correo electrónico
feedback-email-error-invalid = Escriba un correo electrónico con el formato correcto, por ejemplo, nombre@example.com

feedback-next-steps = Gracias. Compartimos cada elogio con el equipo al que se refiere.
