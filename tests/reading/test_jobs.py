"""The job-description reader: accuracy on the ground truth, pasted formats, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import InputError
from app.evaluation.jobs import evaluate, main, pair_items
from app.knowledge import load_knowledge
from app.models.resume import JobDescription
from app.reading import jobs as job_reader
from app.reading.jobs import parse_years, requirement_id

ROOT = Path(__file__).resolve().parents[2]


def read_job(path: Path) -> JobDescription:
    """The reader with the bundled knowledge (its skills taxonomy)."""
    return job_reader.read_job(path, load_knowledge())


def read_job_text(text: str, path: str = "-") -> JobDescription:
    return job_reader.read_job_text(text, load_knowledge(), path)


@pytest.fixture(scope="module")
def scores(corpus: Path):
    return {s.file: s for s in evaluate(corpus)}


def test_every_ground_truth_posting_is_scored(scores, corpus: Path) -> None:
    assert len(scores) == len(list((corpus / "groundtruth" / "jobs").glob("*.json"))) >= 10


def test_requirement_f1_and_kind_accuracy_per_file(scores) -> None:
    for name, s in scores.items():
        assert s.f1 >= 0.9, f"{name}: requirement F1 {s.f1:.2f}"
        assert s.kind_accuracy >= 0.9, f"{name}: kind accuracy {s.kind_accuracy:.2f}"


def test_mean_scores_meet_targets(scores) -> None:
    n = len(scores)
    assert sum(s.f1 for s in scores.values()) / n >= 0.95
    assert sum(s.kind_accuracy for s in scores.values()) / n >= 0.95
    assert sum(s.title_ok for s in scores.values()) >= n - 1


def test_eval_command_prints_a_table(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(str(corpus)) == 0
    out = capsys.readouterr().out
    assert "MEAN" in out and "nonamazon_php_web_developer.txt" in out and "ratio >= 0.9" in out
    assert main(str(corpus / "nope")) == 2


def test_pairing_is_one_to_one() -> None:
    assert pair_items(["Python, SQL.", "Python, SQL"], ["python sql"]) == [(0, 0)]
    assert pair_items(["Experience with AWS"], ["Experience with AWS."]) == [(0, 0)]
    assert pair_items(["Experience with AWS"], ["Knowledge of Azure"]) == []


def test_docx_posting_reads_like_its_text_version(corpus: Path) -> None:
    docx = read_job(corpus / "jobs" / "php_web_developer__resume-matcher.docx")
    txt = read_job(corpus / "jobs" / "nonamazon_php_web_developer.txt")
    assert docx.source.type == "docx"
    assert [r.text for r in docx.requirements] == [r.text for r in txt.requirements]
    assert docx.title == "PHP Developer"
    assert {"PHP", "MySQL", "jQuery", "AJAX"} <= set(docx.skills)


def test_pdf_posting_reads(tmp_path: Path) -> None:
    fitz = pytest.importorskip("fitz")
    doc = fitz.open()
    page = doc.new_page()
    y = 72
    for line in ["Machine Learning Engineer", "", "Responsibilities", "• Train ranking models in PyTorch",
                 "• Deploy models on SageMaker endpoints", "", "Basic Qualifications",
                 "• 3+ years of professional software development experience",
                 "• Experience with Spark or EMR", "", "Preferred Qualifications",
                 "• Experience with RAG and LLM fine-tuning"]:
        page.insert_text((72, y), line, fontsize=11)
        y += 16
    path = tmp_path / "job.pdf"
    doc.save(path)
    job = read_job(path)
    kinds = [(r.kind, r.text) for r in job.requirements]
    assert kinds == [
        ("responsibility", "Train ranking models in PyTorch"),
        ("responsibility", "Deploy models on SageMaker endpoints"),
        ("basic", "3+ years of professional software development experience"),
        ("basic", "Experience with Spark or EMR"),
        ("preferred", "Experience with RAG and LLM fine-tuning"),
    ]
    assert job.level_hints["years_min"] == 3.0


MARKDOWN = """# Senior Machine Learning Engineer, Recommendations

**Acme Robotics** · Remote (US)

