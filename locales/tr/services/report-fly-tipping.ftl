fly-tipping-title = Kaçak çöp dökülmesini bildirin
fly-tipping-summary = Bir sokağa, yola veya başka bir kamusal alana dökülmüş çöpleri bize bildirin.
fly-tipping-keywords = kaçak çöp dökülmüş çöp atık moloz şilte yatak yasa dışı döküm fly-tipping
fly-tipping-standard = { $date } gününe kadar çöpü kaldıracağız ya da ne yaptığımızı size bildireceğiz.
fly-tipping-start-intro = Sokak, yol, park veya ara sokak gibi kamuya ait bir alana dökülmüş çöpleri bildirmek için bu hizmeti kullanın.
fly-tipping-start-danger = İğne, kimyasal madde veya asbest gibi tehlikeli olabilecek hiçbir şeye dokunmayın.
fly-tipping-start-time = Yaklaşık 3 dakika sürer.
fly-tipping-start-need = Bize şunları söylemeniz gerekecek:
fly-tipping-start-need-where = çöpün nerede olduğu
fly-tipping-start-need-what = ne tür çöp olduğu

fly-tipping-where-title = Çöp nerede?
fly-tipping-location-label = Yerini tarif edin
fly-tipping-location-hint = Örneğin, 12 Peckham Road'un önünde, otobüs durağının yanında
fly-tipping-location-summary = Yer
fly-tipping-location-error-required = Çöpün nerede olduğunu yazın
fly-tipping-location-error-too-long = Yer tarifi en fazla { $max } karakter olmalıdır
fly-tipping-postcode-label = Posta kodu (isteğe bağlı)
fly-tipping-postcode-hint = Biliyorsanız yazın, örneğin SE1 2QH
fly-tipping-postcode-summary = Posta kodu
fly-tipping-postcode-error-invalid = Tam bir Birleşik Krallık posta kodu girin, örneğin SE1 2QH

fly-tipping-what-title = Ne dökülmüş?
fly-tipping-waste-label = Ne dökülmüş?
fly-tipping-waste-hint = Uygun olanların tümünü seçin.
fly-tipping-waste-summary = Ne
fly-tipping-waste-bags = Çöp torbaları
fly-tipping-waste-furniture = Mobilya veya şilteler
fly-tipping-waste-electrical = Buzdolabı, televizyon veya başka elektrikli eşyalar
fly-tipping-waste-building = İnşaat molozu
fly-tipping-waste-garden = Bahçe atığı
fly-tipping-waste-other = Başka bir şey
fly-tipping-waste-error-required = Ne döküldüğünü seçin

fly-tipping-photos-title = Dökülen çöplerin fotoğraflarını ekleyin (isteğe bağlı)
fly-tipping-photos-label = Dökülen çöplerin fotoğraflarını ekleyin (isteğe bağlı)
fly-tipping-photos-hint = Fotoğraflar, ekibimizin çöpü bulup kaldırmasına yardımcı olur. Fotoğraf çekmek için kendinizi tehlikeye atmayın.
fly-tipping-photos-summary = Fotoğraflar

fly-tipping-dangerous-title = Bunların arasında tehlikeli olabilecek bir şey var mı?
fly-tipping-dangerous-label = Bunların arasında tehlikeli olabilecek bir şey var mı?
fly-tipping-dangerous-hint = Örneğin, iğneler, kimyasal maddeler, gaz tüpleri veya asbest
fly-tipping-dangerous-summary = Tehlikeli olabilir
fly-tipping-dangerous-error-required = Tehlikeli olabilecek bir şey varsa “Evet”i seçin

fly-tipping-seen-title = Çöpü ne zaman gördünüz?
fly-tipping-seen-label = Çöpü ne zaman gördünüz?
fly-tipping-seen-hint = Örneğin, 20 11 2026
fly-tipping-seen-summary = Görüldüğü tarih
fly-tipping-seen-error-required = Çöpü gördüğünüz tarihi girin
fly-tipping-seen-error-incomplete = Çöpü gördüğünüz tarih { $missing ->
    [day] günü
    [month] ayı
    [year] yılı
    [day-month] günü ve ayı
    [day-year] günü ve yılı
   *[month-year] ayı ve yılı
  } içermelidir
fly-tipping-seen-error-invalid = Çöpü gördüğünüz tarih gerçek bir tarih olmalıdır
fly-tipping-seen-error-year-digits = Yıl 4 rakamdan oluşmalıdır
fly-tipping-seen-error-future = Çöpü gördüğünüz tarih bugün veya geçmişte bir tarih olmalıdır

fly-tipping-contact-title = E-posta adresiniz nedir?
fly-tipping-email-label = E-posta adresiniz nedir?
fly-tipping-email-hint = Referans numaranızı ve gelişmeleri bu adrese göndereceğiz
fly-tipping-email-summary = E-posta adresi
fly-tipping-email-error-required = E-posta adresinizi girin
fly-tipping-email-error-invalid = E-posta adresini doğru biçimde girin, örneğin name@example.com

fly-tipping-next-steps = Sokak temizliği ekibimiz çöpü kontrol edip kaldıracak. Çöpü kimin döktüğüne dair kanıt bulursak o kişi hakkında işlem yapabiliriz.
