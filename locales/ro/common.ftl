language-name = Română
council-name = Consiliul Local Frontdoor
council-phone = 020 7946 0000
council-email = contact@frontdoor.example.gov.uk
skip-link = Treceți la conținutul principal
header-home = Serviciile consiliului local
language-switch = Limba
language-switch-summary = Limba: { $language }
language-unreviewed = Un traducător calificat nu a verificat încă această traducere, așa că unele cuvinte pot fi greșite.
language-unreviewed-link = Citiți această pagină în engleză
footer-accessibility = Accesibilitate
footer-privacy = Confidențialitate
footer-cookies = Folosim un cookie ca să ținem minte răspunsurile dumneavoastră și unul ca să ținem minte limba aleasă. Nu folosim cookie-uri de urmărire.

contact-heading = Alte moduri de a ne contacta
contact-phone = Telefon: { $phone }
contact-email = E-mail: { $email }
contact-hours = De luni până vineri, între 9:00 și 17:00
contact-in-person = În persoană: la orice bibliotecă sau centru de relații cu publicul. Personalul și asistenții digitali vă pot ajuta.

button-save-detail = Salvați
button-continue = Continuați
button-start = Începeți acum
button-send = Acceptați și trimiteți
button-find = Căutați cererea mea
back-link = Înapoi

error-summary-title = Există o problemă
error-title = Eroare: { $title }
error-prefix = Eroare:
optional = opțional

date-day = Ziua
date-month = Luna
date-year = Anul

character-count-limit = Numărul maxim de caractere este { $max }
character-count-remaining = { $remaining ->
    [one] Mai aveți { $remaining } caracter
    [few] Mai aveți { $remaining } caractere
   *[other] Mai aveți { $remaining } de caractere
  }
character-count-over = { $over ->
    [one] Aveți { $over } caracter în plus
    [few] Aveți { $over } caractere în plus
   *[other] Aveți { $over } de caractere în plus
  }

home-title = Ce trebuie să faceți?
home-intro = Raportați o problemă, cereți un serviciu sau aflați ce se întâmplă cu ceva despre care ne-ați spus.
home-track = Urmăriți o cerere pe care ați trimis-o deja

start-before = Înainte să începeți

check-answers-title = Verificați răspunsurile înainte să le trimiteți
check-answers-change = Modificați
check-answers-not-given = Necompletat
check-answers-send-heading = Acum trimiteți cererea
check-answers-declaration = Prin trimiterea cererii, confirmați că informațiile pe care le-ați dat sunt corecte, după cunoștințele dumneavoastră.

confirmation-title = Cererea a fost trimisă
confirmation-reference = Numărul dumneavoastră de referință
confirmation-keep = Notați numărul de referință. Veți avea nevoie de el ca să urmăriți cererea sau dacă ne contactați despre ea.
confirmation-next = Ce se întâmplă în continuare
confirmation-track = Urmăriți cererea
confirmation-another = Raportați sau cereți altceva

