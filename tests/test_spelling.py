"""Spelling correction for the classifier: unknown words move to a training word one edit away."""
from bot.nlu.spelling import Speller, word_counts

COUNTS = word_counts(["i have a fever", "fever again", "my kineret shot", "kineret dose",
                      "antibiotics from my gp", "antibiotics again", "the weather today", "weather"])


def test_misspellings_become_the_training_word_one_edit_away():
    speller = Speller(COUNTS)
    assert speller.correct("Feaver on kinerit") == "fever on kineret"
    assert speller.correct("antybiotics") == "antibiotics"


def test_english_words_short_words_and_far_misspellings_stay_as_typed():
    speller = Speller(COUNTS)
    assert speller.correct("whether") == "whether"        # English, though one edit from "weather"
    assert speller.correct("fevr") == "fevr"              # under five letters
    assert speller.correct("kinnnerrit") == "kinnnerrit"  # more than one edit from any word


def test_a_correction_must_be_a_word_the_training_data_uses_twice():
    speller = Speller(word_counts(["my kinerat", "kineret"]))
    assert speller.correct("kinerit") == "kinerit"


def test_a_word_thousands_of_letters_long_is_left_as_typed_at_once():
    assert Speller(COUNTS).correct("x" * 20000) == "x" * 20000
