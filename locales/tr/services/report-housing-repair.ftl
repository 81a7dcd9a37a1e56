repair-title = Belediyeden kiraladığınız evdeki bir onarım ihtiyacını bildirin
repair-summary = Belediyeden kiraladığınız evde onarılması gereken bir şeyi bize bildirin.
repair-keywords = konut onarım tamir sızıntı su kaçağı nem rutubet küf kırık bozuk kiracı ev
repair-standard = Onarım için bir zaman ayarlamak üzere { $date } gününe kadar sizinle iletişime geçeceğiz.
repair-start-intro = Evinizi belediyeden kiralıyorsanız bu hizmeti kullanın.
repair-start-emergency = Gaz kokusu, su baskını veya kıvılcım çıkaran elektrik tesisatı gibi acil bir durum varsa bu formu kullanmayın. İlk soru, kimi aramanız gerektiğini size söyler.
repair-start-time = Yaklaşık 5 dakika sürer.
repair-start-need = İhtiyacınız olanlar:
repair-start-need-room = sorunun hangi odada olduğu
repair-start-need-problem = sorunun kısa bir açıklaması
repair-start-need-contact = bir telefon numarası, bir e-posta adresi veya ikisi birden

repair-danger-title = Şu anda bunlardan herhangi biri oluyor mu?
repair-danger-label = Şu anda bunlardan herhangi biri oluyor mu?
repair-danger-hint = Acil bir durumda size hemen yardım edebilmek için önce bunu soruyoruz.
repair-danger-summary = Acil durum
repair-danger-none = Hayır, hiçbiri
repair-danger-gas-smell = Gaz kokusu alıyorum
repair-danger-flooding = Evimi su basıyor
repair-danger-electrics = Elektrik tesisatı kıvılcım çıkarıyor veya duman yayıyor
repair-danger-error-required = Şu anda bunlardan herhangi birinin olup olmadığını seçin

repair-gas-title = Binadan çıkın ve hemen 0800 111 999 numarasını arayın
repair-gas-body = Ulusal Gaz Acil Durum Hizmeti'ni (National Gas Emergency Service) 0800 111 999 numarasından arayın. Arama ücretsizdir ve hat günün 24 saati açıktır.

    Elektrik düğmelerini veya elektrikli herhangi bir şeyi kullanmayın. Sigara içmeyin, çakmak veya kibrit gibi açık ateş kullanmayın. Güvenliyse kapıları ve pencereleri açın.

    Güvende olduğunuzda, size yardım edebilmemiz için bizi 020 7946 0999 numarasından arayın.

repair-emergency-title = Hemen acil onarım hattımızı arayın
repair-emergency-body = Hemen 020 7946 0999 numarasını arayın. Hat her gün, günün 24 saati açıktır.

    Güvenliyse suyu ana vanadan ya da elektriği sigorta kutusundan kapatın.

    Tehlikede olan biri varsa 999'u arayın.

repair-room-title = Sorun nerede?
repair-room-label = Sorun nerede?
repair-room-summary = Yer
repair-room-kitchen = Mutfak
repair-room-bathroom = Banyo veya tuvalet
repair-room-bedroom = Yatak odası
repair-room-living-room = Oturma odası
repair-room-outside = Dışarıda (örneğin bahçe, kapı veya pencere)
repair-room-other = Başka bir yerde
repair-room-error-required = Sorunun nerede olduğunu seçin
repair-room-other-label = Nerede?
repair-room-other-summary = Başka bir yer
repair-room-other-error-required = Sorunun nerede olduğunu yazın
repair-room-other-error-too-long = Sorunun yeri en fazla { $max } karakter olmalıdır

repair-problem-title = Sorun nedir?
repair-problem-label = Sorun nedir?
repair-problem-hint = Örneğin, ne bozuk, ne zaman başladı ve giderek kötüleşiyor mu
repair-problem-summary = Sorun
repair-problem-error-required = Sorunun ne olduğunu yazın
repair-problem-error-too-long = Sorunun açıklaması en fazla { $max } karakter olmalıdır

repair-mould-title = Nem veya küf var mı?
repair-mould-label = Nem veya küf var mı?
repair-mould-hint = Nem ve küf sağlığınıza zarar verebilir. Bu sorunlarla öncelikli olarak ilgileniriz.
repair-mould-summary = Nem veya küf
repair-mould-error-required = Nem veya küf varsa “Evet”i seçin

repair-access-title = Evinize ne zaman girebiliriz?
repair-access-label = Evinize ne zaman girebiliriz?
repair-access-summary = Eve giriş
repair-access-any-time = Herhangi bir saatte, 08:00 ile 18:00 arası
repair-access-mornings = Yalnızca sabahları, 08:00 ile 13:00 arası
repair-access-afternoons = Yalnızca öğleden sonraları, 13:00 ile 18:00 arası
repair-access-error-required = Evinize ne zaman girebileceğimizi seçin

repair-contact-title = Sizinle nasıl iletişim kurabiliriz?
repair-contact-error-one-of = Onarım konusunda sizinle iletişim kurabilmemiz için bir e-posta adresi veya telefon numarası girin
repair-email-label = E-posta adresi
repair-email-hint = Bir e-posta adresi, bir telefon numarası ya da ikisini birden verin. Referans numaranızı ve gelişmeleri e-postayla göndereceğiz.
repair-email-summary = E-posta adresi
repair-email-error-required = E-posta adresinizi girin
repair-email-error-invalid = E-posta adresini doğru biçimde girin, örneğin name@example.com
repair-phone-label = Telefon numarası
repair-phone-hint = Bir saat ayarlamak için sizi arayacağız
repair-phone-summary = Telefon numarası
repair-phone-error-required = Onarım için zaman ayarlayabilmemiz için bir telefon numarası girin
repair-phone-error-invalid = Birleşik Krallık'ta geçerli bir telefon numarası girin, örneğin 01632 960 001 veya 07700 900 982

repair-next-steps = Bir onarım görevlisi, ziyaret için bir saat ayarlamak üzere sizi arayacak.
