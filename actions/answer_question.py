"""action_answer_question: answers every user message from the knowledge file, safety first."""
import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.assistant import assistant
from bot.turn import Nlu

logger = logging.getLogger(__name__)

# Load and validate at import: the action server refuses to start on a bad knowledge file.
ASSISTANT = assistant()


class ActionAnswerQuestion(Action):
    def name(self) -> Text:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        turn = ASSISTANT.respond(Nlu.from_message(tracker.latest_message))
        for message in turn.messages:
            if message.response:
                dispatcher.utter_message(response=message.response)
            else:
                dispatcher.utter_message(text=message.text, buttons=list(message.buttons))
        # Machine-readable outcome for the widget, Slack alerts and evaluations (no patient text).
        dispatcher.utter_message(json_message={
            "topic": turn.topic, "topics": turn.topics, "escalation": turn.escalation,
            "reason": turn.reason,
            "answers": [{"entry": m.entry, "escalation": m.escalation, "citation": m.citation}
                        for m in turn.messages if m.kind == "answer"],
            "clinic": {"name": ASSISTANT.settings.doctor, "phone": ASSISTANT.settings.clinic_phone,
                       "hours": ASSISTANT.settings.clinic_hours},
            "emergency_number": ASSISTANT.settings.emergency_number,
        })
        # Log ids and levels only: never what the patient typed.
        logger.info("turn topic=%s escalation=%s findings=%s", turn.topic, turn.escalation, turn.findings)
        return [SlotSet("topic", turn.topic), SlotSet("topics", turn.topics),
                SlotSet("escalation", turn.escalation), SlotSet("escalation_reason", turn.reason),
                SlotSet("safety_findings", turn.findings)]
