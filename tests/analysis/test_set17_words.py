"""Words a resume uses that the skills and degrees must read right (held-back set 17's first
look): a language's short name before the software written in it ("a Go operator"), BigQuery
tables "partitioned and clustered" (no clustering model), "Linux on embedded targets" (embedded
Linux, which Linux on a skills line is not), and a Japanese record's master's course
(大学院 修士課程 in engineering)."""

from __future__ import annotations

from pathlib import Path

from app.analysis.education import degrees, field_of
from app.reading.resume import read_resume
from tests.analysis.judge_helpers import judge, knowledge


def _find(text: str) -> list[str]:
    from app.skills import SkillMatcher

    return SkillMatcher.for_skills(knowledge().skills).find(text)


def test_a_languages_short_name_before_its_software() -> None:
    assert "Go" in _find("Wrote a Go operator for canary rollouts of models")
    assert "R" in _find("Maintained two R packages for survey weighting")
    assert "Go" not in _find("Go live in March with three services")
    assert "R" not in _find("R&D engineer for sensor modules")


def test_table_clustering_is_not_a_clustering_model() -> None:
    found = _find("Cut the BigQuery bill 35% by partitioning and clustering the largest tables")
    assert "Clustering" not in found


POSTING = """
Edge AI Engineer
Hoshizora Devices

Requirements
- Experience with Linux on embedded targets (cross-compilation or device drivers)
- Master's degree in engineering or computer science
"""

RESUME = """
Aoi Tachibana
aoi.tachibana@example.com

EXPERIENCE
Software Engineer | Kumoi Systems | Apr 2018 – Present
- Ported the perception model to an ARM board with ONNX Runtime; 30 ms per frame.

SKILLS
Python, C++, Linux, Docker

EDUCATION
2012 4 北辺大学 工学部 入学 (Hokuhen University, B.Eng.)
2016 4 北辺大学大学院 工学研究科 修士課程 入学 (M.Eng. course)
"""


def test_linux_on_a_skills_line_is_not_embedded_linux(tmp_path: Path) -> None:
    j = judge(tmp_path, RESUME, POSTING)
    assert j.of("Experience with Linux on embedded targets") != "met"


def test_a_japanese_masters_course_in_engineering(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(RESUME.strip() + "\n", encoding="utf-8")
    assert max(d.level for d in degrees(read_resume(path))) == 2
    assert field_of("上里工業大学大学院 工学研究科 修士課程") == "quantitative"
    assert field_of("工学部 情報工学科") == "computing"