track-title = Urmăriți o cerere
track-intro = Introduceți numărul de referință și adresa de e-mail pe care ne-ați dat-o când ați trimis cererea.
track-reference-label = Numărul de referință
track-reference-hint = Îl găsiți pe pagina de confirmare. Are 9 litere și cifre, de exemplu KX4-P7M-HRT.
track-reference-error-required = Introduceți numărul de referință
track-reference-error-invalid = Introduceți numărul de referință exact cum l-ați primit, de exemplu KX4-P7M-HRT
track-email-label = Adresa de e-mail
track-email-error-required = Introduceți adresa de e-mail pe care ne-ați dat-o
track-email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com
track-not-found = Nu am găsit nicio cerere cu acest număr de referință și această adresă de e-mail. Verificați-le pe amândouă și încercați din nou sau sunați-ne.
track-result-title = Cererea dumneavoastră
track-status = Stare
track-status-received = Primită
track-status-acknowledged = Confirmată
track-status-in-progress = În lucru
track-status-waiting-for-resident = Așteptăm răspunsul dumneavoastră
track-status-resolved = Rezolvată
track-status-closed = Închisă
track-service = Cererea
track-reference = Numărul de referință
track-sent-on = Trimisă pe
track-act-by = Vom acționa până la
track-acknowledge-by = Vom confirma că am primit-o până la
track-another = Urmăriți altă cerere
track-history = Ce s-a întâmplat
track-overdue = Nu am făcut acest lucru până la data promisă. Ne pare rău pentru întârziere.
warning = Atenție
reply-heading = Răspundeți la întrebarea noastră
reply-intro = Spuneți-ne ce v-am cerut. Puteți adăuga și fotografii sau documente.
reply-label = Răspunsul dumneavoastră
reply-files-label = Adăugați fotografii sau documente (opțional)
reply-reply-error-required = Scrieți răspunsul sau adăugați un fișier
reply-reply-error-too-long = Răspunsul este prea lung. Numărul maxim de caractere este { $max }
button-send-reply = Trimiteți răspunsul
track-history-reply = Ați răspuns
track-history-files = Fișiere trimise: { $files }
rating-heading = Cât de mulțumit(ă) sunteți de felul în care ne-am ocupat de cererea dumneavoastră?
rating-very-satisfied = Foarte mulțumit(ă)
rating-satisfied = Mulțumit(ă)
rating-neither = Nici mulțumit(ă), nici nemulțumit(ă)
rating-dissatisfied = Nemulțumit(ă)
rating-very-dissatisfied = Foarte nemulțumit(ă)
rating-comment-label = Spuneți-ne mai multe (opțional)
rating-comment-hint = Nu scrieți date personale.
rating-satisfaction-error-required = Alegeți cât de mulțumit(ă) sunteți
rating-comment-error-too-long = Comentariul este prea lung. Numărul maxim de caractere este { $max }
button-send-rating = Trimiteți
rating-thanks = Vă mulțumim că ne-ați spus cum ne-am descurcat.

session-expired = Sesiunea dumneavoastră s-a încheiat. Am păstrat ce ați scris pe această pagină. Verificați și continuați.
not-found-title = Pagina nu a fost găsită
not-found-body = Dacă ați scris adresa web, verificați dacă este corectă.
server-error-title = Ne pare rău, este o problemă cu serviciul
server-error-body = Încercați din nou mai târziu. Răspunsurile dumneavoastră au fost salvate.
server-error-try-later = Încercați din nou mai târziu.
forbidden-title = Ne pare rău, nu am putut accepta formularul
forbidden-body = Acest lucru se poate întâmpla dacă nu ați folosit serviciul de ceva timp. Întoarceți-vă la începutul formularului și încercați din nou.
too-large-title = Ce ați trimis este prea mare
too-large-body = Întoarceți-vă și trimiteți mai puțin. Dacă adăugați fișiere, adăugați-le pe rând.
too-many-requests-title = Ne pare rău, au fost prea multe încercări
too-many-requests-body = Așteptați câteva minute și încercați din nou.
error-page-contact = Dacă aveți nevoie de ajutor, contactați-ne.

date-long = { $day } { $month } { $year }
# O dată cu ziua săptămânii, pentru date viitoare: „marți, 9 decembrie 2025”.
date-with-weekday = { $weekday }, { $day } { $month } { $year }
date-at-time = { $date }, ora { $time }
# $hour este de la 1 la 12, cu $half „am” sau „pm”; într-o limbă care folosește ceasul de 24 de ore, $hour este
# de la 00 la 23, iar traducerea nu folosește $half.
time-of-day = { $hour }:{ $minute }
weekday-1 = luni
weekday-2 = marți
weekday-3 = miercuri
weekday-4 = joi
weekday-5 = vineri
weekday-6 = sâmbătă
weekday-7 = duminică
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

answer-yes = Da
answer-no = Nu
select-choose = Alegeți o variantă
checkboxes-or = sau

