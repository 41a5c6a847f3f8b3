"""English words we can vouch for, from spacy-lookups-data (installed with the project, nothing
downloaded): every form and lemma in its English lemma table, spaCy's stop words, and how often
common words occur."""
from functools import lru_cache
from pathlib import Path
from typing import Dict

import spacy_lookups_data
import srsly
from spacy.lang.en.stop_words import STOP_WORDS

_TABLES = Path(spacy_lookups_data.__file__).parent / "data"


@lru_cache(maxsize=1)
def english_words() -> frozenset:
    table = srsly.read_gzip_json(_TABLES / "en_lemma_lookup.json.gz")
    return frozenset(table) | frozenset(table.values()) | frozenset(STOP_WORDS)


def word_frequencies(at_least: float) -> Dict[str, float]:
    """Lower-case words with their log frequency in a large web corpus, if it is at least `at_least`."""
    table = srsly.read_gzip_json(_TABLES / "en_lexeme_prob.json.gz")
    return {word: prob for word, prob in table.items() if prob >= at_least and word.isalpha() and word.islower()}
