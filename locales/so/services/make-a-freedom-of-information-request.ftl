foi-title = Soo gudbi codsi Xorriyadda Macluumaadka (Freedom of Information)
foi-summary = Weydiiso macluumaad uu golaha hayo.
foi-keywords = xorriyadda macluumaadka macluumaadka deegaanka codsi xog foi freedom of information eir environmental information data request
foi-standard = Waxaan kuu jawaabi doonnaa ugu dambayn { $date }. Tani waa 20 maalmood oo shaqo, sida sharcigu dalbanayo.
foi-start-intro = Qof kasta wuu weydiisan karaa macluumaadka uu golaha hayo, sida warbixinno, kharashaad iyo tirakoob. Tan waxaa ku jira macluumaadka deegaanka.
foi-start-published = Marka hore fiiri bogga internetka: macluumaadkayaga badankiisa horay ayaa loo daabacay.
foi-start-time = Waxay qaadanaysaa qiyaastii 5 daqiiqo.
foi-start-need = Waxaad u baahan doontaa:
foi-start-need-what = inaad si cad, inta aad kareyso, u sharaxdo macluumaadka aad rabto
foi-start-need-contact = magacaaga iyo ciwaanka iimaylkaaga

foi-information-title = Macluumaadkee ayaad rabtaa?
foi-information-label = Macluumaadkee ayaad rabtaa?
foi-information-hint = Haddii aad kareyso, sheeg taariikhaha iyo meelaha. Inta uu codsigaagu cad yahay, ayaan si degdeg ah uga jawaabi karnaa.
foi-information-summary = Macluumaadka la rabo
foi-information-error-required = Geli macluumaadka aad rabto
foi-information-error-too-long = Codsigaagu waa inuu ahaadaa { $max } xaraf ama ka yar

foi-format-title = Sidee ayaad jeclaan lahayd inaad u hesho macluumaadka?
foi-format-label = Sidee ayaad jeclaan lahayd inaad u hesho macluumaadka?
foi-format-summary = Qaabka
foi-format-email = Iimayl ahaan
foi-format-paper = Warqad ahaan, boosto
foi-format-error-required = Dooro sida aad jeclaan lahayd inaad u hesho macluumaadka

foi-contact-title = Faahfaahintaada
foi-full-name-label = Magaca oo buuxa
foi-full-name-hint = Sharcigu wuxuu leeyahay waxaan u baahannahay magacaaga dhabta ah si aan uga jawaabno codsi Xorriyadda Macluumaadka (Freedom of Information).
foi-full-name-summary = Magaca
foi-full-name-error-required = Geli magacaaga oo buuxa
foi-full-name-error-too-long = Magaca oo buuxa waa inuu ahaadaa { $max } xaraf ama ka yar
foi-email-label = Ciwaanka iimaylka
foi-email-hint = Jawaabtayada waxaan u diri doonnaa ciwaankan
foi-email-summary = Ciwaanka iimaylka
foi-email-error-required = Geli ciwaanka iimaylkaaga
foi-email-error-invalid = Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com

foi-next-steps = Haddii aan u baahanno wakhti dheeraad ah ama faahfaahin dheeraad ah oo adiga kaa timaadda, waxaan kuu sheegi doonnaa 20 maalmood oo shaqo gudahood.
