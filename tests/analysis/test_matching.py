"""Requirements that ask for a kind of skill ("at least one programming language", "a cloud
platform", "a deep learning framework such as ..."), degrees in a field, "any of the following
areas": met by any resume skill or degree of that kind, with the reason naming it; and left
unmet when the resume has none (a business student has no programming language, a web
developer no deep learning framework). Synthetic resumes plus the corpus pairs of issue 3."""

from __future__ import annotations

import pytest
from analysis_helpers import MLE_JOB, MUSIC_JOB, read_job, read_resume

from app.analysis import fit
from app.analysis.pipeline import default_skill_finder
from app.analysis.text import TfIdf
from app.models.resume import Bullet, JobDescription, Requirement, Resume, Role, Section, SourceInfo

SDE2_JOB = "amazon_sde2_selling_partner_services_case_mgmt_A10528516__full.txt"
INTERN_JOB = "amazon_sde_intern_2026_ml_track__full.txt"


def _resume(bullets: list[str], skills: tuple[str, ...] = (), education: str = "") -> Resume:
    text = ("Experience\nSoftware Engineer, Initech, 2018 – 2023\n" + "\n".join(bullets)
            + ("\nSkills\n" + ", ".join(skills) if skills else "")
            + ("\nEducation\n" + education if education else ""))
    return Resume(
        SourceInfo("synthetic.txt", "txt"),
        sections=(Section("Experience", "experience"), Section("Education", "education")),
        roles=(Role("Software Engineer", "Initech", "2018 – 2023", "Experience"),),
        bullets=tuple(Bullet(f"b{i}", t, "Experience", 0) for i, t in enumerate(bullets)),
        skills=skills, text=text)


def _matches(knowledge, resume: Resume, job: JobDescription, years: float | None = 5.0):
    find = default_skill_finder(knowledge)
    cats = {s.name.lower(): s.category for s in knowledge.skills}
    tfidf = TfIdf([b.text for b in resume.bullets] + [r.text for r in job.requirements])
    return fit.match_requirements(resume, job, years, find, tfidf, 0, cats, knowledge.concepts)


def _one(knowledge, resume: Resume, text: str, skills: tuple[str, ...] = (),
         years: float | None = None):
    job = JobDescription(SourceInfo("job.txt", "txt"), "Software Engineer", "Amazon", {},
                         (Requirement("r1", text, "basic", skills, years),), skills, text)
    return _matches(knowledge, resume, job)[0]


BACKEND = ["Built payment microservices in Python and Go serving 2M requests a day",
           "Deployed the services on AWS with Terraform and Kubernetes"]
BUSINESS = ["Led groups of 9 junior high students in discussion on business ethics",
            "Planned two yearly outreach events for community members"]
WEB = ["Built responsive landing pages with HTML, CSS and jQuery for local shops",
       "Maintained WordPress sites and their PHP plugins"]
ML = ["Trained ranking models in PyTorch and served them on SageMaker endpoints"]


@pytest.mark.parametrize("text,skills", [
    ("Experience programming with at least one software programming language", ()),
    ("Programming experience with at least one modern language such as Java, C++, or C# "
     "including object-oriented design", ("Java", "C++", "C#")),
    ("Experience programming in Java, C++, Python or related language", ("Java", "C++", "Python")),
    ("Proficiency in a scripting language", ()),
])
def test_any_language_meets_a_language_requirement(knowledge, text, skills) -> None:
    m = _one(knowledge, _resume(BACKEND, ("Python", "Go")), text, skills)
    assert m.met, m.reason
    assert "the resume shows" in m.reason and "Go" in m.reason and "(languages" in m.reason
    assert not m.missing_skills


@pytest.mark.parametrize("text,skills", [
    ("Experience programming with at least one software programming language", ()),
    ("Programming experience with at least one modern language such as Java, C++, or C#",
     ("Java", "C++", "C#")),
    ("Good Knowledge of object oriented programming", ()),
])
def test_business_student_does_not_meet_programming(knowledge, text, skills) -> None:
    student = _resume(BUSINESS, ("Microsoft Word", "Excel"),
                      "Bachelor of Arts, Business Administration")
    m = _one(knowledge, student, text, skills)
    assert not m.met, m.reason


def test_markup_is_not_a_programming_language(knowledge) -> None:
    m = _one(knowledge, _resume(["Wrote landing pages for local shops"], ("HTML", "CSS")),
             "Experience programming with at least one software programming language")
    assert not m.met and "no languages" in m.reason


def test_implied_language_names_its_source(knowledge) -> None:
    m = _one(knowledge, _resume(["Implemented several API microservices in Node.js Koa"]),
             "Experience programming with at least one software programming language")
    assert m.met and "JavaScript (via Node.js)" in m.reason