home-search-label = Căutați un serviciu
home-search-button = Căutați
home-search-results = { $count ->
    [one] { $count } serviciu se potrivește cu „{ $query }”
    [few] { $count } servicii se potrivesc cu „{ $query }”
   *[other] { $count } de servicii se potrivesc cu „{ $query }”
  }
home-search-none = Niciun serviciu nu se potrivește cu „{ $query }”. Încercați alte cuvinte sau sunați-ne.
home-search-all = Vedeți toate serviciile
category-report = Raportați o problemă
category-request = Cereți un serviciu
category-apply = Depuneți o cerere
category-complain = Reclamații, aprecieri și păreri
category-ask-for-information = Cereți informații

save-link = Salvați și reveniți mai târziu
save-title = Salvați și reveniți mai târziu
save-intro = Răspunsurile dumneavoastră se salvează pe măsură ce completați. Ca să reveniți mai târziu la acest formular, pe acest dispozitiv sau pe altul, aveți nevoie de un cod de acces.
save-check = Când reveniți, vă vom cere codul și unul dintre răspunsurile pe care le-ați dat, ca să verificăm că sunteți dumneavoastră.
save-button = Obțineți un cod de acces
saved-title = Răspunsurile dumneavoastră sunt salvate
saved-code = Codul dumneavoastră de acces
saved-keep = Notați codul de acces și păstrați-l în siguranță. Oricine are codul și răspunsurile dumneavoastră ar putea vedea formularul.
saved-return-how = Ca să reveniți, intrați pe { $address } și introduceți codul.
saved-expires = Vă păstrăm răspunsurile până la { $date }. După această dată, ele vor fi șterse.
saved-emailed = V-am trimis la { $email } un link ca să reveniți la formular.
saved-link = Puteți folosi și acest link:
saved-continue = Continuați completarea formularului
return-title = Reveniți la un formular salvat
return-intro = Introduceți codul de acces pe care l-ați primit când ați salvat formularul.
return-code-label = Codul de acces
return-code-hint = Are 9 litere și cifre, de exemplu KX4-P7M-HRT.
return-code-error-required = Introduceți codul de acces
return-code-error-invalid = Introduceți codul de acces exact cum l-ați primit, de exemplu KX4-P7M-HRT
return-code-error-not-found = Nu am găsit niciun formular salvat cu acest cod. Formularele salvate se păstrează 28 de zile.
return-check-title = Verificăm că sunteți dumneavoastră
return-check-uk-postcode = Ce cod poștal ați scris în formular?
return-check-email = Ce adresă de e-mail ați scris în formular?
return-check-date = Ce dată ați scris la „{ $question }” în formular?
return-check-none = Apăsați „Continuați” ca să mergeți mai departe cu formularul.
return-check-error-required = Introduceți răspunsul pe care l-ați dat în formular
return-check-error-wrong = Nu se potrivește cu răspunsul din formular. Verificați și încercați din nou.
return-link-expired = Acest link nu funcționează. Poate a expirat: formularele salvate se păstrează 28 de zile. Dacă ați notat codul de acces, introduceți-l aici.
return-start-again = Răspunsul nu s-a potrivit de prea multe ori. Introduceți din nou codul de acces.

