language-name = Türkçe
council-name = Frontdoor Belediyesi
council-phone = 020 7946 0000
council-email = contact@frontdoor.example.gov.uk
skip-link = Ana içeriğe geç
header-home = Belediye hizmetleri
language-switch = Dil
language-switch-summary = Dil: { $language }
language-unreviewed = Bu çeviriyi henüz uzman bir çevirmen kontrol etmedi. Bu yüzden bazı sözcükler yanlış olabilir.
language-unreviewed-link = Bu sayfayı İngilizce okuyun
footer-accessibility = Erişilebilirlik
footer-privacy = Gizlilik
footer-cookies = Yanıtlarınızı hatırlamak için bir çerez, dilinizi hatırlamak için de bir çerez kullanıyoruz. İzleme çerezleri kullanmıyoruz.

contact-heading = Bize ulaşmanın diğer yolları
contact-phone = Telefon: { $phone }
contact-email = E-posta: { $email }
contact-hours = Pazartesiden cumaya, 09:00 ile 17:00 arası
contact-in-person = Yüz yüze: herhangi bir kütüphanede veya müşteri hizmetleri merkezinde. Personelimiz ve dijital yardım gönüllülerimiz size yardımcı olabilir.

button-save-detail = Kaydet
button-continue = Devam et
button-start = Hemen başla
button-send = Kabul et ve gönder
button-find = Talebimi bul
back-link = Geri

error-summary-title = Bir sorun var
error-title = Hata: { $title }
error-prefix = Hata:
optional = isteğe bağlı

date-day = Gün
date-month = Ay
date-year = Yıl

character-count-limit = En fazla { $max } karakter yazabilirsiniz
character-count-remaining = { $remaining ->
    [one] { $remaining } karakter hakkınız kaldı
   *[other] { $remaining } karakter hakkınız kaldı
  }
character-count-over = { $over ->
    [one] { $over } karakter fazla yazdınız
   *[other] { $over } karakter fazla yazdınız
  }

home-title = Ne yapmanız gerekiyor?
home-intro = Bir sorunu bildirin, bir hizmet isteyin ya da bize bildirdiğiniz bir konuda neler olduğunu öğrenin.
home-track = Daha önce gönderdiğiniz bir talebi takip edin

start-before = Başlamadan önce

check-answers-title = Göndermeden önce yanıtlarınızı kontrol edin
check-answers-change = Değiştir
check-answers-not-given = Belirtilmedi
check-answers-send-heading = Şimdi talebinizi gönderin
check-answers-declaration = Bunu göndererek, verdiğiniz bilgilerin bildiğiniz kadarıyla doğru olduğunu onaylıyorsunuz.

confirmation-title = Talep gönderildi
confirmation-reference = Referans numaranız
confirmation-keep = Referans numaranızı bir yere yazın. Talebinizi takip etmek veya bu konuda bize ulaşmak için buna ihtiyacınız olacak.
confirmation-next = Bundan sonra ne olacak
confirmation-track = Talebinizi takip edin
confirmation-another = Başka bir şey bildirin veya isteyin

