"""Everything a running assistant needs, loaded and validated once at start-up."""
from dataclasses import dataclass
from functools import lru_cache

from bot import input_guard
from bot.knowledge import Knowledge, load_knowledge
from bot.normalise import split_words
from bot.red_flags import RedFlagDetector, detector
from bot.routing import Routing, load_routing
from bot.settings import Settings, load_settings
from bot.spacy_pipeline import load_vocabulary
from bot.turn import Nlu, Turn, decide


@dataclass(frozen=True)
class Assistant:
    knowledge: Knowledge
    routing: Routing
    settings: Settings
    red_flags: RedFlagDetector
    known_words: frozenset

    def respond(self, nlu: Nlu) -> Turn:
        safety = self.red_flags.assess(nlu.text)
        return decide(nlu, safety, self.knowledge, self.routing, self.settings, self.known_words)


def check_consistency(knowledge: Knowledge, routing: Routing) -> None:
    """Every intent must answer from an entry that exists: refuse to start otherwise."""
    missing = sorted({e for e in list(routing.answers.values()) + [r["entry"] for r in routing.refinements]
                      if e not in knowledge.entries})
    if missing:
        raise ValueError(f"data/knowledge/intents.yml names entries missing from the knowledge file: {missing}")


@lru_cache(maxsize=1)
def assistant() -> Assistant:
    settings = load_settings()
    knowledge = load_knowledge(settings.knowledge_path)   # raises KnowledgeError on any defect
    routing = load_routing()
    check_consistency(knowledge, routing)
    words = frozenset(w.lower() for values in load_vocabulary().values()
                      for forms in values.values() for f in forms for w in str(f).split())
    input_guard.familiar_words()   # read once at start-up, not on a patient's first message
    split_words()
    return Assistant(knowledge, routing, settings, detector(), words)