def test_cloud_platform_met_by_any_cloud_and_not_without_one(knowledge) -> None:
    text = "Experience with a major cloud platform (AWS, GCP or Azure)"
    gcp = _resume(["Ran the data pipelines on GCP with BigQuery"])
    m = _one(knowledge, gcp, text, ("AWS", "GCP", "Azure"))
    assert m.met and "GCP" in m.reason and "cloud platforms" in m.reason
    m = _one(knowledge, _resume(["Uploaded the nightly build to the ops server"]),
             "Experience with a cloud platform such as AWS, GCP or Azure", ("AWS", "GCP", "Azure"))
    assert not m.met, m.reason
    # an AWS service shows AWS
    m = _one(knowledge, _resume(["Stored the event archive in S3 and queried it with Athena"]),
             "Hands-on experience with at least one cloud provider")
    assert m.met and "AWS (via" in m.reason


def test_deep_learning_framework_kind(knowledge) -> None:
    text = "Experience with a deep learning framework such as PyTorch or TensorFlow"
    jax = _resume(["Trained vision transformers in JAX on TPU pods"], ("JAX", "Python"))
    m = _one(knowledge, jax, text, ("PyTorch", "TensorFlow"))
    assert m.met and "JAX" in m.reason and "deep learning frameworks" in m.reason
    # pandas and NumPy are ML libraries, not deep learning frameworks; nor is a web stack
    analyst = _resume(["Cleaned survey data with pandas and NumPy"], ("pandas", "NumPy"))
    assert not _one(knowledge, analyst, text, ("PyTorch", "TensorFlow")).met
    web = _resume(WEB, ("PHP", "JavaScript", "jQuery", "HTML", "CSS"))
    assert not _one(knowledge, web, "Experience with deep learning frameworks").met


def test_named_list_without_example_wording_stays_strict(knowledge) -> None:
    """"Strong Python skills" is not met by Go: only example wording widens to the kind."""
    m = _one(knowledge, _resume(["Built CLIs in Go and Rust"], ("Go", "Rust")),
             "Strong Python skills with expertise in pandas", ("Python", "pandas"))
    assert not m.met


def test_degree_in_a_field(knowledge) -> None:
    text = "Bachelor's degree in computer science or related field"
    cs = _resume(BACKEND, ("Python",), "B.S. in Computer Science and Engineering, 2012 - 2016")
    m = _one(knowledge, cs, text)
    assert m.met and "Computer Science" in m.reason
    phd = _resume(ML, ("PyTorch",), "PhD in Electrical Engineering, 2015 - 2020")
    assert _one(knowledge, phd, text).met
    business = _resume(BUSINESS, (), "Bachelor of Arts, Business Administration")
    m = _one(knowledge, business, text)
    assert not m.met and "not in a field" in m.reason
    # field names listed in a degree line are fields, not missing skills
    m = _one(knowledge, cs, "Are enrolled in a Bachelor's degree or above in Computer Science, "
             "Data Science, Information Systems, or related STEM fields", ("Data Science",))
    assert m.met and not m.missing_skills
    # a master's line is not met by a bachelor's
    assert not _one(knowledge, cs, "Master's degree in computer science or equivalent").met
    # "a high degree of ambiguity" asks for no degree
    assert fit._required_degree("Lead projects with a high degree of ambiguity") == 0
    # an uppercase company name is not a B.A.
    assert fit._degree_rank("Software Engineer E.SUN BANK Taipei") == 0


def test_years_requirement_against_estimate(knowledge) -> None:
    text = "3+ years of non-internship professional software development experience"
    r = _resume(BACKEND, ("Python",))
    job = JobDescription(SourceInfo("j.txt", "txt"), "SDE", "Amazon", {},
                         (Requirement("r1", text, "basic", (), 3.0),), (), text)
    assert _matches(knowledge, r, job, years=5.0)[0].met
    assert not _matches(knowledge, r, job, years=2.1)[0].met


def test_any_of_the_following_areas(knowledge) -> None:
    text = ("Experience in any of the following areas: algorithms and data structures, parsing, "
            "numerical optimization, data mining, parallel and distributed computing")
    m = _one(knowledge, _resume(["Designed graph algorithms for route planning"]), text)
    assert m.met and "algorithms" in m.reason
    assert not _one(knowledge, _resume(BUSINESS), text).met


# ----------------------------------------------------------------------------- corpus (issue 3)

@pytest.mark.parametrize("job_name", [MLE_JOB, MUSIC_JOB, SDE2_JOB, INTERN_JOB])
def test_sre_resume_meets_the_language_requirement(corpus, knowledge, job_name) -> None:
    resume = read_resume(corpus, "sre_byungjin_park__awesome-cv")
    job = read_job(corpus, job_name)
    matches = _matches(knowledge, resume, job, 9.3)
    lang = [(r, m) for r, m in zip(job.requirements, matches, strict=True)
            if "language" in r.text.lower() and "natural language" not in r.text.lower()]
    assert lang
    for req, m in lang:
        assert m.met, (req.text, m.reason)
        assert "the resume shows" in m.reason


def test_business_student_corpus_stays_unmet(corpus, knowledge) -> None:
    resume = read_resume(corpus, "student_leo_leopard")
    for job_name in (MLE_JOB, SDE2_JOB, INTERN_JOB):
        job = read_job(corpus, job_name)
        for req, m in zip(job.requirements, _matches(knowledge, resume, job, 0.0), strict=True):
            low = req.text.lower()
            if "programming" in low or "computer science" in low:
                assert not m.met, (req.text, m.reason)