## About the role
Acme builds the fleet brain for warehouse robots. You'll join a team of six engineers.

## What you'll do
- Design, train and ship recommendation models in PyTorch
- Build feature pipelines on Spark and Airflow
- Run online experiments and analyse the results

## What we're looking for
- 5+ years building ML systems in production
- Strong Python; experience with Go or Rust is a plus

## Nice to have
- Experience with LLMs, RAG or fine-tuning

## Benefits
- Health, dental, vision

Acme Robotics is an equal opportunity employer.
"""


def test_markdown_posting() -> None:
    job = read_job_text(MARKDOWN)
    assert job.title == "Senior Machine Learning Engineer"
    assert job.company == "Acme Robotics"
    assert job.level_hints == {"years_min": 5.0, "level": "L6", "terms": ["Senior", "5+ years"]}
    assert [r.kind for r in job.requirements] == ["responsibility"] * 3 + ["basic"] * 2 + ["preferred"]
    first = job.requirements[0]
    assert first.text == "Design, train and ship recommendation models in PyTorch"
    assert first.skills == ("Recommender Systems", "PyTorch")
    assert job.requirements[2].skills == ("A/B Testing",)
    assert set(job.requirements[4].skills) == {"Python", "Go", "Rust"}
    assert not any("Health" in r.text or "equal" in r.text for r in job.requirements)


def test_run_on_posting_with_inline_headings() -> None:
    text = ("Software Engineer, Payments Platform. Responsibilities: build and operate payment APIs "
            "in Java and Kotlin; own services end to end including on-call. Minimum qualifications: "
            "BS in Computer Science or equivalent practical experience; 3+ years of backend "
            "development in Java, Go or C++. Preferred qualifications: experience with Kafka.")
    job = read_job_text(text)
    assert [(r.kind, r.text) for r in job.requirements] == [
        ("responsibility", "build and operate payment APIs in Java and Kotlin"),
        ("responsibility", "own services end to end including on-call."),
        ("basic", "BS in Computer Science or equivalent practical experience"),
        ("basic", "3+ years of backend development in Java, Go or C++."),
        ("preferred", "experience with Kafka."),
    ]
    assert job.requirements[3].years == 3.0
    assert job.requirements[3].skills == ("Backend Development", "Java", "Go", "C++")


def test_glued_scrape_with_inline_bullets() -> None:
    text = ("Machine Learning Engineer II, Alexa Shopping DESCRIPTIONThe Alexa Shopping team builds "
            "conversational shopping. Key job responsibilities- Build deep learning models for query "
            "understanding- Own model training pipelines on SageMaker BASIC QUALIFICATIONS- 3+ years "
            "of non-internship professional software development experience- Experience with PyTorch "
            "PREFERRED QUALIFICATIONS- Experience with LLM fine-tuning Amazon is an equal opportunity "
            "employer.")
    job = read_job_text(text)
    assert job.title == "Machine Learning Engineer II" and job.level_hints["level"] == "L5"
    assert [(r.kind, r.text) for r in job.requirements] == [
        ("responsibility", "Build deep learning models for query understanding"),
        ("responsibility", "Own model training pipelines on SageMaker"),
        ("basic", "3+ years of non-internship professional software development experience"),
        ("basic", "Experience with PyTorch"),
        ("preferred", "Experience with LLM fine-tuning"),
    ]


def test_numbered_lists_and_typed_headings() -> None:
    text = ("Job Title: Junior Data Analyst\nCompany: Contoso Ltd\n\nDuties:\n"
            "1. Prepare weekly sales dashboards in Power BI\n2. Clean and analyse data with SQL\n\n"
            "Requirments:\n1) Degree in Statistics or a related field\n"
            "2) At least two years of experience in data analysis\n\nDesirable:\n"
            "(a) Knowledge of Tableau\n")
    job = read_job_text(text)
    assert job.company == "Contoso Ltd" and job.title == "Junior Data Analyst"
    assert [(r.kind, r.text) for r in job.requirements] == [
        ("responsibility", "Prepare weekly sales dashboards in Power BI"),
        ("responsibility", "Clean and analyse data with SQL"),
        ("basic", "Degree in Statistics or a related field"),
        ("basic", "At least two years of experience in data analysis"),
        ("preferred", "Knowledge of Tableau"),
    ]
    assert job.level_hints == {"years_min": 2.0, "level": "L4", "terms": ["Junior", "2+ years"]}


@pytest.mark.parametrize(("text", "years"), [
    ("3+ years of building models", 3.0), ("at least five years of Python", 5.0),
    ("1 -3 years of PHP development experience.", 1.0), ("Are 18 years of age or older", None),
    ("8+ years, including at least five years in Go", 8.0), ("a 12-week internship", None),
    ("five (5) or more years of experience", 5.0),
])
def test_years(text: str, years: float | None) -> None:
    assert parse_years(text) == years


def test_requirement_ids_are_stable_and_unique(corpus: Path) -> None:
    path = corpus / "jobs" / "amazon_mle_model_deployment_sagemaker__responsibilities_and_quals_only.txt"
    a, b = read_job(path), read_job(path)
    assert [r.id for r in a.requirements] == [r.id for r in b.requirements]
    assert len({r.id for r in a.requirements}) == len(a.requirements)
    assert all(r.id == requirement_id(r.text) and r.id.startswith("r") for r in a.requirements)
    sagemaker = [r for r in a.requirements if "SageMaker" in r.skills]
    assert sagemaker and sagemaker[0].kind == "basic"
    ab = [r for r in a.requirements if "A/B tests" in r.text]
    assert len(ab) == 1 and ab[0].kind == "preferred" and "A/B Testing" in ab[0].skills


def test_corpus_titles_levels_and_skills(corpus: Path) -> None:
    sde2 = read_job(corpus / "jobs" / "amazon_sde2_selling_partner_services_case_mgmt_A10528516__full.txt")
    assert (sde2.title, sde2.company, sde2.level_hints["level"]) == ("Software Dev Engineer II", "Amazon", "L5")
    intern = read_job(corpus / "jobs" / "amazon_sde_intern_2026_ml_track__full.txt")
    assert intern.level_hints["level"] == "intern"
    assert {"Java", "Python", "C++", "C#", "Go", "Rust", "TypeScript"} <= set(intern.skills)
    llm = read_job(corpus / "jobs" / "amazon_sde_mle_llm_training_platform__responsibilities_and_quals_only.txt")
    assert llm.level_hints["level"] == "L5" and llm.level_hints["years_min"] == 3.0
    assert "Distributed Training" in llm.skills and "LLM" in llm.skills


def _run_cli(args: list[str], stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=60, check=False)


def test_parse_jd_from_stdin(corpus: Path) -> None:
    data = (corpus / "jobs" / "nonamazon_ml_engineer__resume-matcher_fixture.txt").read_bytes()
    proc = _run_cli(["parse-jd", "-"], data)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["source"]["path"] == "-" and out["title"] == "Machine Learning Engineer"
    assert len(out["requirements"]) == 9
    assert {"id", "text", "kind", "skills", "years"} <= set(out["requirements"][0])
    assert {"PyTorch", "MLflow", "Feature Store", "Drift Detection"} <= set(out["skills"])


@pytest.mark.parametrize("stdin", [b"", b"   \n\n", b"Engineer\n", bytes(range(256)) * 8])
def test_bad_input_exits_3_with_one_line(stdin: bytes) -> None:
    proc = _run_cli(["parse-jd", "-"], stdin)
    assert proc.returncode == 3
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and err.startswith("loopready: ") and "Traceback" not in err
    assert "paste" in err


def test_bad_input_messages() -> None:
    with pytest.raises(InputError, match="too short to analyse: paste the full posting"):
        read_job_text("Senior engineer wanted")
    with pytest.raises(InputError, match="empty"):
        read_job_text("")


def test_bad_file_says_job_description(tmp_path: Path) -> None:
    path = tmp_path / "job.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError) as err:
        read_job(path)
    assert "resume" not in err.value.message.lower()
    proc = _run_cli(["parse-jd", str(tmp_path / "missing.txt")], b"")
    assert proc.returncode == 3 and proc.stderr.decode().count("\n") == 1


def test_too_long_paste_is_refused() -> None:
    with pytest.raises(InputError, match="too long"):
        read_job_text("Build models with PyTorch. " * 10_000)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZ 019.:;-•*()\n\t?/+#é\u00a0\uf0b7")), max_size=600))
def test_any_text_gives_a_result_or_an_input_error(text: str) -> None:
    try:
        job = read_job_text("Machine Learning Engineer\nRequirements:\n" + text)
    except InputError:
        return
    assert all(r.kind in ("responsibility", "basic", "preferred") and r.text for r in job.requirements)


def test_prose_sections_and_pay_are_not_requirements() -> None:
    text = """DESCRIPTION
