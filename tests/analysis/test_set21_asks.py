"""Asks read on held-back set 21, on invented people and postings: a working language written
'Japanese: business level' (a stated lower level is below it, and a team's working language not
shown is not yet), English shown by a resume written in it, embedding retrieval and a vector
index as vector search, and a project table's tools row without a colon."""

from __future__ import annotations

from pathlib import Path

from app.analysis.resume_lines import STACK_LABEL
from tests.analysis.judge_helpers import judge

POSTING = """
Machine Learning Engineer (Search)
Hanamiya Commerce K.K., Osaka

Requirements
- 3+ years of experience building machine learning models in production
- Japanese: business level (JLPT N2 or above)
- English: able to read and write technical documents

Preferred
- Experience with vector search, embeddings or retrieval with large language models
"""

RESUME = """
Jae-won Byeon-Lindqvist
Busan, Korea

EXPERIENCE
Machine Learning Engineer | Dalbit Shopping | Mar 2021 - Present
- Built two-tower embedding retrieval for long-tail product queries, served from an HNSW
  index in Milvus behind a Go service; zero-result searches fell from 5.1% to 3.2%.
- Trained the query-category classifier (PyTorch) over 1,800 categories; accuracy 90%.
- Deployed and monitored both models in production with the platform team.

LANGUAGES
Korean (native), English (TOEIC 930), Japanese ({level})

EDUCATION
M.S. Computer Science, Pusan National University, 2021
"""


def test_a_working_language_below_the_level_asked_is_not_met_and_not_yet(tmp_path: Path) -> None:
    low = judge(tmp_path, RESUME.format(level="JLPT N3"), POSTING)
    assert low.of("Japanese: business level") == "not-met", low.why("Japanese")
    assert low.of("English: able to read") == "met", low.why("English")
    assert low.of("Experience with vector search") == "met", low.why("Experience with vector")
    assert low.verdict == "not-yet"
    high = judge(tmp_path, RESUME.format(level="JLPT N1"), POSTING, name="high")
    assert high.of("Japanese: business level") == "met", high.why("Japanese")
    assert high.verdict != "not-yet"


def test_a_tools_row_of_a_project_table_is_a_tools_line() -> None:
    assert STACK_LABEL.match("使用技術 Tech stack Python, PyTorch, Faiss, Go")
    assert STACK_LABEL.match("Environment PySpark, AWS EMR, S3, Hive")
    assert STACK_LABEL.match("Environment: Java 17, Spring Boot")
    assert not STACK_LABEL.match("Environmental impact reports for 40 sites, audited yearly")
    assert not STACK_LABEL.match("Tools that the support team uses every day")


DEGREE_POSTING = """
Machine Learning Engineer
Veldhoven Payments B.V.

What you bring
- A degree in computer science, artificial intelligence, mathematics or a comparable field
- 2+ years of experience building machine learning models
"""

DEGREE_RESUME = """
Maartje Oyelaran-Stroud
Utrecht, Netherlands

EXPERIENCE
Machine Learning Engineer | Klaverveld Insurance | Jan 2022 - Present
- Built the claims-fraud model in Python (LightGBM) that scores 40,000 claims a week.

EDUCATION
{degree}, Utrecht University, 2021
"""


def test_statistics_is_a_comparable_field_of_mathematics_and_biology_is_not(
        tmp_path: Path) -> None:
    stats = judge(tmp_path, DEGREE_RESUME.format(degree="BSc Statistics"), DEGREE_POSTING,
                  name="stats")
    assert stats.of("A degree in computer science") == "met", stats.why("A degree in")
    bio = judge(tmp_path, DEGREE_RESUME.format(degree="BSc Biology"), DEGREE_POSTING, name="bio")
    assert bio.of("A degree in computer science") != "met", bio.why("A degree in")


def test_canadian_degree_abbreviations_are_degrees() -> None:
    """'BASc, Engineering Science' (held-back set 21: 'the resume lists no university
    degree'), BMath and MASc are degrees; 'BA, History' stays a bachelor's of arts; a BCS
    (chartered institute) certificate and the BSE (stock exchange) institute are not."""
    from app.analysis.education import degree_rank

    assert degree_rank("BASc, Engineering Science") == 1
    assert degree_rank("B.A.Sc. in Mechatronics Engineering") == 1
    assert degree_rank("BMath, Statistics, University of Waterloo") == 1
    assert degree_rank("BCS Practitioner Certificate in Requirements Engineering, 2020") == 0
    assert degree_rank("Certificate in Equity Research, BSE Institute Ltd., Mumbai") == 0
    assert degree_rank("MASc Electrical Engineering") == 2
    assert degree_rank("BA, History") == 1
    assert degree_rank("BASIC Certificate in Welding") == 0
