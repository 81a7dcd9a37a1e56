missed-bin-title = Boşaltılmayan çöp kutusunu bildirin
missed-bin-summary = Toplama gününüzde çöp kutunuzu boşaltmadıysak bize bildirin.
missed-bin-standard = Çöp kutunuzu boşaltmak için { $date } gününe kadar geri geleceğiz.
missed-bin-start-intro = Çöpünüzü, geri dönüşüm atıklarınızı, yemek atıklarınızı veya bahçe atıklarınızı her zamanki gününüzde toplamadıysak bunu bize bildirmek için bu hizmeti kullanın.
missed-bin-start-need = İhtiyacınız olanlar:
missed-bin-start-need-address = toplama adresi
missed-bin-start-need-date = çöp kutunuzun boşaltılmadığı tarih
missed-bin-start-need-email = size gelişmeleri bildirebilmemiz için bir e-posta adresi
missed-bin-start-time = Yaklaşık 3 dakika sürer.
missed-bin-start-limit = Yalnızca son 14 gün içinde yapılmayan toplamaları bildirebilirsiniz.

missed-bin-address-title = Toplama adresi nedir?
missed-bin-postcode-label = Posta kodu
missed-bin-postcode-hint = Örneğin, SE1 2QH
missed-bin-postcode-summary = Posta kodu
missed-bin-postcode-error-required = Toplama adresinin posta kodunu girin
missed-bin-postcode-error-invalid = Tam bir Birleşik Krallık posta kodu girin, örneğin SE1 2QH
missed-bin-address-line-1-label = Ev numarası veya adı ve sokak
missed-bin-address-line-1-hint = Örneğin, 12 Peckham Road
missed-bin-address-line-1-summary = Adres
missed-bin-address-line-1-error-required = Ev numarasını veya adını ve sokağı girin
missed-bin-address-line-1-error-too-long = Ev numarası veya adı ve sokak en fazla { $max } karakter olmalıdır

missed-bin-which-bin-title = Hangi çöp kutusunu boşaltmadık?
missed-bin-bin-label = Hangi çöp kutusunu boşaltmadık?
missed-bin-bin-summary = Çöp kutusu
missed-bin-bin-rubbish = Evsel çöp
missed-bin-bin-recycling = Geri dönüşüm
missed-bin-bin-food-waste = Yemek atığı
missed-bin-bin-garden-waste = Bahçe atığı
missed-bin-bin-error-required = Hangi çöp kutusunu boşaltmadığımızı seçin

missed-bin-date-title = Çöp kutunuzu ne zaman boşaltmadık?
missed-bin-date-label = Çöp kutunuzu ne zaman boşaltmadık?
missed-bin-date-hint = Örneğin, 20 11 2026
missed-bin-date-summary = Boşaltılmadığı tarih
missed-bin-date-error-required = Çöp kutunuzu boşaltmadığımız tarihi girin
missed-bin-date-error-incomplete = Çöp kutunuzu boşaltmadığımız tarih { $missing ->
    [day] günü
    [month] ayı
    [year] yılı
    [day-month] günü ve ayı
    [day-year] günü ve yılı
   *[month-year] ayı ve yılı
  } içermelidir
missed-bin-date-error-invalid = Çöp kutunuzu boşaltmadığımız tarih gerçek bir tarih olmalıdır
missed-bin-date-error-year-digits = Yıl 4 rakamdan oluşmalıdır
missed-bin-date-error-future = Çöp kutunuzu boşaltmadığımız tarih bugün veya geçmişte bir tarih olmalıdır
missed-bin-date-error-too-old = Çöp kutunuzu boşaltmadığımız tarih son { $days } gün içinde olmalıdır

missed-bin-more-information-title = Bilmemiz gereken başka bir şey var mı?
missed-bin-more-information-label = Bilmemiz gereken başka bir şey var mı? (isteğe bağlı)
missed-bin-more-information-hint = Örneğin, çöp kutusunu nereye bıraktığınız veya kutuya nasıl ulaşılacağı
missed-bin-more-information-summary = Diğer bilgiler
missed-bin-more-information-error-too-long = Diğer bilgiler en fazla { $max } karakter olmalıdır

missed-bin-contact-title = Sizinle nasıl iletişim kurabiliriz?
missed-bin-email-label = E-posta adresi
missed-bin-email-hint = Referans numaranızı ve gelişmeleri bu adrese göndereceğiz
missed-bin-email-summary = E-posta adresi
missed-bin-email-error-required = E-posta adresinizi girin
missed-bin-email-error-invalid = E-posta adresini doğru biçimde girin, örneğin name@example.com
missed-bin-phone-label = Telefon numarası (isteğe bağlı)
missed-bin-phone-hint = Birleşik Krallık'ta bir numara, örneğin 07700 900 982
missed-bin-phone-summary = Telefon numarası
missed-bin-phone-error-invalid = Birleşik Krallık'ta geçerli bir telefon numarası girin, örneğin 01632 960 001 veya 07700 900 982

missed-bin-next-steps = Çöp kutunuzu boşaltmak için geri geleceğiz. Başka bir şey yapmanız gerekmiyor.
missed-bin-next-steps-leave-out = Lütfen biz boşaltana kadar çöp kutunuzu dışarıda bırakın.
