"""Qualification lines the eighteenth set's experts read differently, judged on invented
resumes: object-oriented design shown by full-time work in a class-based language (never by a
JavaScript front end), and an employer's legal form that is no skill ("Colivrai SAS")."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

SDE = """
Software Development Engineer I, Payments
Amazon

BASIC QUALIFICATIONS
- Experience programming with at least one modern language such as Java, C++, C# or Python, including object-oriented design
- Experience with SAS or R
"""

JAVA = """
Ravi Kulkarni
ravi.kulkarni@example.org

EXPERIENCE
Software Engineer, Trellis Payments Pvt. Ltd., Pune    Jul 2022 - Present
Project: Settlement Engine
- Built the settlement reconciliation service in Java 17 and Spring Boot; 3 million records a day.
- Cut the nightly batch from 5 hours to 70 minutes by partitioning the ledger reads.
"""

FRONTEND = """
Dana Whitlock
dana.whitlock@example.org

EXPERIENCE
Frontend Developer, Pinegrove Media, Denver CO    Mar 2021 - Present
- Built the subscription checkout in React and JavaScript used by 40,000 readers a month.
- Cut the home page's load time by 30% with lazy loading.
"""

FRENCH = """
Maëlle Rivaud
maelle.rivaud@example.org

EXPERIENCE
Machine Learning Engineer (CDI), Brocéliande Data SAS, Rennes    janv. 2023 – aujourd'hui
- Built the parcel-volume forecasting service with LightGBM; planners use it every night.
- Deployed the models on GCP with FastAPI and Docker, with drift monitoring.
"""


def test_object_oriented_design_is_shown_by_class_based_work(tmp_path: Path) -> None:
    ask = "Experience programming with at least one modern language"
    java = judge(tmp_path, JAVA, SDE, name="java")
    # the Java line sits under an undated project heading of the job: still the job's work
    assert java.of(ask) == "met", java.why(ask)
    assert "through Java" in java.why(ask), java.why(ask)
    front = judge(tmp_path, FRONTEND, SDE, name="front")
    assert front.of(ask) == "partly", front.why(ask)


def test_an_employers_legal_form_is_no_skill(tmp_path: Path) -> None:
    j = judge(tmp_path, FRENCH, SDE, name="fr")
    ask = "Experience with SAS or R"
    assert j.of(ask) == "not-met", j.why(ask)


SENIOR_MLE = """
Senior Machine Learning Engineer, Generative AI
Amazon

BASIC QUALIFICATIONS
- 5+ years of non-internship professional software development experience
- Experience leading the design or architecture of new and existing large-scale systems
"""


def _engineer(title: str, line: str) -> str:
    return f"""
        Noor Haddad
        noor.haddad@example.org

        EXPERIENCE
        {title}, Quillfeather Commerce, Seattle WA    Jan 2017 - Present
        - {line}
        - Wrote the on-call runbooks for the team's three services.
        """


def test_leading_the_design_of_large_systems_needs_a_design_led(tmp_path: Path) -> None:
    """The line matched no area at all ('No bullet comes close to it' for a staff engineer who
    designed a feature store serving 2.4B reads a day); a design done as a team member is part
    of it, one a senior title or the line itself says was led is all of it."""
    ask = "Experience leading the design or architecture"
    staff = judge(tmp_path, _engineer("Staff Software Engineer", "Designed the event ingestion "
                                      "service handling 3 billion events a day across 4 regions."),
                  SENIOR_MLE, name="staff")
    assert staff.of(ask) == "met", staff.why(ask)
    led = judge(tmp_path, _engineer("Software Engineer", "Led the design of the payments platform "
                                    "processing 40 million transactions a month."),
                SENIOR_MLE, name="led")
    assert led.of(ask) == "met", led.why(ask)
    member = judge(tmp_path, _engineer("Software Engineer", "Designed and built a search service "
                                       "over 2 million product documents."), SENIOR_MLE,
                   name="member")
    assert member.of(ask) == "partly", member.why(ask)
    assert "not leading it" in member.why(ask), member.why(ask)


STEPSTONE = """
Data Scientist (m/w/d) Predictive Quality
Kestrelwerk Antriebe SE