track-title = Bir talebi takip edin
track-intro = Referans numaranızı ve talebinizi gönderirken bize verdiğiniz e-posta adresini girin.
track-reference-label = Referans numarası
track-reference-hint = Bunu onay sayfanızda bulabilirsiniz. KX4-P7M-HRT gibi 9 harf ve rakamdan oluşur.
track-reference-error-required = Referans numaranızı girin
track-reference-error-invalid = Referans numarasını size verildiği gibi girin, örneğin KX4-P7M-HRT
track-email-label = E-posta adresi
track-email-error-required = Bize verdiğiniz e-posta adresini girin
track-email-error-invalid = E-posta adresini doğru biçimde girin, örneğin name@example.com
track-not-found = Bu referans numarası ve e-posta adresiyle bir talep bulamadık. İkisini de kontrol edip tekrar deneyin ya da bizi arayın.
track-result-title = Talebiniz
track-status = Durum
track-status-received = Alındı
track-status-acknowledged = Alındığı onaylandı
track-status-in-progress = İşlemde
track-status-waiting-for-resident = Sizden yanıt bekleniyor
track-status-resolved = Çözüldü
track-status-closed = Kapatıldı
track-service = Talep
track-reference = Referans numarası
track-sent-on = Gönderilme tarihi
track-act-by = İşlem yapacağımız son tarih
track-acknowledge-by = Talebi aldığımızı onaylayacağımız son tarih
track-another = Başka bir talebi takip edin
track-history = Neler oldu
track-overdue = Bunu söz verdiğimiz tarihe kadar yapamadık. Gecikme için özür dileriz.
warning = Uyarı
reply-heading = Sorumuzu yanıtlayın
reply-intro = Sizden istediğimiz bilgiyi bize yazın. Fotoğraf veya belge de ekleyebilirsiniz.
reply-label = Yanıtınız
reply-files-label = Fotoğraf veya belge ekleyin (isteğe bağlı)
reply-reply-error-required = Yanıtınızı yazın ya da bir dosya ekleyin
reply-reply-error-too-long = Yanıtınız en fazla { $max } karakter olmalıdır
button-send-reply = Yanıtı gönder
track-history-reply = Yanıt verdiniz
track-history-files = Gönderilen dosyalar: { $files }
rating-heading = Talebinizle ilgilenme şeklimizden ne kadar memnunsunuz?
rating-very-satisfied = Çok memnunum
rating-satisfied = Memnunum
rating-neither = Ne memnunum ne memnun değilim
rating-dissatisfied = Memnun değilim
rating-very-dissatisfied = Hiç memnun değilim
rating-comment-label = Bize daha fazlasını anlatın (isteğe bağlı)
rating-comment-hint = Kişisel bilgilerinizi yazmayın.
rating-satisfaction-error-required = Ne kadar memnun olduğunuzu seçin
rating-comment-error-too-long = Yorumunuz en fazla { $max } karakter olmalıdır
button-send-rating = Gönder
rating-thanks = İşimizi nasıl yaptığımızı bize bildirdiğiniz için teşekkür ederiz.

session-expired = Oturumunuz sona ermişti. Bu sayfaya yazdıklarınızı sakladık. Kontrol edip devam edin.
not-found-title = Sayfa bulunamadı
not-found-body = Web adresini kendiniz yazdıysanız doğru olup olmadığını kontrol edin.
server-error-title = Üzgünüz, hizmette bir sorun var
server-error-body = Daha sonra tekrar deneyin. Yanıtlarınız kaydedildi.
server-error-try-later = Daha sonra tekrar deneyin.
forbidden-title = Üzgünüz, bu formu kabul edemedik
forbidden-body = Hizmeti bir süredir kullanmadıysanız bu olabilir. Formun başına dönüp tekrar deneyin.
too-large-title = Gönderdiğiniz şey çok büyük
too-large-body = Geri dönün ve daha azını gönderin. Dosya ekliyorsanız dosyaları tek tek ekleyin.
too-many-requests-title = Üzgünüz, çok fazla deneme yapıldı
too-many-requests-body = Birkaç dakika bekleyip tekrar deneyin.
error-page-contact = Yardıma ihtiyacınız varsa bize ulaşın.

date-long = { $day } { $month } { $year }
# Haftanın günüyle birlikte bir tarih, ileri tarihler için: “9 Aralık 2025 Salı”.
date-with-weekday = { $day } { $month } { $year } { $weekday }
date-at-time = { $date }, saat { $time }
# $hour, $half “am” veya “pm” ile 1'den 12'ye kadardır; 24 saat düzenini kullanan bir dilde $hour 00'dan 23'e
# kadardır ve çeviride $half kullanılmaz.
time-of-day = { $hour }:{ $minute }
weekday-1 = Pazartesi
weekday-2 = Salı
weekday-3 = Çarşamba
weekday-4 = Perşembe
weekday-5 = Cuma
weekday-6 = Cumartesi
weekday-7 = Pazar
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık

