"""Reads the four source documents (shared/seeds) for provenance checks and reports.

Only tests and reports use this; the running assistant answers from the knowledge file alone.
"""
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import List, Optional

from bot import PROJECT_ROOT

NUMBER = re.compile(r"\d+(?:\.\d+)?")
WORD = re.compile(r"[a-z0-9]+")
# Lines that look short like headings but are not: table cells, reference lists, links.
_NOT_HEADING = re.compile(r"(\|$|^[-•»\[]|^\d+\.|^www\.|https?://|^Skip to Content$|^Watch |"
                          r"\.\d+( \d+)*$|†|;|^\d|^(Brand name|Drug class|Updated) )")


def seeds_dir() -> Optional[Path]:
    """The seeds folder: $KINERET_SEEDS, else ../shared/seeds beside the project; None if absent."""
    path = Path(os.environ.get("KINERET_SEEDS", PROJECT_ROOT.parent / "shared" / "seeds"))
    return path if path.is_dir() else None


@lru_cache(maxsize=None)
def read_source(file_name: str) -> str:
    folder = seeds_dir()
    if folder is None:
        raise FileNotFoundError("source documents not found (set KINERET_SEEDS or put shared/seeds beside the project)")
    return (folder / file_name).read_text(encoding="utf-8")


def lines(text: str) -> List[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def find_section(text: str, cited: str) -> Optional[str]:
    """The heading line a citation names: the whole line exactly as written, or, for a long
    heading, the one line that starts with the cited opening words ending in "…"."""
    cited, body = cited.strip(), lines(text)
    if cited in body:
        return cited
    if cited.endswith("…"):
        matches = [line for line in body if line.startswith(cited[:-1].rstrip())]
        if len(matches) == 1:
            return matches[0]
    return None


def has_section(text: str, heading: str) -> bool:
    return find_section(text, heading) is not None


def headings(text: str) -> List[str]:
    """Heading-like lines: short, no full stop at the end, followed by more text."""
    found = []
    body = lines(text)
    for i, line in enumerate(body[:-1]):
        if len(line) > 90 or line.endswith((".", ":", ",", ";")) or _NOT_HEADING.search(line):
            continue
        if len(WORD.findall(line.lower())) > 14:
            continue
        found.append(line)
    return list(dict.fromkeys(found))


def numbers(text: str) -> set:
    """Every number written in the text, normalised (so '2.0' and '2' do not differ)."""
    return {_norm(n) for n in NUMBER.findall(text)}


def _norm(number: str) -> str:
    return number.rstrip("0").rstrip(".") if "." in number else number.lstrip("0") or "0"


def words(text: str) -> List[str]:
    return WORD.findall(text.lower())


def shared_runs(text: str, source_text: str, length: int = 8) -> List[str]:
    """Runs of `length` words that `text` copies from `source_text`."""
    src = words(source_text)
    grams = {" ".join(src[i:i + length]) for i in range(len(src) - length + 1)}
    own = words(text)
    return [" ".join(own[i:i + length]) for i in range(len(own) - length + 1)
            if " ".join(own[i:i + length]) in grams]
