"""The linear intent classifier trains, saves as plain arrays, loads back and predicts the same."""
import numpy as np
import pytest

from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.linear_intent_classifier import LinearIntentClassifier, softmax

EXAMPLES = {
    "ask_missed_dose": ["i forgot my shot yesterday", "missed a dose what now", "skipped my injection",
                        "forgot to inject this morning", "didnt do my dose last night"],
    "report_fever": ["i have a fever", "temperature of 39", "running a high temp", "feverish and hot",
                     "my son has a fever tonight"],
    "greet": ["hello", "hi there", "good morning", "hey", "hiya"],
}


def _train(tmp_path, **config):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("linear_intent")
    context = ExecutionContext(GraphSchema({}), "test")
    component = LinearIntentClassifier.create({**LinearIntentClassifier.get_default_config(), **config},
                                              storage, resource, context)
    data = TrainingData([Message(data={"text": t, "intent": i}) for i, ts in EXAMPLES.items() for t in ts])
    component.train(data)
    return storage, resource, context


def _parse(component, text):
    return component.process([Message(data={"text": text})])[0]


def test_trained_component_recognises_unseen_typed_messages_after_reloading(tmp_path):
    storage, resource, context = _train(tmp_path)
    loaded = LinearIntentClassifier.load(LinearIntentClassifier.get_default_config(), storage, resource, context)
    assert _parse(loaded, "forgot my injecton").get("intent")["name"] == "ask_missed_dose"
    assert _parse(loaded, "he has a fevr").get("intent")["name"] == "report_fever"
    ranking = _parse(loaded, "hello!").get("intent_ranking")
    assert ranking[0]["name"] == "greet"
    assert [r["confidence"] for r in ranking] == sorted((r["confidence"] for r in ranking), reverse=True)
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)
    assert not list(tmp_path.rglob("*.pkl"))


def test_blends_the_ranking_diet_already_set(tmp_path):
    storage, resource, context = _train(tmp_path, diet_weight=0.9)
    config = {**LinearIntentClassifier.get_default_config(), "diet_weight": 0.9}
    loaded = LinearIntentClassifier.load(config, storage, resource, context)
    message = Message(data={"text": "hello", "intent_ranking": [{"name": "report_fever", "confidence": 1.0}]})
    assert loaded.process([message])[0].get("intent")["name"] == "report_fever"


def test_untrained_component_leaves_messages_alone(tmp_path):
    storage, resource = LocalModelStorage(tmp_path), Resource("never_trained")
    context = ExecutionContext(GraphSchema({}), "test")
    component = LinearIntentClassifier.load({}, storage, resource, context)
    assert _parse(component, "hello").get("intent") is None


def test_softmax_is_a_distribution_that_keeps_the_order():
    p = softmax(np.array([[1.0, -0.5, 0.2]]), 3.0)
    assert p.sum() == pytest.approx(1.0)
    assert list(np.argsort(-p[0])) == [0, 2, 1]


def test_huge_message_of_one_long_word_is_classified_without_trying_to_correct_it(tmp_path):
    storage, resource, context = _train(tmp_path)
    loaded = LinearIntentClassifier.load(LinearIntentClassifier.get_default_config(), storage, resource, context)
    for text in ("x" * 20000, "a" * 300000, "zqxjv " * 50000):
        assert _parse(loaded, text).get("intent")["name"] in EXAMPLES
