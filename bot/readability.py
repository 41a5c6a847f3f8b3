"""Flesch-Kincaid grade level, our own small implementation (no extra dependency).

grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
Syllables are counted by vowel groups with the usual English corrections; good enough to
keep answers at a school grade 6-8 level, which is what the check is for.
"""
import re

_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n\s*\n")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)?")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    word = word.lower().strip("'’-")
    if not word or word[0].isdigit():
        return 1
    count = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1                      # silent e: "take", "use"
    if word.endswith(("es", "ed")) and not word.endswith(("ses", "zes", "ces", "ges", "ted", "ded")) and count > 1:
        count -= 1                      # "takes", "asked"
    return max(count, 1)


def fk_grade(text: str) -> float:
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len([s for s in _SENTENCE_END.split(text) if _WORD.search(s)]))
    syll = sum(syllables(w) for w in words)
    return 0.39 * (len(words) / sentences) + 11.8 * (syll / len(words)) - 15.59
