"""The curated knowledge file: loading, validation and typed access.

Every answer the assistant gives comes from an entry here, and every entry names the source
documents and sections it rests on. Loading refuses a file with any defect, naming the entry
and the field, so a bad edit can never reach a patient.
"""
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

LEVELS = ("none", "doctor", "emergency")          # ordered: higher index, more urgent
KINDS = ("answer", "not_covered", "out_of_scope")
SOURCE_FIELDS = ("title", "label", "publisher", "date", "file")
ENTRY_FIELDS = ("id", "title", "answer", "escalation", "sources")


class KnowledgeError(ValueError):
    """The knowledge file is invalid; the message lists every problem found."""


def level_rank(level: str) -> int:
    return LEVELS.index(level)


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    label: str       # short name used in citations, e.g. "ACR patient fact sheet"
    publisher: str
    date: str
    file: str        # file name in shared/seeds


@dataclass(frozen=True)
class Citation:
    source: str
    section: str


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    answer: str
    escalation: str
    escalation_reason: str
    sources: Tuple[Citation, ...]
    kind: str = "answer"
    conflict: str = ""


@dataclass(frozen=True)
class Knowledge:
    sources: Dict[str, Source]
    entries: Dict[str, Entry]

    def entry(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def citation_line(self, entry: Entry) -> str:
        """One line naming where the answer comes from."""
        if not entry.sources:
            return ""
        parts = [f"{self.sources[c.source].label} — {c.section}" for c in entry.sources]
        return "Source: " + "; ".join(parts)


def _check_text(errors: List[str], where: str, data: dict, field: str) -> Optional[str]:
    value = data.get(field)
    if value is None:
        errors.append(f"{where}: missing field '{field}'")
        return None
    if not isinstance(value, str) or not value.strip():
        errors.append(f"{where}: field '{field}' must be non-empty text")
        return None
    return value.strip()


def _parse_sources(raw, errors: List[str]) -> Dict[str, Source]:
    if not isinstance(raw, dict) or not raw:
        errors.append("file: 'sources' must be a non-empty mapping of source id to details")
        return {}
    sources = {}
    for sid, data in raw.items():
        where = f"source '{sid}'"
        if not isinstance(data, dict):
            errors.append(f"{where}: must be a mapping")
            continue
        values = [_check_text(errors, where, data, f) for f in SOURCE_FIELDS]
        if None not in values:
            sources[sid] = Source(sid, *values)
    return sources


def _parse_citations(raw, where: str, sources: Dict[str, Source], errors: List[str]):
    if raw is None:
        errors.append(f"{where}: missing field 'sources'")
        return ()
    if not isinstance(raw, list):
        errors.append(f"{where}: field 'sources' must be a list")
        return ()
    citations = []
    for i, item in enumerate(raw):
        cwhere = f"{where}: sources[{i}]"
        if not isinstance(item, dict):
            errors.append(f"{cwhere} must be a mapping with 'source' and 'section'")
            continue
        sid = _check_text(errors, cwhere, item, "source")
        section = _check_text(errors, cwhere, item, "section")
        if sid and sid not in sources:
            errors.append(f"{cwhere}: unknown source id '{sid}' (known: {', '.join(sorted(sources))})")
        elif sid and section:
            citations.append(Citation(sid, section))
    return tuple(citations)


def _parse_entry(data, index: int, sources, errors: List[str]) -> Optional[Entry]:
    if not isinstance(data, dict):
        errors.append(f"entries[{index}]: must be a mapping")
        return None
    eid = data.get("id")
    where = f"entry '{eid}'" if isinstance(eid, str) and eid else f"entries[{index}]"
    n_errors = len(errors)
    values = {f: _check_text(errors, where, data, f) for f in ENTRY_FIELDS if f != "sources"}
    kind = data.get("kind", "answer")
    if kind not in KINDS:
        errors.append(f"{where}: field 'kind': unknown kind '{kind}' (expected one of {', '.join(KINDS)})")
    level = values["escalation"]
    if level and level not in LEVELS:
        errors.append(f"{where}: field 'escalation': unknown level '{level}' (expected one of {', '.join(LEVELS)})")
    reason = (data.get("escalation_reason") or "").strip()
    if level in ("doctor", "emergency") and not reason:
        errors.append(f"{where}: missing field 'escalation_reason' (required when escalation is {level})")
    citations = _parse_citations(data.get("sources"), where, sources, errors)
    if kind == "answer" and not citations and data.get("sources") is not None:
        errors.append(f"{where}: field 'sources': an answer entry must cite at least one source")
    if len(errors) > n_errors:
        return None
    return Entry(
        id=values["id"], title=values["title"], answer=values["answer"], escalation=level,
        escalation_reason=reason, sources=citations, kind=kind,
        conflict=(data.get("conflict") or "").strip(),
    )


def parse_knowledge(raw) -> Knowledge:
    """Validates the parsed YAML and builds typed objects, or raises KnowledgeError."""
    errors: List[str] = []
    if not isinstance(raw, dict):
        raise KnowledgeError("file: the knowledge file must be a mapping with 'sources' and 'entries'")
    sources = _parse_sources(raw.get("sources"), errors)
    entries: Dict[str, Entry] = {}
    raw_entries = raw.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        errors.append("file: 'entries' must be a non-empty list")
        raw_entries = []
    for i, data in enumerate(raw_entries):
        entry = _parse_entry(data, i, sources, errors)
        if entry is None:
            continue
        if entry.id in entries:
            errors.append(f"entry '{entry.id}': field 'id': duplicate id")
            continue
        entries[entry.id] = entry
    if errors:
        raise KnowledgeError("invalid knowledge file:\n  - " + "\n  - ".join(errors))
    return Knowledge(sources=sources, entries=entries)


def load_knowledge(path) -> Knowledge:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read knowledge file {path}: {exc}") from exc
    try:
        return parse_knowledge(raw)
    except KnowledgeError as exc:
        raise KnowledgeError(f"{path}: {exc}") from None


def main(argv=None) -> int:
    """`python -m bot.knowledge check`: validate the knowledge file and say so."""
    from bot.settings import load_settings

    path = load_settings().knowledge_path
    try:
        knowledge = load_knowledge(path)
    except KnowledgeError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"knowledge OK: {len(knowledge.entries)} entries from {len(knowledge.sources)} sources ({path})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
