"""Decides one turn: what to say and how urgent it is, from NLU and the safety layer together.

Escalation is the highest of (a) what the safety layer finds in the words themselves and
(b) the escalation of the entry the classifier chose. Either path alone can raise a turn;
only the safety layer's reading of the words (negated, over, hypothetical) can lower (b).
"""
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from bot import input_guard, replies
from bot.knowledge import Entry, Knowledge, level_rank
from bot.red_flags import Assessment
from bot.routing import Routing
from bot.settings import Settings

FALLBACK_INTENT = "nlu_fallback"
MAX_BUTTONS = 3

# Stems of words about health, medicines or injecting. When the classifier is unsure and a
# message has none of these (and no entity, and no safety finding), it is not about Kineret:
# "who is the president", "recipe for banana bread". Kept broad on purpose: a message with any
# of them still gets "please rephrase" with topic buttons.
_HEALTH_WORD = re.compile(
    r"\b(kin[aenr]|anak|anik|shot|inject|syring|needle|dos(e|es|ing)\b|jab|meds?\b|medic|drug|pill|tablet|"
    r"treat|doctor|dr\b|nurse|pharm|fridge|pregn|baby|babies|breast|fever|temp|sick|ill\b|unwell|"
    r"pain|hurt|sore|ache|swel|swol|rash|itch|red\b|breath|throat|skin|blood|test|infect|side|"
    r"effect|allerg|react|surg|operat|vaccin|child|son\b|daughter|kid|body|feel|symptom|joint|"
    r"arthrit|kidney|liver|heart|chest|stomach|tummy|head|dizz|faint|vomit|nause|lump|bump|spot|"
    r"health|steroid|cancer|tb\b|tuberc|alcohol|drink|food|eat|diet|"
    r"travel|fly|stop|miss|forgot|late)")


def about_health(text: str) -> bool:
    return bool(_HEALTH_WORD.search(text.lower()))


def names_kineret(nlu: "Nlu") -> bool:
    return any(e.get("entity") == "drug" and e.get("value") == "kineret" for e in nlu.entities)


@dataclass(frozen=True)
class Nlu:
    """What Rasa NLU made of the message (plain data, so this module needs no Rasa)."""
    text: str
    intent: str = ""
    confidence: float = 0.0
    ranking: Sequence[Tuple[str, float]] = ()
    entities: Sequence[dict] = ()

    @classmethod
    def from_message(cls, msg: dict, text: Optional[str] = None) -> "Nlu":
        """From Rasa's parse result (the tracker's latest_message has the same shape)."""
        msg = msg or {}
        intent = msg.get("intent") or {}
        return cls(text=(msg.get("text") or "") if text is None else text,
                   intent=intent.get("name") or "", confidence=float(intent.get("confidence") or 0.0),
                   ranking=tuple((r.get("name", ""), float(r.get("confidence") or 0.0))
                                 for r in msg.get("intent_ranking") or []),
                   entities=tuple(msg.get("entities") or ()))


@dataclass(frozen=True)
class Message:
    text: str
    kind: str                       # answer | emergency | glue | prompt
    entry: str = ""
    escalation: str = "none"
    citation: str = ""
    buttons: Tuple[dict, ...] = ()
    response: str = ""              # a domain response name, for glue


@dataclass
class Turn:
    messages: List[Message]
    topic: str
    topics: List[str]
    escalation: str = "none"
    reasons: List[str] = field(default_factory=list)
    findings: List[str] = field(default_factory=list)   # "trigger:status", for the audit trail

    @property
    def reason(self) -> str:
        return " ".join(self.reasons)


def topic_of(entry: Entry) -> str:
    if entry.kind == "out_of_scope":
        return "out_of_scope"
    if entry.id == "not-covered":
        return "not_covered"
    return entry.id


def _classifier_level(entry: Entry, safety: Assessment) -> str:
    """The chosen entry's escalation, lowered only where the words themselves say so."""
    status = safety.status_for_entry(entry.id)
    if status == "negated" or (status == "resolved" and entry.escalation != "emergency"):
        return "none"
    if entry.escalation == "emergency" and (status in ("hypothetical", "resolved") or (
            status is None and safety.hypothetical and not safety.emergency)):
        return "doctor"
    return entry.escalation


