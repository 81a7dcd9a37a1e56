bulky-title = Büyük eşya toplama için randevu alın
bulky-summary = Mobilya ve buzdolabı gibi büyük eşyaları evinizden almamızı isteyin.
bulky-keywords = mobilya kanepe koltuk buzdolabı şilte yatak büyük eşya hacimli atık toplama bulky waste
bulky-standard = Toplama gününüzü size en geç { $date } bildireceğiz.
bulky-start-intro = En fazla 10 büyük ev eşyasının toplanması için randevu almak üzere bu hizmeti kullanın.
bulky-start-cost = Toplama ücreti 3 eşyaya kadar { MONEY(25) } tutar. Her ek eşya için { MONEY(5) } daha ödersiniz. Belediye Vergisi İndirimi (Council Tax Reduction) alıyorsanız toplama ücretsizdir. Nasıl ödeme yapacağınızı size bildireceğiz.
bulky-start-time = Yaklaşık 3 dakika sürer.
bulky-start-need = İhtiyacınız olanlar:
bulky-start-need-items = eşyaların listesi
bulky-start-need-address = eşyaların alınacağı adres
bulky-start-need-email = bir e-posta adresi

bulky-items-title = Neleri toplamamızı istiyorsunuz?
bulky-items-label = Neleri toplamamızı istiyorsunuz?
bulky-items-hint = Eşyaları tek tek ekleyin, örneğin bir kanepe veya bir buzdolabı. En fazla 10 eşya için randevu alabilirsiniz. İnşaat molozu, araba parçaları veya bahçe atığı almıyoruz.
bulky-items-summary = Eşyalar
bulky-items-add = Eşya ekle
bulky-items-error-required = Toplamamızı istediğiniz bir eşyayı yazın
bulky-items-error-too-long = Her eşya en fazla { $max } karakter olmalıdır
bulky-items-error-too-many = Bir toplamada en fazla { $max } eşya için randevu alabilirsiniz

bulky-address-title = Eşyaları nereden alalım?
bulky-address-label = Eşyaları nereden alalım?
bulky-address-hint = Posta kodunu girip “Adresi bul” düğmesini seçin ya da adresi yazın.
bulky-address-summary = Toplama adresi
bulky-address-error-required = Eşyaları alacağımız adresi girin

bulky-contact-title = Sizinle nasıl iletişim kurabiliriz?
bulky-email-label = E-posta adresi
bulky-email-hint = Toplama gününüzü bu adrese göndereceğiz
bulky-email-summary = E-posta adresi
bulky-email-error-required = E-posta adresinizi girin
bulky-email-error-invalid = E-posta adresini doğru biçimde girin, örneğin name@example.com
bulky-phone-label = Telefon numarası (isteğe bağlı)
bulky-phone-hint = Ekibimizin toplama günü size ulaşması gerekirse diye
bulky-phone-summary = Telefon numarası
bulky-phone-error-invalid = Birleşik Krallık'ta geçerli bir telefon numarası girin, örneğin 01632 960 001 veya 07700 900 982

bulky-next-steps = Eşyaları toplama gününüz saat 07:00'ye kadar evinizin önüne koyun. Eşyaları bir önceki akşamdan önce kaldırıma bırakmayın.
