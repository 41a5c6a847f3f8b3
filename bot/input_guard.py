"""Recognises input the assistant cannot answer as a question: empty, huge, unreadable, not English,
or resting on made-up words.

The safety layer still reads any text that is there (a long story can hide an emergency);
this only decides whether to ask the person to try again instead of guessing an answer.
"""
import re
import unicodedata
from functools import lru_cache
from typing import Optional

import yaml

from bot import PROJECT_ROOT
from bot.english import english_words

MAX_CHARS = 1500
_TAG = re.compile(r"<[^>]{0,200}>")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def clean(text) -> str:
    """Text without control characters, HTML tags or runs of white space."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" or ch in "\n\t" else " " for ch in text)
    text = _TAG.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def problem(raw_text, known_words=frozenset()) -> Optional[str]:
    """'empty', 'too_long', 'unreadable', 'not_english', or None when it reads as an English message."""
    text = clean(raw_text)
    if not text:
        return "empty"
    if len(raw_text) > MAX_CHARS:
        return "too_long"
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < max(2, len(text) * 0.3):
        return "unreadable"
    latin = sum(1 for ch in letters if ch.isascii())
    if latin < len(letters) * 0.6:
        return "not_english"
    # Most words unknown to English: another language. Keyword queries with no stop word
    # ("clinic hours tomorrow morning") are English all the same.
    words = [w.lower() for w in _WORD.findall(text)]
    familiar = sum(_is_familiar(w, known_words) for w in words)
    if len(words) >= 4 and familiar < len(words) / 2:
        return "not_english"
    return None


@lru_cache(maxsize=1)
def familiar_words() -> frozenset:
    """Words we can vouch for: English (bot/english.py) and every word of the NLU training data
    (typos and drug names included)."""
    words = set(english_words())
    for path in sorted((PROJECT_ROOT / "data/nlu").glob("*.yml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            words.update(re.findall(r"[a-z]+", str(item.get("examples", "")).lower()))
    return frozenset(words)


def _is_familiar(word: str, known_words=frozenset()) -> bool:
    return word in known_words or word in familiar_words()


def made_up_word(text, known_words=frozenset()) -> bool:
    """Does the message use a word no dictionary or example of ours has ("blorp", "zorp")?"""
    words = [w for w in re.findall(r"[a-z]+", clean(text).lower()) if len(w) > 2]
    return not all(_is_familiar(w, known_words) for w in words)
