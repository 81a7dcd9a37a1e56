complaint-title = Şikâyette bulunun
complaint-summary = Bir hata yaptıysak ya da bir belediye hizmetinden memnun değilseniz bize bildirin.
complaint-keywords = şikâyet şikayet memnun değilim sorun kötü hizmet 1. aşama aşama 1 complaint
complaint-standard = Şikâyetinize { $date } gününe kadar yanıt vereceğiz.
complaint-start-intro = Bir belediye hizmetinden ya da bir çalışanımızın yaptığı bir şeyden şikâyet etmek için bu hizmeti kullanın.
complaint-start-timescale = Şikâyetinizi aldığımızı 3 iş günü içinde size bildireceğiz ve 15 iş günü içinde yanıt vereceğiz.
complaint-start-time = Yaklaşık 5 dakika sürer.
complaint-start-need = İhtiyacınız olanlar:
complaint-start-need-what = ne olduğunu ve ne yapmamızı istediğinizi anlatan bir açıklama
complaint-start-need-contact = adınız ve e-posta adresiniz

complaint-service-title = Şikâyetiniz hangi hizmetle ilgili?
complaint-service-area-label = Şikâyetiniz hangi hizmetle ilgili?
complaint-service-area-summary = Hizmet
complaint-service-area-housing = Konut
complaint-service-area-waste = Çöp kutuları, geri dönüşüm ve sokak temizliği
complaint-service-area-council-tax = Belediye Vergisi (Council Tax)
complaint-service-area-parking = Park etme
complaint-service-area-planning = İmar ve yapı denetimi
complaint-service-area-social-care = Sosyal bakım
complaint-service-area-libraries = Kütüphaneler
complaint-service-area-other = Başka bir şey
complaint-service-area-error-required = Şikâyetinizin hangi hizmetle ilgili olduğunu seçin

complaint-what-happened-title = Ne oldu?
complaint-details-label = Ne oldu?
complaint-details-hint = Neyin yanlış gittiğini, ne zaman olduğunu ve biliyorsanız kiminle görüştüğünüzü yazın.
complaint-details-summary = Ne oldu
complaint-details-error-required = Ne olduğunu yazın
complaint-details-error-too-long = Ne olduğunu anlatan metin en fazla { $max } karakter olmalıdır

complaint-put-right-title = Durumu düzeltmek için ne yapmamızı istersiniz?
complaint-outcome-label = Durumu düzeltmek için ne yapmamızı istersiniz?
complaint-outcome-hint = Örneğin, bir özür, bir açıklama veya bir şeyin yapılması
complaint-outcome-summary = Ne yapmamızı istediğiniz
complaint-outcome-error-required = Durumu düzeltmek için ne yapmamızı istediğinizi yazın
complaint-outcome-error-too-long = Ne yapmamızı istediğinizi anlatan metin en fazla { $max } karakter olmalıdır

complaint-earlier-reference-title = Bizden aldığınız bir referans numarası var mı? (isteğe bağlı)
complaint-earlier-reference-label = Bizden aldığınız bir referans numarası var mı? (isteğe bağlı)
complaint-earlier-reference-hint = Bu konuda daha önce bize ulaştıysanız size verdiğimiz referans numarasını yazın.
complaint-earlier-reference-summary = Önceki referans
complaint-earlier-reference-error-too-long = Referans en fazla { $max } karakter olmalıdır

complaint-contact-title = Bilgileriniz
complaint-full-name-label = Ad soyad
complaint-full-name-summary = Ad soyad
complaint-full-name-error-required = Adınızı ve soyadınızı girin
complaint-full-name-error-too-long = Ad soyad en fazla { $max } karakter olmalıdır
complaint-email-label = E-posta adresi
complaint-email-hint = Yanıtımızı bu adrese göndereceğiz
complaint-email-summary = E-posta adresi
complaint-email-error-required = E-posta adresinizi girin
complaint-email-error-invalid = E-posta adresini doğru biçimde girin, örneğin name@example.com
complaint-phone-label = Telefon numarası (isteğe bağlı)
complaint-phone-summary = Telefon numarası
complaint-phone-error-invalid = Birleşik Krallık'ta geçerli bir telefon numarası girin, örneğin 01632 960 001 veya 07700 900 982

complaint-next-steps = Şikâyetinizi kimin incelediğini bildirmek için 3 iş günü içinde size e-posta göndereceğiz.
complaint-next-steps-leave-out = Yanıtımızdan memnun değilseniz şikâyetinizin 2. aşamaya geçmesini isteyebilirsiniz. 2. aşamadaki şikâyetlere 25 iş günü içinde yanıt veririz.