# Întrebarea despre adresă: căutare după codul poștal sau scrierea adresei
address-postcode = Cod poștal
address-find = Căutați adresa
address-choose = Alegeți o adresă
address-found = { $count ->
    [one] Am găsit { $count } adresă pentru { $postcode }
    [few] Am găsit { $count } adrese pentru { $postcode }
   *[other] Am găsit { $count } de adrese pentru { $postcode }
}
address-none-found = Nu am găsit nicio adresă pentru { $postcode }. Scrieți adresa mai jos.
address-lookup-unavailable = Momentan nu putem căuta adrese. Scrieți adresa mai jos.
address-manual = Sau scrieți dumneavoastră adresa.
address-line-1 = Adresa, rândul 1
address-line-2 = Adresa, rândul 2 (opțional)
address-town = Orașul sau localitatea
address-error-line-1-required = Introduceți rândul 1 al adresei, de obicei clădirea și strada
address-error-line-1-too-long = Rândul 1 al adresei este prea lung. Numărul maxim de caractere este { $max }
address-error-line-2-too-long = Rândul 2 al adresei este prea lung. Numărul maxim de caractere este { $max }
address-error-town-required = Introduceți orașul sau localitatea
address-error-town-too-long = Numele orașului sau al localității este prea lung. Numărul maxim de caractere este { $max }
address-error-lookup-required = Introduceți un cod poștal
address-error-postcode-required = Introduceți codul poștal
address-error-postcode-invalid = Introduceți un cod poștal complet din Regatul Unit, de exemplu SE15 5DQ

# Liste la care puteți „adăuga încă unul”
list-added = { $count ->
    [one] Ați adăugat { $count } obiect
    [few] Ați adăugat { $count } obiecte
   *[other] Ați adăugat { $count } de obiecte
}
list-remove = Eliminați

# Fișiere cu dovezi
list-or = sau
file-limits = Numărul maxim de fișiere este { $count }. Fiecare fișier trebuie să fie de tip { $types } și mai mic de { $max }.
file-upload-button = Încărcați fișiere
file-added = { $count ->
    [one] { $count } fișier adăugat
    [few] { $count } fișiere adăugate
   *[other] { $count } de fișiere adăugate
}
file-remove = Eliminați
file-cancel = Anulați
file-uploading = { $name }: { $percent }% încărcat
file-uploaded = Fișierul { $name } a fost încărcat
file-cancelled = Fișierul { $name } nu a fost încărcat
file-error-empty = Fișierul { $name } este gol. Alegeți un fișier care are conținut
file-error-too-big = Fișierul { $name } trebuie să fie mai mic de { $max }
file-error-total-too-big = Fișierul { $name } nu a fost adăugat: toate fișierele împreună trebuie să fie mai mici de { $total }
file-error-too-many = Fișierul { $name } nu a fost adăugat: numărul maxim de fișiere este { $count }
file-error-wrong-type = Fișierul { $name } trebuie să fie de tip { $types }
file-error-password = Fișierul { $name } este protejat cu parolă. Eliminați parola și adăugați-l din nou
file-error-damaged = Fișierul { $name } este deteriorat și nu poate fi deschis. Alegeți alt fișier
file-error-virus = Fișierul { $name } conține un virus. Alegeți alt fișier
file-error-not-checked = Nu am putut verifica dacă fișierul { $name } are viruși. Încercați din nou mai târziu
file-error-incomplete = Fișierul { $name } nu s-a încărcat complet. Încercați din nou
file-error-none-chosen = Alegeți un fișier
file-wait = Așteptați până se termină încărcarea fișierului { $name }

## Un responsabil de caz schimbă starea unei cereri

change-status-error-required = Alegeți o stare nouă
change-status-error-not-allowed = { $from ->
    [resolved] Această cerere este rezolvată, deci starea ei nu se mai poate schimba
    [closed] Această cerere este închisă, deci starea ei nu se mai poate schimba
   *[other] { $to ->
        [received] O cerere nu se poate întoarce la starea „Primită”
        [acknowledged] O cerere la care se lucrează nu se poate întoarce la starea „Confirmată”
       *[other] Cererea are deja această stare
    }
}
change-note-error-needed = Scrieți de ce aveți nevoie de la locuitor
change-note-error-outcome = Scrieți care este rezultatul
change-note-error-too-long = Nota este prea lungă. Numărul maxim de caractere este { $max }
change-staff-note-error-too-long = Nota pentru personal este prea lungă. Numărul maxim de caractere este { $max }
change-staff-note-error-required = Scrieți nota pentru personal

## Contul unui locuitor