def decide(nlu: Nlu, safety: Assessment, knowledge: Knowledge, routing: Routing,
           settings: Settings, known_words=frozenset()) -> Turn:
    levels: Dict[str, str] = {}                       # entry id -> level, in order found

    def add(entry_id: str, level: str) -> None:
        if level_rank(level) >= level_rank(levels.get(entry_id, "none")):
            levels[entry_id] = level

    problem = input_guard.problem(nlu.text, known_words)
    glue = routing.glue.get(nlu.intent)
    chosen: Optional[str] = None
    if problem in (None, "not_english") and not glue and nlu.intent != FALLBACK_INTENT:
        chosen = routing.entry_for(nlu.intent, nlu.entities)
    # Another language ("Aama lai jworo aayo, 38.6, Kineret ma cha"): the classifier's guess is
    # answered only when its entry escalates, as with made-up words below; a doctor or emergency
    # guess is never dropped for "please write in English". The rest get that request.
    if problem and chosen and knowledge.entry(chosen).escalation == "none":
        chosen = None
    # Made-up words and nothing about health ("blorp the thing with the whatsit"): the classifier
    # still picks a topic, often confidently, from fragments of letters. Such a guess is not
    # answered, unless its entry escalates (a doctor or emergency guess is never dropped).
    if (chosen and knowledge.entry(chosen).escalation == "none" and not nlu.entities
            and not about_health(nlu.text) and input_guard.made_up_word(nlu.text, known_words)):
        chosen = None
    # A message that names Kineret is never out of scope ("the wife is on humira, can she also
    # take anakinra"): rather than "I can only answer questions about Kineret", offer topics.
    if chosen and knowledge.entry(chosen).kind == "out_of_scope" and names_kineret(nlu):
        chosen = None

    general = routing.answers.get(nlu.intent)
    for finding in safety.counted():
        # A finding for the general entry ("vaccines") is answered by the more specific one
        # the classifier chose ("vaccines-tetanus"), at the finding's level, if that entry carries
        # the same concern. Methotrexate does not carry another medicine's ("ibuprofen with my
        # methotrexate tablets, ok with kineret?"): both answers are given.
        refines = chosen and finding.entry == general and level_rank(
            knowledge.entry(chosen).escalation) >= level_rank(finding.effective_level)
        add(chosen if refines else finding.entry, finding.effective_level)
    if chosen:
        entry = knowledge.entry(chosen)
        if not (levels and entry.kind == "out_of_scope"):
            add(chosen, _classifier_level(entry, safety))

    findings = [f"{f.trigger}:{f.status}" for f in safety.findings]
    if levels:
        return _answers(levels, safety, knowledge, settings, findings, first=chosen)
    if problem:
        return Turn([Message(replies.input_problem(problem, settings), "prompt")], "input_problem", [],
                    findings=findings)
    if glue:
        return Turn([Message("", "glue", response=glue.response)], glue.topic, [], findings=findings)
    out_of_scope = routing.answers.get("out_of_scope")
    if out_of_scope and not nlu.entities and not about_health(nlu.text):
        return _answers({out_of_scope: "none"}, safety, knowledge, settings, findings)
    return Turn([Message(replies.fallback_prompt(settings), "prompt",
                         buttons=tuple(_topic_buttons(nlu, knowledge, routing)))],
                "fallback", [], findings=findings)


def _answers(levels: Dict[str, str], safety: Assessment, knowledge: Knowledge,
             settings: Settings, findings: List[str], first: Optional[str] = None) -> Turn:
    # Highest level first; at the same level the entry for what was asked (the classifier's
    # choice) before those the safety layer added ("am I more at risk of infections": the
    # infection-risk answer, then the one about having an infection).
    order = sorted(levels, key=lambda eid: (-level_rank(levels[eid]), eid != first))
    top = levels[order[0]]
    messages = []
    if top == "emergency":                     # whichever path raised it, the alarm comes first
        messages.append(Message(replies.emergency_banner(settings), "emergency", escalation="emergency"))
    reasons = []
    for eid in order:
        entry, level = knowledge.entry(eid), levels[eid]
        messages.append(Message(replies.answer_text(entry, level, knowledge, settings), "answer",
                                entry=eid, escalation=level, citation=knowledge.citation_line(entry)))
        if level != "none" and entry.escalation_reason and entry.escalation_reason not in reasons:
            reasons.append(entry.escalation_reason)
    topics = [topic_of(knowledge.entry(eid)) for eid in order]
    return Turn(messages, topics[0], topics, top, reasons, findings)


def _topic_buttons(nlu: Nlu, knowledge: Knowledge, routing: Routing) -> List[dict]:
    buttons = []
    for intent, _ in nlu.ranking:
        entry_id = routing.answers.get(intent)
        if not entry_id or knowledge.entry(entry_id).kind == "out_of_scope":
            continue
        buttons.append({"title": knowledge.entry(entry_id).title, "payload": f"/{intent}"})
        if len(buttons) == MAX_BUTTONS:
            break
    return buttons