answer-yes = Evet
answer-no = Hayır
select-choose = Birini seçin
checkboxes-or = veya

home-search-label = Hizmet arayın
home-search-button = Ara
home-search-results = { $count ->
    [one] “{ $query }” ile eşleşen { $count } hizmet var
   *[other] “{ $query }” ile eşleşen { $count } hizmet var
  }
home-search-none = “{ $query }” ile eşleşen bir hizmet yok. Başka sözcükler deneyin ya da bizi arayın.
home-search-all = Tüm hizmetleri görün
category-report = Bir sorunu bildirin
category-request = Bir hizmet isteyin
category-apply = Bir şey için başvurun
category-complain = Şikâyet, teşekkür ve görüşler
category-ask-for-information = Bilgi isteyin

save-link = Kaydedin ve daha sonra dönün
save-title = Kaydedin ve daha sonra dönün
save-intro = Yanıtlarınız siz ilerledikçe kaydedilir. Bu forma daha sonra bu cihazda veya başka bir cihazda geri dönmek için bir erişim koduna ihtiyacınız var.
save-check = Geri döndüğünüzde, siz olduğunuzu kontrol etmek için kodunuzu ve verdiğiniz yanıtlardan birini soracağız.
save-button = Erişim kodu al
saved-title = Yanıtlarınız kaydedildi
saved-code = Erişim kodunuz
saved-keep = Erişim kodunuzu bir yere yazın ve güvenli bir yerde saklayın. Kodu ve yanıtlarınızı bilen herkes formunuzu görebilir.
saved-return-how = Geri dönmek için { $address } adresine gidin ve kodunuzu girin.
saved-expires = Yanıtlarınızı { $date } tarihine kadar saklayacağız. Bu tarihten sonra yanıtlarınız silinecek.
saved-emailed = Formunuza geri dönmeniz için { $email } adresine bir bağlantı gönderdik.
saved-link = Bu bağlantıyı da kullanabilirsiniz:
saved-continue = Formunuza devam edin
return-title = Kaydedilmiş bir forma geri dönün
return-intro = Formunuzu kaydederken size verilen erişim kodunu girin.
return-code-label = Erişim kodu
return-code-hint = KX4-P7M-HRT gibi 9 harf ve rakamdan oluşur.
return-code-error-required = Erişim kodunuzu girin
return-code-error-invalid = Erişim kodunu size verildiği gibi girin, örneğin KX4-P7M-HRT
return-code-error-not-found = Bu kodla kaydedilmiş bir form bulamadık. Kaydedilen formlar 28 gün saklanır.
return-check-title = Siz olduğunuzu kontrol edelim
return-check-uk-postcode = Formda hangi posta kodunu yazdınız?
return-check-email = Formda hangi e-posta adresini yazdınız?
return-check-date = Formda “{ $question }” sorusuna hangi tarihi yazdınız?
return-check-none = Formunuza devam etmek için “Devam et” düğmesini seçin.
return-check-error-required = Formda verdiğiniz yanıtı girin
return-check-error-wrong = Bu, formdaki yanıtla eşleşmiyor. Kontrol edip tekrar deneyin.
return-link-expired = Bu bağlantı çalışmıyor. Süresi dolmuş olabilir: kaydedilen formlar 28 gün saklanır. Erişim kodunuzu bir yere yazdıysanız buraya girin.
return-start-again = Yanıt çok fazla kez eşleşmedi. Erişim kodunuzu yeniden girin.