account-title = Contul dumneavoastră
account-sign-in-title = Conectați-vă la cont
account-sign-in-intro = Introduceți adresa de e-mail. Vă trimitem pe e-mail un cod și un link. Folosiți oricare dintre ele ca să vă conectați: nu trebuie să țineți minte nicio parolă.
account-code-intro = V-am trimis pe e-mail un cod și un link. Scrieți codul aici sau folosiți linkul din e-mail. Amândouă funcționează o singură dată, timp de { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }.
account-link-expired = Acest link de conectare a fost deja folosit sau a expirat. Introduceți adresa de e-mail ca să primiți unul nou.
account-signed-in-as = V-ați conectat cu adresa { $email }.
account-requests = Cererile dumneavoastră
account-no-requests = Nu ați trimis încă nicio cerere cu această adresă de e-mail.
account-track = Vedeți ce s-a întâmplat cu o cerere
account-drafts = Formulare pe care le-ați început
account-no-drafts = Nu aveți niciun formular în curs.
account-draft-saved = salvat ultima dată pe { $when }
account-messages = Mesaje pe care vi le-am trimis
account-no-messages = Nu v-am trimis încă niciun mesaj.
account-message-request-received = Am primit cererea dumneavoastră
account-message-request-moved = Noutăți despre cererea dumneavoastră
account-message-request-over = Rezultatul cererii dumneavoastră
account-message-save-and-return = Formularul dumneavoastră salvat
account-data-title = Datele dumneavoastră
account-data-link = Vedeți toate datele pe care le avem despre dumneavoastră sau descărcați-le
account-data-intro = Acestea sunt toate datele pe care le avem despre dumneavoastră în cont: datele personale, cererile trimise cu adresa dumneavoastră de e-mail și răspunsurile date, formularele începute și mesajele pe care vi le-am trimis.
account-data-download = Descărcați toate datele (un fișier JSON)
account-data-since = Data creării contului
account-data-answers = Răspunsurile dumneavoastră
account-data-files = Fișiere adăugate
account-data-draft = Formular început: { $service }
account-delete-title = Ștergeți contul
account-delete-goes = Astfel se șterg contul, formularele începute, fișierele adăugate la ele și istoricul conectărilor. Vă deconectăm de pe toate dispozitivele.
account-delete-kept = Cererile pe care le-ați trimis deja se păstrează, cu răspunsurile și fișierele lor, pentru că legea obligă consiliul să le păstreze o anumită perioadă. Le puteți urmări în continuare cu numărul de referință și adresa de e-mail.
account-delete-confirm = Confirmați
account-delete-confirm-yes = Înțeleg. Ștergeți-mi contul.
account-delete-confirm-error-required = Confirmați că vreți să vă ștergeți contul
account-delete-button = Ștergeți-mi contul
account-deleted = Contul dumneavoastră a fost șters. Cererile trimise se păstrează și le puteți urmări în continuare.
profile-used = Am completat datele pe care le-ați salvat. Verificați-le și modificați-le aici dacă de data aceasta sunt altele.
profile-save-legend = Contul dumneavoastră
profile-save-hint = În cont se salvează doar ce bifați.
profile-save-new = Salvați în contul meu răspunsul la „{ $question }”, pentru data viitoare
profile-save-change = Modificați și în contul meu „{ $question }”
profile-heading = Datele dumneavoastră salvate
profile-intro = Completăm noi aceste date pentru dumneavoastră în formularele care le cer. În fiecare formular, dumneavoastră alegeți dacă o modificare se salvează aici.
profile-remove = Eliminați
profile-uses = Cum am folosit datele dumneavoastră
profile-use = { $detail } – completat în formularul „{ $service }”, pe { $when }
profile-field-language = Limba
profile-field-contact-method = Cum vă contactăm
profile-field-access-needs = Ajutorul de care aveți nevoie
profile-not-saved = Nesalvat
profile-change = Modificați
profile-add = Adăugați
profile-field-interpreter-language = Interpret pentru limba
profile-field-name = Numele
profile-field-date-of-birth = Data nașterii
profile-field-email = Adresa de e-mail
profile-field-phone = Numărul de telefon
profile-field-address = Adresa
profile-pass-on-heading = V-ați schimbat datele. Vreți să le transmitem și cererilor dumneavoastră?
profile-pass-on-legend = Care dintre cererile dumneavoastră deschise trebuie să primească noile date?
profile-pass-on-button = Transmiteți-le
profile-keep-button = Nu acum
profile-passed-on = Date noi – { $detail }: { $value }
account-provider-heading = Sau folosiți contul dumneavoastră de la consiliu
account-provider-button = Conectați-vă cu { $name }
account-provider-failed = Conectarea cu contul de la consiliu nu a reușit. Încercați din nou sau folosiți codul pe care vi-l trimitem pe e-mail.
account-sign-out = Deconectați-vă
account-sign-out-everywhere = Deconectați-vă de pe toate dispozitivele

