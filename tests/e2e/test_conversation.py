"""A real conversation with both real servers over HTTP, as the widget and curl talk to them."""
import pytest

pytestmark = pytest.mark.e2e


def texts(replies):
    return [r["text"] for r in replies if "text" in r]


def outcome(replies):
    return [r["custom"] for r in replies if "custom" in r][-1]


def test_greeting_question_goodbye(assistant_server):
    sender = "e2e-first-conversation"
    hello = assistant_server.say(sender, "hello")
    assert "not medical advice" in texts(hello)[0]              # disclaimer once, first
    assert "Ask me a question about Kineret" in texts(hello)[1]
    assert assistant_server.slots(sender)["topic"] == "greeting"

    answer = assistant_server.say(sender, "how should i store kineret?")
    body = texts(answer)[0]
    assert "fridge" in body and body.splitlines()[-1].startswith("Source: AHFS drug monograph — Storage")
    slots = assistant_server.slots(sender)
    assert slots["topic"] == "storage" and slots["escalation"] == "none"

    bye = assistant_server.say(sender, "bye")
    assert "Goodbye" in texts(bye)[0]
    assert not any("not medical advice" in t for t in texts(answer) + texts(bye))  # only once


def test_doctor_escalation_is_in_words_and_on_the_tracker(assistant_server):
    replies, slots = assistant_server.turn("I have a fever, should I still take my shot?")
    assert slots["escalation"] == "doctor" and slots["topic"] == "fever-infection"
    assert "When to call:" in " ".join(texts(replies))
    assert outcome(replies)["escalation"] == "doctor"


def test_emergency_comes_first(assistant_server):
    replies, slots = assistant_server.turn("my lips are swelling after my shot")
    assert slots["escalation"] == "emergency"
    assert texts(replies)[1].startswith("EMERGENCY")             # right after the disclaimer
    assert "face-swelling:active" in slots["safety_findings"]


def test_multi_turn_keeps_each_turns_outcome(assistant_server):
    sender = "e2e-multi-turn"
    assistant_server.say(sender, "can i get the flu shot")
    assert assistant_server.slots(sender)["escalation"] == "doctor"
    assistant_server.say(sender, "thanks")
    slots = assistant_server.slots(sender)
    assert slots["topic"] == "thanks" and slots["escalation"] == "none"


def test_low_confidence_offers_topics(assistant_server):
    replies, slots = assistant_server.turn("blorp the thing with the whatsit")
    assert slots["topic"] in ("fallback", "out_of_scope")
    assert "emergency" in " ".join(texts(replies)).lower()


@pytest.mark.parametrize("message", ["", " ", "x" * 20000, "<script>alert('x')</script>",
                                     "<img src=x onerror=alert(1)>", "\u0000\u0001\u0002",
                                     "¿Puedo ponerme la vacuna de la gripe?", "🙂🙂🙂", "a" * 300000],
                         ids=["empty", "blank", "huge", "script", "img", "control", "spanish", "emoji",
                              "very-huge"])
def test_bad_input_gets_a_calm_reply_never_a_500(assistant_server, message):
    replies = assistant_server.say(f"bad-{len(message)}-{message[:3].encode().hex()}", message)
    assert replies, "no reply at all"
    for text in texts(replies):
        assert "Traceback" not in text and "<script>" not in text and "onerror" not in text


@pytest.mark.parametrize("raw", [b"{not json", b"\xff\xfe\x00binary", b'{"sender": 5, "message": []}'],
                         ids=["broken-json", "binary", "wrong-types"])
def test_malformed_requests_are_refused_without_a_server_error(assistant_server, raw):
    status, _ = assistant_server.request("POST", "/webhooks/rest/webhook", raw=raw)
    assert status < 500
