"""The knowledge file loads, refuses defects clearly, and covers what patients need."""
import copy

import pytest
import yaml

from bot.knowledge import KnowledgeError, parse_knowledge
from bot.settings import load_settings

RAW = yaml.safe_load(load_settings({}).knowledge_path.read_text(encoding="utf-8"))


def broken(edit):
    raw = copy.deepcopy(RAW)
    edit(raw)
    with pytest.raises(KnowledgeError) as err:
        parse_knowledge(raw)
    return str(err.value)


def test_real_file_loads_with_four_sources(knowledge):
    assert set(knowledge.sources) == {"patient-leaflet", "acr-factsheet", "hcp-introduction", "ahfs-monograph"}
    assert len(knowledge.entries) >= 40


def test_unknown_source_id_names_entry_and_field():
    msg = broken(lambda r: r["entries"][0]["sources"].append({"source": "wikipedia", "section": "X"}))
    assert "entry 'what-is-kineret'" in msg and "unknown source id 'wikipedia'" in msg


def test_unknown_escalation_level_is_refused():
    msg = broken(lambda r: r["entries"][1].update(escalation="urgent"))
    assert "entry 'uses'" in msg and "field 'escalation'" in msg and "'urgent'" in msg


def test_missing_field_is_refused():
    msg = broken(lambda r: r["entries"][2].pop("title"))
    assert "entry 'dose-adult'" in msg and "missing field 'title'" in msg


def test_duplicate_id_is_refused():
    msg = broken(lambda r: r["entries"].append(copy.deepcopy(r["entries"][0])))
    assert "entry 'what-is-kineret'" in msg and "duplicate id" in msg


def test_empty_answer_is_refused():
    msg = broken(lambda r: r["entries"][3].update(answer="   "))
    assert "field 'answer'" in msg and "non-empty" in msg


def test_doctor_entry_without_reason_is_refused():
    def edit(r):
        entry = next(e for e in r["entries"] if e["id"] == "fever-infection")
        entry.pop("escalation_reason")
    assert "escalation_reason" in broken(edit)


def test_answer_entry_must_cite_a_source():
    msg = broken(lambda r: r["entries"][0].update(sources=[]))
    assert "must cite at least one source" in msg


# Topics issue #3 lists; each must have an entry with an answer.
REQUIRED = [
    "what-is-kineret", "uses", "dose-adult", "dose-children", "kidney-disease", "injection-sites",
    "injection-preparing", "storage", "single-use-disposal", "time-to-work", "how-long-in-body",
    "side-effects", "injection-site-reaction", "infection-risk", "allergic-reaction", "fever-infection",
    "antibiotics", "surgery", "pregnancy", "breastfeeding", "vaccines", "vaccines-tetanus",
    "other-biologics", "methotrexate", "tuberculosis", "blood-tests", "who-should-not-take", "stopping",
    "older-adults", "cancer-risk", "effectiveness", "cost", "new-rash", "feeling-sick",
    "missed-dose", "alcohol", "travel", "diet", "not-covered", "out-of-scope",
]


@pytest.mark.parametrize("entry_id", REQUIRED)
def test_required_topic_is_covered(knowledge, entry_id):
    assert knowledge.entry(entry_id).answer


def test_allergic_reaction_is_an_emergency(knowledge):
    assert knowledge.entry("allergic-reaction").escalation == "emergency"


@pytest.mark.parametrize("entry_id", ["fever-infection", "antibiotics", "surgery", "pregnancy",
                                      "breastfeeding", "vaccines", "new-rash", "feeling-sick",
                                      "injection-site-reaction"])
def test_sources_say_call_the_doctor(knowledge, entry_id):
    assert knowledge.entry(entry_id).escalation == "doctor"


@pytest.mark.parametrize("entry_id", ["pregnancy", "breastfeeding"])
def test_disagreement_between_sources_is_said_plainly(knowledge, entry_id):
    entry = knowledge.entry(entry_id)
    assert entry.conflict and "do not agree" in entry.answer


def test_uncovered_questions_say_so_and_refer(knowledge):
    for entry in knowledge.entries.values():
        if entry.kind == "not_covered":
            assert "do not" in entry.answer and ("pharmacist" in entry.answer or "doctor" in entry.answer), entry.id


def test_missed_dose_does_not_guess(knowledge):
    answer = knowledge.entry("missed-dose").answer.lower()
    assert "do not say" in answer and "same time each day" in answer
    assert "double" not in answer and "skip" not in answer


def test_citation_line_names_source_and_section(knowledge):
    line = knowledge.citation_line(knowledge.entry("dose-adult"))
    assert line.startswith("Source: ") and "ACR patient fact sheet — Dosing" in line
