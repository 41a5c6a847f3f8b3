"""How we read a patient's words before judging them: one place, used by the safety layer
(bot/red_flags.py) and by the intent classifier (bot/nlu/), so both see the same text.

Dictated spellings of the drug, a few danger words in Spanish, French, Italian, Portuguese,
German, Hindi, Tagalog, Polish, Swahili, Dutch, Hebrew (in Latin letters), Swedish, Norwegian,
Danish, Turkish, Afrikaans, Zulu, Vietnamese, Greek, Persian and Russian (in Latin letters) and
Hawaiian Pidgin that parents mix into English, and contractions, each
written one way. Training examples pass through it too.
"""
import re
import unicodedata

# Contractions and run-together forms patients type, so one rule covers them all.
_NORMALISE = [
    (r"[’`´]", "'"),
    # Dictated spellings split by voice typing (H32): "kin a ret", "anna kinra".
    (r"\bkin[ -]?a[ -]?ret\b", "kineret"),
    (r"\ban{1,2}a[ -]?kin[ -]?ra\b", "anakinra"),
    (r"\bkinn?ear[ -]et\b", "kineret"),                # "kinnear et" (H35)
    (r"\btee[ -]?bee\b", "tb"),                         # "a tee bee test" (H36)
    # Danger words in Spanish, for parents who mix it with English (H36): "tiene fiebre", "su
    # cara se esta hinchando". Only these words are read; the rest is not translated.
    (r"\bfiebre\b", "fever"),
    (r"\bembarazada\b", "pregnant"),
    (r"\bhinch\w*", "swelling"),
    (r"\b(la|su|mi|tu) cara\b", "face"),              # not the name Cara
    (r"\blabios?\b", "lips"),
    (r"\blengua\b", "tongue"),
    (r"\bgarganta\b", "throat"),
    (r"\bojos\b", "eyes"),
    (r"\b(no puedo|no puede|le cuesta|me cuesta) respirar\b", "unable to breathe"),
    (r"\bronchas\b", "hives"),
    (r"\bsarpullido\b", "rash"),
    (r"\b(amamant\w*|lactancia)\b", "breastfeeding"),
    (r"\b(cirug[ií]a|operaci[oó]n)\b", "surgery"),
    (r"\bvacunas?\b", "vaccine"),
    (r"\binfecci[oó]n\b", "infection"),
    (r"\btemperatura ambiente\b", "room temperature"),     # H48: storing it, not a fever (also Italian)
    # The same in French, for parents who mix it with English (H39): "mon bébé fait de la fièvre",
    # "mon fils ne peut pas respirer", "j'allaite mon bébé". Only these words are read.
    (r"\bfi[èe]vre\b", "fever"),
    (r"\benceinte\b", "pregnant"),
    (r"\bgrossesse\b", "pregnancy"),
    (r"\bj'allait\w*", "i am breastfeeding"),
    (r"\ballait\w*", "breastfeeding"),
    (r"\bl'injection\b", "the injection"),
    (r"\bpiq[uû]res?\b", "injection"),
    (r"\b(enfl|gonfl)\w*", "swollen"),
    (r"\bl[èe]vres?\b", "lips"),
    (r"\bvisage\b", "face"),
    (r"\blangue\b", "tongue"),
    (r"\b(ne peut pas|ne peux pas|n'arrive pas [àa]|n'arrive plus [àa]|du mal [àa]) respirer\b", "unable to breathe"),
    (r"\burticaire\b", "hives"),
    (r"\b(plaques|boutons) rouges\b", "rash"),
    (r"\brouges?\b", "red"),
    (r"\bmalade\b", "sick"),
    (r"\bantibiotiques?\b", "antibiotics"),
    (r"\bvaccins?\b", "vaccine"),
    (r"\b(op[ée]ration|chirurgie)\b", "surgery"),
    (r"\btuberculose\b", "tuberculosis"),
    # The same few danger words in Italian, Portuguese, German and Hindi written in Latin letters
    # (H40): "mio figlio ha la febbre", "o rosto do meu filho está inchado", "mein sohn hat
    # fieber", "mera beta ko bukhar hai". Only these words are read.
    (r"\b(febbre|febre|fieber|bukh?aa?r)\b", "fever"),
    (r"\b(incinta|gr[áa]vida|schwanger)\b", "pregnant"),
    (r"\b(gonfi[aoe]|gonfiat\w*|inchad\w*|incha[çc]\w*|geschwollen|sooj\w*)\b", "swollen"),
    (r"\b(faccia|viso|rosto|gesicht|chehr[ae])\b", "face"),
    (r"\b(labbra|l[áa]bios|lippen)\b", "lips"),
    (r"\b(l[íi]ngua|zunge)\b", "tongue"),
    (r"\b(non riesce a|non riesco a|n[ãa]o consegue|n[ãa]o consigo) respirar\w*", "unable to breathe"),
    (r"\b(kann nicht atmen|bekommt keine luft|saa?ns nahi\w*)\b", "unable to breathe"),
    (r"\b(orticaria|urtic[áa]ria|nesselsucht)\b", "hives"),
    (r"\b(allatt\w*|amament\w*|stillen)\b", "breastfeeding"),
    (r"\b(vaccin[oi]|vacinas?|\w*impfung\w*)\b", "vaccine"),      # "Grippeimpfung" too (H45)
    (r"\b(cirurgia|intervento|operazione)\b", "surgery"),
    # More German and Portuguese (H45): "ich bekomme keine Luft", "Atemnot", "Grippe", "Ausschlag",
    # "Spritze"; "falta de ar", "estou sem ar", "boca inchada".
    (r"\b(luftnot|atemnot|kurzatmig\w*)\b", "unable to breathe"),
    (r"\b(keine|kaum|schlecht|schlechte|wenig) luft\b", "unable to breathe"),
    (r"\b(falta de ar|sem ar|falta ar)\b", "unable to breathe"),
    (r"\bgrippe\b", "flu"),
    (r"\b(ausschlag|manchas vermelhas|erup[çc][ãa]o|brotoeja)\b", "rash"),
    (r"\bquaddeln\b", "hives"),
    (r"\bspritzen?\b", "injection"),
    (r"\beinstichstelle\b", "injection site"),
    (r"\bboca\b", "mouth"),
    (r"\bolhos\b", "eyes"),
    # The same in Tagalog, for Filipino parents who mix it with English (H41): "may lagnat po ang
    # anak ko", "namamaga po ang mukha", "buntis po ako", "namumula ang pinag-injectan".
    (r"\b(nilalagnat|lagnat)\b", "fever"),
    (r"\b(buntis|nagbubuntis)\b", "pregnant"),
    (r"\b(nagpapasuso|nagpasuso|magpasuso|pasuso|nagpapadede|padede)\b", "breastfeeding"),
    (r"\b(namamaga|nagmamaga|pamamaga|maga)\b", "swollen"),
    (r"\bmukha\b", "face"),
    (r"\blabi\b", "lips"),
    (r"\bdila\b", "tongue"),
    (r"\blalamunan\b", "throat"),
    (r"\b(hindi|di) (po )?makahinga\b", "unable to breathe"),
    (r"\b(hirap|nahihirapan\w*) (po )?(sa )?(huminga|paghinga)\b", "unable to breathe"),
    (r"\b(pantal|butlig)\b", "rash"),
    (r"\b(namumula|pamumula|mapula)\b", "red"),
    (r"\b(pinag-?injectan|tinurukan)\b", "injection site"),
    (r"\b(makati|nangangati)\b", "itchy"),
    (r"\bmasama (po )?(ang )?pakiramdam\b", "feel unwell"),
    (r"\b(itigil|ihinto)\b", "stop"),
    (r"\b(operasyon|ooperahan|inooperahan)\b", "surgery"),
    (r"\b(bakuna|magpabakuna|nagpabakuna|pabakuna)\b", "vaccine"),
    (r"\bantibyotiko\b", "antibiotics"),            # "antibiotiko" is read with the German word below
    (r"\b(impeksyon|impeksiyon)\b", "infection"),
    (r"\btisis\b", "tuberculosis"),
    # The same in Polish, for parents who mix it with English (H43): "gorączka, i have fever and
    # take kineret", "jestem w ciąży", "spuchnięta twarz", "czuję się źle". Only these words are read.
    (r"\bgorączk\w*", "fever"),
    (r"\btemperatur[aęy]\b", "temperature"),
    (r"\b(w ciąży|ciąża|ciąży|ciężarn\w*)", "pregnant"),
    (r"\bkarmi\w* piersią", "breastfeeding"),
    (r"\b(spuchnię\w*|opuchnię\w*|spuchł\w*|opuchł\w*|puchnie|obrzęk\w*)", "swollen"),
    (r"\btwarz\w*", "face"),
    (r"\b(usta|ustach|warg[aię]\w*)\b", "lips"),
    (r"\bjęzyk\w*", "tongue"),
    (r"\bgardł\w*", "throat"),
    (r"\b(nie mogę|nie może|ciężko) oddychać\b", "unable to breathe"),
    (r"\bduszno[śs]\w*", "unable to breathe"),    # "duszności", not "duszno" (a stuffy room)
    (r"\bpokrzywk\w*", "hives"),
    (r"\bwysypk\w*", "rash"),
    (r"\bzaczerwienion\w*", "red"),
    (r"\bswędz\w*", "itchy"),
    (r"\bmiejsce po zastrzyku\b", "injection site"),
    (r"\bzastrzyk\w*", "injection"),
    (r"\b(czuję się źle|czuje się źle|źle się czuję|źle się czuje)", "feel unwell"),
    (r"\bskutki uboczne\b", "side effects"),
    (r"\bszczepi\w*", "vaccine"),
    (r"\bantybiotyk\w*", "antibiotics"),
    (r"\boperacj\w*", "surgery"),
    (r"\b(zakażeni\w*|infekcj\w*)", "infection"),
    (r"\bgruźlic\w*", "tuberculosis"),
    # The same in Swahili, for Kenyan, Tanzanian and Ugandan parents who mix it with English (H45):
    # "nina homa", "mtoto hawezi kupumua", "uso umevimba", "mimi ni mjamzito", "ninanyonyesha".
    (r"\bhoma\b", "fever"),
    (r"\b(mjamzito|wajawazito|nina mimba|ana mimba|mimba)\b", "pregnant"),
    (r"\b\w*nyonyesha\b", "breastfeeding"),
    (r"\b(hawezi|siwezi|hawawezi|anashindwa|nashindwa|ameshindwa|shida ya|anapata shida ya|napata shida ya) kupumua\b",
     "unable to breathe"),
    (r"\b\w*vimba\b|\buvimbe\b", "swollen"),
    (r"\buso\b", "face"),
    (r"\b(midomo|mdomo)\b", "lips"),
    (r"\bulimi\b", "tongue"),
    (r"\b(upele|vipele)\b", "rash"),
    (r"\b(naumwa|ninaumwa|anaumwa|najisikia vibaya|sijisikii vizuri|hajisikii vizuri)\b", "feel unwell"),
    (r"\bchanjo\b", "vaccine"),
    (r"\bkifua kikuu\b", "tuberculosis"),
    (r"\bupasuaji\b", "surgery"),
    (r"\bsindano\b", "injection"),
    # The same in Dutch, for parents who mix it with English (H46): "ik heb koorts", "ik ben zwanger",
    # "benauwd", "mijn gezicht is opgezwollen", "uitslag" (not "de uitslag van", a test result).
    (r"\bkoortsig\b", "feverish"),
    (r"\bkoorts\b", "fever"),
    (r"\bzwanger\w*", "pregnant"),
    (r"\bborstvoeding\b", "breastfeeding"),
    (r"\b(benauwd\w*|kortademig\w*|ademnood|(kan|kon) niet (meer )?ademen|moeilijk ademen)\b", "unable to breathe"),
    (r"\b(op)?gezwollen\b", "swollen"),
    (r"\bdik(ke)?\b", "thick"),
    (r"\bgezicht\b", "face"),
    # Dutch and Afrikaans (H47: "sy tong", "my keel"); not the English "tong", nor "keel over".
    (r"\b(mijn|de|zijn|haar|my|sy|die) tong\b", "tongue"),
    (r"\b(mijn|de|zijn|haar|my|sy|die) keel\b", "throat"),
    (r"\bkeelpijn\b", "sore throat"),
    (r"\b(netelroos|galbulten)\b", "hives"),
    (r"\b(huid)?uitslag\b(?! van)", "rash"),
    (r"\bprikplek\w*|\binjectieplaats\w*", "injection site"),
    (r"\bgriepprik\w*", "flu vaccine"),
    (r"\btetanusprik\w*", "tetanus vaccine"),
    (r"\binenting\w*", "vaccine"),
    (r"\bprik(ken)?\b", "shot"),
    (r"\bgriep\b", "flu"),
    (r"\bbijwerking(en)?\b", "side effects"),
    (r"\bbijsluiter\b", "leaflet"),
    (r"\b(niet|not) lekker\b", "unwell"),
    (r"\b(voel|voelt) (me|zich) (ziek|slecht|beroerd)\b", "feel unwell"),
    (r"\boperatie\b", "surgery"),
    (r"\bweerstand\b", "immune system"),
    # Dutch, Italian and German "TBC" is TB; in English it is "to be confirmed", so only a test or a past TB.
    (r"\btbc(?=[- ]?(test|screen|skin|onderzoek|infect))", "tb"),
    (r"\b(had|have|has|with|la|de) tbc\b", r"\1 tb"),
    # More Italian (H46): "eruzione cutanea", "mal di gola", "mi sento male", "la puntura",
    # "l'antitetanica", "effetti collaterali".
    (r"\beruzione( cutanea)?\b", "rash"),
    (r"\bmal di gola\b", "sore throat"),
    (r"\bgola\b", "throat"),
    (r"\b(non respiro|respiro male|fatica a respirare)\b", "unable to breathe"),
    (r"\b(mi sento male|sto male)\b", "feel unwell"),
    (r"\bpuntur[ae]\b", "injection"),
    (r"\bantitetanic[ao]\b", "tetanus vaccine"),
    (r"\beffetti collaterali\b", "side effects"),
    (r"\bantibiotik\w*", "antibiotics"),        # German and Hebrew "Antibiotika", Tagalog "antibiotiko"
    # Hebrew written in Latin letters, for Israeli parents who mix it with English (H46): "yesh li
    # chom", "ani beherayon", "ani menika", "kashe li linshom", "nefuach", "pricha", "nituach".
    (r"\b(chom|khom)\b", "fever"),
    (r"\b(b'?e?'?herayon|be herayon)\b", "pregnant"),
    (r"\b(menika|meniqa|hanaka|hanakah)\b", "breastfeeding"),
    (r"\b(kashe|kasheh) (li |lo |la )?linshom\b|\blo (yachol|yechola|yecholah|yachola) linshom\b", "unable to breathe"),
    (r"\bnefu(ach|cha|chot|chim)\b", "swollen"),
    (r"\b(pricha|prikha)\b", "rash"),
    (r"\b(le)?nituach\b", "surgery"),
    (r"\b(chisun|hisun)(im)?\b", "vaccine"),
    (r"\bshachefet\b", "tuberculosis"),
    (r"\bmargish(a|ah)? ra\b", "feel unwell"),
    # The same in Swedish, Norwegian and Danish, for parents who mix them with English (H47): "jag
    # har feber", "jag är gravid", "jeg ammer", "kan inte andas", "ansiktet är svullet",
    # "nässelutslag", "utslag", "biverkningar". Hives first: "nässelfeber" is not a fever.
    (r"\b(nässelutslag\w*|nasselutslag\w*|nässelfeber|nasselfeber|elveblest|nældefeber|naeldefeber)\b", "hives"),
    (r"\bfeber\b", "fever"),
    (r"\bgravid\w*", "pregnant"),
    (r"\b(ammar|ammer|amning|amming|ammande)\b", "breastfeeding"),
    (r"\b(kan inte|kan ikke|kunne ikke|kan ej) (andas|puste|trække vejret|traekke vejret)\b", "unable to breathe"),
    (r"\b(svårt|svart) att andas\b|\b(andnöd|andnod|åndenød|andenod|pustebesvær|pustebesvaer|tungpust\w*)\b",
     "unable to breathe"),
    (r"\b(svull\w*|hoven|hovent|hovne|hevelse|hævet|haevet|hævelse)\b", "swollen"),
    (r"\b(ansikte\w*|ansigt\w*)\b", "face"),
    (r"\b(läpp\w*|lapparna|lepper|leppene|læber\w*)\b", "lips"),
    (r"\b(tunga|tungan|tungen)\b", "tongue"),
    (r"\bont i halsen\b|\bhalsont\b", "sore throat"),
    (r"\bhalsen\b", "throat"),
    (r"\b(utslag|utslett|udslæt|udslaet)\b", "rash"),
    (r"\b(röd|rött|röda|rodnad|rødt|rød|røde)\b", "red"),
    (r"\b(kliar|klåda|klada|kløe|klør)\b", "itchy"),
    (r"\b(stickställe\w*|stikkested\w*|indstikssted\w*)\b", "injection site"),
    (r"\b(sprut(a|an|or|orna)|sprøyte\w*|sprøjte\w*)\b", "injection"),
    (r"\b(mår dåligt|mår illa|mar daligt|føler meg dårlig|føler meg syk|har det dårligt)\b", "feel unwell"),
    (r"\b(jag är|jag ar|jeg er|eg er) (sjuk|syk|syg)\b", "i feel sick"),
    (r"\b(sjuk|syk|syg)\b", "sick"),
    (r"\b(biverkning\w*|bivirkning\w*)\b", "side effects"),
    (r"\b(influensa|influenssa)vaccin\w*|\bvaccination mot influensa\b", "flu vaccine"),
    (r"\b(stelkramp\w*|stivkrampe\w*)\b", "tetanus vaccine"),
    (r"\b(vaccinet|vaccinera\w*|vaksine\w*|vaksinasjon)\b", "vaccine"),
    (r"\binfluensa\b", "flu"),
    (r"\b(förkyl\w*|forkyl\w*|forkjøl\w*|forkøl\w*)", "a cold"),
    (r"\b(opereras|opereres|opereret|operasjon\w*)\b", "surgery"),
    (r"\b(infektion|infeksjon)\w*", "infection"),
    (r"\b(immunförsvar\w*|immunforsvar\w*)\b", "immune system"),
    # The same in Turkish, for parents who mix it with English (H47): "ateşim var", "hamileyim",
    # "emziriyorum", "nefes alamıyorum", "yüzü şişti", "kurdeşen", "döküntü", "iğne yeri kızardı".
    # Only "şiş" with its letter: "sis" is English for a sister.
    (r"\b(ateş\w*|ates|atesim|atesi)\b", "fever"),
    (r"\bhamile\w*", "pregnant"),
    (r"\bemzir\w*", "breastfeeding"),
    (r"\bnefes (alam\w*|darl\w*)|\bnefessiz\w*", "unable to breathe"),
    (r"\bşiş(ti|iyor|miş|mis|lik|kin|ik)\w*|\b(sisti|sisiyor|sismis|sislik)\b", "swollen"),
    (r"\b(yüzü|yüzüm|yüzümde|yüzünde|yuzu|yuzum)\b", "face"),
    (r"\bdudak\w*", "lips"),
    (r"\bboğaz\w*|\bbogaz\w*", "throat"),
    (r"\b(kurdeşen|kurdesen)\b", "hives"),
    (r"\b(döküntü\w*|dokuntu\w*|kızarıklık\w*)", "rash"),
    (r"\biğne yeri\w*|\bigne yeri\w*", "injection site"),
    (r"\b(iğne\w*|igne)\b", "injection"),
    (r"\bkızar\w*|\bkırmızı\w*", "red"),
    (r"\b(kaşın\w*|kaşıntı\w*|kasin\w*)", "itchy"),
    (r"\bkendimi (kötü|kotu|iyi hissetmiyorum)\w*|\b(hastayım|hastayim|hastalandım|hasta oldum)", "feel unwell"),
    (r"\bhalsiz\w*", "feeling weak"),
    (r"\byan etki\w*", "side effects"),
    (r"\b(grip aşı\w*|grip asisi)\b", "flu vaccine"),
    (r"\btetanos\w*", "tetanus"),
    (r"\başı(sı|yı|ya|lar\w*|la\w*)?\b", "vaccine"),      # not "aşık", in love
    (r"\bantibiyotik\w*", "antibiotics"),
    (r"\bameliyat\w*", "surgery"),
    (r"\benfeksiyon\w*", "infection"),
    (r"\bverem\b", "tuberculosis"),
    (r"\b(bağışıklık\w*|bagisiklik\w*)", "immune system"),
    # The same in Afrikaans and Zulu, for South African parents (H47): "ek het koors", "ek is
    # swanger", "ek borsvoed", "ek kan nie asemhaal nie", "sy gesig is geswel", "newe-effekte".
    (r"\bkoors\w*", "fever"),
    (r"\bkeelseer\b", "sore throat"),
    (r"\bswanger\w*", "pregnant"),
    (r"\bborsvoed\w*", "breastfeeding"),
    (r"\b(kan|kon) nie asem( ?haal| kry)?\b|\bkortasem\w*", "unable to breathe"),
    (r"\b(op)?geswel\w*", "swollen"),
    (r"\bgesig\b", "face"),
    (r"\blippe\b", "lips"),
    (r"\brooi\b", "red"),
    (r"\bjeuk\w*", "itchy"),
    (r"\b(voel|voel my) (siek|sleg|naar)\b", "feel unwell"),
    (r"\bsiek\b", "sick"),
    (r"\bnewe-? ?effe[kc]\w*", "side effects"),
    (r"\bgriepinspuiting\w*", "flu vaccine"),
    (r"\binspuiting\w*", "injection"),
    (r"\boperasie\w*", "surgery"),
    (r"\binfeksie\w*", "infection"),
    (r"\btering\b", "tuberculosis"),
    (r"\b(ngiyagula|ngizizwa ngingaphilile)\b", "i feel unwell"),
    (r"\bumjovo\b", "injection"),
    # The same in Vietnamese, with or without its marks, for parents who mix it with English (H48):
    # "con tôi sốt cao", "tôi có thai", "khó thở", "chỗ tiêm sưng đỏ", "cho con bú". Words that are
    # also English ("mat", "moi", "do", "sung", "met", "cum", "thai") count only with their marks
    # or in a phrase.
    (r"\b(bị sốt|bi sot|sốt|sot)\b", "fever"),
    (r"\b(có|co|mang) (thai|bầu|bau)\b", "pregnant"),
    (r"\bcho (con )?(bú|bu)\b", "breastfeeding"),
    (r"\b(khó thở|kho tho|không thở được|khong tho duoc)\b", "unable to breathe"),
    (r"\b(mat|moi|luoi) sung\b", r"\1 swollen"),
    (r"\bsưng\w*", "swollen"),
    (r"\bmặt\b|\bmat(?= swollen)", "face"),
    (r"\bmôi\b|\bmoi(?= swollen)", "lips"),
    (r"\b(lưỡi|luoi)\b", "tongue"),
    (r"\b(cổ họng|họng|co hong)\b", "throat"),
    (r"\b(ngứa|ngua)\b", "itchy"),
    (r"\bđỏ\b", "red"),
    (r"\b(chỗ|cho|nơi|noi|vết|vet) (tiêm|tiem)\b", "injection site"),
    (r"\b(chích ngừa|chich ngua|tiêm phòng|tiem phong|tiêm chủng|tiem chung|vắc ?xin|vac ?xin)\b", "vaccine"),
    (r"\b(tiêm|tiem)\b", "injection"),
    (r"\b(phát ban|phat ban|nổi mẩn|noi man|mẩn đỏ|man do)\b", "rash"),
    (r"\b(mệt mỏi|met moi|mệt)\b", "feeling weak"),
    (r"\b(tác dụng phụ|tac dung phu)\b", "side effects"),
    (r"\bcúm\b", "flu"),
    (r"\b(uốn ván|uon van)\b", "tetanus"),
    (r"\b(phẫu thuật|phau thuat|mổ)\b", "surgery"),
    (r"\b(kháng sinh|khang sinh)\b", "antibiotics"),
    (r"\b(miễn dịch|mien dich)\b", "immune system"),
    (r"\b(bệnh lao|benh lao|lao phổi|lao phoi)\b", "tuberculosis"),
    (r"\b(dị ứng|di ung)\b", "allergic"),
    # The same in Greek written in Latin letters (H48): "pyretos 38.8", "eimai engyos", "thilazo",
    # "den boro na anapnefso", "to prosopo einai prismeno", "exanthima", "enesi", "egxeirisi".
    (r"\b(pyret\w*|piret\w*)", "fever"),
    (r"\b(engyos|egkyos|engios|egios|egyos|egkymosyni|engymosyni|egkymos\w*)\b", "pregnant"),
    (r"\bthila(zo|zw|zei|zeis|smos|smo)\b", "breastfeeding"),
    (r"\bden (boro|mporo|borei|mporei) na anapn\w*|\bdyspnoia\b|\bdispnia\b", "unable to breathe"),
    (r"\bprismen\w*", "swollen"),
    (r"\bprosop\w*", "face"),
    (r"\b(cheil\w*|xeil\w*)\b", "lips"),
    (r"\b(glossa|glwssa)\b", "tongue"),
    (r"\b(exanth\w*|eksanth\w*)", "rash"),
    (r"\b(knidosi|knidwsi)\b", "hives"),
    (r"\b(enesi|enesis|eneseis)\b", "injection"),
    (r"\bantitetanik\w*", "tetanus vaccine"),
    (r"\b(emvoli\w*|embolio)\b", "vaccine"),
    (r"\b(egxeirisi|egcheirisi|encheirisi|egheirisi|xeirourgei\w*|cheirourgei\w*)\b", "surgery"),
    (r"\bantiviotik\w*", "antibiotics"),          # "antibiotika" is read with the German word above
    (r"\b(fymatiosi|fimatiosi)\b", "tuberculosis"),
    (r"\b(parenergei\w*|parenergies)\b", "side effects"),
    (r"\b(anosopoiitik\w*|anosopoietik\w*|anosia)\b", "immune system"),
    (r"\bden (eimai|ime) kala\b", "i feel unwell"),
    # The same in Persian written in Latin letters (H48): "tab daram", "hamele hastam", "baardar",
    # "nafasam bala nemiad", "sooratesh varam karde", "kahir", "shir midam", "jaye ampool". "Tab"
    # alone is not read: it is also a tablet or a bill.
    (r"\btab (daram|dare|dareh|darad|dari|kardam|karde|kardeh|kard|o larz)\b", "fever"),
    (r"\b(hamele|hameleh|hamelegi|baardar|bardar|bardari|baardari)\b", "pregnant"),
    (r"\bshir (midam|mideh|mide|dadan|dehi)\b|\bshirdehi\b", "breastfeeding"),
    (r"\bnafas\w* (bala )?nemi(ad|yad|aad)\b|\bnemi?too?n(am|e|eh) nafas\w*|\btangi(-?e)? nafas\b|\bnafas\w* band\w*",
     "unable to breathe"),
    (r"\bvaram\w*", "swollen"),
    (r"\b(soorat\w*|suratam|suratesh)\b", "face"),
    (r"\bkahir\b", "hives"),
    (r"\bjush\w*", "rash"),
    (r"\bjaye? (ampool|ampul|tazrigh|tazriq)\b", "injection site"),
    (r"\b(ampool|tazrigh|tazriq)\b", "injection"),
    (r"\b(amal(-?e)? )?jarrahi\b", "surgery"),
    (r"\b(vaksan|vakcin)\w*", "vaccine"),
    (r"\bkozaz\b", "tetanus"),
    (r"\bavarez\w*", "side effects"),
    (r"\bhalam (nadaram|bad|bade|khoob nist)\b|\bhal nadaram\b", "i feel unwell"),   # not "Hal"
    # The same in Russian and Ukrainian written in Latin letters (H48): "temperatura 38.9", "ya
    # beremenna", "ne mogu dyshat", "otek", "syp", "ukol", "operatsiya", "privivka", "mne plokho".
    (r"\bberemen\w*", "pregnant"),
    (r"\bkorml\w* grud\w*|\bgrudn\w* vskarml\w*|\bgrudnoe\b", "breastfeeding"),
    (r"\bne (mogu|mozhet|mozhu|mozhe) dyshat\w*|\bzadykh\w*|\bodyshk\w*|\btyazhelo dyshat\w*", "unable to breathe"),
    (r"\b(otek\w*|otyok\w*|opukh\w*|raspukh\w*)", "swollen"),
    (r"\b(litso|litse|litsa)\b", "face"),
    (r"\bguby\b", "lips"),
    (r"\bgorlo\b", "throat"),
    (r"\bsyp'?\b", "rash"),
    (r"\bkrapivni\w*", "hives"),
    (r"\bmest[oa] ukol\w*", "injection site"),
    (r"\bukol\w*", "injection"),
    (r"\b(operatsi\w*|operaci\w*)", "surgery"),
    (r"\bstolbnyak\w*", "tetanus"),
    (r"\b(privivk\w*|vaktsin\w*|shchepleni\w*)", "vaccine"),
    (r"\bgripp(a|u|om)?\b", "flu"),             # "grippe" is read above; not "gripping"
    (r"\b(mne )?plok?ho\b", "i feel unwell"),
    (r"\bslabost\w*", "feeling weak"),
    (r"\btoshn\w*", "feel nauseous"),
    (r"\bpobochn\w*( effekt\w*| deistvi\w*| deystvi\w*)?", "side effects"),
    (r"\bimmunitet\w*", "immune system"),
    (r"\ballergi[yj]a\b", "allergic"),
    # Hawaiian Pidgin (H48): "she no can breathe" is "cannot"; "hapai" is pregnant; "feel junk" is
    # feeling ill; "where I poke" is the injection site.
    (r"\bno can\b", "unable"),
    (r"\bh[aā]pai\b", "pregnant"),
    (r"\bfeel(ing|s)? (all )?junk\b", "feel unwell"),
    (r"\b(where|place|spot) (i |we )?(wen )?poke\b|\bpoke (spot|place)\b", "injection site"),
    # Courtesy words in the languages above and a few more, read as their English word so a greeting
    # or a thank-you in another language is not taken for an off-topic question ("Guten Tag!",
    # "asante sana", "xie xie", "toda raba", "tack så mycket", "merhaba", "baie dankie", "cảm ơn",
    # "efcharistó", "mahalo"). "Ciao", "shalom", "aloha" and "yia sou" are hello and goodbye both, so
    # they are left alone; "tak" is also Polish "yes".
    (r"\b(hola|bonjour|bonsoir|guten (tag|morgen|abend)|hallo|ni ?hao|namaste|salaam|salam|jambo|hujambo|habari"
     r"|kumusta|kamusta|cze[śs][ćc]|dzie[ńn] dobry|olá|bom dia|buongiorno|buonasera|buenos d[íi]as|konnichiwa"
     r"|hoi|goedemorgen|goedemiddag|goedenavond|annyeong ?haseyo|boker tov|erev tov"
     r"|hej(?! ?d[åa]\b)|merhaba|selam|sawubona|goeie ?more|god morgon|god morgen"
     r"|xin ch[àa]o|privet|zdra(vs|s)tvu[iy]te|dobr[yi]y? den|dorood|dorud)\b", "hello"),
    (r"\b(gracias|merci|danke( sch[öo]n)?|obrigad[oa]|grazie|asante( sana)?|xie ?xie|shukran|shukriya"
     r"|dzi[ęe]kuj[ęe]|dzi[ęe]ki|arigato|arigatou|spasibo|dhanyavaa?d|dhanyawad|terima kasih|salamat"
     r"|dank (je|u)( wel)?|bedankt|toda raba|todah( rabah)?|kamsahamnida|gamsahamnida|gomawo"
     r"|tack så (mycket|mkt)|tusen tack|tackar|takk|tusen takk|mange tak|teşekkür\w*|tesekkur\w*|sağ ?ol|sagol"
     r"|(baie )?dankie|ngiyabonga|enkosi|c[ảá]m [ơo]n|cam on (ban|nhieu)|efh?c?harist\w*|efxaristo\w*|mahalo( nui( loa)?)?"
     r"|(kheili |kheyli )?mamn[ou]{1,2}n|d[iy]akuyu|blagodaryu)\b", "thanks"),
    (r"\b(adi[óo]s|tsch[üu]ss|tschuess|auf wiedersehen|kwaheri|zai ?jian|au revoir|do widzenia|arrivederci"
     r"|tchau|sayonara|khuda hafiz|allah hafiz|paalam|hasta luego|doei|tot ziens|lehitraot|annyeong ?hi ?gyeseyo"
     r"|hej ?d[åa]|ha det( bra)?|görüşürüz|gorusuruz|hoşça ?kal|hosca ?kal|totsiens|hamba kahle|sala kahle"
     r"|t[ạa]m bi[ệe]t|do ?svidani?ya|khoda ?hafez|a hui hou|antio)\b", "bye"),
    # One token for "can't" and friends (spaCy would split "cannot" into "can" + "not").
    (r"\b(can't|cant|can not|cannot|couldn't|couldnt|could not|not able to|unable to)\b", "unable"),
    (r"\b(don't|dont)\b", "do not"),
    (r"\b(doesn't|doesnt)\b", "does not"),
    (r"\b(didn't|didnt)\b", "did not"),
    (r"\b(isn't|isnt)\b", "is not"),
    (r"\b(aren't|arent)\b", "are not"),
    (r"\b(wasn't|wasnt)\b", "was not"),
    (r"\b(haven't|havent)\b", "have not"),
    (r"\b(hasn't|hasnt)\b", "has not"),
    (r"\b(won't|wont)\b", "will not"),
    (r"\b(i'm|im)\b", "i am"),
    (r"\b(it's)\b", "it is"),
    (r"\b(he's)\b", "he is"),
    (r"\b(she's)\b", "she is"),
    (r"\b(\w+)'s\b", r"\1 s"),            # "son's face" -> "son s face": possessive kept apart
]


# Characters of one message that are read: enough for any real question, and a bound on the work
# a pasted wall of text can cause (the input guard asks for a shorter message well before this).
READ_LIMIT = 5000

_COMPILED = [(re.compile(pattern), repl) for pattern, repl in _NORMALISE]


def normalise(text: str) -> str:
    """The first READ_LIMIT characters, lower case, with the spellings above made one and runs of
    white space made one space."""
    # One code point per accented letter ("ố" typed as o + two marks reads as typed in one).
    text = unicodedata.normalize("NFC", text[:READ_LIMIT]).lower()
    for pattern, repl in _COMPILED:
        text = pattern.sub(repl, text)
    return re.sub(r"\s+", " ", text).strip()
