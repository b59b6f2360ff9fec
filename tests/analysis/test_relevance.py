"""Relevance of the top 3 risks and the 12 questions, as a bar raiser would judge them.

Rules under test (app/analysis/risks.py, app/analysis/questions.py):
- a risk ranks by probe x exposure: a rarely asked principle with no evidence ranks below a
  thin most-asked one (Ownership, Dive Deep) and below an unmet requirement the posting stresses;
- scale is read from counts (users, requests, records), data sizes, rates and scale words,
  so "millions of users" or "petabytes" is scale evidence;
- an SDE posting gets behavioural questions, not questions about models; an MLE posting gets
  production and model questions; no two questions would draw the same story.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from analysis_helpers import MLE_JOB, MUSIC_JOB, analysed, read_resume

from app.analysis.pipeline import analyze
from app.analysis.questions import MAX_PER_STORY, ML_MIN, asks_for_model, near_duplicate
from app.analysis.risks import Signals, all_risks, scale_evidence, top_risks
from app.models.report import PrincipleRating, RequirementMatch
from app.models.resume import Bullet, JobDescription, Requirement, Resume, Role, Section, SourceInfo

SDE_JOB = "amazon_sde2_selling_partner_services_case_mgmt_A10528516__full.txt"
MOST_ASKED = ("ownership", "dive-deep", "customer-obsession")
RARE = 0.35  # an ask weight below this is a rarely asked principle


def _resume(bullets: list[str], org: str = "Initech") -> Resume:
    return Resume(SourceInfo("synthetic.txt", "txt"), sections=(Section("Experience", "experience"),),
                  roles=(Role("Software Engineer", org, "2016 – 2023", "Experience"),),
                  bullets=tuple(Bullet(f"b{i}", t, "Experience", 0) for i, t in enumerate(bullets)),
                  text="\n".join(bullets))


def _job(text: str, reqs: tuple[Requirement, ...] = (), title: str = "Software Engineer") -> JobDescription:
    return JobDescription(SourceInfo("job.txt", "txt"), title, "Amazon", {"level": "L4"}, reqs, (),
                          f"{title}\n{text} " + " ".join(r.text for r in reqs))


STRONG_BULLETS = [
    "Cut checkout latency by 40% for 2 million daily users by rewriting the pricing cache",
    "Traced a 9% drop in orders to a timezone bug and added validation that caught 14 bad loads",
    "Reduced cloud cost by 25% ($80K a year) by right-sizing the batch fleet",
]


def _signals(knowledge, resume: Resume, job: JobDescription, weak: dict[str, str],
             matches: tuple[RequirementMatch, ...] = ()) -> Signals:
    """Signals for a resume whose principles are all strong except `weak` (id -> strength)."""
    ids = tuple(b.id for b in resume.bullets)
    ratings = {}
    for p in knowledge.principles:
        strength = weak.get(p.id, "strong")
        ev = () if strength == "none" else ids[:1] if strength == "thin" else ids[:2]
        ratings[p.id] = PrincipleRating(p.id, p.name, strength, ev)
    from app.analysis.company import Posting
    from app.analysis.experience import estimate
    from app.analysis.level import LevelCall
    from app.analysis.verdict import Verdict

    ml = "machine learning" in (job.title or "").lower()
    posting = Posting("amazon", "Amazon", True, "mle" if ml else "sde", False, ml, "L4", None,
                      "", "")
    exp = estimate(resume, 2023 * 12 + 11)
    return Signals(resume, job, posting, ratings, matches, exp, LevelCall("L5", "", "", True),
                   Verdict("apply", "", "", 1.0, None), ids[:2], 4, ids, (), knowledge)


# ----------------------------------------------------------------------------- risk ranking

def test_rare_none_principle_ranks_below_thin_most_asked(knowledge) -> None:
    resume = _resume(STRONG_BULLETS)
    job = _job("You will own services end to end and dive deep into operational issues.")
    rare = [p.id for p in knowledge.principles if p.ask_weight < RARE][:3]
    weak = {pid: "none" for pid in rare} | {"ownership": "thin", "dive-deep": "thin"}
    pack = knowledge.roles["amazon-sde"]
    risks = top_risks(_signals(knowledge, resume, job, weak), knowledge, pack)
    mains = [r.principle_ids[0] for r in risks if r.principle_ids]
    assert mains[:2] == ["ownership", "dive-deep"], [r.title for r in risks]
    every = all_risks(_signals(knowledge, resume, job, weak), knowledge, pack)
    sev = {r.principle_ids[0]: r.severity for r in every if r.principle_ids}
    for pid in rare:
        assert sev[pid] < sev["ownership"] and sev[pid] < sev["dive-deep"], (pid, sev)


def test_stressed_unmet_requirement_ranks_above_rare_principle(knowledge) -> None:
    resume = _resume(STRONG_BULLETS)
    req = Requirement("p1", "Experience with feature stores and real-time feature pipelines",
                      "preferred", ("Feature Store",))
    job = _job("You will build feature stores for ranking models.", (req,),
               "Software Engineer, Ranking Infrastructure")
    match = RequirementMatch("p1", False, (), (), ("Feature Store",), verdict="not-met")
    weak = {"earn-trust": "none", "are-right-a-lot": "none"}
    risks = top_risks(_signals(knowledge, resume, job, weak, (match,)), knowledge,
                      knowledge.roles["amazon-mle"])
    # the posting's stress on feature stores comes first (as the unmet preferred line or as
    # what the posting centres on), above the rarely asked principles with no evidence
    assert "feature store" in risks[0].title.lower(), [r.title for r in risks]
    assert risks[0].id in ("unmet-preferred", "posting-emphasis")
    rare = [r for r in risks if r.id in ("thin-earn-trust", "thin-are-right-a-lot")]
    assert all(r.severity < risks[0].severity for r in rare)


def test_unmet_basic_outranks_unmet_preferred(knowledge) -> None:
    resume = _resume(STRONG_BULLETS)
    reqs = (Requirement("b1", "Experience with Scala", "basic", ("Scala",)),
            Requirement("p1", "Experience with feature stores", "preferred", ("Feature Store",)))
    job = _job("Feature store, feature store, feature store.", reqs, "Machine Learning Engineer")
    matches = (RequirementMatch("b1", False, (), (), ("Scala",), verdict="not-met"),
               RequirementMatch("p1", False, (), (), ("Feature Store",), verdict="not-met"))
    risks = top_risks(_signals(knowledge, resume, job, {}, matches), knowledge,
                      knowledge.roles["amazon-mle"])
    ids = [r.id for r in risks]
    assert ids.index("unmet-basic") < ids.index("unmet-preferred"), ids


def test_every_ranked_risk_keeps_its_arithmetic_apart(corpus: Path, knowledge) -> None:
    """Issue 11: the "why" is a plain sentence; probe x exposure goes to score_detail."""
    for stem, job in (("mlphd_john_doe__rendercv_classic", MUSIC_JOB),
                      ("swe_john_doe__open-resume", SDE_JOB), ("dataeng_omkar_pathak", MLE_JOB)):
        report = analysed(corpus, knowledge, stem, job, role="auto")
        for r in report.risks:
            assert "probe" in r.score_detail and r.score_detail.endswith(f"= {r.severity:.2f}")
            assert not re.search(r"\d\.\d\d", r.why) and " x " not in r.why, r.why
        whys = [r.why for r in report.risks]
        assert len(set(whys)) == len(whys)


def test_corpus_rare_principles_never_crowd_out_most_asked_gaps(corpus: Path, knowledge) -> None:
    weight = {p.id: p.ask_weight for p in knowledge.principles}
    pairs = [("mlphd_john_doe__rendercv_classic", MLE_JOB), ("mle_harvey_dent", MUSIC_JOB),
             ("swe_john_doe__open-resume", SDE_JOB), ("fullstack_ting-long_wei__awesome", SDE_JOB),
             ("swe_tf_sourabh_bajaj", MLE_JOB), ("sre_claud_park", SDE_JOB)]
    for stem, job in pairs:
        report = analysed(corpus, knowledge, stem, job, role="auto")
        shown = {r.principle_ids[0] for r in report.risks if r.principle_ids}
        rare = [r for r in report.risks if r.id.startswith(("thin-", "watch-"))
                and weight[r.principle_ids[0]] < RARE]
        if not rare:
            continue
        for p in report.principles:
            if p.id in MOST_ASKED and p.strength != "strong":
                assert p.id in shown, (stem, p.id, p.strength, [r.title for r in report.risks])


def test_failure_story_risk_follows_the_resume(knowledge) -> None:
    pack = knowledge.roles["amazon-sde"]
    job = _job("Build reliable services.")
    calm = _resume(["Built the billing service in Java", "Wrote the reporting API in Python"])
    ids = {r.id for r in all_risks(_signals(knowledge, calm, job, {}), knowledge, pack)}
    assert "no-failure-story" in ids
    ids = {r.id for r in all_risks(_signals(knowledge, _resume(STRONG_BULLETS), job, {}),
                                   knowledge, pack)}
    assert "no-failure-story" not in ids


# ----------------------------------------------------------------------------- scale

def test_scale_read_from_counts_sizes_rates_and_words(corpus: Path, knowledge) -> None:
    for line in ("Built the feed for millions of users", "Processed petabytes of click logs",
                 "Served 4 million daily users at a p99 of 45 ms",
                 "Deduplicated 80 million customer records with Spark",
                 "Ingested 2 TB of events a day", "Scaled the API to 12k QPS",
                 "Course had more than 100,000 students enrolled"):
        kind, bullets, _ = scale_evidence(_resume([line]))
        assert kind == "quantified" and bullets == ("b0",), line
    for line in ("Designed a distributed job scheduler", "Worked on large-scale training on TPUs",
                 "Built data-parallel processing pipelines"):
        assert scale_evidence(_resume([line]))[0] == "qualitative", line
    assert scale_evidence(_resume(["Served 15 customers in the shop"]))[0] == ""
    big = [c for c in knowledge.companies if c.large_scale]
    assert scale_evidence(_resume(["Wrote the settings page"], org="Google LLC"), big)[0] == "employer"
    # a TensorFlow/TPU engineer's resume from the corpus shows scale
    tf = read_resume(corpus, "swe_tf_sourabh_bajaj")
    assert scale_evidence(tf)[0] == "quantified"


def test_scale_risk_title_follows_the_evidence(knowledge) -> None:
    pack = knowledge.roles["amazon-sde"]
    job = _job("Distributed systems at scale serving millions of requests with low latency.")

    def scale_risk(lines: list[str], org: str = "Initech"):
        sig = _signals(knowledge, _resume(lines, org), job, {})
        return next((r for r in all_risks(sig, knowledge, pack) if r.id == "no-scale"), None)

    assert scale_risk(["Built the feed for millions of users"]) is None
    assert scale_risk(["Processed petabytes of click logs"]) is None
    none = scale_risk(["Wrote the settings page"])
    assert "no bullet mentions users" in none.why
    implied = scale_risk(["Wrote the settings page"], org="Google")
    assert "implies scale" in implied.why and "Google" in implied.why
    words = scale_risk(["Designed a distributed job scheduler"])
    assert "'distributed'" in words.why
    assert words.severity < implied.severity < none.severity


# ----------------------------------------------------------------------------- questions

def test_sde_posting_gets_no_model_questions(corpus: Path, knowledge) -> None:
    for stem in ("mlphd_john_doe__rendercv_classic", "swe_tf_sourabh_bajaj", "mle_harvey_dent"):
        report = analysed(corpus, knowledge, stem, SDE_JOB, role="auto")
        assert report.role_pack == "amazon-sde"
        model = [q.text for q in report.questions if "model" in q.text.lower()
                 or " ML " in f" {q.text} "]
        assert len(model) <= 1, model


def test_mle_posting_gets_model_questions_that_follow_the_person(corpus: Path, knowledge) -> None:
    """An ML loop asks about models whatever the resume shows (at least ML_MIN of the 12); a
    resume with model stories gets more of them, answered by those stories, while a web
    developer's are fewer and honestly left without a story (the gap script is named)."""
    by_id = {q.id: q for q in knowledge.questions}
    counts = {}
    for stem in ("fullstack_ting-long_wei__awesome", "swe_john_doe__open-resume",
                 "mlphd_john_doe__rendercv_classic"):
        for job in (MLE_JOB, MUSIC_JOB):
            report = analysed(corpus, knowledge, stem, job)
            model = [q for q in report.questions if asks_for_model(by_id[q.id], knowledge)]
            assert len(model) >= ML_MIN, (stem, job, [q.text for q in report.questions])
            for q in model:
                assert q.story_id or q.gap_script_id, q.text
            counts[(stem, job)] = len(model)
    assert counts[("mlphd_john_doe__rendercv_classic", MLE_JOB)] >= counts[
        ("fullstack_ting-long_wei__awesome", MLE_JOB)]


