"""The safety layer: finds emergency and doctor triggers in a patient's own words.

It reads every message next to the intent classifier and never relies on it. Rules live in
data/knowledge/red_flags.yml; this module compiles them into spaCy Matcher patterns and then
judges each match in its context (negated, uncertain, hypothetical, resolved), in the spirit of
NegEx/ConText but with the fixes a patient chat needs. docs/safety.md explains it for clinicians.
"""
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import spacy
import yaml
from spacy.matcher import Matcher

from bot import PROJECT_ROOT
from bot.knowledge import level_rank
from bot.normalise import normalise

RULES_PATH = PROJECT_ROOT / "data/knowledge/red_flags.yml"
GAP = 4                      # "..." in a pattern: up to this many words of the same clause
NEGATION_REACH = 6           # a negation cue this many words before a sign still negates it
NEGATIVE_HEADS = {"unable", "not", "no", "never", "hardly", "barely"}


@dataclass(frozen=True)
class Finding:
    trigger: str             # rule id, e.g. "face-swelling"
    level: str               # "emergency" or "doctor": what the rule raises the turn to
    entry: str               # knowledge entry that answers it
    phrase: str              # the words that matched
    status: str              # active | uncertain | hypothetical | negated | resolved

    @property
    def counts(self) -> bool:
        """Does this finding raise the escalation of the turn?"""
        return self.status in ("active", "uncertain", "hypothetical") or (
            self.status == "resolved" and self.level == "emergency")

    @property
    def effective_level(self) -> str:
        """Hypothetical emergencies inform, and allergic signs that are over still need the
        doctor (the sources: seek medical attention for any sign of an allergic reaction):
        both at doctor level, without the alarm. Everything else keeps its level."""
        if not self.counts:
            return "none"
        if self.status in ("hypothetical", "resolved") and self.level == "emergency":
            return "doctor"
        return self.level


@dataclass(frozen=True)
class Assessment:
    findings: Tuple[Finding, ...]
    hypothetical: bool = False     # the message asks in general ("what if", "what are the signs")

    @property
    def level(self) -> str:
        return max((f.effective_level for f in self.findings), key=level_rank, default="none")

    @property
    def emergency(self) -> bool:
        return self.level == "emergency"

    def counted(self) -> List[Finding]:
        return [f for f in self.findings if f.counts]

    def status_for_entry(self, entry_id: str) -> Optional[str]:
        """How the message speaks of the sign behind an entry: the most alarming status wins."""
        order = ["resolved", "negated", "hypothetical", "uncertain", "active"]
        statuses = [f.status for f in self.findings if f.entry == entry_id]
        return max(statuses, key=order.index) if statuses else None


def _slot(spec: str) -> dict:
    """One word slot: 'a|b*|c' -> a regex on the lower-case word."""
    alts = []
    for alt in spec.split("|"):
        alts.append(re.escape(alt[:-1]) + r"\w*" if alt.endswith("*") else re.escape(alt))
    return {"LOWER": {"REGEX": r"^(?:" + "|".join(alts) + r")$"}}


def _compile(pattern: str, breaks: List[str]) -> List[dict]:
    tokens = []
    for spec in pattern.split():
        if spec == "...":
            gap = {"IS_PUNCT": False, "LOWER": {"NOT_IN": breaks}, "OP": "?"}
            tokens.extend([gap] * GAP)
        else:
            tokens.append(_slot(spec))
    return tokens


def _phrase(text: str) -> List[dict]:
    return [_slot(word) for word in text.split()]