# Adres sorusu: posta koduyla bulun ya da adresi yazın
address-postcode = Posta kodu
address-find = Adresi bul
address-choose = Bir adres seçin
address-found = { $count ->
    [one] { $postcode } için { $count } adres bulundu
   *[other] { $postcode } için { $count } adres bulundu
}
address-none-found = { $postcode } için bir adres bulamadık. Adresi aşağıya yazın.
address-lookup-unavailable = Şu anda adres arayamıyoruz. Adresi aşağıya yazın.
address-manual = Ya da adresi kendiniz yazın.
address-line-1 = Adres satırı 1
address-line-2 = Adres satırı 2 (isteğe bağlı)
address-town = Şehir veya kasaba
address-error-line-1-required = Adres satırı 1'i girin (genellikle bina ve sokak)
address-error-line-1-too-long = Adres satırı 1 en fazla { $max } karakter olmalıdır
address-error-line-2-too-long = Adres satırı 2 en fazla { $max } karakter olmalıdır
address-error-town-required = Şehri veya kasabayı girin
address-error-town-too-long = Şehir veya kasaba en fazla { $max } karakter olmalıdır
address-error-lookup-required = Bir posta kodu girin
address-error-postcode-required = Posta kodunu girin
address-error-postcode-invalid = Tam bir Birleşik Krallık posta kodu girin, örneğin SE15 5DQ

# “Bir tane daha ekle” listeleri
list-added = { $count ->
    [one] { $count } öğe eklediniz
   *[other] { $count } öğe eklediniz
}
list-remove = Kaldır

# Kanıt dosyaları
list-or = veya
file-limits = En fazla { $count } dosya ekleyebilirsiniz. Her dosya { $types } biçiminde ve { $max } boyutundan küçük olmalıdır.
file-upload-button = Dosya yükle
file-added = { $count ->
    [one] { $count } dosya eklendi
   *[other] { $count } dosya eklendi
}
file-remove = Kaldır
file-cancel = İptal et
file-uploading = { $name }: %{ $percent } yüklendi
file-uploaded = { $name } yüklendi
file-cancelled = { $name } yüklenmedi
file-error-empty = { $name } dosyası boş. İçinde bir şey olan bir dosya seçin
file-error-too-big = { $name } dosyası { $max } boyutundan küçük olmalıdır
file-error-total-too-big = { $name } eklenmedi: dosyaların toplam boyutu { $total } boyutundan küçük olmalıdır
file-error-too-many = { $name } eklenmedi: en fazla { $count } dosya ekleyebilirsiniz
file-error-wrong-type = { $name } dosyası { $types } biçiminde olmalıdır
file-error-password = { $name } dosyası parolayla korunuyor. Parolayı kaldırıp dosyayı yeniden ekleyin
file-error-damaged = { $name } dosyası bozuk ve açılamıyor. Başka bir dosya seçin
file-error-virus = { $name } dosyasında virüs var. Başka bir dosya seçin
file-error-not-checked = { $name } dosyasında virüs kontrolü yapılamadı. Daha sonra tekrar deneyin
file-error-incomplete = { $name } dosyasının yüklenmesi tamamlanmadı. Tekrar deneyin
file-error-none-chosen = Bir dosya seçin
file-wait = { $name } dosyasının yüklenmesi bitene kadar bekleyin

## Bir talebi ilerleten dosya sorumlusu

change-status-error-required = Yeni bir durum seçin
change-status-error-not-allowed = { $from ->
    [resolved] Bu talep çözüldü, bu yüzden durumu değişemez
    [closed] Bu talep kapatıldı, bu yüzden durumu değişemez
   *[other] { $to ->
        [received] Bir talep “Alındı” durumuna geri dönemez
        [acknowledged] Üzerinde çalışılan bir talep “Alındığı onaylandı” durumuna geri dönemez
       *[other] Talep zaten bu durumda
    }
}
change-note-error-needed = Talep sahibinden neye ihtiyacınız olduğunu yazın
change-note-error-outcome = Sonucun ne olduğunu yazın
change-note-error-too-long = Not en fazla { $max } karakter olmalıdır
change-staff-note-error-too-long = Personel notu en fazla { $max } karakter olmalıdır
change-staff-note-error-required = Personel notunu girin

## Bir bölge sakininin hesabı

