feedback-title = Teşekkür edin veya görüş bildirin
feedback-summary = İyi yaptığımız şeyleri ya da nasıl daha iyi olabileceğimizi bize söyleyin.
feedback-keywords = teşekkür övgü öneri fikir görüş memnuniyet compliment feedback
feedback-standard = Yanıt istediyseniz { $date } gününe kadar yanıt vereceğiz.
feedback-start-intro = Bir çalışanımıza teşekkür etmek, bir hizmeti övmek ya da nasıl daha iyi olabileceğimizi önermek için bu hizmeti kullanın.
feedback-start-complaint = Yaptığımız bir şeyden memnun değilseniz, sorunu düzeltebilmemiz için bunun yerine şikâyette bulunun.
feedback-start-time = Yaklaşık 2 dakika sürer.

feedback-kind-title = Bize ne iletmek istersiniz?
feedback-kind-label = Bize ne iletmek istersiniz?
feedback-kind-summary = Tür
feedback-kind-compliment = Bir övgü
feedback-kind-suggestion = Bir öneri
feedback-kind-other = Başka bir görüş
feedback-kind-error-required = Ne iletmek istediğinizi seçin

feedback-service-title = Hangi hizmetle ilgili?
feedback-service-area-label = Hangi hizmetle ilgili?
feedback-service-area-summary = Hizmet
feedback-service-area-housing = Konut
feedback-service-area-waste = Çöp kutuları, geri dönüşüm ve sokak temizliği
feedback-service-area-council-tax = Belediye Vergisi (Council Tax)
feedback-service-area-parking = Park etme
feedback-service-area-planning = İmar ve yapı denetimi
feedback-service-area-social-care = Sosyal bakım
feedback-service-area-libraries = Kütüphaneler
feedback-service-area-other = Başka bir şey
feedback-service-area-error-required = Hangi hizmetle ilgili olduğunu seçin

feedback-message-title = Bize ne söylemek istersiniz?
feedback-message-label = Bize ne söylemek istersiniz?
feedback-message-summary = Görüşünüz
feedback-message-error-required = Bize söylemek istediğiniz şeyi yazın
feedback-message-error-too-long = Görüşünüz en fazla { $max } karakter olmalıdır

feedback-reply-title = Yanıt almak ister misiniz?
feedback-wants-reply-label = Yanıt almak ister misiniz?
feedback-wants-reply-summary = Yanıt isteniyor
feedback-wants-reply-error-required = Yanıt almak istiyorsanız “Evet”i seçin

feedback-contact-title = E-posta adresiniz nedir?
feedback-email-label = E-posta adresiniz nedir?
feedback-email-summary = E-posta adresi
feedback-email-error-required = E-posta adresinizi girin
feedback-email-error-invalid = E-posta adresini doğru biçimde girin, örneğin name@example.com

feedback-next-steps = Teşekkür ederiz. Her övgüyü ilgili ekiple paylaşıyoruz.