Your profile
- Degree in engineering, computer science or a related field
- Very good English; German is a plus
- Japanese at business level (JLPT N2 or above)
"""


def _languages(line: str) -> str:
    return f"""
        Anke Vossberg
        anke.vossberg@example.org

        EXPERIENCE
        Data Scientist, Lindholm Windservice GmbH, Bremen    Mar 2019 - Present
        - Built a main-bearing failure model on SCADA data; it runs daily in Azure ML.

        EDUCATION
        M.Sc. Mechanical Engineering, TU Nordheim, 2018

        {line}
        """


def test_a_language_asked_is_read_from_the_resumes_languages(tmp_path: Path) -> None:
    """'Very good English; German is a plus' matched no pattern ('No bullet comes close to it'
    beside 'Sprachen: Englisch - verhandlungssicher (C1)'); a language with its level on the
    resume meets the line, one the resume never names is not shown, one named without a
    level is for the candidate to confirm."""
    english, japanese = "Very good English", "Japanese at business level"
    german_cv = judge(tmp_path, _languages("Sprachen: Muttersprache Deutsch; Englisch - "
                                           "verhandlungssicher (C1)"), STEPSTONE, name="de")
    assert german_cv.of(english) == "met", german_cv.why(english)
    assert german_cv.of(japanese) == "not-met", german_cv.why(japanese)
    plain = judge(tmp_path, _languages("Languages: English, Japanese"), STEPSTONE, name="plain")
    assert plain.of(japanese) == "confirm", plain.why(japanese)
    native = judge(tmp_path, _languages("語学: 日本語（母国語）、英語（TOEIC 815点）。"
                                        "日本の自動車メーカー向けに車載ソフトウェアを開発しました。"),
                   STEPSTONE, name="ja")
    assert native.of(japanese) == "met", native.why(japanese)


DEGREES = """
Data Engineer
Harlow Agricultural Data Authority

Selection criteria
- Bachelor's degree in computer science, engineering or a related field, or equivalent experience
- Bachelor's degree in business, economics, statistics or a related field, or equivalent experience
- Tertiary qualification in information technology, data science or a related field
"""


def _graduate(degree: str) -> str:
    return f"""
        Tamsin Orrell
        tamsin.orrell@example.org

        EXPERIENCE
        Junior Developer, Fenwick Freight, Columbus OH    May 2025 - Present
        - Built REST endpoints in Node.js and PostgreSQL for the carrier portal.

        EDUCATION
        {degree}, Orrin State University, 2015
        """


def test_a_degrees_field_is_read_before_or_equivalent_experience(tmp_path: Path) -> None:
    """'... in computer science, engineering or a related field, or equivalent experience' was
    read with no field at all (the 'experience' in its tail dropped the field list): a
    mathematics teaching degree met it. 'Tertiary qualification in ...' was no degree line;
    'B.B.A. Finance' did not name 'business'."""
    cs, business, tertiary = ("Bachelor's degree in computer science", "Bachelor's degree in "
                              "business", "Tertiary qualification")
    teacher = judge(tmp_path, _graduate("B.S. Mathematics Education"), DEGREES, name="ed")
    assert teacher.of(cs) == "partly", teacher.why(cs)
    bba = judge(tmp_path, _graduate("B.B.A. Finance"), DEGREES, name="bba")
    assert bba.of(business) == "met", bba.why(business)
    commerce = judge(tmp_path, _graduate("Bachelor of Commerce (Business Analytics)"), DEGREES,
                     name="com")
    assert commerce.of(tertiary) == "met", commerce.why(tertiary)
    engineer = judge(tmp_path, _graduate("B.Eng. Mechanical Engineering"), DEGREES, name="eng")
    assert engineer.of(cs) == "met", engineer.why(cs)


def test_what_is_communicated_is_no_skill_asked() -> None:
    """'Ability to communicate statistical results clearly to non-specialist audiences' was
    judged as the skill Statistics (met by a statistical programmer's title, where both
    experts said not met); the results told are what the telling is about. 'Presenting
    Tableau dashboards to executives' still asks for Tableau."""
    from tests.analysis.test_analytics_evidence import _asks

    assert _asks("Ability to communicate statistical results clearly to non-specialist audiences") == []
    assert _asks("Ability to explain machine learning results to non-specialists") == []
    assert ("Tableau",) in _asks("Experience presenting Tableau dashboards to executives")
