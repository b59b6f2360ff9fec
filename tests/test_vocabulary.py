"""What the user reads, Qt-free: the verdict in parts, whole sentences, the angle without what
the decode says, joined sentences mended, questions named by number, and behavioural themes
instead of Amazon's Leadership Principle names for a posting from another company."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from app.display import (
    angle_summary,
    first_sentence,
    likelihood_words,
    mend_case,
    question_refs,
    sentences,
    verdict_parts,
    without_level,
)
from app.knowledge import load_knowledge
from app.models.report import Report
from app.paths import resource
from app.vocabulary import is_general, localize, vocabulary

HELD = Path(__file__).resolve().parent / "heldout"


@pytest.mark.parametrize(("verdict", "reason", "facts", "change"), [
    ("apply", "Apply: you show 5 of 5 basic qualifications.",
     "You show 5 of 5 basic qualifications.", ""),
    ("not-yet", "Not yet: about 1.3 years of full-time engineering against the 3+ asked. What "
                "would change it: about 1.7 more years of full-time work, or a posting asking "
                "for fewer years.",
     "About 1.3 years of full-time engineering against the 3+ asked.",
     "about 1.7 more years of full-time work, or a posting asking for fewer years."),
    ("stretch", "Stretch: machine-learning work shows in only one bullet",
     "Machine-learning work shows in only one bullet.", ""),
    ("strong", "", "", ""),
])
def test_verdict_parts(verdict: str, reason: str, facts: str, change: str) -> None:
    assert verdict_parts(verdict, reason) == (facts, change)


def test_sentences_keep_quotes_and_brackets_whole() -> None:
    text = ('The loop asks about Dive Deep (for example "What was the hardest bug? Tell me."), '
            "and no bullet shows it yet. The closest line is 'Traced a 9% drop'. 3 more.")
    assert sentences(text) == [
        'The loop asks about Dive Deep (for example "What was the hardest bug? Tell me."), '
        "and no bullet shows it yet.", "The closest line is 'Traced a 9% drop'.", "3 more."]
    assert first_sentence("One. Two.") == ("One.", "Two.")
    assert first_sentence("") == ("", "")


def test_angle_leaves_out_what_the_decode_says() -> None:
    angle = ('Tell "Pushed back on a plan": it shows disagreeing with data. Set the scene (the '
             "stakes), then what you did yourself, and land on the result (add it first). The "
             "line gives no result yet: add the outcome before you tell it. This one checks "
             "respectful disagreement.")
    assert angle_summary(angle, has_decode=True) == (
        'Tell "Pushed back on a plan": it shows disagreeing with data. The line gives no '
        "result yet: add the outcome before you tell it.")
    assert angle_summary(angle, has_decode=False) == angle


def test_joined_sentences_lose_their_stray_capitals_only() -> None:
    assert mend_case("screen on them, and here About 3.8 years of work") == (
        "screen on them, and here about 3.8 years of work")
    assert mend_case("a rule, and Your degree is not in the field") == (
        "a rule, and your degree is not in the field")
    assert mend_case("And The end. Worked with AWS and IBM.") == (
        "And The end. Worked with AWS and IBM.")


def test_questions_named_by_number_and_levels_said_once() -> None:
    numbers = {"Tell me about a time you met a tight deadline.": 9}
    assert question_refs("Rehearse story 'X' for Deliver Results (question: \"Tell me about a "
                         "time you met a tight deadline.\").", numbers) == (
        "Rehearse story 'X' for Deliver Results (Q9).")
    assert question_refs('Practise (question: "Unknown?")', numbers) == (
        'Practise (question: "Unknown?")')
    assert without_level("L5: about 7.4 years of ML engineering.", "L5") == (
        "About 7.4 years of ML engineering.")
    assert without_level("About 7 years.", "L5") == "About 7 years."
    assert [likelihood_words(s, 2.0) for s in (2.0, 1.2, 0.7, 0.2)] == [
        "very likely", "likely", "fairly likely", "possible"]


def _general() -> Report:
    from app.analysis.pipeline import AUTO_ROLE, analyze
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    k = load_knowledge()
    return analyze(read_resume(HELD / "resumes" / "tomasz_nowak_resume.txt"),
                   read_job(HELD / "jobs" / "kestrel_pay_senior_backend_engineer.txt", k), k,
                   AUTO_ROLE)


def test_every_principle_has_a_theme_and_a_unique_tag() -> None:
    k = load_knowledge()
    themes = [p.theme for p in k.principles]
    tags = [p.theme_short for p in k.principles]
    assert all(themes) and all(2 <= len(t) <= 4 for t in tags)
    assert len(set(themes)) == len(themes) == 16 and len(set(tags)) == 16


def test_an_amazon_report_keeps_its_words() -> None:
    k = load_knowledge()
    report = Report.from_dict(_sample_dict())
    assert not is_general(report, k)
    vocab = vocabulary(report, k)
    assert vocab.title == "Leadership Principles" and vocab.name("dive-deep") == "Dive Deep"
    assert localize(report, k).questions[0].why == mend_case(report.questions[0].why)


def _sample_dict() -> dict:
    from app.analysis.pipeline import AUTO_ROLE, analyze
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    k = load_knowledge()
    return analyze(read_resume(resource("sample", "sample_resume.pdf")),
                   read_job(resource("sample", "sample_job.txt"), k), k, AUTO_ROLE).to_dict()


def test_another_company_reads_themes_everywhere_but_its_own_words() -> None:
    k = load_knowledge()
    report = _general()
    assert is_general(report, k)
    vocab = vocabulary(report, k)
    assert vocab.title == "Behavioural themes" and vocab.one == "theme"
    shown = localize(report, k)
    assert localize(report, k) is shown  # one copy per report
    dump = json.dumps(dataclasses.replace(shown, resume=report.resume, job=report.job,
                                          posting=dataclasses.replace(shown.posting, note=""))
                      .to_dict())
    for name in ("Customer Obsession", "Dive Deep", "Are Right, A Lot", "Bias for Action",
                 "Insist on the Highest Standards", "Leadership Principle", "bar raiser"):
        assert name not in dump, name
    assert shown.posting.note == report.posting.note  # what the kit leaves out, said as is
    assert shown.resume is report.resume and shown.job is report.job  # the user's own words
    assert [p.name for p in shown.principles][:2] == ["Customer focus", "Ownership"]
    # mid-sentence a theme is a common noun; at the start of a sentence it is capitalised
    assert vocab.words("The posting stresses Dive Deep.") == (
        "The posting stresses getting to the root cause.")
    assert vocab.words("Dive Deep matters.") == "Getting to the root cause matters."
    assert vocab.words("A bar raiser will ask.") == "An interviewer will ask."
