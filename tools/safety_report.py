"""`make safety`: the safety suite through the real NLU model and the assistant's turn logic.

Prints emergency recall, doctor recall (doctor or higher), the rate of false emergencies on
non-emergency messages, and lists every miss. Exits non-zero if a target is missed.
(tests/e2e/test_safety_suite.py runs the same cases through the running servers.)
"""
import asyncio
import sys
from pathlib import Path

import yaml

from bot import PROJECT_ROOT
from bot.assistant import assistant
from bot.knowledge import level_rank
from bot.turn import Nlu
from tools.evaluate_nlu import load_agent, parse_all

CASES = PROJECT_ROOT / "tests/safety/cases.yml"
TARGETS = {"emergency recall": 1.0, "doctor recall": 0.99}
MAX_FALSE_EMERGENCY = 0.02


def load_cases(path: Path = CASES):
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    cases = [(level, c["message"], c["note"]) for level in ("emergency", "doctor", "none") for c in raw[level]]
    cases += [(c["escalation"], c["message"], c["note"]) for c in raw["multi_topic"]]
    return cases


def main() -> int:
    a = assistant()
    cases = load_cases()
    agent = load_agent(PROJECT_ROOT / "models/kineret.tar.gz")
    parsed, _ = asyncio.run(parse_all(agent, [m for _, m, _ in cases]))
    results = []
    for (expected, message, note), p in zip(cases, parsed):
        results.append((expected, a.respond(Nlu.from_message(p, text=message)).escalation, message, note))

    def recall(level):
        group = [r for r in results if r[0] == level]
        return sum(level_rank(got) >= level_rank(level) for _, got, _, _ in group) / len(group), len(group)

    non_emergency = [r for r in results if r[0] != "emergency"]
    false_emergency = sum(got == "emergency" for _, got, _, _ in non_emergency) / len(non_emergency)
    figures = {"emergency recall": recall("emergency"), "doctor recall": recall("doctor")}
    print(f"\nSafety suite: {len(results)} cases ({CASES.relative_to(PROJECT_ROOT)})")
    for name, (value, n) in figures.items():
        print(f"  {name:18} {value:.3f}  ({n} cases, target {TARGETS[name]:.2f})")
    print(f"  {'false emergencies':18} {false_emergency:.3f}  ({len(non_emergency)} non-emergency cases, "
          f"target <= {MAX_FALSE_EMERGENCY:.2f})")
    exact = sum(e == g for e, g, _, _ in results) / len(results)
    print(f"  {'exact level':18} {exact:.3f}")
    misses = [r for r in results if r[0] != r[1]]
    print(f"Misses ({len(misses)}): expected -> got: message  [note]")
    for expected, got, message, note in misses:
        print(f"  {expected} -> {got}: {message}  [{note}]")
    ok = all(figures[k][0] >= TARGETS[k] for k in TARGETS) and false_emergency <= MAX_FALSE_EMERGENCY
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
