"""Every cited section exists, every number is in a cited source, no sentence is copied."""
import pytest

from bot import sources

pytestmark = pytest.mark.skipif(sources.seeds_dir() is None,
                                reason="source documents (../shared/seeds) are not beside the project")


def source_text(knowledge, source_id):
    return sources.read_source(knowledge.sources[source_id].file)


def test_source_files_exist(knowledge):
    for source in knowledge.sources.values():
        assert source_text(knowledge, source.id)


def test_every_cited_section_is_a_heading_in_its_source(knowledge):
    missing = [(e.id, c.source, c.section) for e in knowledge.entries.values() for c in e.sources
               if not sources.has_section(source_text(knowledge, c.source), c.section)]
    assert not missing, f"cited sections not found in their source: {missing}"


def test_every_number_in_an_answer_is_in_a_cited_source(knowledge):
    problems = []
    for entry in knowledge.entries.values():
        cited = set().union(*[sources.numbers(source_text(knowledge, c.source)) for c in entry.sources]) \
            if entry.sources else set()
        stray = sources.numbers(entry.answer) - cited
        if stray:
            problems.append((entry.id, sorted(stray)))
    assert not problems, f"numbers not found in the entry's cited sources: {problems}"


def test_no_answer_copies_eight_words_from_a_source(knowledge):
    copied = [(e.id, s.id, run) for e in knowledge.entries.values() for s in knowledge.sources.values()
              for run in sources.shared_runs(e.answer, source_text(knowledge, s.id))]
    assert not copied, f"rewrite these in plain words: {copied[:5]}"


def test_the_knowledge_file_copies_no_eight_words_from_a_source(knowledge, settings):
    """Answers, reasons, notes, titles and citations alike: nothing pasted from the sources."""
    own = settings.knowledge_path.read_text(encoding="utf-8")
    copied = [(s.id, run) for s in knowledge.sources.values()
              for run in sources.shared_runs(own, source_text(knowledge, s.id))]
    assert not copied, f"rewrite these in plain words: {copied[:5]}"


def test_a_long_heading_is_cited_by_opening_words_that_pick_out_one_line():
    text = "Dosing\nKineret is a new drug effective in the treatment of RA\nKineret is safe\nmore text"
    assert sources.find_section(text, "Kineret is a new drug…") == "Kineret is a new drug effective in the treatment of RA"
    assert sources.find_section(text, "Dosing") == "Dosing"
    assert sources.find_section(text, "Kineret is…") is None              # two lines start so
    assert sources.find_section(text, "Kineret is a new drug") is None    # not a whole line, no "…"


def test_number_check_catches_an_invented_number():
    assert sources.numbers("take 250 mg") - sources.numbers("the dose is 100 mg") == {"250"}


def test_copy_check_catches_a_copied_sentence(knowledge):
    text = source_text(knowledge, "acr-factsheet")
    assert sources.shared_runs("The standard dose is 100 mg per day injected under the skin.", text)
