"""English asked by a posting, against a resume written in English with no languages line: the
resume's own prose shows a working level (both expert labellers of sets 6, 10, 13, 14 and 16
said met, where the app said "confirm"); it is a given that leaves the fit score where it is; a
native level, or a resume written in another language, is still the candidate's to confirm."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer
Quillfeather Analytics Ltd

Requirements
- 3+ years of experience building machine learning models in Python
- Experience deploying models to production on AWS
{extra}
"""

RESUME = """
    Odhrán Pelletier-Mase
    odhran.pm@example.org

    EXPERIENCE
    Machine Learning Engineer, Brindlecombe Logistics, Bristol    Jan 2020 - Present
    - Built and deployed a delivery-time model in Python with LightGBM; it serves 2 million
      predictions a day from an AWS Lambda endpoint.
    - Cut the model's mean absolute error by 18% with features from the routing data and the
      weather feed, and wrote the runbook for its weekly retraining.
    - Led the move of the team's training jobs to SageMaker Pipelines and trained two analysts
      on the new workflow.
    - Worked with the operations managers to define the alerting thresholds for late parcels.

    EDUCATION
    B.Sc. Computer Science, University of Fenmarsh, 2019
    """

GERMAN = """
    Jannik Oberwalder
    jannik.oberwalder@example.org

    BERUFSERFAHRUNG
    Machine Learning Engineer, Krellmann Logistik GmbH, Hamburg    Jan 2020 - heute
    - Entwicklung und Betrieb eines Modells für die Lieferzeit mit Python und LightGBM auf AWS
    - Aufbau der Trainingspipeline für die wöchentliche Aktualisierung des Modells
    - Einführung der Überwachung der Vorhersagen und Schulung von zwei Analysten

    AUSBILDUNG
    B.Sc. Informatik, Hochschule Nordheide, 2019
    """


def test_english_is_shown_by_a_resume_written_in_it(tmp_path: Path) -> None:
    asks = "- Fluent English\n- Native-level English"
    shown = judge(tmp_path, RESUME, POSTING.format(extra=asks), name="en")
    assert shown.of("Fluent English") == "met", shown.why("Fluent English")
    assert "written in English" in shown.why("Fluent English")
    assert shown.of("Native-level English") == "confirm", shown.why("Native-level English")
    plain = judge(tmp_path, RESUME, POSTING.format(extra=""), name="plain")
    assert (shown.fit, shown.verdict) == (plain.fit, plain.verdict)  # a given, not a strength
    german = judge(tmp_path, GERMAN, POSTING.format(extra=asks), name="de")
    assert german.of("Fluent English") == "confirm", german.why("Fluent English")


def test_a_native_or_c2_level_is_still_to_confirm() -> None:
    from app.analysis.credentials import language_outcome

    text = " ".join(["Built the delivery-time model in Python and deployed it on AWS for the team."] * 6)
    for ask in ("Native or bilingual proficiency in English", "English at native level",
                "C2 English", "Native-speaker English"):
        assert language_outcome(ask, text).verdict == "confirm", ask
    assert language_outcome("Fluent English", text).verdict == "met"
