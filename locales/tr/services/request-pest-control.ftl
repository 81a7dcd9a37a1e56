pest-title = Haşere ilaçlama isteyin
pest-summary = Evinizdeki sıçan, fare, hamam böceği, tahtakurusu veya eşek arısı sorunu için yardım alın.
pest-keywords = sıçan fare haşere hamam böceği tahtakurusu eşek arısı yuva istila ilaçlama pest control
pest-standard = Bir ziyaret ayarlamak için { $date } gününe kadar sizinle iletişime geçeceğiz.
pest-start-intro = Bir haşere ilaçlama görevlisinin evinize gelmesini istemek için bu hizmeti kullanın.
pest-start-cost = Bir ilaçlama { MONEY(60) } tutar. Evrensel Kredi (Universal Credit), Emeklilik Kredisi (Pension Credit) veya Belediye Vergisi İndirimi (Council Tax Reduction) alıyorsanız ilaçlama ücretsizdir.
pest-start-time = Yaklaşık 3 dakika sürer.
pest-start-need = İhtiyacınız olanlar:
pest-start-need-address = adresiniz
pest-start-need-email = bir e-posta adresi

pest-pest-title = Ne tür bir haşere?
pest-pest-label = Ne tür bir haşere?
pest-pest-summary = Haşere
pest-pest-rats = Sıçanlar
pest-pest-mice = Fareler
pest-pest-cockroaches = Hamam böcekleri
pest-pest-bedbugs = Tahtakuruları
pest-pest-wasps = Eşek arıları
pest-pest-other = Başka bir şey
pest-pest-error-required = Ne tür bir haşere olduğunu seçin

pest-where-title = Onları nerede gördünüz?
pest-where-label = Onları nerede gördünüz?
pest-where-summary = Yer
pest-where-inside = Evimin içinde
pest-where-garden = Bahçemde
pest-where-shared-area = Merdiven boşluğu veya çöp odası gibi ortak bir alanda
pest-where-error-required = Onları nerede gördüğünüzü seçin

pest-address-title = Adresiniz nedir?
pest-address-label = Adresiniz nedir?
pest-address-hint = Posta kodunuzu girip “Adresi bul” düğmesini seçin ya da adresinizi yazın.
pest-address-summary = Adres
pest-address-error-required = Adresinizi girin

pest-benefits-title = Evrensel Kredi (Universal Credit), Emeklilik Kredisi (Pension Credit) veya Belediye Vergisi İndirimi (Council Tax Reduction) alıyor musunuz?
pest-benefits-label = Evrensel Kredi (Universal Credit), Emeklilik Kredisi (Pension Credit) veya Belediye Vergisi İndirimi (Council Tax Reduction) alıyor musunuz?
pest-benefits-hint = Alıyorsanız ilaçlama ücretsizdir.
pest-benefits-summary = Yardım alıyor musunuz
pest-benefits-error-required = Evrensel Kredi (Universal Credit), Emeklilik Kredisi (Pension Credit) veya Belediye Vergisi İndirimi (Council Tax Reduction) alıyorsanız “Evet”i seçin

pest-contact-title = Sizinle nasıl iletişim kurabiliriz?
pest-email-label = E-posta adresi
pest-email-hint = Referans numaranızı ve gelişmeleri bu adrese göndereceğiz
pest-email-summary = E-posta adresi
pest-email-error-required = E-posta adresinizi girin
pest-email-error-invalid = E-posta adresini doğru biçimde girin, örneğin name@example.com
pest-phone-label = Telefon numarası (isteğe bağlı)
pest-phone-summary = Telefon numarası
pest-phone-error-invalid = Birleşik Krallık'ta geçerli bir telefon numarası girin, örneğin 01632 960 001 veya 07700 900 982

pest-next-steps = Bir haşere ilaçlama görevlisi, ziyaret ayarlamak için sizi arayacak veya size e-posta gönderecek.