class RedFlagDetector:
    """Compiled rules. Build once (it loads spaCy's English tokenizer) and reuse."""

    def __init__(self, rules_path: Path = RULES_PATH):
        rules = yaml.safe_load(Path(rules_path).read_text(encoding="utf-8"))
        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("sentencizer")
        ctx = rules["context"]
        self.breaks = set(ctx["clause_breaks"])
        self.triggers: Dict[str, dict] = {t["id"]: t for t in rules["triggers"]}
        self.matcher = Matcher(self.nlp.vocab)
        self.cues = Matcher(self.nlp.vocab)
        breaks = sorted(self.breaks)
        for trig in rules["triggers"]:
            if "patterns" in trig:
                self.matcher.add(trig["id"], [_compile(p, breaks) for p in trig["patterns"]])
            for gi, group in enumerate(trig.get("together", [])):
                self.matcher.add(f"{trig['id']}#{gi}", [_phrase(p) for p in group])
        for kind in ("negation", "pseudo_negation", "uncertainty", "resolved", "correction"):
            self.cues.add(kind, [_phrase(p) for p in ctx[kind]])
        # Whole words only: "air out" must not cancel "no air outright", nor "warm it" "warm itchy".
        self.not_when = {t["id"]: [re.compile(r"(?<!\w)" + re.escape(normalise(x)) + r"(?!\w)")
                                   for x in t.get("not_when", [])] for t in rules["triggers"]}
        self.hypothetical = [re.compile(p) for p in ctx["hypothetical"]]
        self.happening_now = [re.compile(p) for p in ctx["happening_now"]]

    def assess(self, text: str) -> Assessment:
        doc = self.nlp(normalise(text or ""))
        cues = [(self.nlp.vocab.strings[k], s, e) for k, s, e in self.cues(doc)]
        spans = self._trigger_spans(doc)
        framed = self._framed_hypothetically(doc)
        findings = []
        for trig_id, start, end in spans:
            trig = self.triggers[trig_id]
            span = doc[start:end]
            status = self._status(doc, start, end, trig, cues, framed)
            level = trig["level"]
            if trig.get("local_to_site") and self._near_site(doc, start, end):
                level = trig["local_to_site"]
            findings.append((Finding(trig_id, level, trig["entry"], span.text, status), start, end))
        findings.sort(key=lambda item: item[1])          # in the order the message says them
        urgent = [(s, e) for f, s, e in findings if f.effective_level == "emergency"]
        kept = [f for f, s, e in findings
                if f.effective_level == "emergency" or not any(s < ue and us < e for us, ue in urgent)]
        return Assessment(tuple(_dedupe(kept)), framed)

    def _framed_hypothetically(self, doc) -> bool:
        return any(p.search(doc.text) for p in self.hypothetical) and not any(
            p.search(doc.text) for p in self.happening_now)

    def _trigger_spans(self, doc) -> List[Tuple[str, int, int]]:
        spans, groups = [], {}
        for key, start, end in self.matcher(doc):
            name = self.nlp.vocab.strings[key]
            trig_id, _, gi = name.partition("#")      # gi: part of a `together` rule
            # A `not_when` phrase cancels the match it overlaps (for a `together` rule, that part),
            # and only that: a cancelled match never hides another valid one.
            if self._excluded(doc[start:end], self.not_when[trig_id]):
                continue
            if gi:
                sent = 0 if self.triggers[trig_id].get("scope") == "message" else doc[start].sent.start
                groups.setdefault((trig_id, sent), {}).setdefault(int(gi), []).append((start, end))
            else:
                spans.append((name, start, end))
        for (trig_id, _), found in groups.items():
            if len(found) == len(self.triggers[trig_id]["together"]):
                for combo in list(itertools.product(*found.values()))[:64]:
                    spans.append((trig_id, min(s for s, _ in combo), max(e for _, e in combo)))
        # Longest match per trigger and start; drop matches inside a longer one of the same rule.
        spans.sort(key=lambda x: (x[0], x[1], -(x[2] - x[1])))
        kept = []
        for trig_id, start, end in spans:
            if any(t == trig_id and s <= start and end <= e for t, s, e in kept):
                continue
            kept.append((trig_id, start, end))
        return kept

    @staticmethod
    def _excluded(span, phrases) -> bool:
        """A `not_when` phrase ("room temperature") that overlaps the match cancels it."""
        sent = span.sent
        lo, hi = span.start_char - sent.start_char, span.end_char - sent.start_char
        for phrase in phrases:
            for m in phrase.finditer(sent.text):
                if m.start() < hi and lo < m.end():
                    return True
        return False

    def _clause(self, doc, start: int, end: int) -> Tuple[int, int]:
        sent = doc[start].sent
        left = start
        while left > sent.start and doc[left - 1].lower_ not in self.breaks:
            left -= 1
        right = end
        while right < sent.end and doc[right].lower_ not in self.breaks:
            right += 1
        return left, right

    def _status(self, doc, start, end, trig, cues, framed: bool) -> str:
        sent = doc[start].sent
        left, right = self._clause(doc, start, end)
        doubt = [(s, e) for k, s, e in cues if k == "uncertainty" and sent.start <= s < sent.end]
        in_doubt = lambda s, e: any(ds <= s and e <= de for ds, de in doubt)  # noqa: E731
        pseudo = [(s, e) for k, s, e in cues if k == "pseudo_negation"]
        not_a_negation = lambda s, e: in_doubt(s, e) or any(ps <= s and e <= pe for ps, pe in pseudo)  # noqa: E731
        # A resolution cue inside the sign itself ("lips have gone swollen") means "became".
        # It reaches the next clause when that clause refers back: "... but it went away".
        # So does "gone" just before it, with no break between: "my arm has gone red", "gone all blotchy".
        became = lambda s, e: (doc[s:e].text.lower() == "gone" and 0 <= start - e <= 2  # noqa: E731
                               and not any(t.lower_ in self.breaks for t in doc[e:start]))
        reach = self._referring_clause_end(doc, right)
        if not trig.get("history_counts") and any(
                k == "resolved" and left <= s and e <= reach and not (start <= s < end)
                and not became(s, e) and not self._negated_cue(doc, s, cues) for k, s, e in cues):
            return "resolved"
        built_on_negative = doc[start].lower_ in NEGATIVE_HEADS
        for kind, s, e in cues:
            if kind != "negation" or not_a_negation(s, e):
                continue
            before = left <= s < start and start - s <= NEGATION_REACH
            inside = start < s < end and not built_on_negative
            if before or inside:
                # "I'm not pregnant, sorry, I mean I am": a correction later in the message
                # takes the denial back, so the sign is in doubt, and doubt escalates (H48).
                if any(k == "correction" and s2 >= end for k, s2, _ in cues):
                    return "uncertain"
                return "negated"
        if framed and any(p.search(sent.text) for p in self.hypothetical):
            return "hypothetical"
        return "uncertain" if doubt else "active"

    def _referring_clause_end(self, doc, right: int) -> int:
        """End of the following clause if it starts with a pronoun (it, they, that, this)."""
        i = right
        sent_end = doc[right - 1].sent.end
        while i < sent_end and doc[i].lower_ in self.breaks:
            i += 1
        if i < sent_end and doc[i].lower_ in {"it", "they", "that", "this", "both", "all"}:
            return self._clause(doc, i, i + 1)[1]
        return right

    @staticmethod
    def _negated_cue(doc, cue_start, cues) -> bool:
        """'will not go away', 'not gone': a resolution cue that is itself negated means it lasts."""
        return any(k == "negation" and 0 < cue_start - s <= 3 for k, s, _ in cues)

    def _near_site(self, doc, start, end) -> bool:
        left, right = self._clause(doc, start, end)
        words = {t.lower_ for t in doc[max(left - 3, doc[start].sent.start):right]}
        return bool(words & {"site", "sites", "spot", "injection", "inject", "injected", "shot"})


def _dedupe(findings: List[Finding]) -> List[Finding]:
    """One finding per trigger: the most alarming reading of it wins."""
    order = ["resolved", "negated", "hypothetical", "uncertain", "active"]
    best: Dict[str, Finding] = {}
    for f in findings:
        cur = best.get(f.trigger)
        if cur is None or (level_rank(f.effective_level), order.index(f.status)) > (
                level_rank(cur.effective_level), order.index(cur.status)):
            best[f.trigger] = f
    return sorted(best.values(), key=lambda f: -level_rank(f.effective_level))


@lru_cache(maxsize=1)
def detector() -> RedFlagDetector:
    return RedFlagDetector()


def assess(text: str) -> Assessment:
    return detector().assess(text)
