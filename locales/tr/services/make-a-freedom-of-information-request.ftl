foi-title = Bilgi Edinme Özgürlüğü (Freedom of Information) kapsamında talepte bulunun
foi-summary = Belediyenin elindeki bilgileri isteyin.
foi-keywords = foi bilgi edinme özgürlüğü freedom of information eir çevre bilgisi environmental information veri talebi
foi-standard = { $date } gününe kadar yanıt vereceğiz. Bu süre, yasanın öngördüğü gibi 20 iş günüdür.
foi-start-intro = Herkes belediyenin elindeki raporlar, harcamalar ve istatistikler gibi bilgileri isteyebilir. Buna çevreyle ilgili bilgiler de dahildir.
foi-start-published = Önce web sitemize bakın: bilgilerimizin çoğu zaten yayımlanmıştır.
foi-start-time = Yaklaşık 5 dakika sürer.
foi-start-need = İhtiyacınız olanlar:
foi-start-need-what = istediğiniz bilgilerin olabildiğince açık bir tanımı
foi-start-need-contact = adınız ve e-posta adresiniz

foi-information-title = Hangi bilgileri istiyorsunuz?
foi-information-label = Hangi bilgileri istiyorsunuz?
foi-information-hint = Yapabiliyorsanız tarih ve yer belirtin. Talebiniz ne kadar açık olursa o kadar hızlı yanıt verebiliriz.
foi-information-summary = İstenen bilgiler
foi-information-error-required = İstediğiniz bilgileri yazın
foi-information-error-too-long = Talebiniz en fazla { $max } karakter olmalıdır

foi-format-title = Bilgileri nasıl almak istersiniz?
foi-format-label = Bilgileri nasıl almak istersiniz?
foi-format-summary = Biçim
foi-format-email = E-postayla
foi-format-paper = Kâğıt üzerinde, postayla
foi-format-error-required = Bilgileri nasıl almak istediğinizi seçin

foi-contact-title = Bilgileriniz
foi-full-name-label = Ad soyad
foi-full-name-hint = Yasaya göre, Bilgi Edinme Özgürlüğü (Freedom of Information) kapsamındaki bir talebi yanıtlamak için gerçek adınıza ihtiyacımız var.
foi-full-name-summary = Ad soyad
foi-full-name-error-required = Adınızı ve soyadınızı girin
foi-full-name-error-too-long = Ad soyad en fazla { $max } karakter olmalıdır
foi-email-label = E-posta adresi
foi-email-hint = Yanıtımızı bu adrese göndereceğiz
foi-email-summary = E-posta adresi
foi-email-error-required = E-posta adresinizi girin
foi-email-error-invalid = E-posta adresini doğru biçimde girin, örneğin name@example.com

foi-next-steps = Daha fazla zamana ya da sizden daha fazla ayrıntıya ihtiyacımız olursa bunu 20 iş günü içinde size bildireceğiz.