Acme Ads is looking for a Machine Learning Engineer. You will own the inference stack.

Key job responsibilities
- Build low-latency inference services on AWS (ECS, DynamoDB, Kinesis)
- Monitor models for drift and lead the on-call rotation

A day in the life
You will start your day with a stand-up and then dive deep into experiments.

About the team
We are a team of 12 engineers. You'll work with scientists.

What you'll need:
5+ years of experience in data science.
Fluency in SQL and Python or R.

$180,000 - $220,000 a year
"""
    job = read_job_text(text)
    assert [(r.kind, r.text) for r in job.requirements] == [
        ("responsibility", "Build low-latency inference services on AWS (ECS, DynamoDB, Kinesis)"),
        ("responsibility", "Monitor models for drift and lead the on-call rotation"),
        ("basic", "5+ years of experience in data science."),
        ("basic", "Fluency in SQL and Python or R."),
    ]
    assert job.requirements[1].skills == ("Drift Detection", "On-Call")
    assert job.requirements[3].skills == ("SQL", "Python", "R")


SAMPLE_JOB = Path(__file__).resolve().parents[2] / "app" / "resources" / "sample" / "sample_job.txt"


def test_title_line_team_and_company_on_its_own_line() -> None:
    job = read_job(SAMPLE_JOB)  # "Machine Learning Engineer II, Personalization Ranking" / "Amazon"
    assert (job.title, job.company, job.team) == (
        "Machine Learning Engineer II", "Amazon", "Personalization Ranking")
    body = ("\nWe build the models behind the growth dashboards used across the company.\n\n"
            "Responsibilities\n- Build forecasting models in Python and SQL\n"
            "- Run experiments with product teams and report the results\n")
    job = read_job_text("Data Scientist, Growth Analytics\nGoogle" + body)
    assert (job.title, job.company, job.team) == ("Data Scientist", "Google", "Growth Analytics")


@pytest.mark.parametrize(("head", "company"), [
    ("Senior Data Scientist at Stripe", "Stripe"),
    ("Machine Learning Engineer\nAcme Robotics \u00b7 Austin, TX (Hybrid)", "Acme Robotics"),
    ("Machine Learning Engineer\nRemote", ""),
])
def test_company_from_the_title_lines(head: str, company: str) -> None:
    job = read_job_text(head + "\n\nYou will build the ranking models behind our search page.\n\n"
                        "Responsibilities\n- Train ranking models in PyTorch\n"
                        "- Deploy them to production and monitor their quality\n")
    assert job.company == company
    assert job.team == ""


def test_company_is_hiring() -> None:
    job = read_job_text("Machine Learning Engineer\n\nContoso Labs is hiring a machine learning "
                        "engineer to own our ranking models.\n\nResponsibilities\n"
                        "- Train ranking models in PyTorch\n"
                        "- Deploy them to production and monitor their quality\n")
    assert job.company == "Contoso Labs"


MIDDOT = """Job ID: 4471203
Req ID: R-2291
Data Engineer
Kitestring · Toronto, ON

