"""The resume reader against the ground truth in ../shared/corpus/groundtruth (issue 2 targets).

Thresholds sit at or a little under what the reader achieves, never under the issue's targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.evaluation.reading import evaluate, main, match_count, norm
from app.reading.resume import read_resume

# per-file floors for bullet F1 (measured: 1.00 on every file)
MIN_F1 = 0.95


@pytest.fixture(scope="module")
def scores(corpus: Path):
    result = evaluate(corpus)
    assert len(result) == 12, "expected the 12 ground-truth resumes"
    return result


def test_every_ground_truth_file_parses(scores) -> None:
    assert [s.name for s in scores if s.error] == []


@pytest.mark.parametrize("index", range(12))
def test_bullet_f1_per_file(scores, index: int) -> None:
    s = scores[index]
    assert s.f1 >= MIN_F1, f"{s.name}: bullet F1 {s.f1:.2f} (P {s.precision:.2f} R {s.recall:.2f})"


def test_mean_bullet_f1(scores) -> None:
    mean = sum(s.f1 for s in scores) / len(scores)
    assert mean >= 0.97
    assert min(s.f1 for s in scores) >= 0.85


def test_section_recall(scores) -> None:
    found = sum(s.sections_matched for s in scores)
    expected = sum(s.sections_expected for s in scores)
    assert found / expected >= 0.97


def test_role_recall(scores) -> None:
    found = sum(s.roles_matched for s in scores)
    expected = sum(s.roles_expected for s in scores)
    assert found / expected >= 0.95


def test_every_corpus_resume_parses(corpus: Path) -> None:
    files = sorted((corpus / "resumes").glob("*/*"))
    assert len(files) == 23
    for f in files:
        resume = read_resume(f)
        assert resume.sections, f.name
        assert resume.bullets, f.name
        assert resume.text, f.name
        for b in resume.bullets:
            assert b.text == b.text.strip() and "  " not in b.text
            assert not any(ch in b.text for ch in "\ufb01\ufb02\ufb00\u00ad"), b.text
            if resume.source.type == "pdf":
                assert b.page is not None and 1 <= b.page <= (resume.source.pages or 0)
                x0, y0, x1, y1 = b.bbox
                assert x0 < x1 and y0 < y1
            if b.role is not None:
                assert 0 <= b.role < len(resume.roles)


def test_contract_json_keys(corpus: Path) -> None:
    resume = read_resume(
        corpus / "resumes" / "pdf" / "mle_harvey_dent__resume-matcher_moderncv.pdf"
    )
    data = resume.to_dict()
    assert set(data["source"]) >= {"path", "type", "pages"}
    assert data["source"]["type"] == "pdf" and data["source"]["pages"] == 1
    assert set(data["sections"][0]) >= {"title", "kind"}
    assert set(data["roles"][0]) >= {"title", "organization", "dates", "section"}
    assert set(data["bullets"][0]) >= {"id", "text", "section", "role", "page", "bbox"}
    assert resume.name == "Harvey Dent"
    assert data["roles"][0] == {
        "title": "Machine Learning Engineer",
        "organization": "OpenAI",
        "dates": "2021 – Present",
        "section": "Experience",
        "period": "2021/present",  # what the dates mean, whatever their language
    }


def test_bullet_ids_are_stable(corpus: Path) -> None:
    path = corpus / "resumes" / "docx" / "mern_backend_chinmaya_shah__word.docx"
    first = [b.id for b in read_resume(path).bullets]
    second = [b.id for b in read_resume(path).bullets]
    assert first == second and len(set(first)) == len(first)


def test_two_column_reading_order(corpus: Path) -> None:
    """The sidebar's sections never interleave with the main column's bullets."""
    resume = read_resume(
        corpus / "resumes" / "pdf" / "swe_john_doe__resume-matcher_html_two_column.pdf"
    )
    titles = [s.title for s in resume.sections]
    assert titles == ["SUMMARY", "EXPERIENCE", "PROJECTS", "EDUCATION", "SKILLS", "LINKS"]
    assert {"Go", "Kafka", "PostgreSQL"} <= set(resume.skills)


def test_word_quartz_export_reads_clean(corpus: Path) -> None:
    resume = read_resume(
        corpus / "resumes" / "pdf" / "student_leo_leopard__open-resume_word_quartz.pdf"
    )
    assert resume.name == "Leo Leopard"
    assert any(r.organization == "YMCA" and r.title == "Volunteer Swim Coach" for r in resume.roles)
    assert "Instructed classes of up to 15 children on basic swimming skills" in [
        b.text for b in resume.bullets
    ]


def test_hyphenation_and_soft_hyphens(corpus: Path) -> None:
    resume = read_resume(corpus / "resumes" / "pdf" / "sre_byungjin_park__awesome-cv_resume.pdf")
    texts = " ".join(b.text for b in resume.bullets)
    assert "Consul," in texts and "Con-sul" not in texts
    assert "cross-cluster" in texts
    assert "Provisioned an easily managable hybrid infrastructure" in texts


def test_eval_command_prints_table(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(str(corpus)) == 0
    out = capsys.readouterr().out
    assert "MEAN" in out and "section recall" in out
    assert "mle_harvey_dent__resume-matcher_moderncv.pdf" in out


def test_matching_rules() -> None:
    assert norm("  Led, the TEAM!  ") == "led the team"
    assert match_count(["Built a thing."], ["built a thing"]) == 1
    assert match_count(["Built a large system for users"], ["Built a large system for user"]) == 1
    assert match_count(["Built a thing"], ["Wrote documentation"]) == 0
    assert match_count(["a b c", "a b c"], ["a b c"]) == 1  # one-to-one


def test_matches_are_exact_text_not_just_fuzzy(scores) -> None:
    """The fuzzy ratio must not hide text damage: nearly every match is exact after normalising."""
    exact = sum(s.bullets_exact for s in scores)
    matched = sum(s.bullets_matched for s in scores)
    assert exact >= 0.97 * matched
