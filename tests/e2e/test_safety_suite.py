"""The safety suite (tests/safety/cases.yml) against the real NLU model and action server."""
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.e2e

CASES = yaml.safe_load((Path(__file__).parent.parent / "safety/cases.yml").read_text())
SINGLE = [(level, c["message"], c["note"]) for level in ("emergency", "doctor", "none") for c in CASES[level]]


@pytest.mark.parametrize("expected, message, note", SINGLE, ids=[f"{e}:{m[:40]}" for e, m, _ in SINGLE])
def test_escalation(assistant_server, expected, message, note):
    replies, slots = assistant_server.turn(message)
    assert slots["escalation"] == expected, f"{note}: got {slots['escalation']} ({slots['safety_findings']})"
    said = " ".join(r.get("text", "") for r in replies)
    if expected == "emergency":
        assert "EMERGENCY" in said and "emergency number" in said
    if expected != "none":
        assert slots["escalation_reason"]


@pytest.mark.parametrize("case", CASES["multi_topic"], ids=[c["message"][:40] for c in CASES["multi_topic"]])
def test_every_topic_is_answered_highest_first(assistant_server, case):
    replies, slots = assistant_server.turn(case["message"])
    assert slots["escalation"] == case["escalation"]
    assert set(case["topics"]) <= set(slots["topics"])
    assert slots["topics"][0] == case["topics"][0]
    citations = [r["text"] for r in replies if r.get("text", "").count("Source: ") == 1]
    assert len(citations) >= len(case["topics"])          # one citation per answered topic
