sar-title = Hakkınızda tuttuğumuz kişisel verileri isteyin
sar-summary = Belediyenin hakkınızda tuttuğu bilgilerin bir kopyasını alın.
sar-keywords = kişisel veri erişim talebi subject access request sar gdpr veri koruma kayıtlarım kişisel bilgiler
sar-standard = Bilgilerinizi { $date } gününe kadar göndereceğiz. Bu süre, yasanın öngördüğü gibi bir aydır.
sar-start-intro = Belediyenin hakkınızda tuttuğu kişisel bilgilerin bir kopyasını alma hakkınız var. Bu ücretsizdir.
sar-start-time = Yaklaşık 5 dakika sürer.
sar-start-need = İhtiyacınız olanlar:
sar-start-need-details = kayıtlarınızı bulabilmemiz için adınız ve doğum tarihiniz
sar-start-need-contact = bir e-posta adresi

sar-whose-title = Kimin bilgilerini istiyorsunuz?
sar-whose-label = Kimin bilgilerini istiyorsunuz?
sar-whose-summary = Kimin bilgileri
sar-whose-mine = Benim
sar-whose-someone-else = Başka birinin
sar-whose-error-required = Kimin bilgilerini istediğinizi seçin

sar-someone-else-title = Başka birinin bilgilerini istemek için bize ulaşmanız gerekir
sar-someone-else-body = Başka birinin bilgilerini almak için o kişinin yazılı iznine ya da vekâletname (power of attorney) gibi yasal bir yetkiye ihtiyacınız var.

    Bizi 020 7946 0000 numarasından arayın ya da herhangi bir kütüphaneye veya müşteri hizmetleri merkezine gelin. Size ne göndermeniz gerektiğini söyleyeceğiz.

sar-about-you-title = Sizin hakkınızda
sar-full-name-label = Ad soyad
sar-full-name-summary = Ad soyad
sar-full-name-error-required = Adınızı ve soyadınızı girin
sar-full-name-error-too-long = Ad soyad en fazla { $max } karakter olmalıdır
sar-date-of-birth-label = Doğum tarihi
sar-date-of-birth-hint = Örneğin, 27 3 1985
sar-date-of-birth-summary = Doğum tarihi
sar-date-of-birth-error-required = Doğum tarihinizi girin
sar-date-of-birth-error-incomplete = Doğum tarihi { $missing ->
    [day] günü
    [month] ayı
    [year] yılı
    [day-month] günü ve ayı
    [day-year] günü ve yılı
   *[month-year] ayı ve yılı
  } içermelidir
sar-date-of-birth-error-invalid = Doğum tarihi gerçek bir tarih olmalıdır
sar-date-of-birth-error-year-digits = Yıl 4 rakamdan oluşmalıdır
sar-date-of-birth-error-future = Doğum tarihi geçmişte bir tarih olmalıdır

sar-information-title = Hangi bilgileri istiyorsunuz?
sar-information-label = Hangi bilgileri istiyorsunuz?
sar-information-hint = Örneğin, konut dosyanız veya bir şikâyetle ilgili e-postalar. Yapabiliyorsanız tarihleri de yazın.
sar-information-summary = İstenen bilgiler
sar-information-error-required = İstediğiniz bilgileri yazın
sar-information-error-too-long = İsteğiniz en fazla { $max } karakter olmalıdır

sar-contact-title = E-posta adresiniz nedir?
sar-email-label = E-posta adresiniz nedir?
sar-email-hint = Referans numaranızı ve gelişmeleri bu adrese göndereceğiz
sar-email-summary = E-posta adresi
sar-email-error-required = E-posta adresinizi girin
sar-email-error-invalid = E-posta adresini doğru biçimde girin, örneğin name@example.com

sar-next-steps = Bilgilerinizi göndermeden önce sizden kimliğinizi kanıtlayan bir belge isteyeceğiz.