## Formularul „Datele dumneavoastră” (datele salvate ale unui locuitor)

details-title = Datele dumneavoastră salvate
details-summary = Date pe care le completăm pentru dumneavoastră în formulare.
details-standard = Se salvează imediat.
details-name-title = Numele dumneavoastră
details-full-name-label = Care este numele dumneavoastră complet?
details-full-name-summary = Numele
details-full-name-error-required = Introduceți numele complet
details-full-name-error-too-long = Numele este prea lung. Numărul maxim de caractere este { $max }
details-date-of-birth-title = Data nașterii
details-date-of-birth-label = Care este data nașterii dumneavoastră?
details-date-of-birth-summary = Data nașterii
details-date-of-birth-hint = De exemplu, 27 3 1985
details-date-of-birth-error-required = Introduceți data nașterii
details-date-of-birth-error-incomplete = Data nașterii trebuie să conțină ziua, luna și anul
details-date-of-birth-error-invalid = Data nașterii trebuie să fie o dată reală
details-date-of-birth-error-year-digits = Anul trebuie să aibă 4 cifre
details-date-of-birth-error-future = Data nașterii trebuie să fie în trecut
details-email-title = Adresa dumneavoastră de e-mail
details-email-label = Ce adresă de e-mail să folosim în formulare?
details-email-summary = Adresa de e-mail
details-email-error-required = Introduceți o adresă de e-mail
details-email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com
details-phone-title = Numărul dumneavoastră de telefon
details-phone-label = Care este numărul dumneavoastră de telefon?
details-phone-summary = Numărul de telefon
details-phone-error-required = Introduceți un număr de telefon
details-phone-error-invalid = Introduceți un număr de telefon din Regatul Unit, de exemplu 01632 960 001 sau 07700 900 982
details-address-title = Adresa dumneavoastră
details-address-label = Care este adresa dumneavoastră?
details-address-summary = Adresa
details-address-hint = Introduceți codul poștal și apăsați „Căutați adresa” sau scrieți adresa.
details-address-error-required = Introduceți adresa
details-language-title = Limba dumneavoastră
details-language-label = Ce limbă să folosim?
details-language-summary = Limba
details-language-error-required = Alegeți o limbă
details-language-en-gb = English (engleză)
details-language-cy = Cymraeg (galeză)
details-language-pl = Polski (poloneză)
details-language-ro = Română
details-language-pt = Português (portugheză)
details-language-es = Español (spaniolă)
details-language-tr = Türkçe (turcă)
details-language-so = Soomaali (somaleză)
details-language-bn = বাংলা (bengaleză)
details-language-ur = اردو (urdu)
details-language-ar = العربية (arabă)
details-language-zh-hans = 中文（简体） (chineză simplificată)
details-language-uk = Українська (ucraineană)
details-contact-method-title = Cum vă contactăm
details-contact-method-label = Cum vreți să vă contactăm?
details-contact-method-summary = Cum vă contactăm
details-contact-method-error-required = Alegeți cum vreți să vă contactăm
details-contact-method-email = Prin e-mail
details-contact-method-phone = Prin telefon
details-contact-method-post = Prin poștă
details-access-needs-title = Ajutorul de care aveți nevoie de la noi
details-access-needs-label = Aveți nevoie de la noi de vreuna dintre acestea?
details-access-needs-summary = Ajutorul de care aveți nevoie
details-access-needs-hint = Bifați tot ce se potrivește.
details-access-needs-error-required = Alegeți cel puțin o variantă sau întoarceți-vă
details-interpreter-language-label = Dacă aveți nevoie de un interpret, pentru ce limbă? (opțional)
details-interpreter-language-summary = Interpret pentru limba
details-interpreter-language-hint = De exemplu, poloneză, somaleză sau bengaleză
details-interpreter-language-error-too-long = Numele limbii este prea lung. Numărul maxim de caractere este { $max }
details-access-needs-large-print = Scrisori cu litere mari
details-access-needs-easy-read = Variante ușor de citit (easy read)
details-access-needs-british-sign-language = Un interpret de limbaj mimico-gestual britanic (British Sign Language)
details-access-needs-interpreter = Un interpret pentru altă limbă
details-access-needs-someone-speaks-for-me = O persoană care să vorbească în numele meu

