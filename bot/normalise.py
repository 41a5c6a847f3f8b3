"""How we read a patient's words before judging them: one place, used by the safety layer
(bot/red_flags.py) and by the intent classifier (bot/nlu/), so both see the same text.

Dictated spellings of the drug, a few danger words in Spanish, French, Italian, Portuguese,
German, Hindi, Tagalog, Polish, Swahili, Dutch, Hebrew (in Latin letters), Swedish, Norwegian,
Danish, Turkish, Afrikaans, Zulu, Vietnamese, Greek, Persian and Russian (in Latin letters),
Hawaiian Pidgin, Haitian Creole, Somali, Indonesian, Malay, Bengali, Romanian, Thai, Tamil,
Cantonese and Amharic that parents mix into English, and contractions, each written one way;
then words typed without spaces are pulled apart. Training examples pass through it too.
"""
import re
import unicodedata
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

# Contractions and run-together forms patients type, so one rule covers them all.
_NORMALISE = [
    (r"[’`´]", "'"),
    # Appalachian and Southern speech (H50): "throat's a-closin' up", "burnin' up", "swole up".
    (r"\b(\w+)in'(?!\w)", r"\1ing"),
    # New York and other English drop it without the apostrophe (H53): "burnin up", "feelin lousy".
    (r"\b(burn|runn|feel|swell|itch|breath|throw|puk|shak|cough|bleed|hurt|wheez|vomit|sneez|ach)in\b", r"\1ing"),
    (r"\ba-(\w+ing)\b", r"\1"),
    (r"\bswole up\b", "swollen"),
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
    (r"\bantibiotik\w*|\bantibiotica\b", "antibiotics"),   # German and Hebrew "Antibiotika", Tagalog "antibiotiko", Dutch "antibiotica"
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
    # Haitian Creole (H49): "pitit mwen gen lafyèv", "mwen ansent", "m ap bay tete", "li pa ka
    # respire", "figi li anfle", "kote piki a wouj". "Lev" without its mark counts only as "her lips".
    (r"\b(la ?fy[èe]v|fy[èe]v|lafi[èe]v)\b", "fever"),
    (r"\bansent\b", "pregnant"),
    (r"\bbay (\w+ ){0,3}tete\b", "breastfeeding"),
    (r"\bpa (ka|kab|kapab) respire\b|\bpwobl[èe]m pou (l|li|m|mwen) respire\b", "unable to breathe"),
    (r"\banfle\b", "swollen"),
    (r"\bfigi\b", "face"),
    (r"\bl[èe]v (li|m|mwen|pitit)\b|\blèv\b", "lips"),
    (r"\bg[òo]j\b", "throat"),
    (r"\bap f[èe]men\b", "closing"),
    (r"\bti bouton\b|\bbouton sou\b|\bgrat[èe]l\b", "rash"),
    (r"\bwouj\b", "red"),
    (r"\bgrate (m|mwen|li)\b", "itchy"),
    (r"\bpiki\b", "injection"),
    (r"\bvaks[èe]n\b", "vaccine"),
    (r"\boperasyon\b", "surgery"),
    (r"\bantiby[oò]tik\b", "antibiotics"),
    (r"\btib[èe]kiloz\b", "tuberculosis"),
    (r"\bef[èe] segond[èe]\b", "side effects"),
    (r"\bsist[èe]m imin\w*|\biminite\b", "immune system"),
    (r"\b(m|mwen) pa santi m byen\b", "i feel unwell"),
    (r"\b(mwen|m) malad\b", "i feel sick"),
    (r"\bmalad\b", "sick"),
    (r"\bfebli\b", "weaken"),
    (r"\bfatige\b", "fatigued"),
    (r"\b(pa gen|no) f[òo]s\b", "no strength"),
    # Somali (H49): "qandho baa i haysa", "uur baan leeyahay", "naas nuujin", "ma neefsan karo",
    # "wejiga wuu bararay", "irbadda", "tallaal", "qalliin", "qaaxo", "waan jiranahay".
    (r"\b(qandh\w*|xummad\w*)", "fever"),
    (r"\buur ?leh\b|\buur (baan|ayaan|bay|ayay|ay) (leeyahay|leedahay|lahaa)\b", "pregnant"),
    (r"\bnaas ?nuuj\w*", "breastfeeding"),
    (r"\bma neefsan (karo|karto|karayo|karaan|kari)\b|\bneef(ta|tu)? (ayaa |ayay |baa )?(i |ku |u )?qabat\w*",
     "unable to breathe"),
    (r"\bbarar\w*", "swollen"),
    (r"\b(waji|wajiga|wejiga|wejigeeda|wajigeeda|wejigiisa|wajigiisa)\b", "face"),
    (r"\bbushim\w*", "lips"),
    (r"\bcuncun\w*", "itchy"),
    (r"\bfinan(ka)?\b", "rash"),
    (r"\bcasaan\w*", "red"),
    (r"\birbad\w*", "injection"),
    (r"\btallaal\w*", "vaccine"),
    (r"\bqalliin\w*", "surgery"),
    (r"\bqaaxo\b", "tuberculosis"),
    (r"\bantib[ia]yoo?tig\w*", "antibiotics"),
    (r"\b(waan|wuu|way) (jiran\w*|xanuunsan\w*)", "i feel sick"),
    # Indonesian and Malay (H49): "anak saya demam", "saya hamil", "menyusui", "sesak napas",
    # "bibir bengkak", "bekas suntik merah dan gatal", "ruam", "imunisasi", "operasi", "lemas".
    # "Panas" alone is the weather; "TBC" is also "to be confirmed", so only "sakit TBC" and the like.
    (r"\bdemam\b|\b(badan|badannya) panas\b|\bpanas tinggi\b", "fever"),
    (r"\bmenggigil\b", "chills"),
    (r"\bhamil\b", "pregnant"),
    (r"\bmenyusu\w*|\b(kasih|beri|memberi|memberikan) asi\b|\basi eksklusif\b", "breastfeeding"),
    (r"\bsesak( (napas|nafas))?\b|\b(susah|sulit|sukar|tidak bisa|tak bisa|tidak dapat|tak dapat|gak bisa|ga bisa|nggak bisa) ber?n[ae][pf]as\b",
     "unable to breathe"),
    (r"\bbengkak\w*", "swollen"),
    (r"\bbibir\w*", "lips"),
    (r"\b(wajah|wajahnya|muka|mukanya)\b", "face"),
    (r"\blidah\w*", "tongue"),
    (r"\btenggorok\w*", "throat"),
    (r"\bgatal\w*", "itchy"),
    (r"\bmerah\b", "red"),
    (r"\bruam\w*", "rash"),
    (r"\bbintik\w*", "spots"),
    (r"\b(biduran|kaligata)\b", "hives"),
    (r"\b(bekas|tempat|lokasi) suntik\w*", "injection site"),
    (r"\bsuntik\w*", "injection"),
    (r"\b(vaksin\w*|imunisasi)\b", "vaccine"),
    (r"\boperasi\b", "surgery"),
    (r"\b(sakit|pernah|penyakit|riwayat|kena) tbc\b", r"\1 tuberculosis"),
    (r"\blemas\b", "feeling weak"),
    (r"\bmual\b", "feel nauseous"),
    (r"\bmuntah\b", "vomiting"),
    (r"\b(tidak|kurang|gak|nggak|tak) enak badan\b|\bmeriang\b", "i feel unwell"),
    (r"\befek samping\b", "side effects"),
    (r"\b(daya tahan tubuh|imun(itas)? tubuh) (turun|menurun|lemah|melemah)\b", "weak immunity"),
    (r"\bdaya tahan tubuh\b|\bimun(itas)? tubuh\b", "immune system"),
    # More Hindi in Latin letters (H49): "main pet se hoon", "doodh pilati hoon", "saans lene mein
    # takleef", "hont suj gaye", "gala band", "daane", "khujli", "teeka", "sui lagayi", "kamzori".
    # Portuguese "suja" (dirty) and French "honte" (shame) are not read.
    (r"\bpet se (hoon|hu|hun|hai|hain|thi|ho)\b|\bgarbh?[vw]ati\b", "pregnant"),
    (r"\b(doodh|dudh|duddh) pil\w*", "breastfeeding"),           # also Punjabi "dudh pilaundi" (H52)
    (r"\bsaa?ns (lene )?(mein|me|main) (takleef|taklif|problem|dikkat|mushkil)\b|\bsaa?ns phool\w*",
     "trouble breathing"),
    (r"\bsaa?ns (nahi|nahin|nai|ni) (aa|a|le|lay) ?(pa )?(rahi|raha|rhi|rha|sakti|sakta)\b", "unable to breathe"),  # H52
    (r"\bsuj (gaya|gaye|gayi|gai)\b|\bsujan\b", "swollen"),
    (r"\bhonth?(on)?\b", "lips"),
    (r"\bmunh\b|\bmuh(?= (suj|sooj|swollen))", "face"),      # not slang "muh"
    (r"\bgala (band|bandh)\b", "throat closing"),
    (r"\b(daane|daano|chakatt?e)\b", "rash"),
    (r"\bkhujli\b", "itchy"),
    (r"\blaal\b", "red"),
    (r"\bteeka\w*|\btikakaran\b", "vaccine"),
    (r"\bsui (lagayi|lagai|lagaya|lagana|lagane|lagwai|lagwayi|lagi)\b", "injection"),
    (r"\b(immunity|immune system) kam\b", "weak immunity"),
    (r"\bkamzori\b", "feeling weak"),
    (r"\bchakk?ar\b", "dizzy"),
    (r"\bulti\b", "vomiting"),
    (r"\bthand lag\w*", "chills"),
    # Translation-app English (H49): "the respiration became difficult", "I sense myself unwell",
    # "prurit" (French for itching).
    (r"\brespiration\b", "breathing"),
    (r"\bsense myself\b", "feel"),
    (r"\bprurit\w*", "itching"),
    # Bengali in Latin letters (H50): "baccha r jor", "ami gorbhoboti", "buker dudh", "shash
    # koshto", "thot fule geche", "injection er jaygay lal", "chulkani", "shorir kharap", "tika".
    # "Thot" counts only as swollen lips; "tika" only as given or taken.
    # Nepali "jworo", "jwaro", "joro" too (H53); not Hindi "jor se" (hard, loudly).
    (r"\b(jor|jwor|jvor|jwar)\b(?! (se|jor|laga\w*)\b)|\b(joro|jworo|jwaro)\b", "fever"),
    (r"\bg[oa]rbh?[oa]?b[oa]ti\b|\bma hote (cholechi|cholechhi|jacchi|jachchi)\b", "pregnant"),
    (r"\bbuker dudh\b|\bdudh (khawai|khaoai|khawachi|khawacchi|khawachchi|dichchi|dicchi|dichi|khawano)\b", "breastfeeding"),
    (r"\b(sh|s)w?ash ?(k[oa]sh?t[oa]|nite (kosto|koshto|parche na|parchi na))\b"
     r"|\bnishw?ash nite (kosto|koshto|parche na|parchi na)\b", "trouble breathing"),
    (r"\bthot (fula|phula|fule|phule)\w*", "lips swollen"),
    (r"\b(ph|f)ule (geche|gechhe|gese|uthche|uthchhe|uthse|utheche)\b|\b(fula|phula)\b", "swollen"),
    (r"\bmukh\b", "face"),
    (r"\bgola\b", "throat"),
    (r"\bchulk[ao]n[iy]\b|\bchulkacch?h?e\b", "itchy"),
    (r"\blal\b", "red"),
    (r"\b(ph|f)[ou]sh?kuri\b|\bgota gota\b", "rash"),
    (r"\binjection (er )?(jaygay|jayga|jaygata|jaygai|jaygate)\b", "injection site"),
    (r"\btika (dite|nite|deya|neya|dewa|newa|dibo|nibo|debo|nebo)\b|\b(flu|covid) tika\b", "vaccine"),
    (r"\bjo(kkh|ksh|kh)a\b", "tuberculosis"),
    (r"\bsh[oa]rir (kharap|bhalo na|valo na|bhalo nei|valo nei)\b", "i feel unwell"),
    (r"\bdurbol\b", "feeling weak"),
    (r"\bbomi\b", "vomiting"),
    # Romanian (H50): "nu pot respira", "buzele umflate", "febră", "însărcinată", "alăptez",
    # "roșu și mâncărime", "erupție", "injecția", "vaccinul antigripal", "operație", "mă simt rău".
    # "Fata" without its mark is "the girl", so only "fața" is the face.
    (r"\bnu (pot|poate|putem|pot sa|poate sa|pot să|poate să) respir\w*|\bm[ăa] sufoc\b", "unable to breathe"),
    (r"\brespir(ă|a) greu\b|\bdificult[ăa][țţt]i de respira[țţt]ie\b", "trouble breathing"),
    (r"\blimba(?= (e |este |s-a )?umfl)", "tongue"),
    (r"\bumfl\w*", "swollen"),
    (r"\bbuz(e|ele|a|ă)\b", "lips"),
    (r"\bfa[țţ](a|ă)\b", "face"),
    (r"\bg[âa]tul\b|\bgât\b", "throat"),
    (r"\bfebr[ăa]\b|\bfebril\w*", "fever"),
    (r"\b[îi]ns[ăa]rcinat[ăa]?\b", "pregnant"),                # "gravidă" is read with the Swedish word above
    (r"\bal[ăa]pt\w*", "breastfeeding"),
    (r"\bro[șşs]u\b|\bro[șş]ie\b|\b[îi]nro[șş]i\w*", "red"),
    (r"\bm[âa]nc[ăa]rim\w*|\bm[ăa] m[ăa]n[âa]nc[ăa]\b", "itchy"),
    (r"\berup[țţt]i(e|i|ile|a)\b", "rash"),
    (r"\bpete ro[șşs]ii\b", "red spots"),
    (r"\binjec[țţt]i(a|e|ile|ei)\b", "injection"),
    (r"\bvaccin(ul|uri|urile|are|at)\b", "vaccine"),
    (r"\bantigripal\b", "flu"),
    (r"\bopera[țţt]i(e|a|ei)\b", "surgery"),
    (r"\btuberculoz[ăa]\b", "tuberculosis"),
    (r"\b(m[ăa]|se) simt(e)? r[ăa]u\b|\bnu (m[ăa]|se) simt(e)? bine\b", "i feel unwell"),
    (r"\bsl[ăa]b(iciune|it|it[ăa])\b", "feeling weak"),
    (r"\bv[ăa]rs[ăa]tur\w*|\bvom[ăa]\b", "vomiting"),
    (r"\befecte secundare\b|\breac[țţt]ii adverse\b", "side effects"),
    # Thai in Latin letters (H50): "hai jai mai ok", "na buam", "luk pen khai", "tang tong",
    # "hai nom luk", "daeng", "kan mak", "pheun", "mai sabai", "chit ya", "wak sin", "pha tat".
    # "Kan" is also Danish and Swedish "can", so only "kan mak" and "and kan"; "khai" alone is
    # also egg, so only "pen khai" and the like.
    (r"\bhai ?jai (mai (ok|awk|oak|ork|sadouk|sa duak)|lam ?bak|tit ?khat)\b", "unable to breathe"),
    (r"\bna(?= buam\b)", "face"),
    (r"\brim ?fi ?pa?ak\b|\bpa?ak(?= buam\b)", "lips"),
    (r"\bb(u|ou)am\b", "swollen"),
    (r"\blam ?khor\b", "throat"),
    (r"\b(pen|mee|mi) khai\b|\bkhai (sung|khuen|kheun)\b", "fever"),
    (r"\bkhai wat\b", "flu"),
    (r"\b(tang|tung|mee|mi) (tong|thong|thawng)\b", "pregnant"),
    (r"\bhai nom (luk|look|baby|bebe)\b|\bnom mae\b", "breastfeeding"),
    (r"\bkan (mak|maak|jang)\b", "itchy"),
    (r"\b(and|lae) kan\b", "and itchy"),
    (r"\bdaeng\b|\bdeang\b", "red"),
    (r"\bph(uen|eun)\b", "rash"),
    (r"\bmai sa ?bai\b", "i feel unwell"),
    (r"\bpu(ay|ai)\b", "feel sick"),
    (r"\b(on|orn|ohn) ?(plia|pleia|phlia|pleea)\b", "feeling weak"),
    (r"\bwing wian\b", "dizzy"),
    (r"\b(aa?chian|ajian)\b", "vomiting"),
    (r"\bchit(?!-)( ya)?\b", "inject"),
    (r"\bwak ?sin\b", "vaccine"),
    (r"\bph(a|aa) ?tat\b", "surgery"),
    (r"\bwanna?rok\b|\brok tb\b", "tuberculosis"),
    (r"\bya ?kha ?chue?a\b", "antibiotics"),
    # Tamil in Latin letters (H51): "amma ku kaichal", "naan karpama irukken", "thaai paal
    # kudukkiren", "moochu vida kashtam", "mugam veekkam", "oosi potta idathula sivappa", "udambu
    # sari illa". "Thadupoosi" (a vaccine) is read before "oosi" (an injection).
    (r"\bkaa?[iy](ch|chch)al\b|\bj[uo]{1,2}ram\b", "fever"),
    (r"\bkulir\b", "chills"),
    (r"\b[kg]ar[pb]p?(am|ama|amaa|amaga|amaaga|ini)\b", "pregnant"),
    (r"\bth?aa?[iy] ?paal\b|\bpaal (kudu|kodu)\w*", "breastfeeding"),
    (r"\bmoo?(ch|chch|cch)u (vida |vida-? ?)?(kash?tam|kastam|mudiyala|mudiyalai|mudiyavillai|mudiyale|varala|thinar\w*)",
     "unable to breathe"),
    (r"\bmoo?(ch|chch|cch)u thinar\w*", "trouble breathing"),
    (r"\bthondai (adaik|adaich)\w*", "throat closing"),
    (r"\bv[ei]{2}kk?am\w*|\bv[ei]{2}ngi\w*", "swollen"),
    (r"\bmu[gk]am\b", "face"),
    (r"\bu[dt]h?adu\w*", "lips"),
    (r"\bnaa?kku\b", "tongue"),
    (r"\bthondai\b", "throat"),
    (r"\baripp?u\b|\barikku(dhu|thu)\b", "itchy"),
    (r"\bthadipp?u\w*", "rash"),
    (r"\bsiva(pp?u|pp?a|ndhu|nthu|nthirukku|ndhirukku)\b", "red"),
    (r"\budambu (muzhukka|muzhuvadhum|muzhuvathum|fulla?)\b", "all over the body"),
    (r"\bthadu ?pp?oo?si\b", "vaccine"),
    (r"\boosi (pota|potta|podda|pottu|potte|potten) (idam|idathula|idathil|idathile|edathula|edathil)\b", "injection site"),
    (r"\boosi\b", "injection"),
    (r"\bsorv(u|a|aa|aaga|aga)\b", "feeling weak"),
    (r"\budambu (sari ?(illa|illai|ille)|mudiyala|mudiyalai)\b", "i feel unwell"),
    (r"\bvaa?nthi\b|\bvaandhi\b", "vomiting"),          # not "vandi", a car
    (r"\birumal\b", "cough"),
    (r"\bkaa?sa ?noi\b", "tuberculosis"),
    (r"\baruvai( sigich?chai| sikich?chai)?\b", "surgery"),
    (r"\bpakka ?vilaiv\w*", "side effects"),
    # Hong Kong Cantonese in Latin letters (H51): "po po fat siu", "tou m dou hei", "min jung",
    # "chut chan", "hou hung", "da zam", "yau bb", "wai yan", "wai nai", "m suk fuk", "ho gui".
    # Syllables that are also English ("fat", "min", "hung", "jam") count only in their phrase.
    (r"\b(fat|faat) ?(go )?(siu|yit)\b", "fever"),
    (r"\b(tou|tau|tow) ?(m|mm|ng)? ?(dou|do|to) ?hei\b|\bhei ?(chuk|tsuk)\b", "unable to breathe"),
    (r"\bmin (jung|zung|chung)\b", "face swollen"),
    (r"\bhau ?sun (jung|zung|chung)\b", "lips swollen"),
    (r"\b(lei|lay) (jung|zung|chung)\b", "tongue swollen"),
    (r"\bhau ?lung (jung|zung|chung)\b", "throat swollen"),
    (r"\bchut ?(saai|sai) ?(chan|chun)\b", "rash all over"),
    (r"\bchut ?(chan|chun)\b", "rash"),
    (r"\b(hou|ho|hung) hung\b", "red itchy"),
    (r"\b(yu ?fong|yik ?miu) ?(zam|jam|chum)?\b", "vaccine"),
    (r"\bda ?(zam|jam|jum|zum|chum) ?(wai|dei ?fong)\b", "injection site"),
    (r"\bda ?(zam|jum|zum|chum)\b|\bda jam(?= (for|before|after|today|yesterday|kineret|ok))", "injection"),
    (r"\b(yau|yao|yow) ?(jo )?(bb|bebe|bi ?bi|baby|san)\b|\bwai ?(yan|yun)\b", "pregnant"),
    (r"\bwai ?(nai|naai)\b", "breastfeeding"),
    (r"\b(m|mm|ng) ?(suk|syu) ?(fuk|fook)\b", "i feel unwell"),
    (r"\b(hou|ho) ?(gui|guui|kui|gwui)\b", "feeling weak"),
    (r"\bfai ?(lo|lou)\b", "tuberculosis"),
    (r"\b(jo|zou|cho) ?sau ?(seut|sut)\b", "surgery"),
    (r"\bfu ?(jok|zok) ?yung\b", "side effects"),
    # Amharic in Latin letters (H51): "tikusat" (a fever), "irguz" and "nefse tsur" (pregnant),
    # "metenfes akategn" (breathing is hard for me), "merfe" (the needle).
    (r"\bt[ie]?kus(at|et)\b", "fever"),
    (r"\b[ie]rguz\w*|\bnefse? ?t?s?'?ur\b", "pregnant"),
    (r"\bmetenfes (akat\w*|alchal\w*|asch?eger\w*)", "unable to breathe"),
    (r"\bmetenfes\b", "breathing"),
    (r"\bmerfe\b", "injection"),
    # Yoruba (H52): "iya ni iba" (has a fever), "ara mi gbona" (my body is hot), "mo loyun" (I am
    # pregnant), "fun omo loyan" (breastfeeding), "ko le mi" (cannot breathe), "oju" (the face),
    # "wiwu" (swollen), "abere" (the needle), "ara mi ko ya" (I am not well), "eebi", "iko".
    # "Iba" is also Spanish "was going" and Tagalog "other", and "oyun" Turkish "a game", so
    # each counts only in its phrase; "iko" only as something one has.
    (r"\b(ni|has|have|had|got|with|and|dey|don) iba\b", r"\1 fever"),
    (r"\biba(?= (since|for|from|after|temperature)\b)", "fever"),
    (r"\bara (\w+ ){0,2}(n |ti )?gbona\b", "body hot"),
    (r"\bgbona\b", "hot"),
    (r"\bloyun\b|\b(ni|ti ni|mo ni|o ni|get|don get) oyun\b", "pregnant"),
    (r"\bfun (\w+ )?(loyan|lomu|ni oyan|ni omu)\b|\bloyan\b", "breastfeeding"),
    (r"\bko (le|lee) mi\b( daadaa| dada)?", "unable to breathe"),
    (r"\boju\b", "face"),
    (r"\bwiwu\b", "swollen"),
    (r"\babere\b", "injection"),
    (r"\bara (\w+ ){0,2}(ko|o|ko tii) ya\b", "i feel unwell"),
    (r"\beebi\b", "vomiting"),
    (r"\b(ni|has|have|had|got|with|and) iko\b", r"\1 cough"),
    # Punjabi in Latin letters (H52): "bapu ji nu taap", "pair bhaari" (pregnant), "saah nahi
    # aunda" (cannot breathe), "bull suj gaye" (swollen lips), "mooh te sojh" (a swollen face),
    # "saare sareer te daane" (a rash all over the body), "khaarish", "sui wali jagah" (where
    # the injection went), "tabiyat theek nahi", "khansi" ("dudh pilaundi" and "saans nahi aa
    # rahi" are read with the Hindi words above). "Bull" is English, so it is the lips only when swollen.
    (r"\btaap\b", "fever"),
    (r"\bpa[ie]r (bhaa?ri|bhaare|bhaarey)\b", "pregnant"),
    (r"\bu?mm?ee?d (naal|nal|se) (haan|han|hai|hain|ho|hoon|hun|hu|si|sigi|thi)\b", "pregnant"),
    (r"\bsaa?h (nahi|nahin|nai|ni) (aunda|aundi|aonda|aaunda|aa ?reha|aa ?rahi|aa ?rea|lai ?hunda)\b", "unable to breathe"),
    (r"\bsaa?h (aukha|okha|aukhaa|lain (ch|vich) (taklif|takleef|mushkil|aukh))\b", "trouble breathing"),
    (r"\bso[jz]h\w*", "swollen"),
    (r"\bbull(?= (swollen|suj|sooj)\b)", "lips"),
    (r"\bmooh\b", "face"),
    (r"\bsaa?re (sareer|sharir|shareer|sarir|pinde|pind)\b", "all over the body"),
    (r"\bkh?aa?rish\b", "itchy"),
    (r"\bsui (wali|wala|vali|di) (jagah|jaga|thaan|thaa)\b", "injection site"),
    (r"\bt[ae]bi?y?[ae]t (theek|thik|tik|changi) (nahi|nahin|nai|ni)\b|\bt[ae]bi?y?[ae]t (kharab|kharaab)\b",
     "i feel unwell"),
    (r"\bkhaa?nsi\b", "cough"),
    # Hungarian (H52): "láz", "lázas" (a fever), "terhes", "várandós" (pregnant), "szoptatok"
    # (I breastfeed), "nem kap levegőt" (cannot get air), "fullad" (chokes), "arca bedagadt" (the
    # face swelled), "ajka", "nyelve", "torka", "az egész testén" (all over the body), "kiütés"
    # (a rash), "piros", "viszket", "az injekció helye", "rosszul van", "gyenge", "szédül",
    # "köhög", "hányás", "oltás", "műtét". "Arc" alone is English, and "hány" alone is
    # "how many", so neither is read.
    (r"\bl[áa]z(as|asok|as[ae]k|am|a|at|zal|ak)?\b", "fever"),
    (r"\bterhes\w*|\bv[áa]rand[óo]s\w*", "pregnant"),
    (r"\bszoptat\w*", "breastfeeding"),
    (r"\bnem kap(ok|unk)? leveg[őo]t?\b", "unable to breathe"),
    (r"\bnehezen (l[ée]legz\w*|kap(ok)? leveg[őo]t?|veszi? a leveg[őo]t)", "trouble breathing"),
    (r"\bfullad\w*", "choking"),
    (r"\b(be|fel|meg)?dagad\w*|\bduzzad\w*", "swollen"),
    (r"\barc(a|om|[áa]n)\b", "face"),
    (r"\bajk(a|ai|am|aim)\b|\bajak\b", "lips"),
    (r"\bnyelv(e|em)\b", "tongue"),
    (r"\btor(ok|ka|kom)\b", "throat"),
    (r"\b(az )?eg[ée]sz test[ée](n|ben)\b", "all over the body"),
    (r"\bki[üu]t[ée]s\w*", "rash"),
    (r"\bpiros\w*|\bv[öo]r[öo]s\w*", "red"),
    (r"\bviszket\w*", "itchy"),
    (r"\binjekci[óo]\w* hely\w*|\bsz[úu]r[áa]s hely\w*", "injection site"),
    (r"\binjekci[óo]\w*", "injection"),
    (r"\brosszul (van|vagyok|vagyunk|[ée]rz\w*)( mag\w*)?", "i feel unwell"),
    (r"\bgyeng[ée]\w*", "feeling weak"),
    (r"\bsz[ée]d[üu]l\w*", "dizzy"),
    (r"\bk[öo]h[öo]g\w*", "cough"),
    (r"\bh[áa]ny(ás|ást|t|ik|ok|inger\w*)\b", "vomiting"),
    (r"\bolt[áa]s\w*", "vaccine"),
    (r"\bm[űüu]t[ée]t\w*", "surgery"),
    (r"\b(had|has|have|with|volt) tbc\b", r"\1 tuberculosis"),
    # Nepali in Latin letters (H53; "jworo", a fever, is read with the Bengali "jor" above): "jiu
    # taato" (the body is hot), "garbhawati", "dui jiu" and "pet ma baccha" (pregnant), "dudh
    # khuwaudai" (breastfeeding), "sas pherna garo" (hard to breathe), "muh sunniyo" (the face
    # swelled), "oth", "jibro", "ghaanti", "dana aayo" (a rash came), "chilaucha" (itches), "rato
    # bhayo" (went red), "sui lageko thau" (where the injection went), "sancho chaina" (not well),
    # "banta aayo" (vomited), "khoki", "khop", "apresan", "aushadhi", "aru" (other), "rugha" (a
    # cold). "Dana" is a name, "rato" Spanish "a while" and "oth" short for "other", so each counts
    # only in its phrase.
    (r"\b(jiu|jeu|sharir|sarir|shareer) (\w+ )?ta+to\b", "body hot"),
    (r"\bgarbh?a[vw]ati\b|\bdui ?jiu\w*|\bpet ma (baa?cc?hh?a|bachcha)\b", "pregnant"),
    (r"\bdudh (khuwa|khuwau|chusa|chuswa)\w*", "breastfeeding"),
    (r"\bs[aā]a?s (ph|f)er(na|n) (sakdai?n\w*|sakdin\w*|sakena\w*|sakeko chaina)", "unable to breathe"),
    (r"\bs[aā]a?s (ph|f)er(na|n) (garo|gaaro|gahro|kathin|muskil)\w*", "trouble breathing"),
    (r"\bs[aā]a?s (ph|f)ul(yo|cha|eko|iyo)\b", "shortness of breath"),
    (r"\bs[aā]a?s rok(iyo|incha|ieko|ki)\w*", "breathing stopped"),
    (r"\bsunn?i(yo|eko|yeko|ncha|rahe\w*)\b", "swollen"),
    (r"\bmuh(?= swollen\b)|\banuhar\b", "face"),
    (r"\bo+th(?= swollen\b)", "lips"),
    (r"\bjibr[oa]\b", "tongue"),
    (r"\bgh[aā]a?nti\b|\bghaati\b", "throat"),
    (r"\brato daa?na\b", "red rash"),
    (r"\bdaa?na (aa?y[eo]\w*|aaeko|nisk\w*)", "rash"),
    (r"\brato (?=(bhayo|bhaeko|bhayeko|bhai|bhaera|cha|chha)\b)", "red "),
    (r"\bchila(ucha|yo|une|eko|iraheko|uncha|udai)\b", "itchy"),
    (r"\b(injection |sui )?(lagayeko|lageko|lagaeko|haneko) (thau|thaau|thaun)\w*", "injection site"),
    (r"\bdukh(cha|yo|eko|iracha|ncha)\b", "hurts"),
    (r"\bsanch?(o|ai) (chaina|chhaina|chain|xaina|chhain)\b", "i feel unwell"),
    (r"\bbiraa?mi\b", "is unwell"),
    (r"\bban?th?a (aa?yo|aa?y[eo]\w*|garyo|gar\w*)", "vomiting"),
    (r"\bkhoki\b", "cough"),
    (r"\bkhop\b", "vaccine"),
    (r"\bap[ae]?re?san\b|\boparesan\b", "surgery"),
    (r"\baush?adh?i\b", "medicine"),
    (r"\baru (?=medicine\b)", "other "),
    (r"\b(blood )?pressure ko medicine\b", "blood pressure medicine"),
    (r"\brugha\b", "a cold"),
    (r"\brog lag(ne|cha|yo|chha)\b", "catch infections"),
    (r"\b(kineret|anakinra) sang(a|ai)?\b", r"with \1"),      # "Kineret sanga": with Kineret
    # Czech (H53): "horečka" (a fever), "teplota" (a temperature), "těhotná" (pregnant), "kojím"
    # (I breastfeed), "nemůže dýchat" (cannot breathe), "dušnost", "dusí se" (is choking), "oteklý",
    # "napuchlý" (swollen), "obličej", "rty", "jazyk", "hrdlo", "kopřivka" (hives), "vyrážka",
    # "svědí", "červený", "zarudlé", "místo vpichu" (the injection site), "je mi špatně" (I feel
    # unwell), "zvrací", "kašel", "očkování", "operace". Japanese "koji" and "RTU" are not read.
    (r"\bhore[čc]\w*", "fever"),
    (r"\bteplot[auy]\b", "temperature"),
    (r"\bt[ěe]hotn\w*", "pregnant"),
    (r"\bkoj(ím|im|ení|eni|it|íte|ící|í)(?!\w)", "breastfeeding"),
    (r"\bnem[ůu][žz](e|u|eme|ou) d[ýy]chat\b", "unable to breathe"),
    (r"\b[šs]patn[ěe] se (mi|mu|jí|ji|nám) d[ýy]ch[áa]\b", "trouble breathing"),
    (r"\bdu[šs]nost\w*", "shortness of breath"),
    (r"\bdus[íi] se\b|\bse dus(í|i|il|ila)(?!\w)", "choking"),
    (r"\botekl\w*|\botok\w*|\bnapuchl\w*|\bopuchl\w*", "swollen"),
    (r"\bobli[čc]ej\w*", "face"),
    (r"\brty\b|\brtů(?!\w)", "lips"),
    (r"\bjazyk\w*", "tongue"),
    (r"\bhrdl[oaeu]\b|\bkrk\b", "throat"),
    (r"\bkop[řr]ivk\w*", "hives"),
    (r"\bvyr[áa][žz]k\w*", "rash"),
    (r"\bsv[ěe]d(í|i|ění|eni)(?!\w)", "itchy"),
    (r"\b[čc]erven\w*|\bzarudl\w*|\bzarudnut\w*", "red"),
    (r"\bm[íi]st[oa] (vpichu|injekce)\b", "injection site"),
    (r"\binjekc[ei]\b|\bvpich\w*", "injection"),
    (r"\bje (mi|mu|jí|ji) ([šs]patn[ěe]|zle)(?!\w)|\bnen[íi] (mi|mu|jí|ji) dob[řr]e\b"
     r"|\b(se )?nec[íi]t(í|i|ím|im)( se)? dob[řr]e\b", "i feel unwell"),
    (r"\bzvrac\w*", "vomiting"),
    (r"\bka(šel|šle|šlem|šlu|sel)(?!\w)", "cough"),             # not Nepali "kasle" (who)
    (r"\bto[čc](í|i) se (mi|mu|jí|ji) hlava\b", "dizzy"),
    (r"\bo[čc]kov\w*|\bvakc[íi]n\w*", "vaccine"),
    (r"\bproti ch[řr]ipce\b", "against flu"),
    (r"\boperac(e|i|í)(?!\w)", "surgery"),
    # Samoan (H53): "fiva" (a fever), "vevela le tino" (the body is hot), "ma'itaga" (pregnant),
    # "fa'asusu" (breastfeeding), "le mafai ona manava" (cannot breathe), "faigata ona manava"
    # (hard to breathe), "foliga" (the face), "laugutu" (lips), "fula" (swollen), "mageso"
    # (itchy), "mumu" (red), "tui" (the injection), "tui puipui" (a vaccine), "ma'i tele" (very
    # sick), "pua'i" (vomited). "Fula" is also a people, "mumu" a dress and "Tui" a beer, so
    # those count only in their phrase.
    (r"\bfiva\b", "fever"),
    (r"\bvevela (le |lo'u |lona )?tino\b", "body hot"),
    (r"\bma'?itaga\b", "pregnant"),
    (r"\bfa'?asusu\w*", "breastfeeding"),
    (r"\ble mafai (ona )?manava\b", "unable to breathe"),
    (r"\bfaigata (ona |le )?manava\b", "trouble breathing"),
    (r"\bfoliga\b", "face"),
    (r"\blaugutu\b", "lips"),
    (r"\blaulaufaiva\b", "tongue"),
    (r"\b(is|are|all|ua|so|very|gone|look|looks|face|lips|tongue) fula\b", r"\1 swollen"),
    (r"\bfula (?=(le |lona |lo'u )?(face|lips|tongue)\b)", "swollen "),
    (r"\bmageso\w*", "itchy"),
    (r"\b(is|are|all|ua|so|very|gone|and) mumu\b", r"\1 red"),
    (r"\bmumu (?=(and|ma)\b)", "red "),
    (r"\btui puipui\b", "vaccine"),
    (r"\b(le|the|kineret|her|his|my|a) tui\b", r"\1 injection"),
    (r"\bma'i (tele|lava|tuga)\b|\b(o lo'o|olo'o) ma'i\b|\bma'i(?= (since|after|from)\b)", "is unwell"),
    (r"\bpua'?i\b", "vomited"),
    # Emoji that say what a word would (H52): a thermometer face, a thermometer, someone pregnant
    # or breastfeeding, being sick. The rest are left to the classifier.
    ("\U0001F912", " feeling ill "),                    # face with thermometer
    ("\U0001F321\ufe0f?", " thermometer "),
    ("[\U0001F930\U0001FAC3\U0001FAC4]", " pregnant "),  # pregnant woman, man, person
    ("\U0001F931", " breastfeeding "),
    ("\U0001F92E", " vomiting "),
    ("\U0001F922", " feel sick "),
    ("\U0001F489", " injection "),
    # Courtesy words in the languages above and a few more, read as their English word so a greeting
    # or a thank-you in another language is not taken for an off-topic question ("Guten Tag!",
    # "asante sana", "xie xie", "toda raba", "tack så mycket", "merhaba", "baie dankie", "cảm ơn",
    # "efcharistó", "mahalo", "mèsi anpil", "mahadsanid", "sampai jumpa", "vanakkam", "m goi sai",
    # "ameseginalehu", "e kaaro", "sat sri akal", "köszönöm"). "Ciao", "shalom", "aloha", "yia sou"
    # and Hungarian "szia" are hello and goodbye both, so they are left alone; "tak" is also Polish
    # "yes", and Yoruba "e se o" (thank you) is Portuguese "and if the" unless it ends the message.
    (r"\b(hola|bonjour|bonsoir|guten (tag|morgen|abend)|hallo|ni ?hao|namaste|salaam|salam|jambo|hujambo|habari"
     r"|kumusta|kamusta|cze[śs][ćc]|dzie[ńn] dobry|olá|bom dia|buongiorno|buonasera|buenos d[íi]as|konnichiwa"
     r"|hoi|goedemorgen|goedemiddag|goedenavond|annyeong ?haseyo|boker tov|erev tov"
     r"|hej(?! ?d[åa]\b)|merhaba|selam|sawubona|goeie ?more|god morgon|god morgen"
     r"|xin ch[àa]o|privet|zdra(vs|s)tvu[iy]te|dobr[yi]y? den|dorood|dorud"
     r"|bonjou|bonswa|iska warran|selamat (pagi|siang|sore|malam|datang)|namaskar|nomo(s|sh)kar"
     r"|bun[ăa] (ziua|diminea[țţt]a|seara)|vanakk?am|vannakk?am|(nei|lei) ?hou|tena ?yist?ilign"
     r"|e ?k(aa|a)a?ro|e ?kaasan|e ?kaale|sat ?s(h)?ri ?akk?al|j[óo] napot( k[íi]v[áa]nok)?"
     r"|dobr[ýy] (den|r[áa]no|ve[čc]er)|talofa( lava)?)\b", "hello"),
    (r"\b(gracias|merci|danke( sch[öo]n)?|obrigad[oa]|grazie|asante( sana)?|xie ?xie|shukran|shukriya"
     r"|dzi[ęe]kuj[ęe]|dzi[ęe]ki|arigato|arigatou|spasibo|dhanyavaa?d|dhanyawad|terima kasih|salamat"
     r"|dank (je|u)( wel)?|bedankt|toda raba|todah( rabah)?|kamsahamnida|gamsahamnida|gomawo"
     r"|tack så (mycket|mkt)|tusen tack|tackar|takk|tusen takk|mange tak|teşekkür\w*|tesekkur\w*|sağ ?ol|sagol"
     r"|(baie )?dankie|ngiyabonga|enkosi|c[ảá]m [ơo]n|cam on (ban|nhieu)|efh?c?harist\w*|efxaristo\w*|mahalo( nui( loa)?)?"
     r"|(kheili |kheyli )?mamn[ou]{1,2}n|d[iy]akuyu|blagodaryu|m[èe]si( anpil)?|mahadsanid|mahadsanidiin"
     r"|dh[oa]nn?[oy]ba+d|mul[țţt]umesc( frumos| mult)?|kh?o[bp] ?kh?un( (ka|kha|krub|khrap|krap|khap|mak|maak))*"
     r"|(romba )?nan(d)?ri|m+ ?goi( sai)?|do ?je( sai)?|ames[ae]?g[ie]?n[ae]?lehu"
     r"|e ?se ?(gan|pupo)|e ?seun|e ?se o(?=[\s!.]*$)|meh[ae]?rbaa?ni( ji)?|k[öo]sz[öo]n[öo]m( sz[ée]pen)?|k[öo]szi"
     r"|dhanyabaa?d( hajur)?|d[ěe]kuj[ui]( moc| mockr[áa]t)?|d[íi]ky( moc)?|fa'?afetai( lava| tele)?)\b", "thanks"),
    (r"\b(adi[óo]s|tsch[üu]ss|tschuess|auf wiedersehen|kwaheri|zai ?jian|au revoir|do widzenia|arrivederci"
     r"|tchau|sayonara|khuda hafiz|allah hafiz|paalam|hasta luego|doei|tot ziens|lehitraot|annyeong ?hi ?gyeseyo"
     r"|hej ?d[åa]|ha det( bra)?|görüşürüz|gorusuruz|hoşça ?kal|hosca ?kal|totsiens|hamba kahle|sala kahle"
     r"|t[ạa]m bi[ệe]t|do ?svidani?ya|khoda ?hafez|a hui hou|antio|orevwa|nabad ?gelyo|sampai jumpa( lagi)?"
     r"|selamat (tinggal|jalan)|alvida|phir milenge|la revedere|abar dekha hobe|allah hafez|la+ ?gon|laa? korn"
     r"|po(i|yi)tt?u varen|(joi|zoi) ?gin|dehna hun[ui]?|o d[aá] ?b[oọ]|rabb? rakha|viszl[áa]t(ra)?"
     r"|(ph|f)eri bhetaula|na shledanou|tofa( soifua)?)\b", "bye"),
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
    """The first READ_LIMIT characters, lower case, with the spellings above made one, words typed
    without spaces pulled apart, and runs of white space made one space."""
    # One code point per accented letter ("ố" typed as o + two marks reads as typed in one).
    text = unicodedata.normalize("NFC", text[:READ_LIMIT]).lower()
    text = _apply(text)
    text = _RUN_TOGETHER.sub(_split_if_run_together, text)
    return re.sub(r"\s+", " ", text).strip()


def _apply(text: str) -> str:
    for pattern, repl in _COMPILED:
        text = pattern.sub(repl, text)
    return text


# Words typed without spaces, from a broken space bar or a hurried thumb (H51): "ihaveafever",
# "hivesallover andmy throatfeels tight". A word that is not a known word is split into the most
# likely run of known words, read after the other rules so a word of another language they
# already translated is never taken apart. Known words: the common ones of spaCy's English word
# frequencies (spacy-lookups-data), its lemma table, and our own words: the knowledge vocabulary
# and the words the rules above write. A split is kept only if it holds one of our own words
# ("fever", "throat", "kineret") and nothing rare: names, drugs and foreign words ("Athens",
# "Ilaris", "nomid", "pitit") stay whole.
_RUN_TOGETHER = re.compile(r"\b[a-z]{5,40}\b")
# Short words and apostrophe-free contractions that a split may hold, whatever their frequency.
_SHORT_WORDS = frozenset("i a am an as at be by do go he if im in is it me my no of oh on or so to up us we "
                         "cant dont wont isnt doesnt didnt ive".split())
_KNOWN = -16.0           # log frequency of a word seen about once in ten million
_COMMON = -12.0          # about once in 150,000 words


@lru_cache(maxsize=1)
def split_words() -> Tuple[Dict[str, float], frozenset]:
    """Known words with their log frequency, and our own words. Read once (half a second): the
    servers call this at start-up so no patient waits for it."""
    from bot.english import english_words, word_frequencies
    from bot.spacy_pipeline import load_vocabulary
    from spacy.lang.en.stop_words import STOP_WORDS
    frequency = word_frequencies(at_least=_KNOWN)
    ours = {form for values in load_vocabulary().values() for forms in values.values() for form in forms}
    ours |= {word for _, repl in _NORMALISE for word in re.findall(r"[a-z]{3,}", re.sub(r"\\\d\w*", " ", repl))}
    ours = frozenset(word for word in ours if word.isalpha() and word not in STOP_WORDS)
    for word in english_words() | ours | _SHORT_WORDS:
        if word.isalpha() and word.islower():
            frequency.setdefault(word, _KNOWN)
    return frequency, ours


def _pieces(word: str, frequency: Dict[str, float]) -> Optional[List[str]]:
    """The most likely split of `word` into known words, or None."""
    best: List[Optional[Tuple[float, List[str]]]] = [(0.0, [])] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 24), end):
            piece, before = word[start:end], best[start]
            if before is None or piece not in frequency or (len(piece) <= 2 and piece not in _SHORT_WORDS):
                continue
            candidate = (before[0] - frequency[piece], before[1] + [piece])
            if best[end] is None or candidate[0] < best[end][0]:
                best[end] = candidate
    return best[-1][1] if best[-1] else None


def _split_if_run_together(match: "re.Match") -> str:
    word = match.group()
    frequency, ours = split_words()
    if word in frequency:
        return word
    pieces = _pieces(word, frequency) or []
    plain = all(p in _SHORT_WORDS or p in ours or frequency[p] >= _COMMON for p in pieces)
    # A lone letter at the end is a word cut short, not typed ("punjabi" is not "pun jab i").
    if len(pieces) < 2 or len(pieces[-1]) == 1 or not plain or not ours.intersection(pieces):
        return word
    return _apply(" ".join(pieces))
