"""A machine-learning posting whose title names its domain (speech recognition, computer
vision) is a stretch for a resume that shows none of that domain's work, however many lines
it meets; the loop probes that domain in depth."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer II, {domain}
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- 2+ years of building machine learning models in production experience
- Experience programming with at least one software programming language

PREFERRED QUALIFICATIONS
- Master's degree in computer science or a related field
"""

RESUME = """
Tomasz Wierzbicki-Hale
tomasz.wh@example.com

EXPERIENCE
Senior Machine Learning Engineer | Quillfeather Payments | Jan 2018 – Present
- Built and own the real-time fraud model (LightGBM) scoring 3,000 transactions per second in production.
- Designed the feature pipeline (Kafka into Redis) and the weekly retraining job on SageMaker.
- {line}

EDUCATION
M.S. Computer Science, Larchmont University, 2017
"""


@pytest.mark.parametrize(("domain", "line", "capped"), [
    ("Alexa Speech Recognition", "Mentored two engineers on model monitoring.", True),
    ("Alexa Speech Recognition", "Trained a keyword-spotting model for the call-centre speech recognition pilot.", False),
    ("Computer Vision, Prime Video", "Mentored two engineers on model monitoring.", True),
    ("Computer Vision, Prime Video", "Built an object detection model for scanned receipts (YOLO).", False),
    # a product's name is not a domain: "Video" names the service, the work is forecasting
    ("Prime Video Live Events Forecasting", "Mentored two engineers on model monitoring.", False),
])
def test_a_title_domain_the_resume_never_shows_is_a_stretch(tmp_path: Path, domain: str, line: str,
                                                             capped: bool) -> None:
    j = judge(tmp_path, RESUME.format(line=line), POSTING.format(domain=domain))
    assert (j.verdict == "stretch") == capped, (domain, j.verdict)


def test_a_transaction_in_a_title_is_not_a_database_transaction() -> None:
    """'Transaction Risk' in a title names payments, not consistency and replication: the
    words that define a topic for the title gate are its own, and 'transaction' is only a
    neighbour of that one (a posting titled '... Transaction Risk ML Platform' was capped at
    stretch for not showing database consistency work)."""
    from app.analysis.text import count_phrase
    from app.analysis.verdict import DEFINING_WORDS
    from tests.analysis.judge_helpers import knowledge

    title = "Software Development Manager, Transaction Risk ML Platform"
    for pack in knowledge().roles.values():  # type: ignore[attr-defined]
        for t in pack.topics:
            if t.id == "consistency-replication":
                assert not any(count_phrase(title, k) for k in t.keywords[:DEFINING_WORDS])


FIRMWARE_POSTING = """
Software Development Engineer II - Embedded Firmware, Doorbell Cameras
Amazon

The team owns the firmware of battery cameras: drivers, power management and the on-device models that detect people.

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience programming in C or C++ for embedded systems
{basic}
PREFERRED QUALIFICATIONS
- Experience deploying machine learning models on constrained hardware (TensorFlow Lite Micro)
"""

FIRMWARE_RESUME = """
Ingolf Varga-Lindqvist
ingolf.vl@example.com

EXPERIENCE
Senior Firmware Engineer | Kestrelwick Sensors | Jan 2017 – Present
- Wrote the power-management firmware in C for a battery motion sensor (FreeRTOS); standby current down 40%.
- Built the over-the-air update client with A/B partitions for 900,000 devices.
- Led bring-up of two boards with the hardware team, using JTAG and an oscilloscope.
"""


@pytest.mark.parametrize(("basic", "capped"), [
    ("", False),  # machine learning only among the preferred items: a plus, not the job
    ("- 2+ years of experience building machine learning models for on-device inference\n", True),
])
def test_ml_among_preferred_items_is_not_what_a_software_posting_centres_on(
        tmp_path: Path, basic: str, capped: bool) -> None:
    j = judge(tmp_path, FIRMWARE_RESUME, FIRMWARE_POSTING.format(basic=basic))
    said = "machine-learning work" in j.report.fit.verdict_reason
    assert said == capped, j.report.fit.verdict_reason


GAME_RESUME = """
Veikko Strand-Oyelaran
veikko.so@example.com

EXPERIENCE
Senior Game Programmer | Pohjola Games | Jan 2018 – Present
- Wrote the netcode and the matchmaking service in C++ for a 2-million-player shooter.
- {line}
"""


@pytest.mark.parametrize(("line", "verdict_not"), [
    ("Cut the frame time of the renderer from 22 ms to 14 ms on consoles.", None),
    ("Wrote the controller firmware in C for our arcade cabinet (STM32, FreeRTOS).", "not-yet"),
])
def test_an_embedded_posting_starts_from_device_code(tmp_path: Path, line: str,
                                                      verdict_not: str | None) -> None:
    """An SDE posting for embedded firmware: a game programmer with no device code anywhere is
    not yet (both experts), however much C++ he writes; one firmware line changes that."""
    j = judge(tmp_path, GAME_RESUME.format(line=line), FIRMWARE_POSTING.format(basic=""))
    if verdict_not is None:
        assert j.verdict == "not-yet", j.report.fit.verdict_reason
        assert "device code" in j.report.fit.verdict_reason
    else:
        assert j.verdict != verdict_not, j.report.fit.verdict_reason