## Paginile pentru responsabilii de caz

staff-area = Responsabili de caz
staff-sign-in-title = Conectați-vă ca să vedeți cererile
staff-sign-in-intro = Introduceți adresa de e-mail de la consiliu. Vă trimitem pe e-mail un cod de conectare.
staff-email-label = Adresa de e-mail
staff-email-error-required = Introduceți adresa de e-mail
staff-email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@council.gov.uk
button-send-code = Trimiteți codul
staff-code-title = Verificați-vă e-mailul
staff-code-intro = Dacă există un cont pentru această adresă, i-am trimis un cod pe e-mail. Codul funcționează o singură dată, timp de { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }.
staff-code-label = Cod
staff-code-hint = Are 6 cifre, de exemplu 042917
staff-code-error-required = Introduceți codul din e-mail
staff-code-error-invalid = Codul trebuie să aibă { $digits } cifre
staff-code-error-wrong = Codul este greșit sau a expirat. Verificați e-mailul sau cereți un cod nou
staff-code-again = Cereți un cod nou
button-sign-in = Conectați-vă
staff-signed-in-as = V-ați conectat ca { $name }
staff-sign-out = Deconectați-vă
staff-requests-title = Cereri
staff-filter-service = Serviciul
staff-filter-status = Starea
staff-filter-any = Oricare
staff-filter-overdue = Doar cererile întârziate
button-filter = Afișați cererile
staff-requests-count = { $count ->
    [one] { $count } cerere, întâi cele cu termenul cel mai apropiat
    [few] { $count } cereri, întâi cele cu termenul cel mai apropiat
   *[other] { $count } de cereri, întâi cele cu termenul cel mai apropiat
}
staff-requests-none = Nicio cerere nu se potrivește. Încercați alte filtre.
staff-column-reference = Referință
staff-column-service = Cerere
staff-column-status = Stare
staff-column-sent = Trimisă pe
staff-column-act-by = Termen
staff-overdue = Întârziată
staff-replied = Locuitorul a răspuns
staff-ratings-heading = Cât de mulțumiți au fost locuitorii
staff-ratings-none = Niciun locuitor nu a evaluat încă acest serviciu.
staff-ratings-answer = Răspuns
staff-ratings-count = Locuitori
staff-status-received = Primită
staff-status-acknowledged = Confirmată
staff-status-in-progress = În lucru
staff-status-waiting-for-resident = Așteaptă răspunsul locuitorului
staff-status-resolved = Rezolvată
staff-status-closed = Închisă
staff-request-title = Cererea { $reference }
staff-back = Înapoi la cereri
staff-contact = E-mailul locuitorului
staff-language = Limba
staff-answers-heading = Răspunsuri
staff-files-heading = Dovezi
staff-files-none = Nu s-au trimis fișiere.
staff-file-clean = Verificat antivirus
staff-file-not-scanned = Neverificat antivirus
staff-file-with-reply = trimis împreună cu un răspuns
staff-file-download = Descărcați
staff-history-heading = Istoric
staff-history-reply = Locuitorul a răspuns
staff-history-note = Notă a personalului
staff-history-staff-note = Notă a personalului: { $note }
staff-history-by = Autor: { $name }
staff-failed-heading = Mesaje netrimise
staff-failed-intro = Aceste mesaje către locuitor nu au putut fi trimise. Contactați-l în alt mod.
staff-message-request-received = Confirmare de primire
staff-message-request-moved = Noutăți despre cererea sa
staff-message-request-over = Rezultatul cererii sale
staff-message-save-and-return = Formular salvat
staff-rating = Evaluarea locuitorului
staff-change-heading = Schimbați starea cererii
staff-request-over = Această cerere s-a încheiat. Starea ei nu mai poate fi schimbată.
change-status-label = Starea nouă
change-note-label = Notă pentru locuitor
change-note-hint = Scrieți de ce aveți nevoie de la locuitor sau care este rezultatul. Locuitorul vede nota pe pagina de urmărire și într-un e-mail.
change-staff-note-label = Notă doar pentru personal
change-staff-note-hint = Locuitorul nu vede niciodată această notă.
button-change-status = Salvați și anunțați locuitorul
change-status-error-moved = Altcineva a schimbat starea acestei cereri după ce ați deschis-o. Verificați-o din nou înainte să o modificați

