"""Maps what NLU understood (intent and entities) to the knowledge entry that answers it."""
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional

import yaml

from bot import PROJECT_ROOT

INTENT_MAP_PATH = PROJECT_ROOT / "data/knowledge/intents.yml"


@dataclass(frozen=True)
class Glue:
    response: str
    topic: str


@dataclass(frozen=True)
class Routing:
    answers: Dict[str, str]
    refinements: List[dict]
    glue: Dict[str, Glue]

    @property
    def intents(self) -> List[str]:
        return list(self.answers) + list(self.glue)

    def entry_for(self, intent: str, entities: Iterable[dict] = ()) -> Optional[str]:
        """The entry id for an intent, refined by entity values; None for glue or unknown intents."""
        found = {(e.get("entity"), str(e.get("value", "")).lower()) for e in entities}
        for rule in self.refinements:
            if rule["intent"] == intent and (rule["entity"], rule["value"]) in found:
                return rule["entry"]
        return self.answers.get(intent)


def load_routing(path: Path = INTENT_MAP_PATH) -> Routing:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    glue = {intent: Glue(**g) for intent, g in raw.get("glue", {}).items()}
    return Routing(answers=raw["answers"], refinements=raw.get("refinements", []), glue=glue)
