"""Answers read at school grade 6-8; emergency answers simpler still."""
import statistics

from bot.readability import fk_grade, syllables


def test_syllable_counter_on_plain_words():
    assert [syllables(w) for w in ["dose", "fever", "injection", "doctor", "take", "asked"]] == [1, 2, 3, 2, 1, 1]


def test_grade_rises_with_long_words_and_sentences():
    assert fk_grade("Call your doctor. Keep it cold.") < fk_grade(
        "Administration of immunomodulatory biologic therapeutics necessitates comprehensive evaluation.")


def test_answers_are_plain(knowledge):
    grades = {e.id: fk_grade(e.answer) for e in knowledge.entries.values()}
    worst = sorted(grades.items(), key=lambda kv: -kv[1])[:5]
    assert statistics.median(grades.values()) <= 6, f"median too high; worst: {worst}"
    assert max(grades.values()) <= 8, f"above grade 8: {[w for w in worst if w[1] > 8]}"


def test_emergency_answers_are_simplest(knowledge):
    for entry in knowledge.entries.values():
        if entry.escalation == "emergency":
            assert fk_grade(entry.answer) <= 5, entry.id
