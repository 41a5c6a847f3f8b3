"""One turn, decided from NLU and the safety layer together: what the patient is told."""
import pytest

from bot.red_flags import assess
from bot.settings import load_settings
from bot.turn import Nlu, decide


@pytest.fixture
def turn(knowledge, routing, settings):
    def run(text, intent="", confidence=0.9, ranking=(), entities=(), settings=settings):
        return decide(Nlu(text, intent, confidence, ranking, entities), assess(text), knowledge, routing, settings)
    return run


def test_emergency_wins_over_a_wrong_intent_guess(turn):
    result = turn("my lips are swelling after my shot", intent="report_injection_site_reaction")
    assert result.escalation == "emergency"
    assert result.messages[0].kind == "emergency"
    assert "Stop using Kineret" in result.messages[0].text
    assert result.topics[0] == "allergic-reaction"
    assert "injection-site-reaction" in result.topics


def test_doctor_trigger_raises_any_intent(turn):
    result = turn("what's the dose? also I have a fever", intent="ask_dose")
    assert result.escalation == "doctor"
    assert result.topics == ["fever-infection", "dose-adult"]


def test_each_answer_ends_with_its_citation(turn):
    result = turn("I'm pregnant and I have a fever, can I still take it?", intent="ask_pregnancy")
    answers = [m for m in result.messages if m.kind == "answer"]
    assert {m.entry for m in answers} == {"pregnancy", "fever-infection"}
    for m in answers:
        assert m.text.splitlines()[-1].startswith("Source: ")
        assert "When to call:" in m.text          # the escalation in words


def test_negated_fever_lowers_the_fever_answer(turn):
    result = turn("I don't have a fever, can I still inject today?", intent="report_fever")
    assert result.escalation == "none"


def test_educational_question_about_allergy_has_no_alarm(turn):
    result = turn("what does an allergic reaction look like?", intent="report_allergic_reaction")
    assert result.escalation == "doctor"
    assert all(m.kind != "emergency" for m in result.messages)
    assert "if these signs ever happen" in result.messages[0].text


def test_classifier_alone_can_raise_to_emergency(turn):
    result = turn("my face is doing something weird", intent="report_allergic_reaction")
    assert result.escalation == "emergency"
    assert result.messages[0].kind == "emergency"              # the alarm first, as for a rule match


def test_uncovered_question_says_so(turn):
    result = turn("forgot my shot yesterday what now", intent="ask_missed_dose")
    assert result.topic == "missed-dose" and result.escalation == "none"
    assert "do not say" in result.messages[0].text and "pharmacist" in result.messages[0].text


def test_out_of_scope_says_what_it_can_help_with(turn):
    result = turn("what's the weather", intent="out_of_scope")
    assert result.topic == "out_of_scope"
    assert "only answer questions about Kineret" in result.messages[0].text


def test_low_confidence_asks_to_rephrase_with_topics_and_safety_line(turn):
    ranking = (("nlu_fallback", 0.4), ("ask_storage", 0.3), ("ask_travel", 0.2), ("out_of_scope", 0.1),
               ("ask_dose", 0.05))
    result = turn("hmm the thing with the syringe box", intent="nlu_fallback", ranking=ranking)
    assert result.topic == "fallback"
    message = result.messages[0]
    assert "another way" in message.text and "emergency" in message.text
    assert [b["payload"] for b in message.buttons] == ["/ask_storage", "/ask_travel", "/ask_dose"]


def test_a_question_naming_kineret_is_never_told_it_is_out_of_scope(turn):
    kineret = ({"entity": "drug", "value": "kineret"},)
    ranking = (("out_of_scope", 0.3), ("ask_cost", 0.2), ("ask_stopping", 0.1))
    result = turn("does my drug plan pay for anakinra", intent="out_of_scope", ranking=ranking, entities=kineret)
    assert result.topic == "fallback"
    assert [b["payload"] for b in result.messages[0].buttons] == ["/ask_cost", "/ask_stopping"]
    assert turn("does my drug plan pay for it", intent="out_of_scope", ranking=ranking).topic == "out_of_scope"


@pytest.mark.parametrize("text", ["who is the president", "recipe for banana bread"])
def test_an_unsure_guess_about_nothing_medical_says_what_it_can_help_with(turn, text):
    result = turn(text, intent="nlu_fallback", ranking=(("nlu_fallback", 0.3), ("ask_alcohol", 0.2)))
    assert result.topic == "out_of_scope" and result.escalation == "none"
    text = result.messages[0].text
    assert "only answer questions about Kineret" in text and "emergency" in text


@pytest.mark.parametrize("text", ["my tummy thing again", "the syringe thing", "is it normal to feel like this"])
def test_an_unsure_guess_that_mentions_health_still_asks_to_rephrase(turn, text):
    result = turn(text, intent="nlu_fallback", ranking=(("nlu_fallback", 0.3), ("ask_alcohol", 0.2)))
    assert result.topic == "fallback"


