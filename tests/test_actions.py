"""The rasa_sdk actions, run as Sara tests them: a tracker, a collecting dispatcher, the events."""
import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.answer_question import ActionAnswerQuestion
from actions.session_start import ActionSessionStart


def tracker(text, intent, confidence=0.95, entities=()):
    return Tracker.from_dict({
        "sender_id": "test", "slots": {}, "events": [], "paused": False, "followup_action": None,
        "active_loop": {}, "latest_action_name": "action_listen",
        "latest_message": {"text": text, "intent": {"name": intent, "confidence": confidence},
                           "intent_ranking": [{"name": intent, "confidence": confidence}],
                           "entities": list(entities)},
    })


def run(action, tr):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tr, {}))
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_question_is_answered_with_citation_and_outcome_slots():
    messages, slots = run(ActionAnswerQuestion(), tracker("can i get the flu shot", "ask_vaccine"))
    texts = [m["text"] for m in messages if m.get("text")]
    assert texts[0].splitlines()[-1].startswith("Source: ")
    assert "vaccine" in texts[0].lower()
    assert slots["topic"] == "vaccines" and slots["escalation"] == "doctor"
    assert slots["escalation_reason"]
    custom = [m["custom"] for m in messages if m.get("custom")][0]
    assert custom["escalation"] == "doctor" and custom["answers"][0]["entry"] == "vaccines"


def test_emergency_is_recorded_with_reason_and_findings():
    messages, slots = run(ActionAnswerQuestion(), tracker("my lips are swelling", "report_injection_site_reaction"))
    assert messages[0]["text"].startswith("EMERGENCY")
    assert slots["escalation"] == "emergency"
    assert "allergic reaction" in slots["escalation_reason"]
    assert "face-swelling:active" in slots["safety_findings"]


def test_greeting_dispatches_the_domain_response():
    messages, slots = run(ActionAnswerQuestion(), tracker("hi", "greet"))
    assert messages[0]["response"] == "utter_greet"
    assert slots == {"topic": "greeting", "topics": [], "escalation": "none", "escalation_reason": "",
                     "safety_findings": []}


def test_session_start_gives_the_disclaimer_once():
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSessionStart().run(dispatcher, tracker("", ""), {}))
    assert "not medical advice" in dispatcher.messages[0]["text"]
    assert "emergency" in dispatcher.messages[0]["text"]
    assert [e["event"] for e in events] == ["session_started", "action"]
