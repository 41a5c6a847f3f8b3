"""The safety layer reads the words themselves: context rules that defeat plain NegEx."""
import pytest

from bot.normalise import normalise
from bot.red_flags import assess


def level(text):
    return assess(text).level


def statuses(text):
    return {f.trigger: f.status for f in assess(text).findings}


@pytest.mark.parametrize("text", [
    "I can't breathe", "cant breathe", "I cannot swallow", "couldn't breathe last night and still can't",
    "I never had a reaction like this and my lips are swelling",
    "no idea what's going on but my throat is closing",
])
def test_negation_never_hides_an_emergency_built_on_a_negative(text):
    assert level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "I don't have a fever, can I still inject today?",
    "no fever today",
    "my lips are not swollen",
    "without any hives",
])
def test_a_negated_sign_does_not_trigger(text):
    assert level(text) == "none"
    assert "negated" in statuses(text).values()


@pytest.mark.parametrize("text, expected", [
    ("not sure if I have a fever", "doctor"),
    ("I think my throat might be swelling", "emergency"),
    ("maybe a slight fever", "doctor"),
])
def test_uncertainty_escalates(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize("text", [
    "what if I get a fever?", "what does an allergic reaction look like?",
    "what are the signs of an allergic reaction", "can kineret cause hives?",
])
def test_hypothetical_questions_inform_without_alarm(text):
    result = assess(text)
    assert result.level == "doctor"
    assert all(f.status == "hypothetical" for f in result.counted())


def test_hypothetical_framing_does_not_hide_something_happening_now():
    assert level("can kineret cause hives? I have them right now") == "emergency"
    assert level("what do I do if I can't breathe right now") == "emergency"


@pytest.mark.parametrize("text", [
    "my son's face is swelling after his injection",
    "my daughters lips are getting puffy",
    "my husband can't breathe",
])
def test_caregivers_reporting_someone_else_count(text):
    assert level(text) == "emergency"


@pytest.mark.parametrize("text", ["the rash is gone", "my fever went away"])
def test_signs_that_are_over_do_not_trigger(text):
    assert level(text) == "none"
    assert "resolved" in statuses(text).values()


@pytest.mark.parametrize("text", ["I had hives years ago", "my lips swelled up last night but it went away"])
def test_an_allergic_sign_that_is_over_still_needs_the_doctor(text):
    assert level(text) == "doctor"
    assert "resolved" in statuses(text).values()


@pytest.mark.parametrize("text", ["my lips have gone really swollen", "her face has gone all puffy"])
def test_gone_meaning_became_is_not_resolution(text):
    assert level(text) == "emergency"


@pytest.mark.parametrize("text", ["her neck has gone blotchy with a rash", "my arm has gone red where i injected",
                                  "the injection site has gone all hard and sore"])
def test_gone_just_before_a_sign_means_became(text):
    # H43: "gone" before the sign ("has gone red") was read as "the sign is over".
    assert level(text) == "doctor"
    assert set(statuses(text).values()) == {"active"}


def test_a_medicine_and_kineret_in_different_sentences_are_read_together():
    # H43: learners of English often name the medicine and then ask about Kineret.
    assert "other-medicine" in statuses("I take warfarin. With kineret it is fine?")
    assert "other-biologic" in statuses("I am on humira now. Can kineret be added?")
    assert level("I take kineret. What is the weather tomorrow?") == "none"


@pytest.mark.parametrize("text", ["is tiredness a kineret side effect",
                                  "could my headaches be a side affect of the shots"])
def test_asking_if_a_symptom_is_a_side_effect_goes_to_the_doctor(text):
    assert level(text) == "doctor"


@pytest.mark.parametrize("text", ["so run down on kineret i want to give up on it",
                                  "can kineret affect my unborn child"])
def test_everyday_words_for_pregnancy_and_feeling_sick_reach_the_doctor(text):
    assert level(text) == "doctor"


@pytest.mark.parametrize("text", ["started flucloxacillin today", "the dentist gave me metronidazole"])
def test_an_antibiotic_named_without_the_word_antibiotic_goes_to_the_doctor(text):
    assert level(text) == "doctor"


@pytest.mark.parametrize("text, expected", [
    ("can i get the flu jab on kineret", "doctor"),
    ("had my covid jab yesterday, still do my anakinra?", "doctor"),
    ("my son needs his school jabs and he takes kineret", "doctor"),
    ("where should my kineret jab go today", "none"),
    ("does the daily jab have to be at the same time", "none"),
])
def test_a_jab_is_a_vaccine_unless_it_is_the_kineret_injection(text, expected):
    assert level(text) == expected


def test_medicines_in_general_count_only_when_asked_about_with_kineret():
    assert level("which meds can i take with kineret") == "doctor"
    assert level("is kineret one of those meds you take for life") == "none"


def test_a_common_medicine_named_with_kineret_goes_to_the_doctor():
    assert level("can i take tylenol for a headache with anakinra") == "doctor"
    assert level("how much tylenol can a child take") == "none"


# Doctor questions in everyday words that the classifier missed on the dev and test sets
# (hazards H25-H36 in docs/safety.md).
@pytest.mark.parametrize("text", [
    "i feed my baby myself, is kineret ok",
    "can i still nurse my newborn on anakinra",
    "is expressing milk ok with kineret",
    "does anakinra pass to the baby through milk",
    "tooth extraction under sedation and i take anakinra",
    "my son takes an epilepsy medicine, is kineret ok with it",
    "can i keep taking my statin with kineret",
    "my wife takes warfarin, can she be on kineret too",
    "I'm a bit nervous about starting kineret, what might it do to me",
    "the skin round my kineret shot has gone all blotchy and tender",
    "what are the usual problems people get on anakinra",
    "the place I injected yesterday is hot and hard",
    "what should i look out for after my first kineret shot",
    "which unwanted effects can this injection have",
    "are there adverse reactions to anakinra i should know of",
    "what are the side effects",
    "so which are the side effects then?",
    # H32, in other words than the ninth set's own messages.
    "temperature aside, i have been running 101.5 since lunch",
    "my boy has been spiking 39 and he is on kineret",
    "feeling hot and shivery tonight",
    "pt on abx now, hold anakinra?",
    "my daughter is having her tonsils removed, she takes kineret",
    "can i give my son calpol with his anakinra",
    "pt 12 weeks gestation on anakinra",
    "baby on the way and i use kineret",
    "does kineret pass to my baby through my milk",
    "heard kineret weakens your immune system, true?",
    "will my son catch colds more on anakinra",
    "could this rash be from the kineret",
    "are my headaches caused by anakinra",
    "common adrs of kineret",
    "i have felt poorly all week on kineret",
    "grandma feels ill since the anakinra started",
    "isr with kineret, erythema round the site",
    "every time i inject there is a red sore lump",
    # H33, in other words than the tenth set's own messages.
    "he is poorly and due his anakinra tonight",
    "been under the weather all week on kineret",
    "are there medications i should avoid with anakinra",
    "two lines on my test, what about my kineret",
    "does kineret knock down your defenses",
    "on prozac for my mood, can i add kineret",
    # H34, in other words than the eleventh set's own messages.
    "my husband is not very well, should he have his anakinra tonight",
    "not feeling well, skip the kineret?",
    "is kineret ok alongside other biologics",
    "will kineret react with my other prescriptions",
    # H35, in other words than the twelfth set's own messages.
    "developed a morbilliform eruption after starting kineret",
    "does kineret make it harder to fight off infections",
    "will i be immunosuppressed on anakinra",
    "got a positive test today and i inject kineret",
    # H36, in other words than the thirteenth set's own messages.
    "mi hijo tiene fiebre since last night, he is on anakinra",
    "embarazada de 8 semanas and i take kineret",
    "is a tee bee skin test needed before kineret",
    "getting an operashun on my knee, i take kineret",
    "does anakinra get into what my newborn feeds from me",
    # H37, in other words than the fourteenth set's own messages.
    "what do i do about my kineret in the perioperative period",
    "is anakinra stopped preoperatively",
    "she's 20 weeks gone, can she keep injecting kineret",
    "about three months gone now and still on anakinra",
    # H38, in other words than the fifteenth set's own messages.
    "keep going hot and cold today, on anakinra",
    "grazed my knee on the path, it's weeping and angry, i take kineret",
    "having my knee ligament repaired in march, on kineret",
    "we've got one up the spout and i'm on kineret",
    "baby bump is showing now, still injecting anakinra",
    "the skin is itchy and tender where i put my kineret yesterday",
    "do people on anakinra catch illnesses more",
    "feel rubbish, can i have a break from kineret",
    "my little one is still on the breast, is kineret ok",
    # H39, in other words than the sixteenth set's own messages.
    "ma fille a de la fièvre depuis hier, she takes kineret",
    "je pense que je suis enceinte, on anakinra",
    "j'allaite encore, can i restart kineret",
    "la piqûre est rouge et enflée since yesterday",
    "it's not normal how red my injection site is",
    "the nurse never asked about my fever before my kineret",
    "is ibuprofen ok alongside my daily injection",
    # H40, in other words than the seventeenth set's and the probe battery's own messages.
    "my wee boy is roasting tonight and he had his kineret",
    "pyrexia since sunday and i inject anakinra",
    "she was 103F last night, on kineret",
    "feeling a bit peaky, should i still do the kineret",
    "been out of sorts all week on anakinra",
    "my period is overdue and i take kineret",
    "the place where the needle went is angry looking",
    "put on a z-pak by the urgent care, also on anakinra",
    "my son is getting a tooth extracted tomorrow, he has kineret",
    "any drawbacks to kineret i should know about",
    "mia figlia ha la febbre, on kineret",
    "estou grávida de 10 semanas, i take anakinra",
    "meine tochter hat fieber, she is on kineret",
    # H41, in other words than the eighteenth set's own messages.
    "nilalagnat po si baby, she's on anakinra",
    "buntis ako ng 3 months, kineret ok pa?",
    "nagpapadede pa po ako, can i restart kineret",
    "makati at namumula ang tinurukan ng kineret",
    "will i be weaker against infections on anakinra",
    "my son needs his shots for school, he's on anakinra",
    "got a bfp today and i inject anakinra",
    "is panadol ok alongside anakinra",
    # H43, in other words than the nineteenth and twentieth sets' own messages.
    "the skin where i jabbed yesterday is hot and lumpy",
    "my little one has been sick and the runs since starting kineret, could it be the drug",
    "will anakinra mean she catches every cold at school",
    "i feel really bad today, should i skip the kineret",
    "my pikin body dey hot, e dey take kineret",
    "my body no dey fine since i start kineret",
    "my wife don get belle, she dey use kineret",
    "i am carrying a baby and on anakinra",
    "ebfing my newborn and the rheumy wants me back on kineret",
    "baby feeds from my breast, is kineret ok",
    "having my hip done in the spring, on kineret",
    "can dad take his allopurinol and kineret",
    "febuxostat alongside anakinra ok?",
    "i take tramadol at night. is that ok with my kineret?",
    "is hydroxychloroquine safe with kineret",
    "what does the leaflet say about the side effects",
    "my arm has gone red where i injected",
    "gorączka od wczoraj, on kineret",
    "jestem w ciąży and i take anakinra",
    "wysypka na nogach since the kineret",
    "czuję się źle, stop kineret?",
    # H45, in other words than the twenty-first set's own messages.
    "the doctor put me on a zpack, i also use kineret",
    "they will cut me open in may, i am on anakinra",
    "the surgeon is going to cut out my gallstones, kineret?",
    "my sister is expectant and uses kineret",
    "2 faint lines on the stick, kineret now?",
    "does anakinra give you problems with the stomach",
    "what secondary effects does kineret have",
    "my joints ache all the time now, could this be from the kineret",
    "the place where i applied it yesterday is swollen",
    "little itchy bumps on my tummy since starting kineret",
    "pimples on my chest after kineret",
    "he is exhausted and unwell on kineret",
    "will kineret tank my immunity in winter",
    "is it safe to have boosters while on kineret",
    "is chinese medicine ok together with kineret",
    "can i take gabapentin for my nerve pain with anakinra",
    "diclofenac gel and kineret together?",
    "my daughter had tuberkulose as a baby, now kineret?",
    "mtoto ana homa, anatumia kineret",
    "nina mimba and i use kineret",
    "ich habe Ausschlag since kineret",
    "Grippeimpfung ok with kineret?",
    "she has 38.5 degrees, kineret today?",
    "my body is weak since the kineret",
    "is anakinra causing these headaches",
    # H46, in other words than the twenty-second set's own messages: Dutch, Italian, Hebrew.
    "mijn dochter heeft koorts, kineret vanavond?",
    "my wife is zwanger and uses kineret",
    "ik geef borstvoeding and my rheumatologist wants kineret",
    "uitslag on his chest since the kineret",
    "the prikplek is warm and red after kineret",
    "which bijwerkingen can kineret give",
    "i voel me ziek since starting kineret",
    "does kineret lower my weerstand",
    "griepprik with kineret ok?",
    "tbc test before the first kineret?",
    "operatie next week, kineret?",
    "eruzione cutanea on the legs since kineret",
    "mi sento male since i started kineret",
    "the antitetanica is due, i take kineret",
    "yesh li chom and i take kinneret",
    "ani beherayon, kineret ok?",
    "my son has a pricha since kineret",
    "any bad effects from kineret for kids",
    "does anakinra make you dizzy",
    "can i take melatonin with kineret",
    "cipralex and anakinra together?",
    "can i take ibuprofen with it",
    "chickenpox at her nursery and she is on kineret",
    "an intervention on my shoulder next month, kineret?",
    "feeling wiped out since the kineret",
    # H47, in other words than the twenty-third set's own messages: Swedish, Norwegian, Danish,
    # Turkish, Afrikaans and Zulu.
    "dottern har feber ikväll, kineret?",
    "min fru är gravid och använder kineret",
    "jeg ammer min datter, is kineret ok",
    "utslag på magen since the kineret",
    "rodnad och klåda vid stickstället after kineret",
    "biverkningar av anakinra?",
    "jag är sjuk sedan i går, kineret?",
    "influensavaccinet this year with kineret?",
    "kızımın ateşi var, kineret kullanıyor",
    "eşim hamile, kineret kullanıyor",
    "bebeğimi emziriyorum, kineret?",
    "kolumda döküntü var after kineret",
    "ameliyattan önce kineret?",
    "ons dogter het koors en gebruik kineret",
    "my vrou is swanger and on kineret",
    "ngiyagula and i use kineret",
    "what's the worst that could happen to my son on kineret",
    "does kineret knock down my immune system",
    "can my baby get kineret from breastmilk",
    "can i take panado with my kineret",
    "the injection site is warm itchy since kineret",     # H47: warming the syringe is cancelled, not this
    # H48, in other words than the twenty-fourth set's own messages: Vietnamese, Greek, Persian and
    # Russian in Latin letters, Hawaiian Pidgin, self-corrections and understatement.
    "bé nhà tôi bị sốt, on kineret",
    "vợ tôi có thai, she uses kineret",
    "vet tiem is ngua and red",
    "my daughter has pyreto tonight, kineret?",
    "i think i am egkyos and i take kineret",
    "emvolio gia ti gripi with kineret?",
    "dokhtaram tab kard last night, on kineret",
    "hamele hastam, kineret ok?",
    "the jaye tazrigh is varam and red",
    "zhena beremenna, she takes kineret",
    "ya kormlyu grudyu, kineret?",
    "my sister stay hapai, she on kineret",
    "where i wen poke stay all itchy",
    "i do not have a fever, i mean yes i do, 38.4, on kineret",
    "running a little warm tonight, on kineret",
    "does kineret make my immunity weaker",
    "shots for kindergarten next month and my son is on kineret",
    "can i take analgin with kineret",
    # H49, in other words than the twenty-fifth set's own messages: Haitian Creole, Somali,
    # Indonesian and Hindi with English, and translation-app English.
    "ti gason m nan gen fyèv, on kineret",
    "sè m ansent, she uses kineret",
    "m ap bay ti bebe a tete, kineret?",
    "kote piki a anfle",
    "kineret ap febli sistèm iminitè pitit mwen?",
    "aabo qandho ayuu qabaa, kineret",
    "gabadhayda uur bay leedahay, on kineret",
    "irbadda meesheeda waa casaan",
    "tallaalka carruurta with kineret?",
    "anak saya demam, pakai kineret",
    "istri saya hamil, on kineret",
    "saya menyusui, kineret?",
    "tempat suntik merah dan gatal",
    "daya tahan tubuh menurun karena kineret?",
    "beti ko tez bukhar, kineret le rahi hai",
    "meri behen pet se hai, kineret?",
    "jahan sui lagai wahan khujli aur laal",
    "immunity kam karta hai kya kineret?",
    "I sense myself unwell since the kineret",
    "vomiting all morning on kineret",
    "on kineret and no energy at all",
    "can i take paramex with kineret",
    # H50, in other words than the twenty-sixth set's own messages: Bengali, Romanian and Thai
    # with English, Appalachian English and carers' words.
    "meye r jor, she takes kineret",
    "amar bon gorbhoboti, on kineret",
    "buker dudh khawachi, kineret ok?",
    "injection er jaygay chulkani ar lal",
    "shorir kharap since the kineret",
    "bunicul are febră, on kineret",
    "fiica mea e însărcinată, kineret?",
    "alăptez, is kineret ok",
    "mă simt rău since kineret",
    "nong pen khai, on kineret",
    "phan ya tang tong, kineret?",
    "hai nom luk, kineret ok?",
    "chit ya spot daeng lae kan",
    "mai sabai since the kineret",
    "been feeling puny on kineret",
    "she's sluggish since the kineret",
    "he is not himself since the kineret",
    "young'un's burnin' up, on kineret",
    "will kineret lower my kid's immunity",
    "she's on ilaris, can she add kineret",
    "he takes medicine for his pressure, kineret ok?",
    # H51, in other words than the twenty-seventh set's own messages: Tamil, Cantonese and Amharic
    # with English, Newfoundland and Cajun English, parents of babies, words run together.
    "en thambi ku kaichal, on kineret",
    "manaivi karpama irukka, kineret?",
    "thaai paal kodukkiren, kineret safe?",
    "oosi potta idam sivappa and arippu",
    "udambu sari illa since kineret",
    "mama fat siu, kineret ok?",
    "ngo wai yan, can da zam kineret?",
    "ngo wai nai, kineret ok?",
    "chut chan on her legs since kineret",
    "m suk fuk since the kineret",
    "lije tikusat alebet, on kineret",
    "ene irguz negn, kineret?",
    "i'm some sick since starting kineret",
    "sick as a dog on kineret",
    "the baby feels hot and she's on kineret",
    "38.4 rectal, baby on kineret",
    "baby on kineret is floppy and not feeding well",
    "the baby is refusing feeds since her kineret",
    "spotty breakout on my back since kineret",
    "pink and puffy where we injected",
    "ihaveafever since yesterday, on kineret",
    # H52, in other words than the twenty-eighth set's own messages: Yoruba, Punjabi and Hungarian
    # with English, London English, emoji, a reading before the thermometer, TB tests by name.
    "mama mi ni iba, she takes kineret",
    "ara omo mi gbona, kineret?",
    "iyawo mi loyun, kineret ok?",
    "mo n fun omo mi loyan, kineret?",
    "the abere spot is red and itchy",
    "ara baba ko ya since kineret",
    "meri beti nu taap hai, on kineret",
    "nooh de pair bhaari ne, kineret?",
    "sui wali jagah te khaarish",
    "bapu ji di tabiyat kharab since the kineret",
    "main dudh pilaundi haan, kineret?",
    "a fiam lázas, kineret?",
    "a lányom terhes, kineret ok?",
    "szoptatom a babát, kineret?",
    "kiütés a karján since kineret",
    "az injekció helye viszket",
    "anyám rosszul van a kineret óta",
    "🤒 since yesterday, on kineret",
    "🤰 on kineret, what now",
    "38.6 on the thermometer, on kineret",
    "bare headaches since starting kineret",
    "a red lump where the kineret went in",
    "my mantoux came back positive, kineret?",
    # H53, in other words than the twenty-ninth set's own messages: Nepali, Czech and Samoan with
    # English, New York English, support workers' words.
    "bhai lai jworo aayo, on kineret",
    "mero jiu taato cha since kineret",
    "buhari dui jiu ki chin, kineret?",
    "chhora lai dudh khuwaudai chu, kineret ok?",
    "sui lageko thau rato bhayo ra chilaucha",
    "hat ma dana aayo since kineret",
    "buwa lai sancho chaina, kineret ma",
    "aama le aru aushadhi khanchin, kineret sanga milcha?",
    "babička má horečku, kineret?",
    "jsem těhotná, kineret ok?",
    "kojím, can i use kineret",
    "místo vpichu svědí a je červené",
    "je mi špatně since kineret",
    "vyrážka on my arm since kineret",
    "o lo'o fiva le tama, on kineret",
    "i am ma'itaga, kineret?",
    "fa'asusu le pepe, kineret ok?",
    "the tui spot is mumu",
    "nana is ma'i tele since kineret",
    "my pop's burnin up, on kineret",
    "red and sore where her kineret was given",
    "mum is unwell, she takes kineret",
])
def test_everyday_words_for_doctor_topics_reach_the_doctor(text):
    assert level(text) == "doctor"


@pytest.mark.parametrize("text", [
    "mi hija tiene la cara hinchada after her kineret",
    "labios hinchados after the injection",
    "no puede respirar bien after his anakinra",
    "my tongue feels bigger after the kineret shot",
    "his lips are getting big since the injection",
    "her face has gone big and red after her kineret",
    "facial swelling after the injection",
    "he has stridor after his anakinra",
    "elle n'arrive pas à respirer after kineret",                  # H39: French
    "son visage est gonflé after the injection",
    "sa langue est enflée depuis la piqûre",
    "her eyelids blew up after the shot",                         # H40: slang and clinical words
    "my top lip has gone fat since the kineret",
    "angio-oedema this morning after anakinra",
    "il viso di mia figlia è gonfio after kineret",                # H40: Italian, German, Hindi
    "seine lippen sind geschwollen after the injection",
    "usko saans nahi aa rahi after kineret",
    "hindi po makahinga ang anak ko after kineret",               # H41: Tagalog
    "namamaga ang labi ko after the injection",
    "spuchnięte usta after the injection",                         # H43: Polish
    "nie może oddychać po zastrzyku",
    "mtoto hawezi kupumua baada ya kineret",                       # H45: Swahili, German, Portuguese
    "midomo imevimba after the injection",
    "ich bekomme schlecht Luft nach der Spritze",
    "falta de ar depois do kineret",
    "i have bad air since the injection",                         # H45: learners' words
    "her lips look big after the kineret",
    "his face is inflating after anakinra",
    "ik ben kortademig after the kineret",                        # H46: Dutch, Italian, Hebrew
    "zijn gezicht is opgezwollen after the injection",
    "netelroos all over after anakinra",
    "non respiro bene after the kineret",
    "kashe lo linshom after kineret",
    "her lips are nefuchot after the shot",
    "my lips are red and swollen after the kineret",              # H46: swelling named second
    "dottern kan inte andas efter sprutan",                        # H47: Swedish, Norwegian, Danish,
    "läpparna är svullna after the kineret",                       # Turkish, Afrikaans
    "tungen er hoven after anakinra",
    "hun har åndenød after kineret",
    "nässelfeber all over after the injection",
    "kızım nefes alamıyor after kineret",
    "dudakları şişti after the injection",
    "kurdeşen döktü after anakinra",
    "hy kan nie asemhaal nie after kineret",
    "haar gesig is opgeswel after the injection",
    "con tôi khó thở sau khi tiêm kineret",                        # H48: Vietnamese, Greek, Persian,
    "môi sưng after the kineret",                                  # Russian, Hawaiian Pidgin
    "o pappous den borei na anapnefsei after the injection",
    "to prosopo tis einai prismeno after kineret",
    "nafasesh band oomade after the ampool",
    "lips varam kardeh after kineret",
    "ona ne mozhet dyshat after the ukol",
    "otek litsa after kineret",
    "my baby no can breathe aftah da shot",
    "her lips are not swollen, no wait, they are, after kineret",
    "pitit mwen pa ka respire apre piki a",                        # H49: Haitian Creole, Somali,
    "figi manman m anfle after kineret",                           # Indonesian, Hindi,
    "hooyo ma neefsan karto",                                      # translation-app English
    "bushimaha wuu bararay after the irbad",
    "sesak napas setelah suntik kineret",
    "bibir anak saya bengkak after kineret",
    "papa ji ke honth suj gaye after injection",
    "saans lene mein dikkat after the sui lagayi",
    "the respiration is difficult after the injection",
    "my airway is closing after the kineret",
    "her lips look fat after the shot",
    "abbu r shash koshto after kineret",                           # H50: Bengali, Romanian, Thai,
    "meye r thot fule geche after the injection",                  # Appalachian English
    "nu poate respira după injecție",
    "buzele ei sunt umflate after kineret",
    "luk hai jai mai ok after chit ya",
    "na buam after the kineret",
    "her throat's a-closin' after the shot",
    "his tongue is swole up after kineret",
    "amma moochu vida kashtam after kineret",                      # H51: Tamil, Cantonese, Amharic,
    "thatha mugam veekkam after oosi",                             # a baby's blue lips, words run
    "po po tou m dou hei after kineret",                           # together
    "mama min jung after da zam",
    "enate metenfes alchalechim after the merfe",
    "his lips look blue after the shot",
    "icantbreathe after kineret",
    "throatclosing after my shot",
    "iya ko le mi after kineret",                                  # H52: Yoruba, Punjabi, Hindi,
    "oju baba wiwu after the abere",                               # Hungarian
    "bapu ji nu saah nahi aunda after kineret",
    "mooh te sojh after the sui",
    "dadi ko saans nahi aa rahi after kineret",
    "nagypapa nem kap levegőt a kineret után",
    "az arca bedagadt after kineret",
    "nehezen lélegzik after the injekció",
    "buwa lai sas pherna garo bhayo after kineret",               # H53: Nepali, Czech, Samoan
    "aama ko muh sunniyo after the sui",
    "děda nemůže dýchat after kineret",
    "oteklé rty after the injekce",
    "le mafai ona manava after kineret",
    "laugutu fula after the tui",
])
def test_swelling_and_breathing_in_plain_clinical_or_spanish_words_are_emergencies(text):
    assert level(text) == "emergency"


def test_dictated_spellings_are_read_as_kineret():
    assert normalise("can i take tylenol with kin a ret") == "can i take tylenol with kineret"
    assert normalise("anna kinra and ana kin ra") == "anakinra and anakinra"
    assert level("can i have advil with kin a ret") == "doctor"
    assert normalise("is kinnear et safe") == "is kineret safe"


@pytest.mark.parametrize("text", [
    "what other spots on the body can i use for kineret",
    "cara's kineret is due tonight, where do we inject it",
    "how big is the kineret needle",
    "i feel much better on kineret",
    "i feel awful about forgetting my kineret",
    "running late for my kineret shot",
    "i just turned 40, is kineret ok at my age",
    "what is kineret made from",
    "i am due to start kineret next week",
    "is the weather too hot to post my kineret",
    "i read two lines about kineret online",
    "is kineret working well for most people",
    "i am well, just checking how to store kineret",
    "six weeks gone by on kineret and my knees are better",       # H37: time passing, not pregnancy
    "are hot and cold packs ok on my knees while on kineret",      # H38: not chills
    "should i jab my belly or my thigh with the kineret",          # H38: the Kineret injection
    "it is roasting today, can kineret stay in the car",           # H40: the weather, not a fever
    "i feel terrible about missing my kineret",                    # H40: a mood, not an illness
    "i missed my dose for a period of two days",                   # H40: not a late period
    "is a cold one ok at a party if i take kineret",              # H40: a drink, not a cold
    "how many mg of kineret do adults jab each day",               # H40: the Kineret injection
    "can i do my shots before i go to school",                     # H41: her own Kineret shots
    "my tummy is bruised, what other places to jab are there",     # H42: the Kineret injection
    "the cold syringe from the fridge, can i use it straight away", # H42: the medicine is cold
    "do i have to warm the syringe in my hand first",               # H42: preparing the shot
    "methotrexate tablets every friday, can kineret go with them",  # H42: the methotrexate question
    "i feel bad about forgetting my kineret",                      # H43: a mood, not an illness
    "is kineret a sort of painkiller",                              # H43: what Kineret is
    "the rash has gone, only a mark is left",                       # H43: "gone" that means over
    "w pokoju jest duszno, can kineret sit out",                    # H43: a stuffy room, not breathlessness
    "is kineret some kind of vaccine",                              # H45: what Kineret is
    "i am sick and tired of doing kineret every day",               # H45: fed up, not ill
    "the hospital cut my kineret dose last month",                  # H45: less, not an operation
    "can i cook with fresh herbs while on kineret",                 # H45: food, not herbal medicine
    "make sure there are no air bubbles in the kineret syringe",    # H45: air in the syringe
    "i do not feel good about injecting myself, any tips for kineret",  # H45: a mood
    "can kineret stay in the car at 40 degrees",                    # H45: the weather, not a reading
    "how does kineret compare to other medicines for stills",       # H46: a comparison, not taking them
    "is kineret used for periodic fever syndromes",                 # H46: a disease it treats
    "appointment date tbc, how do i store kineret till then",       # H46: "to be confirmed", not TB
    "de uitslag van mijn bloedtest is goed, how often on kineret",  # H46: a test result, not a rash
    "can i take kineret as a supplementary treatment",              # H46: not a supplement
    "i want to swap spots, where else can kineret go",              # H47: places to inject, not spots
    "my amma asks what kineret is for",                             # H47: "amma" is a mother, not "ammar"
    "şiş kebap tonight, any food to avoid on kineret",             # H47: a skewer, not swelling
    "before the injection i warm it, how long for kineret",         # H47: warming the syringe
    "my son finds tablets hard to swallow, any tips",               # H47: big tablets, not a swollen throat
    "is anakinra a tablet or a jab",                                # H47: the form it comes in
    "da kineret cost choke money, any help?",                       # H48: Pidgin "choke" is "lots of"
    "best surf spots near the clinic, can i go on kineret",         # H48: places, not a rash
    "i take one tab of kineret info home to read",                  # H48: "tab" alone is not a fever
    "i do not have a fever, i mean it is just a warm room",        # H48: "i mean" that explains
    "a gripping story about kineret on the news",                   # H48: not the Russian "gripp"
    "the cam on my phone shows the kineret box",                    # H48: not Vietnamese thanks
    "can kineret stay at temperatura ambiente for a day",           # H48: Spanish room temperature
    "no energy drinks while on kineret?",                           # H49: a drink, not tiredness
    "panas sekali hari ini, can kineret stay out of the fridge",    # H49: "panas" alone is the weather
    "the event date is tbc, can i bring kineret",                   # H49: "to be confirmed"
    "muh kineret order is late",                                    # H49: slang, not Hindi "muh"
    "c'est la honte, i forgot my kineret",                          # H49: French shame, not Hindi lips
    "the sui generis nature of kineret",                            # H49: Latin, not Hindi "sui"
    "my bag is suja, can kineret go in it",                         # H49: Portuguese dirty, not swollen
    "the gala at my school, can i bring kineret",                   # H49: a party, not a throat
    "rosie asks how to store kineret",                              # H50: a name, not Romanian red
    "let's chit-chat about kineret doses",                          # H50: not Thai "chit" (inject)
    "patat for dinner, any food rules on kineret",                  # H50: Dutch chips, not Thai surgery
    "kan jeg ta kineret på ferie",                                  # H50: Norwegian "can", not Thai itchy
    "i am asking for my son, not myself, where to inject kineret",  # H50: "not myself" alone is not illness
    "can kineret go in the car in the freezing cold",               # H50: the weather, not a cold
    "my hay fever is bad this spring",                              # H51: pollen, not a fever
    "how much does kineret cost compared to other tablets",         # H51: prices, not other medicines
    "is kineret cheaper than the old pills",
    "our vandi broke down, kineret delivery is late",               # H51: Tamil car, not vomiting
    "do not feed him before the kineret shot?",                     # H51: not a baby off his feeds
    "i'm sick of needles, where do i inject kineret",               # H51: fed up, not ill
    "is punjabi food ok with kineret",                              # H52: a word, not "pun jab i"
    "yo iba a inyectar kineret mañana",                             # H52: Spanish "was going"
    "iba po ba ang dose ng kineret sa bata",                        # H52: Tagalog "other"
    "oğlum oyun oynuyor, kineret ok?",                              # H52: Turkish "a game"
    "hány mg kineret a day",                                        # H52: Hungarian "how many"
    "our fridge is too cold, will kineret freeze",                  # H52: a fridge, not a cold
    "what about the cold on the plane for kineret",
    "his temperature is normal today, kineret dose?",               # H52: a normal reading
    "i took the bull by the horns and injected kineret",            # H52: a bull, not Punjabi lips
    "two jabs today? i missed yesterday's kineret",                 # H52: a missed dose, not a vaccine
    "is dana allowed to inject her own kineret",                    # H53: a name, not Nepali "dana aayo"
    "espera un rato, where do i store kineret",                     # H53: Spanish "a while", not red
    "tui beer with kineret ok?",                                    # H53: a beer, not Samoan "tui"
    "my mum is fula, where can she get kineret",                    # H53: a people, not swollen
    "she wore her mumu to the clinic, kineret dose?",               # H53: a dress, not red
    "koji rice on kineret, any food rules",                         # H53: Japanese, not Czech "kojí"
    "kasle kineret linu hudaina",                                   # H53: Nepali "who", not Czech cough
    "beta jor se ro raha hai, kineret ke baad",                     # H53: Hindi "hard, loudly", not a fever
    "děda se cítí dobře, kineret dose?",                            # H53: feels well
])
def test_everyday_size_and_mood_words_raise_nothing(text):
    assert level(text) == "none"


@pytest.mark.parametrize("text, trigger", [
    # H42: a `not_when` phrase cancels only the match it overlaps, never the rest of the message.
    ("the injection site is red and sore, should i warm the syringe longer next time", "site-reaction"),
    ("the injection site has warmed up and itches", "site-reaction"),
    ("i take ibuprofen tablets and my methotrexate tablets, is kineret ok", "other-medicine"),
    ("i have a cold, should i let the cold syringe sit out longer", "infection"),
    ("running out of places to jab, and is the flu jab ok with kineret", "vaccination"),
])
def test_a_cancelled_phrase_never_hides_the_rest_of_the_message(text, trigger):
    assert trigger in statuses(text)
    assert level(text) == "doctor"


@pytest.mark.parametrize("text, expected", [
    ("i get no air outright after the kineret", "emergency"),    # "air out" (the syringe) is a whole phrase
    ("the injection site is warm itchy", "doctor"),              # "warm it" (the syringe) likewise
])
def test_a_cancelling_phrase_matches_whole_words_only(text, expected):
    assert level(text) == expected


def test_what_kineret_does_in_the_body_is_not_a_side_effect_worry():
    assert level("what does kineret do in the immune system") == "none"


def test_asking_what_kineret_treats_is_not_a_side_effect_question():
    assert level("what problems is anakinra meant to fix") == "none"


def test_a_medicine_class_without_kineret_raises_nothing():
    assert level("what is the best statin for cholesterol") == "none"


def test_another_drugs_side_effects_raise_nothing():
    assert level("what are the side effects of humira") == "none"
    assert level("what are the adverse effects of prednisolone") == "none"
    assert level("what are the side effects of methotrexate") == "none"
    assert level("what side effects does humira have") == "none"


def test_another_biologic_named_with_kineret_goes_to_the_doctor():
    assert level("going from humira to kineret do i stop humira first") == "doctor"
    assert level("how should i keep my enbrel pens cold") == "none"


def test_resolution_in_one_clause_does_not_reach_the_next():
    assert level("my fever is gone but now my lips are swelling") == "emergency"


def test_several_topics_are_all_found():
    found = {f.entry for f in assess("I'm pregnant and I have a fever, can I still take it?").counted()}
    assert found == {"pregnancy", "fever-infection"}


@pytest.mark.parametrize("text", ["what temperature should the fridge be", "warm it to room temperature",
                                  "can i get the flu shot"])
def test_storage_temperature_and_flu_shots_are_not_fevers_or_infections(text):
    assert "fever" not in statuses(text) and "infection" not in statuses(text)


@pytest.mark.parametrize("text", ["two faint lines on the test and i'm on kineret", "a faint rash on my arm since kineret"])
def test_faint_describing_a_mark_is_not_fainting(text):
    """H45: "faint" as in pale is not "feeling faint"; the message still reaches the doctor."""
    assert "fainting" not in statuses(text)
    assert level(text) == "doctor"


def test_feeling_faint_is_still_an_emergency():
    assert level("i feel faint after my kineret") == "emergency"


def test_hives_at_the_injection_site_are_a_site_reaction_not_an_emergency():
    assert level("hives around the injection site") == "doctor"
    assert level("hives all over my chest") == "emergency"


def test_emergency_words_are_not_also_answered_as_a_site_reaction():
    entries = {f.entry for f in assess("my lips are swelling after my shot").counted()}
    assert entries == {"allergic-reaction"}


@pytest.mark.parametrize("text, expected", [
    ("Guten Tag!", "hello!"),
    ("asante sana for the information", "thanks for the information"),
    ("ok tschüss, xie xie", "ok bye, thanks"),
    ("dank je wel, doei", "thanks, bye"),
    ("toda raba", "thanks"),
    ("hej hej, tack så mycket", "hello hello, thanks"),  # H47
    ("hej då", "bye"),
    ("merhaba, baie dankie", "hello, thanks"),
    ("tak, i inject kineret", "tak, i inject kineret"),  # Polish "yes"
    ("ciao", "ciao"),  # hello and goodbye both: left alone
    ("shalom", "shalom"),
    ("olanzapine", "olanzapine"),  # only whole words
    ("xin chào, cảm ơn", "hello, thanks"),  # H48
    ("efcharistó, mahalo, do svidaniya", "thanks, thanks, bye"),
    ("privet, khoda hafez, tạm biệt", "hello, bye, bye"),
    ("aloha", "aloha"),  # hello and goodbye both: left alone
    ("bonjou, mèsi anpil, orevwa", "hello, thanks, bye"),  # H49
    ("iska warran, mahadsanid, nabad gelyo", "hello, thanks, bye"),
    ("selamat pagi, terima kasih, sampai jumpa", "hello, thanks, bye"),
    ("namaskar, alvida", "hello, bye"),
    ("selamat ulang tahun", "selamat ulang tahun"),  # "happy birthday": not a greeting here
    ("nomoshkar, dhonnobad, abar dekha hobe", "hello, thanks, bye"),  # H50
    ("bună ziua, mulțumesc frumos, la revedere", "hello, thanks, bye"),
    ("khob khun ka, la gon", "thanks, bye"),
    ("sawasdee ka", "sawasdee ka"),  # hello and goodbye both: left alone
    ("vanakkam, nandri, poittu varen", "hello, thanks, bye"),  # H51
    ("nei hou, m goi sai, joi gin", "hello, thanks, bye"),
    ("tena yistilign, ameseginalehu, dehna hun", "hello, thanks, bye"),
    ("e kaaro, e se o", "hello, thanks"),  # H52
    ("o dabo", "bye"),
    ("e se o kineret", "e se o kineret"),  # Portuguese "and if the": thanks only at the end
    ("sat sri akal, meharbani ji, rabb rakha", "hello, thanks, bye"),
    ("jó napot, köszönöm, viszlát", "hello, thanks, bye"),
    ("szia", "szia"),  # hello and goodbye both: left alone
    ("namaskar, dhanyabad hajur, feri bhetaula", "hello, thanks, bye"),  # H53
    ("dobrý den, děkuju moc, na shledanou", "hello, thanks, bye"),
    ("talofa lava, fa'afetai lava, tofa soifua", "hello, thanks, bye"),
    ("ahoj", "ahoj"),  # hello and goodbye both: left alone
])
def test_courtesy_words_in_other_languages_are_read_in_english(text, expected):
    assert normalise(text) == expected


def test_accents_typed_as_separate_marks_are_read_the_same():
    decomposed = "so\u0302\u0301t"                       # "sốt" typed as o + two combining marks
    assert normalise(f"con tôi {decomposed} cao") == normalise("con tôi sốt cao")
    assert level(f"{decomposed} 39, kineret?") == "doctor"


def test_normalise_makes_one_token_of_cant():
    assert normalise("I can’t breathe") == "i unable breathe"
    assert normalise("I couldnt") == "i unable"


def test_dropped_gs_are_read_as_typed_in_full():
    assert normalise("her lips are a-swellin' up") == "her lips are swelling up"     # H50
    assert normalise("throat's closin'") == "throat s closing"
    assert normalise("rock 'n' roll, not in'") == "rock 'n' roll, not in'"        # only word endings
    assert normalise("burnin up and feelin lousy") == "burning up and feeling lousy"   # H53, no apostrophe
    assert normalise("the cabin is within reach") == "the cabin is within reach"      # only those words


def test_words_typed_without_spaces_are_pulled_apart():
    assert normalise("ihaveafever onkineret") == "i have a fever on kineret"       # H51
    assert normalise("hivesallover andmy throatfeels tight") == "hives all over andmy throat feels tight"
    assert normalise("cantbreathe") == "unable breathe"
    # Only into our own words with nothing rare: names, drugs and other languages stay whole.
    assert normalise("nomid athens ilaris stridor shivery pitit") == "nomid athens ilaris stridor shivery pitit"
    assert normalise("missedmydose lastnight") == "missedmydose lastnight"
    # A lone letter at the end is a word cut short (H52): "punjabi" is not "pun jab i".
    assert normalise("punjabi") == "punjabi"


@pytest.mark.parametrize("text", ["", " ", "\x00\xff", "<script>alert(1)</script>", "a" * 100000, "🙂" * 50])
def test_any_input_is_assessed_without_error(text):
    assert level(text) in ("none", "doctor", "emergency")
