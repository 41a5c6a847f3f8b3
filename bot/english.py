"""English words we can vouch for, from spacy-lookups-data (installed with the project, nothing
downloaded): every form and lemma in its English lemma table, and spaCy's stop words."""
from functools import lru_cache
from pathlib import Path

import spacy_lookups_data
import srsly
from spacy.lang.en.stop_words import STOP_WORDS


@lru_cache(maxsize=1)
def english_words() -> frozenset:
    table = srsly.read_gzip_json(Path(spacy_lookups_data.__file__).parent / "data" / "en_lemma_lookup.json.gz")
    return frozenset(table) | frozenset(table.values()) | frozenset(STOP_WORDS)