account-title = Hesabınız
account-sign-in-title = Hesabınıza giriş yapın
account-sign-in-intro = E-posta adresinizi girin. Size e-postayla bir kod ve bir bağlantı göndereceğiz. Giriş yapmak için ikisinden birini kullanın: hatırlamanız gereken bir parola yok.
account-code-intro = Size e-postayla bir kod ve bir bağlantı gönderdik. Kodu buraya yazın ya da e-postadaki bağlantıyı kullanın. İkisi de { $minutes } dakika boyunca yalnızca bir kez çalışır.
account-link-expired = Bu giriş bağlantısı kullanılmış veya süresi dolmuş. Yeni bir bağlantı almak için e-posta adresinizi girin.
account-signed-in-as = { $email } adresiyle giriş yaptınız.
account-requests = Talepleriniz
account-no-requests = Bu e-posta adresiyle henüz bir talep göndermediniz.
account-track = Bir talebe ne olduğunu görün
account-drafts = Başladığınız formlar
account-no-drafts = Devam eden bir formunuz yok.
account-draft-saved = son kayıt: { $when }
account-messages = Size gönderdiğimiz mesajlar
account-no-messages = Size henüz bir mesaj göndermedik.
account-message-request-received = Talebinizi aldık
account-message-request-moved = Talebinizle ilgili gelişme
account-message-request-over = Talebinizin sonucu
account-message-save-and-return = Kaydedilmiş formunuz
account-data-title = Verileriniz
account-data-link = Hakkınızda tuttuğumuz her şeyi görün veya indirin
account-data-intro = Hesabınızda hakkınızda tuttuğumuz her şey burada: bilgileriniz, e-posta adresinizle gönderdiğiniz talepler ve yanıtlarınız, başladığınız formlar ve size gönderdiğimiz mesajlar.
account-data-download = Tüm verilerinizi indirin (bir JSON dosyası)
account-data-since = Hesabın açıldığı tarih
account-data-answers = Yanıtlarınız
account-data-files = Eklenen dosyalar
account-data-draft = Başlandı: { $service }
account-delete-title = Hesabınızı silin
account-delete-goes = Bu işlem hesabınızı, başladığınız formları, bu formlara eklenen dosyaları ve giriş kayıtlarınızı siler. Tüm cihazlarda oturumunuz kapatılır.
account-delete-kept = Daha önce gönderdiğiniz talepler, yanıtları ve dosyalarıyla birlikte saklanır. Çünkü belediye bunları yasanın öngördüğü süre boyunca saklamak zorundadır. Bu talepleri referans numarası ve e-posta adresinizle takip etmeye devam edebilirsiniz.
account-delete-confirm = Onaylayın
account-delete-confirm-yes = Anlıyorum. Hesabımı silin.
account-delete-confirm-error-required = Hesabınızı silmek istediğinizi onaylayın
account-delete-button = Hesabımı sil
account-deleted = Hesabınız silindi. Gönderdiğiniz talepler saklanıyor ve onları takip etmeye devam edebilirsiniz.
profile-used = Kaydedilmiş bilgilerinizi sizin için doldurduk. Bilgileri kontrol edin ve bu sefer farklıysa burada değiştirin.
profile-save-legend = Hesabınız
profile-save-hint = Hesabınıza yalnızca işaretlediğiniz bilgiler kaydedilir.
profile-save-new = “{ $question }” sorusuna verdiğim yanıtı bir dahaki sefer için hesabıma kaydet
profile-save-change = Hesabımdaki “{ $question }” bilgisini de değiştir
profile-heading = Kaydedilmiş bilgileriniz
profile-intro = Bu bilgileri isteyen formlarda sizin yerinize doldururuz. Bir değişikliğin buraya kaydedilip kaydedilmeyeceğini her formda siz seçersiniz.
profile-remove = Kaldır
profile-uses = Bilgilerinizi nasıl kullandık
profile-use = { $detail }: “{ $service }” formunda dolduruldu, { $when }
profile-field-language = Dil
profile-field-contact-method = Sizinle nasıl iletişim kuralım
profile-field-access-needs = İhtiyacınız olan destek
profile-not-saved = Kaydedilmedi
profile-change = Değiştir
profile-add = Ekle
profile-field-interpreter-language = Tercüman dili
profile-field-name = Ad soyad
profile-field-date-of-birth = Doğum tarihi
profile-field-email = E-posta adresi
profile-field-phone = Telefon numarası
profile-field-address = Adres
profile-pass-on-heading = Bilgilerinizi değiştirdiniz. Diğer taleplerinize de iletelim mi?
profile-pass-on-legend = Açık taleplerinizden hangilerine yeni bilgilerinizi iletelim?
profile-pass-on-button = İlet
profile-keep-button = Şimdi değil
profile-passed-on = Yeni bilgiler – { $detail }: { $value }
account-provider-heading = Ya da belediye hesabınızı kullanın
account-provider-button = { $name } ile giriş yap
account-provider-failed = Belediye hesabınızla giriş yapılamadı. Tekrar deneyin ya da size e-postayla gönderdiğimiz kodu kullanın.
account-sign-out = Çıkış yap
account-sign-out-everywhere = Tüm cihazlarda çıkış yap

