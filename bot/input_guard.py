"""Recognises input the assistant cannot answer as a question: empty, huge, unreadable, not English.

The safety layer still reads any text that is there (a long story can hide an emergency);
this only decides whether to ask the person to try again instead of guessing an answer.
"""
import re
import unicodedata
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS

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
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) >= 4 and not any(w in STOP_WORDS or w in known_words for w in words):
        return "not_english"
    return None
