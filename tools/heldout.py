"""Loads the held-out evaluation set (eval/heldout.yml) as flat labelled messages."""
from dataclasses import dataclass
from typing import List

import yaml

from bot import PROJECT_ROOT

HELDOUT = PROJECT_ROOT / "eval/heldout.yml"
DEV = PROJECT_ROOT / "eval/dev.yml"


@dataclass(frozen=True)
class Labelled:
    text: str
    entry: str        # knowledge entry id, or a glue topic (greeting, goodbye, thanks, bot_challenge)
    escalation: str


def load_heldout(path=HELDOUT) -> List[Labelled]:
    groups = yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]
    return [Labelled(t, g["entry"], g["escalation"]) for g in groups for t in g["texts"]]
