"""An intent classifier for Rasa: TF-IDF over words and character n-grams, and a linear SVM.

Why: on messages it never trained on (eval/heldout.yml, eval/dev.yml) it recognised more
patient questions than DIET given the same data (README, "Understanding"). Character n-grams
carry meaning through typos ("kinerer", "pregant"); TF-IDF weighting with length normalisation
keeps a long story from drowning the few words that say what is asked.

Every text, in training and in use, is first read the way the safety layer reads it
(bot/normalise.py), then spelling-corrected towards the training words (bot/nlu/spelling.py).

It runs after DIETClassifier and blends DIET's ranking with its own (`diet_weight`), so the
intent and ranking Rasa reports are the blend. Confidences are a softmax of the SVM's scores
(`softmax_scale`), which the FallbackClassifier thresholds are tuned against.

The trained model is saved as plain arrays and JSON (no pickle), so loading runs no code.
"""
import json
from typing import Any, Dict, List, Optional, Text

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.spelling import Speller, word_counts
from bot.normalise import normalise, split_words

RANKING_LENGTH = 10
VECTORIZERS = {"words": ("word", "word_ngrams"),       # name -> (analyzer, config key of its n-grams)
               "chars": ("char_wb", "char_ngrams")}


def _vectorizer(name: str, config: Dict[Text, Any], vocabulary=None) -> TfidfVectorizer:
    analyzer, ngrams = VECTORIZERS[name]
    return TfidfVectorizer(analyzer=analyzer, ngram_range=tuple(config[ngrams]), sublinear_tf=True,
                           lowercase=True, vocabulary=vocabulary)


def softmax(scores: np.ndarray, scale: float) -> np.ndarray:
    z = scale * (scores - scores.max(axis=1, keepdims=True))
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearIntentClassifier(GraphComponent, IntentClassifier):

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"word_ngrams": [1, 2], "char_ngrams": [1, 4], "C": 1.0,
                "softmax_scale": 3.0, "diet_weight": 0.0}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 vectorizers: Optional[Dict[str, TfidfVectorizer]] = None,
                 classes: Optional[np.ndarray] = None, coef: Optional[np.ndarray] = None,
                 intercept: Optional[np.ndarray] = None,
                 word_counts: Optional[Dict[str, int]] = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self._storage, self._resource = model_storage, resource
        self.vectorizers = vectorizers or {}
        self.classes, self.coef, self.intercept = classes, coef, intercept
        self.speller = Speller(word_counts or {})

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "LinearIntentClassifier":
        return cls(config, model_storage, resource)

    def _prepare(self, texts: List[str]) -> List[str]:
        return [self.speller.correct(normalise(text)) for text in texts]

    def _features(self, prepared: List[str]):
        return hstack([self.vectorizers[name].transform(prepared) for name in VECTORIZERS]).tocsr()

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(TEXT) and m.get(INTENT)]
        normalised = [normalise(m.get(TEXT)) for m in examples]
        # The speller learns every training word, so it leaves the training examples as they are.
        self.speller = Speller(word_counts(normalised))
        self.vectorizers = {name: _vectorizer(name, self.config).fit(normalised) for name in VECTORIZERS}
        svm = LinearSVC(C=self.config["C"], random_state=42, max_iter=5000)
        svm.fit(self._features(normalised), [m.get(INTENT) for m in examples])
        self.classes, self.coef, self.intercept = svm.classes_, svm.coef_, svm.intercept_
        self.persist()
        return self._resource

    def scores(self, texts: List[str]) -> np.ndarray:
        """Confidence per intent (columns in the order of self.classes), one row per text."""
        raw = self._features(self._prepare(texts)) @ self.coef.T + self.intercept
        if len(self.classes) == 2:                      # a binary SVM has one score column
            raw = np.column_stack([-raw[:, 0], raw[:, 0]])
        return softmax(np.asarray(raw), self.config["softmax_scale"])

    def process(self, messages: List[Message]) -> List[Message]:
        if self.classes is None:
            return messages
        texts = [m.get(TEXT) or "" for m in messages]
        for message, row in zip(messages, self.scores(texts)):
            confidence = dict(zip(self.classes.tolist(), row.tolist()))
            weight = self.config["diet_weight"]
            if weight:
                diet = {r["name"]: r["confidence"] for r in message.get(INTENT_RANKING_KEY) or []}
                confidence = {k: (1 - weight) * v + weight * diet.get(k, 0.0) for k, v in confidence.items()}
            ranking = sorted(({"name": k, "confidence": float(v)} for k, v in confidence.items()),
                             key=lambda r: -r["confidence"])[:RANKING_LENGTH]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    def persist(self) -> None:
        with self._storage.write_to(self._resource) as directory:
            np.savez(directory / "svm.npz", coef=self.coef, intercept=self.intercept,
                     **{f"idf_{name}": v.idf_ for name, v in self.vectorizers.items()})
            meta = {"classes": self.classes.tolist(), "word_counts": self.speller.counts,
                    "vocabulary": {name: {term: int(i) for term, i in v.vocabulary_.items()}
                                   for name, v in self.vectorizers.items()}}
            (directory / "meta.json").write_text(json.dumps(meta), encoding="utf-8")

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "LinearIntentClassifier":
        config = {**cls.get_default_config(), **config}
        try:
            with model_storage.read_from(resource) as directory:
                arrays = np.load(directory / "svm.npz", allow_pickle=False)
                meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):     # not trained (no intent examples)
            return cls(config, model_storage, resource)
        vectorizers = {}
        for name in VECTORIZERS:
            vectorizer = _vectorizer(name, config, vocabulary=meta["vocabulary"][name])
            vectorizer.idf_ = arrays[f"idf_{name}"]
            vectorizers[name] = vectorizer
        split_words()        # read now, not on a patient's first message
        return cls(config, model_storage, resource, vectorizers, np.array(meta["classes"]),
                   arrays["coef"], arrays["intercept"], meta["word_counts"])