## “Bilgileriniz” formu (bir bölge sakininin kaydedilmiş bilgileri)

details-title = Kaydedilmiş bilgileriniz
details-summary = Formlarda sizin yerinize doldurduğumuz bilgiler.
details-standard = Hemen kaydedilir.
details-name-title = Adınız
details-full-name-label = Adınız ve soyadınız nedir?
details-full-name-summary = Ad soyad
details-full-name-error-required = Adınızı ve soyadınızı girin
details-full-name-error-too-long = Adınız ve soyadınız en fazla { $max } karakter olmalıdır
details-date-of-birth-title = Doğum tarihiniz
details-date-of-birth-label = Doğum tarihiniz nedir?
details-date-of-birth-summary = Doğum tarihi
details-date-of-birth-hint = Örneğin, 27 3 1985
details-date-of-birth-error-required = Doğum tarihinizi girin
details-date-of-birth-error-incomplete = Doğum tarihiniz gün, ay ve yıl içermelidir
details-date-of-birth-error-invalid = Doğum tarihiniz gerçek bir tarih olmalıdır
details-date-of-birth-error-year-digits = Yıl 4 rakamdan oluşmalıdır
details-date-of-birth-error-future = Doğum tarihiniz geçmişte bir tarih olmalıdır
details-email-title = E-posta adresiniz
details-email-label = Formlarda hangi e-posta adresi kullanılsın?
details-email-summary = E-posta adresi
details-email-error-required = Bir e-posta adresi girin
details-email-error-invalid = E-posta adresini doğru biçimde girin, örneğin name@example.com
details-phone-title = Telefon numaranız
details-phone-label = Telefon numaranız nedir?
details-phone-summary = Telefon numarası
details-phone-error-required = Bir telefon numarası girin
details-phone-error-invalid = Birleşik Krallık'ta geçerli bir telefon numarası girin, örneğin 01632 960 001 veya 07700 900 982
details-address-title = Adresiniz
details-address-label = Adresiniz nedir?
details-address-summary = Adres
details-address-hint = Posta kodunuzu girip “Adresi bul” düğmesini seçin ya da adresinizi yazın.
details-address-error-required = Adresinizi girin
details-language-title = Diliniz
details-language-label = Hangi dili kullanalım?
details-language-summary = Dil
details-language-error-required = Bir dil seçin
details-language-en-gb = English (İngilizce)
details-language-cy = Cymraeg (Galce)
details-language-pl = Polski (Lehçe)
details-language-ro = Română (Rumence)
details-language-pt = Português (Portekizce)
details-language-es = Español (İspanyolca)
details-language-tr = Türkçe
details-language-so = Soomaali (Somalice)
details-language-bn = বাংলা (Bengalce)
details-language-ur = اردو (Urduca)
details-language-ar = العربية (Arapça)
details-language-zh-hans = 中文（简体） (Basitleştirilmiş Çince)
details-language-uk = Українська (Ukraynaca)
details-contact-method-title = Sizinle nasıl iletişim kuralım
details-contact-method-label = Sizinle nasıl iletişim kurmamızı istersiniz?
details-contact-method-summary = Sizinle nasıl iletişim kuralım
details-contact-method-error-required = Sizinle nasıl iletişim kurmamızı istediğinizi seçin
details-contact-method-email = E-postayla
details-contact-method-phone = Telefonla
details-contact-method-post = Postayla
details-access-needs-title = Bizden ihtiyacınız olan destek
details-access-needs-label = Bunlardan herhangi birine ihtiyacınız var mı?
details-access-needs-summary = İhtiyacınız olan destek
details-access-needs-hint = Uygun olanların tümünü seçin.
details-access-needs-error-required = En az birini seçin ya da geri dönün
details-interpreter-language-label = Tercümana ihtiyacınız varsa hangi dil için? (isteğe bağlı)
details-interpreter-language-summary = Tercüman dili
details-interpreter-language-hint = Örneğin, Lehçe, Somalice veya Bengalce
details-interpreter-language-error-too-long = Dil en fazla { $max } karakter olmalıdır
details-access-needs-large-print = Büyük harflerle yazılmış mektuplar
details-access-needs-easy-read = Kolay okunur (easy read) sürümler
details-access-needs-british-sign-language = İngiliz İşaret Dili (British Sign Language) tercümanı
details-access-needs-interpreter = Başka bir dil için tercüman
details-access-needs-someone-speaks-for-me = Benim adıma konuşacak biri