def test_a_confident_guess_from_made_up_words_is_not_answered(turn):
    result = turn("zorp the gadget with the thingy", intent="ask_travel", confidence=0.93)
    assert result.topic == "out_of_scope" and result.escalation == "none"
    assert "emergency" in result.messages[0].text


def test_a_doctor_guess_is_kept_even_with_made_up_words(turn):
    result = turn("zorp the gadget with the thingy", intent="ask_pregnancy", confidence=0.93)
    assert result.topic == "pregnancy" and result.escalation == "doctor"


@pytest.mark.parametrize("text", ["how long till it works", "kinerer dosw for adults"])
def test_real_and_misspelt_words_keep_the_classifiers_topic(turn, text):
    assert turn(text, intent="ask_time_to_work").topic == "time-to-work"


def test_greeting_uses_a_domain_response(turn):
    result = turn("hello", intent="greet")
    assert result.topic == "greeting" and result.messages[0].response == "utter_greet"


def test_greeting_with_an_emergency_is_an_emergency(turn):
    assert turn("hi my throat is closing", intent="greet").escalation == "emergency"


@pytest.mark.parametrize("text, words", [("", "did not get a message"), ("x" * 3000, "very long"),
                                         ("у меня температура", "only read and answer in English")],
                         ids=["empty", "huge", "russian"])
def test_bad_input_gets_a_calm_reply(turn, text, words):
    result = turn(text, intent="out_of_scope")
    assert result.topic == "input_problem"
    assert words in result.messages[0].text and "emergency" in result.messages[0].text


@pytest.mark.parametrize("text", ["clinic hours tomorrow morning", "explain juvenile idiopathic arthritis",
                                  "closest late night chemist"])
def test_english_keywords_without_small_words_are_not_taken_for_another_language(turn, text):
    assert turn(text, intent="out_of_scope").topic == "out_of_scope"


def test_another_language_gets_asked_for_english(turn):
    assert turn("Wie kann ich das Medikament lagern", intent="ask_storage").topic == "input_problem"


def test_a_doctor_guess_in_another_language_is_answered(turn):
    # Nepali: "Mum has had a lot of trouble since Kineret, what do we do now?" No rule reads it;
    # the classifier's guess escalates, so it is answered rather than asked for English.
    text = "Kineret pachi aama lai dherai samasya bhayo, aba ke garne"
    result = turn(text, intent="report_feeling_sick")
    assert result.topic == "feeling-sick" and result.escalation == "doctor"
    assert turn(text, intent="ask_cost").topic == "input_problem"


def test_at_the_same_level_the_question_asked_is_answered_first(turn):
    result = turn("will i get infections more easily on kineret", intent="ask_infection_risk")
    assert result.escalation == "doctor"
    assert result.topics[0] == "infection-risk" and "fever-infection" in result.topics


def test_a_long_story_is_still_read_for_danger(turn):
    story = "so this week was a lot. " * 80 + "and now my lips are swelling"
    assert turn(story, intent="out_of_scope").escalation == "emergency"


def test_entity_refines_the_answer(turn):
    result = turn("can i get a tetanus shot", intent="ask_vaccine",
                  entities=({"entity": "vaccine", "value": "tetanus"},))
    assert result.topics == ["vaccines-tetanus"]


def test_a_refined_answer_never_carries_a_concern_it_does_not_answer(turn):
    # The classifier refines "other medicines" to methotrexate (a routine answer); the rule found
    # ibuprofen with Kineret. Both are answered, and the doctor line has its reason.
    result = turn("i take ibuprofen tablets with my methotrexate tablets, ok with kineret?",
                  intent="ask_other_medicines", entities=({"entity": "medicine", "value": "methotrexate"},))
    assert result.topics == ["other-medicines", "methotrexate"]
    assert result.escalation == "doctor" and result.reason


def test_clinic_details_appear_in_escalations(knowledge, routing):
    clinic = load_settings({"CLINIC_NAME": "Riverside Rheumatology", "CLINIC_PHONE": "555-0100",
                            "CLINIC_HOURS": "Mon-Fri 8-5", "EMERGENCY_NUMBER": "911"})
    fever = decide(Nlu("I have a fever", "report_fever"), assess("I have a fever"), knowledge, routing, clinic)
    assert "Riverside Rheumatology at 555-0100 (Mon-Fri 8-5)" in fever.messages[0].text
    urgent = decide(Nlu("I can't breathe", "report_allergic_reaction"), assess("I can't breathe"),
                    knowledge, routing, clinic)
    assert "Call 911 now" in urgent.messages[0].text


def test_defaults_say_your_doctor_and_local_emergency_number(turn):
    result = turn("I can't breathe", intent="report_allergic_reaction")
    assert "your local emergency number" in result.messages[0].text
    assert "to your doctor" in turn("I have a fever", intent="report_fever").messages[0].text


def test_naming_another_biologic_gets_the_cautious_answer(turn):
    result = turn("can i take humira and kineret at the same time", intent="ask_methotrexate",
                  entities=({"entity": "medicine", "value": "tnf_blocker"},))
    assert result.topics == ["other-biologics"] and result.escalation == "doctor"