def test_questions_are_distinct_and_each_has_a_story_or_a_gap_script(corpus: Path,
                                                                     knowledge) -> None:
    """A rich resume answers most questions from its own stories; no story answers more than
    MAX_PER_STORY; a question no story fits names its gap script instead of stretching one."""
    by_id = {q.id: q for q in knowledge.questions}
    for stem, job in (("mlphd_john_doe__rendercv_classic", MLE_JOB),
                      ("swe_john_doe__resume-matcher_html_single", SDE_JOB),
                      ("swe_tf_sourabh_bajaj", SDE_JOB), ("mle_harvey_dent", MUSIC_JOB)):
        report = analysed(corpus, knowledge, stem, job, role="auto")
        assert len(report.questions) == 12
        for a, b in itertools.combinations(report.questions, 2):
            assert not near_duplicate(by_id[a.id], by_id[b.id]), (a.text, b.text)
        scripts = {g.id for g in report.gap_scripts}
        load: dict[str, int] = {}
        for q in report.questions:
            if q.story_id:
                load[q.story_id] = load.get(q.story_id, 0) + 1
            else:
                assert q.gap_script_id in scripts, (q.text, q.gap_script_id)
        assert max(load.values(), default=0) <= MAX_PER_STORY
        assert sum(load.values()) >= 4, (stem, [q.text for q in report.questions if not q.story_id])


def test_same_principle_same_theme_is_a_near_duplicate(knowledge) -> None:
    by_id = {q.id: q for q in knowledge.questions}
    met = next(q for q in by_id.values() if "met a tight deadline" in q.text)
    missed = next(q for q in by_id.values() if "missed a deadline" in q.text)
    assert met.principles[0] == missed.principles[0]
    assert near_duplicate(met, missed)
    degrade = next(q for q in by_id.values() if "started to degrade" in q.text)
    monitor = next(q for q in by_id.values() if "monitoring and alarms" in q.text)
    assert not near_duplicate(degrade, monitor)  # both production, different stories


def test_sample_is_ranked_on_real_gaps(knowledge) -> None:
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume as rr

    sample = Path(__file__).resolve().parents[2] / "app" / "resources" / "sample"
    report = analyze(rr(sample / "sample_resume.pdf"), read_job(sample / "sample_job.txt", knowledge),
                     knowledge)
    # the stricter evidence of issue 12 rates the sample's customer and dive-deep evidence thin,
    # and those risks now rank with the unmet preferred qualification
    assert any("feature stores" in r.title.lower() for r in report.risks), [r.title for r in report.risks]
    assert not any(r.id.startswith("watch-") for r in report.risks)