## Mesaje trimise locuitorilor (fiecare are un subiect și un text simplu; un rând gol începe
## un paragraf nou)

mail-request-received-subject = Am primit cererea dumneavoastră – referința { $reference }
mail-request-received-body =
    Vă mulțumim. Am primit cererea dumneavoastră: { $service }.

    Numărul de referință este { $reference }.

    Vom acționa până la { $act_by }.

    Puteți vedea oricând ce se întâmplă cu cererea dumneavoastră: { $link }
mail-request-moved-subject = Noutăți despre cererea dumneavoastră { $reference }
mail-request-moved-body =
    Avem noutăți despre cererea dumneavoastră: { $service }, referința { $reference }.

    Stare: { $status }

    { $note }

    Vedeți ce s-a întâmplat sau răspundeți la o întrebare pe care v-am pus-o: { $link }
mail-save-and-return-subject = Reveniți la formular
mail-save-and-return-body =
    Răspunsurile dumneavoastră din formularul „{ $service }” sunt salvate.

    Ca să reveniți la formular, folosiți acest link: { $link }

    Linkul funcționează până la { $expires_on }. După această dată, răspunsurile se șterg.
mail-request-over-subject = Cererea dumneavoastră { $reference }: { $status }
mail-request-over-body =
    Avem un rezultat pentru cererea dumneavoastră: { $service }, referința { $reference }.

    Stare: { $status }

    { $note }

    Spuneți-ne cât de mulțumit(ă) sunteți de felul în care ne-am ocupat de ea (o singură întrebare): { $link }
mail-staff-sign-in-code-subject = Codul dumneavoastră de conectare
mail-staff-sign-in-code-body =
    Codul ca să vă conectați și să vedeți cererile este { $code }.

    Funcționează o singură dată, timp de { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }. Dacă nu l-ați cerut, puteți ignora acest e-mail.
mail-resident-sign-in-subject = Conectați-vă la cont
mail-resident-sign-in-body =
    Codul de conectare este { $code }.

    Sau folosiți acest link ca să vă conectați: { $link }

    Codul și linkul funcționează o singură dată, timp de { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }. Dacă nu ați cerut să vă conectați, puteți ignora acest e-mail.
