"""A customer-facing architect's or consultant's years: on a solutions-architect posting they
are the work asked; on an engineering posting they advise while others build, as before.
Workshops run for executives show communication."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

ARCHITECT_POSTING = """
Solutions Architect, Generative AI - Public Sector
Amazon Web Services

BASIC QUALIFICATIONS
- 5+ years of experience in software development, technical consulting or solutions architecture
- Experience in a customer-facing role, communicating technical concepts to business and technical audiences
- Bachelor's degree in computer science, engineering or a related field
"""

SDE_POSTING = """
Software Development Engineer II, Payments Platform
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Bachelor's degree in computer science or a related field
"""

RESUME = """
Ottoline Marchbank-Yeo
ottoline.my@example.com

EXPERIENCE
Senior Solutions Architect | Tarnwell Cloud Partners | Mar 2018 – Present
- Lead architect for a hospital group's document assistant on a managed LLM service; answer accuracy 88% on a 300-question evaluation set.
- {line}
- Pre-sales architect on 25 proposals; wrote the firm's landing-zone reference architecture.

EDUCATION
B.Sc. Computer Science, Dunmore University, 2015
"""

WORKSHOPS = "Run discovery workshops for executives (CIO, CFO) at 12 customers; 7 became paid engagements."


def test_an_architects_years_count_on_an_architect_posting(tmp_path: Path) -> None:
    j = judge(tmp_path, RESUME.format(line=WORKSHOPS), ARCHITECT_POSTING, "sa")
    ask = "5+ years of experience in software development, technical consulting"
    assert j.of(ask) == "met", j.why(ask)
    assert j.years is not None and j.years >= 7, j.years
    assert j.verdict != "not-yet", j.report.fit.verdict_reason


def test_an_architects_years_are_not_software_development_years(tmp_path: Path) -> None:
    j = judge(tmp_path, RESUME.format(line=WORKSHOPS), SDE_POSTING, "sde")
    assert j.of("3+ years of non-internship professional software development") != "met"
    assert not j.years


def test_workshops_run_for_executives_show_communication(tmp_path: Path) -> None:
    ask = "Experience in a customer-facing role, communicating technical concepts"
    shown = judge(tmp_path, RESUME.format(line=WORKSHOPS), ARCHITECT_POSTING, "w")
    assert shown.of(ask) == "met", shown.why(ask)
    plain = judge(tmp_path, RESUME.format(line="Migrated 300 applications of a retail bank to the cloud."),
                  ARCHITECT_POSTING, "p")
    assert plain.of(ask) != "met", plain.why(ask)


QA_POSTING = """
QA Automation Engineer (SDET)
Brindle Labs

Requirements
- 3+ years of experience in software testing or quality engineering
- Experience with Playwright, Cypress or Selenium
"""

QA_RESUME = """
Wiesława Prądzyńska
wieslawa.p@example.com

EXPERIENCE
{title} | Korvena Travel | Jan 2022 – Present
- Lead a team of 5 testers; introduced Playwright end-to-end tests for the booking flow (420 tests in CI).
Senior QA Engineer | Korvena Travel | Jan 2018 – Dec 2021
- Wrote the regression suite in Selenium for the payments web app.
"""


def test_a_test_teams_lead_is_still_quality_engineering(tmp_path: Path) -> None:
    """'QA Lead' (or 'Test Manager') is the same line of work as the QA engineer's role before
    it: counted, and recent (it was 'other work', so an engineer leading testers since 2022 read
    as out of hands-on work for three years; both experts: strong)."""
    for title in ("QA Lead", "Test Manager"):
        j = judge(tmp_path, QA_RESUME.format(title=title), QA_POSTING, "qa")
        assert j.years is not None and j.years >= 7.5, (title, j.years)
        assert "years ago" not in j.report.fit.verdict_reason, j.report.fit.verdict_reason


FOUNDER_RESUME = """
Tamsin Okoro-Vale
tamsin.ov@example.com

EXPERIENCE
Co-founder & CTO | Brackwater Robotics Pty Ltd (self-employed, founder/director) | Jan 2021 – Present
- Wrote the soil-sensor firmware in C on FreeRTOS; battery life went from 8 to 14 months.
- Built the LoRaWAN gateway software and the over-the-air update service in Go.
- Hired and lead a team of 6 engineers.
Senior Software Engineer | Maltings Metering | Jan 2015 – Dec 2020
- Built the meter firmware over-the-air update service in C++.

EDUCATION
B.Eng. Computer Engineering, Carrick University, 2014
"""


def test_a_co_founder_is_not_a_freelancer(tmp_path: Path) -> None:
    """A co-founder and CTO is self-employed but built a company and its team: the loop probes
    the move back to an engineer's role, not a run of client engagements."""
    posting = SDE_POSTING.replace("Payments Platform", "Device Firmware")
    j = judge(tmp_path, FOUNDER_RESUME, posting, "founder")
    reason = j.report.fit.verdict_reason
    assert "freelance" not in reason, reason
    assert "your own company" in reason, reason


CERT_POSTING = """
Solutions Architect, Machine Learning
Amazon Web Services

BASIC QUALIFICATIONS
- 5+ years of experience in software development, technical consulting or solutions architecture

PREFERRED QUALIFICATIONS
- AWS Certified Solutions Architect - Professional, AWS Certified Machine Learning Engineer - Associate or an equivalent certification
"""


def test_a_lower_tier_of_the_certificate_asked_is_partly(tmp_path: Path) -> None:
    """'Solutions Architect – Associate' is the tier below the Professional asked (both experts:
    not met); the Professional, or the Machine Learning Engineer – Associate also named, meets
    it."""
    ask = "AWS Certified Solutions Architect - Professional"
    for cert, verdict in (("AWS Certified Solutions Architect – Associate (2022)", "partly"),
                          ("AWS Certified Solutions Architect – Professional (2023)", "met"),
                          ("AWS Certified Machine Learning Engineer – Associate (2025)", "met")):
        resume = RESUME.format(line=WORKSHOPS) + f"\nCERTIFICATIONS\n{cert}\n"
        j = judge(tmp_path, resume, CERT_POSTING, "cert")
        assert j.of(ask) == verdict, (cert, j.of(ask), j.why(ask))


PART_TIME_RESUME = """
Orlaith Brennan-Soto
orlaith.bs@example.com

EXPERIENCE
Assistant Professor in Computer Science | Carrowkeel University | Sep 2021 – Present
- Teach the MSc machine-learning module to 90 students a year.
{consulting}
Postdoctoral Researcher | Carrowkeel University | Sep 2019 – Aug 2021
- Built a federated-learning library in PyTorch used by three hospitals.
"""


def test_a_part_time_role_is_not_full_time_years(tmp_path: Path) -> None:
    """'Machine Learning Consultant (part-time, one day per week)' beside a faculty post is
    shown, not counted as full-time years (both experts counted it at a fifth or not at all;
    counted whole it lifted an academic from L4 to L5)."""
    role = ("Machine Learning Consultant ({}) | Fernlea Health Analytics | Jan 2023 – Present\n"
            "- Built a readmission-risk model in scikit-learn for two hospital clients.")
    part = judge(tmp_path, PART_TIME_RESUME.format(consulting=role.format("part-time, one day per week")),
                 SDE_POSTING, "pt")
    full = judge(tmp_path, PART_TIME_RESUME.format(consulting=role.format("full-time")),
                 SDE_POSTING, "ft")
    assert full.years is not None and part.years is not None
    assert full.years - part.years > 2.5, (full.years, part.years)
