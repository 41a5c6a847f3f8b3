"""`make knowledge-report`: entries by source and escalation level, and uncited source sections."""
import sys
from collections import Counter, defaultdict

from bot.knowledge import LEVELS, load_knowledge
from bot.settings import load_settings
from bot import sources


def main() -> int:
    knowledge = load_knowledge(load_settings().knowledge_path)
    entries = list(knowledge.entries.values())
    print(f"{len(entries)} entries. By kind: " + ", ".join(
        f"{k} {n}" for k, n in Counter(e.kind for e in entries).items()))
    print("\nEntries citing each source, by escalation level:")
    header = f"  {'source':20}" + "".join(f"{lvl:>11}" for lvl in LEVELS) + f"{'total':>8}"
    print(header)
    for sid in knowledge.sources:
        by_level = Counter(e.escalation for e in entries if any(c.source == sid for c in e.sources))
        print(f"  {sid:20}" + "".join(f"{by_level[lvl]:>11}" for lvl in LEVELS) + f"{sum(by_level.values()):>8}")
    uncited = Counter(e.escalation for e in entries if not e.sources)
    print(f"  {'(no source: '+'not covered)':20}" + "".join(f"{uncited[lvl]:>11}" for lvl in LEVELS))

    print("\nEntries by escalation level:")
    for level in LEVELS:
        ids = [e.id for e in entries if e.escalation == level]
        print(f"  {level} ({len(ids)}): {', '.join(ids)}")
    print("\nEntries where the sources disagree: " + ", ".join(e.id for e in entries if e.conflict))

    if sources.seeds_dir() is None:
        print("\nSource documents not found (../shared/seeds): cannot list uncited sections.")
        return 0
    cited = defaultdict(set)
    for e in entries:
        for c in e.sources:
            text = sources.read_source(knowledge.sources[c.source].file)
            cited[c.source].add(sources.find_section(text, c.section) or c.section)
    print("\nSource sections (heading-like lines) that no entry cites:")
    for sid, source in knowledge.sources.items():
        missing = [h for h in sources.headings(sources.read_source(source.file)) if h not in cited[sid]]
        print(f"  {sid}: " + ("; ".join(missing) if missing else "(none)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
