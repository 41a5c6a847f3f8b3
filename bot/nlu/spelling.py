"""Spelling correction for the intent classifier: a word that is neither English nor in the
training data ("kinerit", "feaver", "antybiotics") becomes the most frequent training word one
edit away (a letter left out, added, changed, or two swapped).

Why: character n-grams carry a typo only part of the way, and a message made of them falls to
"please rephrase". Real English words are never changed ("whether" stays, not "weather"), and
short words are left alone: one edit turns too many of them into another word. So are very
long ones ("x" typed 20,000 times), whose edits alone would fill the memory.
"""
import re
from collections import Counter
from typing import Dict, Iterable

from bot.english import english_words

MIN_LENGTH = 5      # shorter words: one edit away from too many others
MAX_LENGTH = 24     # longer "words" are keyboard runs; their edits would cost memory and time
MIN_COUNT = 2       # a correction must be a word the training data uses more than once
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_WORD = re.compile(r"[a-z]+")


def word_counts(texts: Iterable[str]) -> Dict[str, int]:
    return dict(Counter(w for text in texts for w in _WORD.findall(text.lower())))


def _one_edit(word: str) -> set:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
            | {a + c + b for a, b in splits for c in _LETTERS})


class Speller:
    def __init__(self, counts: Dict[str, int]) -> None:
        self.counts = counts
        self.english = english_words()     # read when the model loads, not on a patient's message
        self._fixes: Dict[str, str] = {}

    def fix(self, word: str) -> str:
        if not MIN_LENGTH <= len(word) <= MAX_LENGTH or word in self.counts or word in self.english:
            return word
        if word not in self._fixes:
            if len(self._fixes) > 10_000:      # patients' words are unbounded; the memo is not
                self._fixes.clear()
            candidates = [w for w in _one_edit(word) if self.counts.get(w, 0) >= MIN_COUNT]
            self._fixes[word] = max(candidates, key=lambda w: (self.counts[w], w)) if candidates else word
        return self._fixes[word]

    def correct(self, text: str) -> str:
        return _WORD.sub(lambda m: self.fix(m.group()), text.lower())