## Dosya sorumlularının sayfaları

staff-area = Dosya sorumluları
staff-sign-in-title = Talepleri görmek için giriş yapın
staff-sign-in-intro = Belediye e-posta adresinizi girin. Giriş yapmanız için size e-postayla bir kod göndereceğiz.
staff-email-label = E-posta adresi
staff-email-error-required = E-posta adresinizi girin
staff-email-error-invalid = E-posta adresini doğru biçimde girin, örneğin name@council.gov.uk
button-send-code = Kodu gönder
staff-code-title = E-postanızı kontrol edin
staff-code-intro = Bu adrese ait bir hesap varsa o adrese bir kod gönderdik. Kod { $minutes } dakika boyunca yalnızca bir kez çalışır.
staff-code-label = Kod
staff-code-hint = 042917 gibi 6 rakamdan oluşur
staff-code-error-required = E-postadaki kodu girin
staff-code-error-invalid = Kod { $digits } rakamdan oluşmalıdır
staff-code-error-wrong = Kod yanlış veya süresi dolmuş. E-postayı kontrol edin ya da yeni bir kod alın
staff-code-again = Yeni kod al
button-sign-in = Giriş yap
staff-signed-in-as = { $name } olarak giriş yapıldı
staff-sign-out = Çıkış yap
staff-requests-title = Talepler
staff-filter-service = Hizmet
staff-filter-status = Durum
staff-filter-any = Tümü
staff-filter-overdue = Yalnızca süresi geçmiş talepler
button-filter = Talepleri göster
staff-requests-count = { $count ->
    [one] { $count } talep, son tarihi en yakın olan önce
   *[other] { $count } talep, son tarihi en yakın olanlar önce
}
staff-requests-none = Eşleşen talep yok. Başka filtreler deneyin.
staff-column-reference = Referans
staff-column-service = Talep
staff-column-status = Durum
staff-column-sent = Gönderilme tarihi
staff-column-act-by = Son işlem tarihi
staff-overdue = Süresi geçti
staff-replied = Talep sahibi yanıt verdi
staff-ratings-heading = Talep sahipleri ne kadar memnun kaldı
staff-ratings-none = Bu hizmeti henüz hiçbir talep sahibi değerlendirmedi.
staff-ratings-answer = Yanıt
staff-ratings-count = Kişi sayısı
staff-status-received = Alındı
staff-status-acknowledged = Alındığı onaylandı
staff-status-in-progress = İşlemde
staff-status-waiting-for-resident = Talep sahibinden yanıt bekleniyor
staff-status-resolved = Çözüldü
staff-status-closed = Kapatıldı
staff-request-title = Talep { $reference }
staff-back = Taleplere geri dön
staff-contact = Talep sahibinin e-postası
staff-language = Dil
staff-answers-heading = Yanıtlar
staff-files-heading = Kanıtlar
staff-files-none = Dosya gönderilmedi.
staff-file-clean = Virüs kontrolü yapıldı
staff-file-not-scanned = Virüs kontrolü yapılmadı
staff-file-with-reply = bir yanıtla birlikte gönderildi
staff-file-download = İndir
staff-history-heading = Geçmiş
staff-history-reply = Talep sahibi yanıt verdi
staff-history-note = Personel notu
staff-history-staff-note = Personel notu: { $note }
staff-history-by = Yazan: { $name }
staff-failed-heading = Gönderilemeyen mesajlar
staff-failed-intro = Talep sahibine giden bu mesajlar gönderilemedi. Kendisiyle başka bir yolla iletişim kurun.
staff-message-request-received = Alındı bildirimi
staff-message-request-moved = Talebiyle ilgili gelişme
staff-message-request-over = Talebinin sonucu
staff-message-save-and-return = Kaydedilmiş form
staff-rating = Talep sahibinin değerlendirmesi
staff-change-heading = Bu talebin durumunu güncelleyin
staff-request-over = Bu talep sonuçlandı. Durumu artık değiştirilemez.
change-status-label = Yeni durum
change-note-label = Talep sahibi için not
change-note-hint = Talep sahibinden neye ihtiyacınız olduğunu ya da sonucu yazın. Talep sahibi bu notu takip sayfasında ve bir e-postada görür.
change-staff-note-label = Yalnızca personel için not
change-staff-note-hint = Talep sahibi bunu hiçbir zaman görmez.
button-change-status = Kaydet ve talep sahibine bildir
change-status-error-moved = Siz açtıktan sonra başka biri bu talebin durumunu değiştirdi. Değiştirmeden önce talebi yeniden kontrol edin

