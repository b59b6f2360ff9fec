"""What a reviewer's read of the session's rules found them doing to ordinary lines, each on
invented text: a deployment or pricing 'model', a language ask that swallowed a skill, a team
named for teachers, a degree's 'equivalent field' and its school, a Java job left behind, a
trained model read as trained people, a description wrapped at '&', a notebook deployed."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge


def test_a_model_that_is_no_ml_model() -> None:
    from app.analysis.years_asked import MODEL_LINE

    for line in ("Migrated 40 services to a GitOps pull-based deployment model with Argo CD",
                 "Switched billing to a usage-based pricing model",
                 "Migrated reporting to a star-schema model"):
        assert not MODEL_LINE.search(line), line
    assert MODEL_LINE.search("Moved ranking from a single-task DNN to a multi-task model")


def test_language_asks_and_levels() -> None:
    from app.analysis.asks import _confirm
    from app.analysis.credentials import language_outcome

    for ask in ("Strong English and Rust skills", "Good Japanese business etiquette understanding",
                "Strong polish and attention to detail in UI work", "Strong Chinese market knowledge"):
        assert _confirm(ask) != "language", ask
    japanese = "日本の自動車メーカー向けに車載ソフトウェアを開発しました。" * 3
    assert language_outcome("Business-level Mandarin", japanese).verdict != "met"
    # a lower level stated is below the bar (the labellers of sets 12 and 21): not met
    assert language_outcome("German at C1 level", "Languages: German (A1), English").verdict == "not-met"
    assert language_outcome("Very good French", "Built native apps for French retail banks"
                            ).verdict != "met"
    assert language_outcome("German at C1 level", "Managed German business accounts").verdict != "met"
    english = language_outcome("Very good English", "Languages: English (fluent), Spanish (B1)")
    assert english.verdict == "met" and "('English (fluent)')" in english.reason, english.reason


def test_teacher_tools_degrees_and_trained_models(tmp_path: Path) -> None:
    from app.analysis.asks import _degree
    from app.analysis.experience import builds_software
    from app.analysis.role_titles import shared_with_teaching

    assert not shared_with_teaching("Senior Software Engineer, Classroom and Teacher Tools")
    assert _degree("Bachelor's degree in physics or an equivalent quantitative field").fields == (
        "physics or an equivalent quantitative field")
    assert builds_software("Trained 3 engineers on Kafka and built the event pipeline in Go")
    assert builds_software("Trained the team's fraud detection model in PyTorch")
    j = judge(tmp_path, """
        Lin Aldous
        lin.aldous@example.org

        EXPERIENCE
        Data Analyst, Brackwater Insurance, Leeds    Jan 2021 - Present
        - Migrated the legacy Java reporting jobs to Python and pandas.
        - Built and deployed a churn XGBoost model to SageMaker from Databricks notebooks.

        EDUCATION
        B.A. Psychology, Harrowgate Management University, 2020
        """, """
        Analyst Engineer
        Brackwater Insurance

        Requirements
        - Bachelor's degree in business or economics
        - Proficiency in Java, including object-oriented design
        """, name="lin")
    assert j.of("Bachelor's degree in business") != "met", j.why("Bachelor's degree in business")
    # the Java work was left behind: no object-oriented design through it
    assert "through Java" not in j.why("Proficiency in Java"), j.why("Proficiency in Java")


def test_a_description_wrapped_at_an_ampersand_stays_text(tmp_path: Path) -> None:
    from app.reading.resume import read_resume

    path = tmp_path / "r.txt"
    path.write_text("Robin Aldana\nrobin@example.org\n\nEXPERIENCE\n"
                    "Software Engineer, Acme Ltd  Jan 2019 - Dec 2021\n"
                    "Payments tooling used by 40 merchants across the UK &\nIreland\n"
                    "Backend Developer, Zeta Co  Jan 2022 - Present\n"
                    "- Built the ledger service in Go.\n", encoding="utf-8")
    resume = read_resume(path)
    assert [(r.title, r.organization) for r in resume.roles] == [
        ("Software Engineer", "Acme Ltd"), ("Backend Developer", "Zeta Co")]
    assert "Payments tooling used by 40 merchants across the UK & Ireland" in [
        b.text for b in resume.bullets]


def test_one_list_of_the_languages_asked() -> None:
    """The posting patterns and the resume's spellings name the same languages."""
    from app.analysis.asks import ASKED_LANGUAGES
    from app.analysis.credentials import LANGUAGE_NAMES, first_language

    # a posting's own name for a language ('Bahasa Indonesia') reads as the English one; resumes
    # may spell more languages than postings are read for (a country's adjective is no ask)
    assert {first_language(n) for n in ASKED_LANGUAGES} <= set(LANGUAGE_NAMES)
    assert {first_language(n) for n in ASKED_LANGUAGES} >= {"english", "german", "japanese", "indonesian"}