Your responsibilities include:
· Design and operate the pipelines that feed our pricing models
· Partner with analysts to define trusted metrics

Qualifications include:
· 3+ years of experience with Python and SQL
· Experience with Airflow or Dagster

Preferred qualifications include:
· Experience with dbt

Pay range
$120,000 - $150,000 per year

Benefits
· Comprehensive medical, dental and vision insurance
· 401(k) with a company match

Kitestring is an equal opportunity employer.
"""


def test_middot_bullets_under_include_headings_and_ids_on_top() -> None:
    job = read_job_text(MIDDOT)
    got = [(r.kind, r.text) for r in job.requirements]
    assert got == [
        ("responsibility", "Design and operate the pipelines that feed our pricing models"),
        ("responsibility", "Partner with analysts to define trusted metrics"),
        ("basic", "3+ years of experience with Python and SQL"),
        ("basic", "Experience with Airflow or Dagster"),
        ("preferred", "Experience with dbt"),
    ]
    assert job.title == "Data Engineer" and job.company == "Kitestring"
    assert job.pay == "$120,000 - $150,000 per year"  # a fact, never a requirement
    assert job.to_dict()["pay"] == job.pay and job.warnings == ()


def test_notes_pasted_around_a_posting_are_not_requirements() -> None:
    text = ("Notes for myself - referral from Sam, ask about on-call\n"
            "TODO: tailor resume before Friday\n\n" + MIDDOT +
            "\nMy notes:\n- Experience with Kafka: yes, 3 years at my last job\n"
            "- Knowledge of Terraform - brush up before the interview\n"
            "- 5+ years required? I have 4\n")
    job = read_job_text(text)
    assert [r.text for r in job.requirements] == [r.text for r in read_job_text(MIDDOT).requirements]


def test_browser_print_header_and_footer_lines_are_dropped() -> None:
    stamp = "3/14/24, 10:12 AM Data Engineer - Kitestring | Careers"
    lines = MIDDOT.split("\n")
    text = "\n".join([stamp] + lines[:8] + ["https://careers.kitestring.com/jobs/8812 1/2", stamp,
                                           "Page 2 of 2"] + lines[8:])
    job = read_job_text(text)
    assert len(job.requirements) == 5
    assert not any("careers" in r.text.lower() or "Page" in r.text for r in job.requirements)
    assert job.title == "Data Engineer" and job.company == "Kitestring"


def test_you_will_and_ideal_candidate_headings() -> None:
    text = ("Platform Engineer\nHarbor & Pine\n\nYou will:\n- Shape the architecture of our new "
            "payments product\n- Keep the build fast\n\nThe ideal candidate has:\n- 5+ years of "
            "Go experience\n\nHarbor & Pine is an equal opportunity employer.\n")
    job = read_job_text(text)
    assert [(r.kind, r.text[:20]) for r in job.requirements] == [
        ("responsibility", "Shape the architectu"), ("responsibility", "Keep the build fast"),
        ("basic", "5+ years of Go exper")]
    assert job.company == "Harbor & Pine"


@pytest.mark.parametrize("title", ["Software Engineer III, Ads", "Engineer III/IV", "Sr.Engineer"])
def test_level_hints_never_fail_on_odd_titles(title: str) -> None:
    job = read_job_text(title + "\n\nRequirements\n- 3+ years of Java experience\n- Build services\n"
                        "- Own the on-call rotation for the ads platform team")
    assert job.level_hints["level"] in ("L4", "L5", "L6")


def test_posting_without_requirements_says_so() -> None:
    job = read_job_text("Acme is a company that builds rockets for everyone. We value kindness, "
                        "curiosity and craft, and we celebrate our people every single day here.")
    assert not job.requirements
    assert any("no requirements" in w for w in job.warnings)


def test_the_employer_is_read_from_its_legal_name_not_the_team_after_the_title(
        tmp_path: Path, knowledge) -> None:  # noqa: ANN001
    """'Title, Team' on the first line and the employer's legal name on a job-board line
    ('Job ID: 42 | Acme.com Services LLC') or only in its equal-opportunity line: the employer is
    the company, never the team, a requisition number or nothing."""
    from app.reading.jobs import read_job

    cases = {
        "Machine Learning Engineer, Grocery Personalization\nJob ID: 3047712 | Amazon.com "
        "Services LLC\n\nBASIC QUALIFICATIONS\n- 3+ years of software development\n": "Amazon",
        "Senior Backend Engineer, Platform\nRemote / Engineering - Platform / Full-time\n\n"
        "The Platform team owns the services.\n\nRequirements\n- 5+ years of Go\n\n"
        "Quillmere is proud to be an equal opportunity employer.\n": "Quillmere",
        "Perception Engineer\nJob Requisition ID: JR-0048213\nLarkspur Mobility Systems GmbH\n\n"
        "Requirements\n- C++17\n": "Larkspur Mobility Systems",
        "Pine & Harrow Markets\nData Scientist, Pricing\n\nRequirements\n- SQL\n\n"
        "Pine & Harrow Markets is an Equal Opportunity Employer.\n": "Pine & Harrow Markets",
    }
    for i, (text, company) in enumerate(cases.items()):
        path = tmp_path / f"job{i}.txt"
        body = ("\nWhat you will do\n- Design and build services used by every product team, "
                "from the first design review to running them in production\n- Work with "
                "product managers and scientists to plan and ship features each quarter\n")
        path.write_text(text + body, encoding="utf-8")
        assert read_job(path, knowledge).company == company, text.splitlines()[0]


def test_an_item_that_says_what_is_not_needed_is_no_requirement() -> None:
    """'No finance background is required' asks for nothing a resume could show: it is no item
    (a line that goes on to ask something stays one)."""
    job = read_job_text("""ML Engineer, Research Platform