## Bölge sakinlerine gönderilen mesajlar (her birinin bir konusu ve düz metin bir gövdesi var; boş bir
## satır yeni bir paragraf başlatır)

mail-request-received-subject = Talebinizi aldık – referans { $reference }
mail-request-received-body =
    Teşekkür ederiz. Talebinizi aldık: { $service }.

    Referans numaranız: { $reference }.

    { $act_by } gününe kadar işlem yapacağız.

    Talebinizle ilgili neler olduğunu istediğiniz zaman görebilirsiniz: { $link }
mail-request-moved-subject = { $reference } numaralı talebinizle ilgili gelişme
mail-request-moved-body =
    Talebinizle ilgili bir gelişme var: { $service }, referans { $reference }.

    Durum: { $status }

    { $note }

    Neler olduğunu görün ya da size sorduğumuz bir soruyu yanıtlayın: { $link }
mail-save-and-return-subject = Formunuza geri dönün
mail-save-and-return-body =
    “{ $service }” formundaki yanıtlarınız kaydedildi.

    Formunuza geri dönmek için bu bağlantıyı kullanın: { $link }

    Bağlantı { $expires_on } gününe kadar çalışır. Bu tarihten sonra yanıtlarınız silinir.
mail-request-over-subject = { $reference } numaralı talebiniz: { $status }
mail-request-over-body =
    Talebiniz sonuçlandı: { $service }, referans { $reference }.

    Durum: { $status }

    { $note }

    Talebinizle ilgilenme şeklimizden ne kadar memnun olduğunuzu bize bildirin (tek soru): { $link }
mail-staff-sign-in-code-subject = Giriş kodunuz
mail-staff-sign-in-code-body =
    Giriş yapıp talepleri görmek için kodunuz: { $code }

    Kod { $minutes } dakika boyunca yalnızca bir kez çalışır. Bu kodu siz istemediyseniz bu e-postayı dikkate almayın.
mail-resident-sign-in-subject = Hesabınıza giriş yapın
mail-resident-sign-in-body =
    Giriş kodunuz: { $code }

    Ya da giriş yapmak için bu bağlantıyı kullanın: { $link }

    Kod ve bağlantı { $minutes } dakika boyunca yalnızca bir kez çalışır. Giriş yapmak istemediyseniz bu e-postayı dikkate almayın.
