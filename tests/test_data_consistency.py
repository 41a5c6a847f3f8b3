"""Intents, rules, routing, training data and synonyms agree with each other."""
import re
from collections import Counter
import pytest
import yaml

from bot import PROJECT_ROOT
from bot.sources import shared_runs
from bot.spacy_pipeline import load_vocabulary, synonyms_yaml
from tools.heldout import DEV, HELDOUT, load_heldout

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
NLU_FILES = sorted((PROJECT_ROOT / "data/nlu").glob("*.yml"))


def training_examples():
    examples = {}
    for path in NLU_FILES:
        for block in yaml.safe_load(path.read_text()).get("nlu", []):
            if "intent" in block:
                lines = [l[2:].strip() for l in block["examples"].splitlines() if l.strip().startswith("- ")]
                examples.setdefault(block["intent"], []).extend(lines)
    return examples


def test_every_routed_intent_is_in_the_domain_and_back(routing):
    assert set(routing.intents) == set(DOMAIN["intents"])


def test_every_intent_has_a_rule_to_the_answer_action():
    rules = yaml.safe_load((PROJECT_ROOT / "data/rules/answer.yml").read_text())["rules"]
    ruled = {r["steps"][0]["intent"] for r in rules if r["steps"][1]["action"] == "action_answer_question"}
    assert ruled == set(DOMAIN["intents"]) | {"nlu_fallback"}


def test_every_intent_has_at_least_25_examples():
    counts = {intent: len(ex) for intent, ex in training_examples().items()}
    assert set(counts) == set(DOMAIN["intents"])
    assert all(n >= 25 for n in counts.values()), {i: n for i, n in counts.items() if n < 25}


def test_no_example_is_labelled_with_two_intents():
    seen = Counter(e.lower() for ex in training_examples().values() for e in set(ex))
    assert not [e for e, n in seen.items() if n > 1]


def test_glue_responses_exist_in_the_domain(routing):
    for glue in routing.glue.values():
        assert glue.response in DOMAIN["responses"]


def test_domain_holds_no_knowledge_answers(knowledge):
    texts = " ".join(r["text"] for rs in DOMAIN["responses"].values() for r in rs)
    for entry in knowledge.entries.values():
        assert not shared_runs(entry.answer, texts, length=6), entry.id


def test_synonyms_file_is_generated_from_the_vocabulary():
    current = (PROJECT_ROOT / "data/nlu/synonyms.yml").read_text()
    assert current == synonyms_yaml(load_vocabulary()), "run: python -m bot.spacy_pipeline synonyms"


def test_vocabulary_maps_each_surface_form_to_one_value():
    forms = Counter(str(f).lower() for values in load_vocabulary().values() for fs in values.values() for f in fs)
    assert not [f for f, n in forms.items() if n > 1]


@pytest.mark.parametrize("dataset", [HELDOUT, DEV], ids=["heldout", "dev"])
def test_evaluation_messages_are_never_in_training_data(dataset):
    messages = load_heldout(dataset)
    assert len(messages) >= 250
    trained = {e.lower() for ex in training_examples().values() for e in ex}
    leaked = [m.text for m in messages if m.text.lower() in trained]
    assert not leaked, leaked
    assert not (PROJECT_ROOT / "data" / "heldout.yml").exists()


def _words(text):
    return frozenset(re.findall(r"[a-z0-9]+", text.lower()))


def test_held_out_messages_are_not_near_copies_of_training_examples():
    """A reworded copy (same words, new punctuation or one word changed) would flatter the figure."""
    trained = [_words(e) for ex in training_examples().values() for e in ex]
    near = []
    for m in load_heldout(HELDOUT):
        words = _words(m.text)
        if any(len(words & t) >= 0.8 * len(words | t) for t in trained):
            near.append(m.text)
    assert not near, near


@pytest.mark.parametrize("dataset", [HELDOUT, DEV], ids=["heldout", "dev"])
def test_evaluation_labels_name_real_entries(dataset, knowledge, routing):
    glue_topics = {g.topic for g in routing.glue.values()}
    special = {"out_of_scope": "out-of-scope", "not_covered": "not-covered"}
    for m in load_heldout(dataset):
        assert m.entry in knowledge.entries or m.entry in glue_topics or m.entry in special, m.entry
