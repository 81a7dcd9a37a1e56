pest-title = Cereți combaterea dăunătorilor
pest-summary = Primiți ajutor dacă aveți șobolani, șoareci, gândaci de bucătărie, ploșnițe sau viespi la locuința dumneavoastră.
pest-keywords = șobolani șoareci rozătoare gândaci ploșnițe viespi cuib infestare deratizare dezinsecție dăunători pest control
pest-standard = Vă contactăm până la { $date } ca să stabilim o vizită.
pest-start-intro = Folosiți acest serviciu ca să cereți vizita unui specialist în combaterea dăunătorilor la locuința dumneavoastră.
pest-start-cost = Un tratament costă { MONEY(60) }. Este gratuit dacă primiți Credit Universal (Universal Credit), Credit de Pensie (Pension Credit) sau reducerea impozitului local (Council Tax Reduction).
pest-start-time = Durează aproximativ 3 minute.
pest-start-need = Veți avea nevoie de:
pest-start-need-address = adresa dumneavoastră
pest-start-need-email = o adresă de e-mail

pest-pest-title = Ce fel de dăunători sunt?
pest-pest-label = Ce fel de dăunători sunt?
pest-pest-summary = Dăunători
pest-pest-rats = Șobolani
pest-pest-mice = Șoareci
pest-pest-cockroaches = Gândaci de bucătărie
pest-pest-bedbugs = Ploșnițe
pest-pest-wasps = Viespi
pest-pest-other = Altceva
pest-pest-error-required = Alegeți ce fel de dăunători sunt

pest-where-title = Unde i-ați văzut?
pest-where-label = Unde i-ați văzut?
pest-where-summary = Unde
pest-where-inside = În locuință
pest-where-garden = În grădină
pest-where-shared-area = Într-un spațiu comun, cum ar fi casa scării sau camera pentru tomberoane
pest-where-error-required = Alegeți unde i-ați văzut

pest-address-title = Care este adresa dumneavoastră?
pest-address-label = Care este adresa dumneavoastră?
pest-address-hint = Introduceți codul poștal și apăsați „Căutați adresa” sau scrieți adresa.
pest-address-summary = Adresa
pest-address-error-required = Introduceți adresa

pest-benefits-title = Primiți Credit Universal (Universal Credit), Credit de Pensie (Pension Credit) sau reducerea impozitului local (Council Tax Reduction)?
pest-benefits-label = Primiți Credit Universal (Universal Credit), Credit de Pensie (Pension Credit) sau reducerea impozitului local (Council Tax Reduction)?
pest-benefits-hint = Dacă da, tratamentul este gratuit.
pest-benefits-summary = Primiți ajutoare sociale
pest-benefits-error-required = Alegeți „Da” dacă primiți Credit Universal (Universal Credit), Credit de Pensie (Pension Credit) sau reducerea impozitului local (Council Tax Reduction)

pest-contact-title = Cum vă putem contacta?
pest-email-label = Adresa de e-mail
pest-email-hint = Vă trimitem numărul de referință și noutățile la această adresă
pest-email-summary = Adresa de e-mail
pest-email-error-required = Introduceți adresa de e-mail
pest-email-error-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com
pest-phone-label = Număr de telefon (opțional)
pest-phone-summary = Număr de telefon
pest-phone-error-invalid = Introduceți un număr de telefon din Regatul Unit, de exemplu 01632 960 001 sau 07700 900 982

pest-next-steps = Un specialist în combaterea dăunătorilor vă va suna sau vă va trimite un e-mail ca să stabilească o vizită.