Cobble Lane Capital

Requirements
- 4+ years of professional software engineering in Python
- A degree is not required, but 3+ years of Kubernetes is
- No finance background is required; curiosity about markets is
- A degree is not required
""")
    texts = [r.text for r in job.requirements]
    assert any(t.startswith("4+ years of professional") for t in texts)
    assert any(t.startswith("A degree is not required, but") for t in texts)
    assert not any(t.startswith(("No finance", "A degree is not required")) and "but" not in t
                   for t in texts), texts


def test_a_requisition_id_line_opens_no_qualifications(tmp_path: Path) -> None:
    """'Job requisition ID: R-0041' (a Workday header field) is no heading of required
    qualifications ('requis', 'requisitos' are), so the field after it is no requirement."""
    import docx

    d = docx.Document()
    d.add_paragraph().add_run("Platform Engineer").bold = True
    for field, value in (("Locations:", " Utrecht"), ("Time type:", " Full time"),
                         ("Job requisition ID:", " R-0041"),
                         ("Job family:", " Data & AI Engineering")):
        p = d.add_paragraph()  # Workday's header: the field's name bold, its value plain
        p.add_run(field).bold = True
        p.add_run(value)
    d.add_paragraph()
    d.add_paragraph().add_run("About us").bold = True
    d.add_paragraph("We run the network of a telecom.")
    d.add_paragraph().add_run("What you bring").bold = True
    for text in ("3+ years of experience running Kubernetes in production", "Terraform"):
        d.add_paragraph(text, style="List Bullet")
    path = tmp_path / "R-0041 Platform Engineer.docx"
    d.save(str(path))
    texts = [r.text for r in read_job(path).requirements]
    assert not any(t.startswith("Job family") for t in texts), texts
    assert any(t.startswith("3+ years of experience running Kubernetes") for t in texts), texts


@pytest.mark.parametrize(("head", "employer"), [
    ("Data Engineer | Nordweave Software Sp. z o.o. | Kraków", "Nordweave Software"),
    ("Backend Developer · Kaamos Oy · Helsinki", "Kaamos"),
    ("Ingegnere software | Rossi Dati S.r.l. | Milano", "Rossi Dati"),
    ("Platform Engineer | Teknova SE, Walldorf", "Teknova"),
    ("Principal SE Architect", ""),  # SE here is the job (a sales or software engineer)
    ("Senior SAS Programmer", ""),  # SAS the statistics package, not a company's suffix
])
def test_a_legal_name_at_the_top_is_the_employer(head: str, employer: str) -> None:
    """Every legal suffix of the one list (app/legal_names.py) is read; a short one that is
    also an abbreviation only where it ends the part of the line."""
    assert job_reader._legal_entity(head) == employer
