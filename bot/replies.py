"""The assistant's own wording around knowledge answers: escalation lines, safety lines, prompts.

Answer text comes only from the knowledge file. What is here is glue that names the clinic
and the emergency number from settings, so a clinic can change them without code.
"""
from bot.knowledge import Entry, Knowledge
from bot.settings import Settings


def disclaimer(s: Settings) -> str:
    return ("Hello. I am an automated assistant. I answer questions from published information "
            "about Kineret (anakinra). This is not medical advice. "
            f"In an emergency, call {s.emergency_number}.")


def safety_line(s: Settings) -> str:
    return f"If you feel unwell, call {s.doctor_contact}. In an emergency, call {s.emergency_number}."


def emergency_banner(s: Settings) -> str:
    return ("EMERGENCY: this may be a serious allergic reaction. Stop using Kineret. "
            f"Call {s.emergency_number} now. Do not wait for a reply here.")


def escalation_line(entry: Entry, level: str, s: Settings) -> str:
    """The escalation of one answer, in words. Empty when there is none."""
    if level == "emergency":
        return f"What to do now: stop Kineret and call {s.emergency_number} right away."
    if level == "doctor" and entry.escalation == "emergency":
        # An emergency entry asked about in general: say when to get help, without the alarm.
        return (f"When to get help: if these signs ever happen, stop Kineret and call "
                f"{s.emergency_number} at once. For other questions, call {s.doctor_contact}.")
    if level == "doctor":
        contact = f" Call {s.doctor_contact}." if s.clinic_name or s.clinic_phone else ""
        return f"When to call: {entry.escalation_reason}{contact}"
    if entry.kind == "out_of_scope":
        # We may have misread a worry as something else: the safety line costs nothing.
        return safety_line(s)
    return ""


def answer_text(entry: Entry, level: str, knowledge: Knowledge, s: Settings) -> str:
    """Answer, then the escalation in words, then one line naming the source.

    Paragraphs are joined by single newlines: Rasa's channels split a text on blank lines
    into separate messages, and an answer must stay one message with its citation.
    """
    parts = [" ".join(p.split()) for p in entry.answer.strip().split("\n\n")]
    line = escalation_line(entry, level, s)
    if line:
        parts.append(line)
    citation = knowledge.citation_line(entry)
    if citation:
        parts.append(citation)
    return "\n".join(parts)


def fallback_prompt(s: Settings) -> str:
    return ("Sorry, I am not sure what you mean. Could you say it another way? "
            "You can also pick one of these topics. " + safety_line(s))


INPUT_PROBLEMS = {
    "empty": "I did not get a message. Please type your question about Kineret.",
    "too_long": "Your message is very long. Please ask one short question about Kineret at a time.",
    "unreadable": "Sorry, I could not read that message. Please type your question about Kineret in words.",
    "not_english": "Sorry, I can only read and answer in English for now. Please ask your question in English.",
}


def input_problem(kind: str, s: Settings) -> str:
    return INPUT_PROBLEMS[kind] + " " + safety_line(s)
