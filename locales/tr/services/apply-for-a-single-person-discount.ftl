spd-title = Belediye Vergisi (Council Tax) tek kişi indirimi için başvurun
spd-summary = Evinizde yaşayan tek yetişkin sizseniz Belediye Vergisi (Council Tax) tutarınızdan %25 indirim alın.
spd-keywords = belediye vergisi council tax indirim tek kişi yalnız yaşıyorum yalnız yaşamak yüzde 25 azaltma
spd-standard = Kararımızı { $date } gününe kadar size bildireceğiz.
spd-start-intro = Evinizde yaşayan tek yetişkin (18 yaşında veya daha büyük) sizseniz Belediye Vergisi (Council Tax) faturanızdan %25 indirim alabilirsiniz.
spd-start-time = Yaklaşık 3 dakika sürer.
spd-start-need = İhtiyacınız olanlar:
spd-start-need-account = faturanızda yazan Belediye Vergisi (Council Tax) hesap numaranız
spd-start-need-date = yalnız yaşamaya başladığınız tarih
spd-start-need-contact = bir e-posta adresi

spd-account-title = Belediye Vergisi (Council Tax) hesap numaranız nedir?
spd-account-number-label = Belediye Vergisi (Council Tax) hesap numaranız nedir?
spd-account-number-hint = Faturanızın üst kısmında yazan 8 rakamlı numaradır.
spd-account-number-summary = Hesap numarası
spd-account-number-error-required = Belediye Vergisi (Council Tax) hesap numaranızı girin
spd-account-number-error-too-long = Hesap numarası en fazla { $max } karakter olmalıdır
spd-account-number-error-pattern = Hesap numaranızı 8 rakam olarak girin, örneğin 12345678

spd-address-title = Konutun adresi nedir?
spd-postcode-label = Posta kodu
spd-postcode-hint = Örneğin, SE1 2QH
spd-postcode-summary = Posta kodu
spd-postcode-error-required = Posta kodunu girin
spd-postcode-error-invalid = Tam bir Birleşik Krallık posta kodu girin, örneğin SE1 2QH
spd-address-line-1-label = Ev numarası veya adı ve sokak
spd-address-line-1-summary = Adres
spd-address-line-1-error-required = Ev numarasını veya adını ve sokağı girin
spd-address-line-1-error-too-long = Ev numarası veya adı ve sokak en fazla { $max } karakter olmalıdır

spd-adults-title = Siz dahil, konutta kaç yetişkin yaşıyor?
spd-adults-label = Siz dahil, konutta kaç yetişkin yaşıyor?
spd-adults-hint = Zamanının çoğunu orada geçiren, 18 yaşında veya daha büyük herkesi sayın.
spd-adults-summary = Orada yaşayan yetişkinler
spd-adults-error-required = Konutta kaç yetişkin yaşadığını girin
spd-adults-error-invalid = Yetişkin sayısını tam sayı olarak girin, örneğin 1
spd-adults-error-too-small = Yetişkin sayısı en az { $min } olmalıdır
spd-adults-error-too-large = Yetişkin sayısı en fazla { $max } olmalıdır

spd-not-eligible-title = Tek kişi indirimi alamazsınız
spd-not-eligible-body = Bu indirim yalnızca tek bir yetişkinin yaşadığı evler içindir.

    Evinizde yaşayan biri tam zamanlı öğrenciyse, bakım veren kişiyse veya ağır bir zihinsel engeli varsa yine de indirim alabilirsiniz. Öğrenmek için bizi 020 7946 0000 numarasından arayın.

spd-since-title = Yalnız yaşamaya ne zaman başladınız?
spd-since-label = Yalnız yaşamaya ne zaman başladınız?
spd-since-hint = Örneğin, 1 9 2026
spd-since-summary = Yalnız yaşamaya başlama tarihi
spd-since-error-required = Yalnız yaşamaya başladığınız tarihi girin
spd-since-error-incomplete = Yalnız yaşamaya başladığınız tarih { $missing ->
    [day] günü
    [month] ayı
    [year] yılı
    [day-month] günü ve ayı
    [day-year] günü ve yılı
   *[month-year] ayı ve yılı
  } içermelidir
spd-since-error-invalid = Yalnız yaşamaya başladığınız tarih gerçek bir tarih olmalıdır
spd-since-error-year-digits = Yıl 4 rakamdan oluşmalıdır
spd-since-error-future = Yalnız yaşamaya başladığınız tarih bugün veya geçmişte bir tarih olmalıdır
spd-since-error-too-early = Yalnız yaşamaya başladığınız tarih { $date } veya daha sonra olmalıdır

spd-moved-out-title = Son 3 ay içinde sizinle yaşayan başka bir yetişkin evden taşındı mı?
spd-moved-out-label = Son 3 ay içinde sizinle yaşayan başka bir yetişkin evden taşındı mı?
spd-moved-out-hint = Örneğin, bir partner, yetişkin bir çocuk veya evinizde kiracı olarak kalan biri.
spd-moved-out-summary = Başka bir yetişkin kısa süre önce taşındı
spd-moved-out-error-required = Son 3 ay içinde başka bir yetişkin taşındıysa “Evet”i seçin

spd-proof-title = Bu adreste yaşadığınızı gösteren bir belge yükleyin
spd-proof-label = Bu adreste yaşadığınızı gösteren bir belge yükleyin
spd-proof-hint = Son 3 aya ait, üzerinde adınız ve bu adres yazan bir fatura, banka hesap özeti veya mektup. Belgenin fotoğrafı da olur.
spd-proof-summary = Adres belgesi
spd-proof-error-required = Bu adreste yaşadığınızı gösteren bir belge yükleyin

spd-moved-out-proof-title = Bu kişinin taşındığını gösteren bir belge yükleyin
spd-moved-out-proof-label = Bu kişinin taşındığını gösteren bir belge yükleyin
spd-moved-out-proof-hint = Örneğin, kişinin yeni kira sözleşmesi veya yeni adresine gönderilmiş bir mektup.
spd-moved-out-proof-summary = Taşındığını gösteren belge
spd-moved-out-proof-error-required = Diğer yetişkinin taşındığını gösteren bir belge yükleyin

spd-contact-title = Bilgileriniz
spd-full-name-label = Ad soyad
spd-full-name-summary = Ad soyad
spd-full-name-error-required = Adınızı ve soyadınızı girin
spd-full-name-error-too-long = Ad soyad en fazla { $max } karakter olmalıdır
spd-email-label = E-posta adresi
spd-email-hint = Kararımızı bu adrese göndereceğiz
spd-email-summary = E-posta adresi
spd-email-error-required = E-posta adresinizi girin
spd-email-error-invalid = E-posta adresini doğru biçimde girin, örneğin name@example.com

spd-next-steps = İndirimi verirsek size yeni bir fatura göndereceğiz. Evinize başka bir yetişkin taşınırsa bize bildirin.
