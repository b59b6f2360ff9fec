"""Stories and questions a coach would sign (issue 12): evidence from what a line shows, story
lines only from experience and projects, questions answered by what they ask, a person-specific
12, honest gap scripts and full answer decodes. Synthetic resumes for the rules, corpus pairs
for the general properties."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from analysis_helpers import MLE_JOB, MUSIC_JOB, analysed

from app.analysis.evidence import meaningful
from app.analysis.pipeline import analyze
from app.analysis.questions import MAX_PER_STORY, family_of
from app.analysis.stories import is_story_line
from app.models.report import PLACEHOLDER_PREFIX, Report, StoryDraft
from app.models.resume import Bullet, JobDescription, Requirement, Resume, Role, Section, SourceInfo

SDE_JOB = "amazon_sde2_selling_partner_services_case_mgmt_A10528516__full.txt"
BACKEND_JOB = "nonamazon_senior_backend_engineer__resume-matcher_fixture.txt"
FIVE = ("mlphd_john_doe__rendercv_classic", "student_leo_leopard", "dataeng_omkar_pathak",
        "sre_byungjin_park", "fullstack_ting-long_wei__awesome")


def _resume(bullets: list[tuple[str, str]], roles: tuple[Role, ...] | None = None) -> Resume:
    """Bullets as (section kind, text); one role per experience section."""
    sections = tuple(Section(k.title(), k) for k in dict.fromkeys(k for k, _ in bullets))
    roles = roles or (Role("Software Engineer", "Acme", "2018 – 2024", "Experience"),)
    out = tuple(Bullet(f"b{i}", t, k.title(), 0 if k in ("experience", "projects") else None)
                for i, (k, t) in enumerate(bullets))
    return Resume(SourceInfo("synthetic.txt", "txt"), sections=sections, roles=roles, bullets=out,
                  text="\n".join(t for _, t in bullets))


def _job(text: str, title: str = "Software Development Engineer II", company: str = "Amazon",
         level: str = "L5") -> JobDescription:
    reqs = tuple(Requirement(f"r{i}", line, "responsibility")
                 for i, line in enumerate(text.split(". ")) if line)
    return JobDescription(SourceInfo("job.txt", "txt"), title, company, {"level": level}, reqs, (),
                          f"{title}\n{company}\n{text}")


# ----------------------------------------------------------------------------- evidence

def test_customer_obsession_needs_a_customer_and_their_benefit(knowledge) -> None:
    resume = _resume([("experience", "Rewrote the C++ order matching engine, cutting p99 latency "
                                     "by 40% and memory by half"),
                      ("experience", "Migrated the build from Make to Bazel for the payments team")])
    report = analyze(resume, _job("Build low-latency services."), knowledge)
    co = next(r for r in report.principles if r.id == "customer-obsession")
    assert co.strength == "none" and not co.evidence
    for e in report.bullet_evidence:
        assert "customer-obsession" not in e.principles


def test_reasons_quote_meaning_carrying_words(corpus: Path, knowledge) -> None:
    """Never '“and” and “of” are evidence of ...': each quoted phrase carries a content word."""
    for stem, job in (("mlphd_john_doe__rendercv_classic", MLE_JOB), ("sre_byungjin_park", MLE_JOB),
                      ("fullstack_ting-long_wei__awesome", SDE_JOB)):
        report = analysed(corpus, knowledge, stem, job)
        texts = [e.reason for e in report.bullet_evidence] + [p.reason for p in report.principles]
        for reason in texts:
            for quoted in re.findall(r"[\u201c\"]([^\u201d\"]+)[\u201d\"]", reason):
                assert meaningful(quoted) and not re.fullmatch(r"[\d\W]+", quoted), (quoted, reason)
            unquoted = re.sub(r"[\u201c\"][^\u201d\"]*[\u201d\"]", "", reason)
            assert not re.search(r"\d\.\d\d|\d+%", unquoted), reason  # no arithmetic
        for p in report.principles:
            assert "x (1 if" in p.score_detail  # the arithmetic lives here, not in the reason


def test_volunteering_is_not_earths_best_employer(knowledge) -> None:
    resume = _resume([("experience", "Volunteered at the city food bank every Saturday, sorting "
                                     "donations for 200 families")])
    report = analyze(resume, _job("Build services."), knowledge)
    eb = next(r for r in report.principles if r.id == "strive-to-be-earths-best-employer")
    assert eb.strength != "strong"


@pytest.mark.parametrize(("line", "shown"), [
    ("Built the ward's shift-swap spreadsheet (Excel, VBA) used by 30 nurses", False),
    ("Set up the booking app used by the school's teachers and parents", False),
    ("Taught evening welding classes to 20 apprentices", True),
    ("Teaching assistant for Operating Systems: ran two lab sections a week", True),
])
def test_teachers_as_users_are_not_teaching(knowledge, line: str, shown: bool) -> None:
    """Hire and Develop needs teaching or growing people; a tool used *by* teachers is not."""
    assert knowledge.evidence.shows("hire-and-develop-the-best", line) is shown


@pytest.mark.parametrize(("line", "shown"), [
    ("Built the clinic's appointment reminder scripts (Python, Twilio) used by 4 front-desk teams",
     True),
    ("Created a stock-count spreadsheet template now used by every team in the warehouse", True),
    ("Developed the booking web app used by 2M customers", False),
    ("Used the team's spreadsheets to report weekly sales", False),
])
def test_a_tool_built_for_others_is_invention(knowledge, line: str, shown: bool) -> None:
    assert knowledge.evidence.shows("invent-and-simplify", line) is shown


@pytest.mark.parametrize(("principle", "line", "shown"), [
    # an A/B test is an experiment and a test drive a drive, not a quality bar
    ("insist-on-the-highest-standards", "Ran 35 A/B tests on the onboarding flow of the app", False),
    ("insist-on-the-highest-standards", "Co-own the company's A/B testing platform with growth", False),
    ("insist-on-the-highest-standards", "Support prototype test drives and log sensor recordings",
     False),
    ("insist-on-the-highest-standards", "Wrote integration tests for the payroll export job", True),
    ("insist-on-the-highest-standards", "Ran 20+ online experiments and wrote the guide to "
                                        "interleaving tests", False),
    ("insist-on-the-highest-standards", "Introduced sequential testing; median test length fell "
                                        "from 3 weeks to 9 days", False),
    # an inventory is not an invention; automating tests is testing, not inventing
    ("invent-and-simplify", "Managed stock and inventory for three convenience stores", False),
    ("invent-and-simplify", "Automated 800 regression test cases for the claims portal", False),
    ("insist-on-the-highest-standards", "Automated 800 regression test cases for the claims portal",
     True),
    ("invent-and-simplify", "Automated the monthly stock reconciliation, saving 2 days", True),
    ("invent-and-simplify", "Moved 30 legacy cron scripts onto one scheduler with retries", True),
    # workshops for customers are not growing people; workshops for the team are
    ("hire-and-develop-the-best", "Ran customer workshops on migrating databases to the cloud",
     False),
    ("hire-and-develop-the-best", "Ran monthly workshops for new analysts on SQL", True),
    # search traffic is not a query someone wrote; a churn model is not a customer helped
    ("dive-deep", "Shipped the spelling corrector, serving 40M+ queries a day", False),
    ("dive-deep", "Wrote SQL queries that traced the duplicate refunds to one job", True),
    ("customer-obsession", "Built customer churn models in Python notebooks", False),
    ("customer-obsession", "Cut customer churn by 4 points with a win-back email flow", True),
    # a page customers use is not a benefit they gained
    # a result said with another verb is still a result
    ("deliver-results", "On-time delivery rose from 81% to 94% after I rebuilt the route plan",
     True),
    ("deliver-results", "Average wait at the clinic desk fell from 25 to 9 minutes", True),
    ("customer-obsession", "Own the parcel ETA service behind the customer tracking page", False),
    ("customer-obsession", "Redesigned the tracking page after 300 customer complaints about "
                           "missing parcels", True),
])
def test_what_a_word_means_in_its_phrase(knowledge, principle: str, line: str, shown: bool) -> None:
    assert knowledge.evidence.shows(principle, line) is shown, line


@pytest.mark.parametrize(("principle", "line", "shown"), [
    # a named tool, an approximate count of its users, the first of something, manual work
    # that stopped: all invention
    ("invent-and-simplify", 'Wrote "shiplog", a Rust CLI that tails deploy events for on-call',
     True),
    ("invent-and-simplify", "Built the rota spreadsheet used by ~40 teachers across the school", True),
    ("invent-and-simplify", "Launched the clinic's first online triage form for walk-in patients",
     True),
    ("invent-and-simplify", "Moved the shop's stock counts to a database; staff stopped copying "
                            "figures between files", True),
    ("invent-and-simplify", "Wrote the weekly newsletter for the parish", False),
    # sessions held for students are teaching; tutoring records are data
    ("hire-and-develop-the-best", "Hold two review sessions a week for learners in the night "
                                  "course", True),
    ("hire-and-develop-the-best", "Merged five years of tutoring records into one database", False),
    # keeping a library or system alive is ownership
    ("ownership", "Maintained the department's scheduling library (Java, used by 3 clinics)", True),
    ("ownership", "Maintained good relations with suppliers", False),
    # coordinating several functions is aligning stakeholders
    ("earn-trust", "Ran the store opening, coordinating construction, legal and hiring", True),
    ("earn-trust", "Coordinated the delivery schedule in a spreadsheet", False),
    # a resource's usage cut is frugality
    ("frugality", "Rewrote the image resizer in C, cutting CPU usage from 70% to 20%", True),
    ("frugality", "Profiled the CPU scheduler of the firmware", False),
    # customers picked by a model for an offer are its targets, not people it helped
    ("customer-obsession", "Built the propensity model that picks which 5,000 subscribers get a "
                           "retention discount", False),
    ("customer-obsession", "Raised subscriber retention from 81% to 88% by fixing the renewal "
                           "reminders", True),
    # a forecast built is not a judgement proved right; its accuracy is
    ("are-right-a-lot", "Built a weekly sales forecast for 40 bakeries in Excel", False),
    ("are-right-a-lot", "My weekly sales forecast for 40 bakeries stayed within 4% of actuals",
     True),
    # delivering sessions or care is a duty; delivering a project is a result
    ("deliver-results", "Delivered weekly speech therapy sessions to 10 pupils", False),
    ("deliver-results", "Delivered the new library catalogue two weeks ahead of plan", True),
    # a concurrency bug found and fixed, records cleaned: detail-level work
    ("dive-deep", "Found and fixed a race condition that booked one seat twice", True),
    ("dive-deep", "Cleaned and merged ten years of donor records into one CRM", True),
    ("insist-on-the-highest-standards", "Removed 3,000 duplicate donor records from the CRM", True),
    ("insist-on-the-highest-standards", "Built the form that flags duplicate grant applications",
     False),
])
def test_evidence_read_on_unseen_wordings(knowledge, principle: str, line: str,
                                          shown: bool) -> None:
    """Wordings held-back sets 3 and 4 taught us to read (each case invented)."""
    assert knowledge.evidence.shows(principle, line) is shown, line


def test_explicit_ownership_earns_its_floor(knowledge) -> None:
    """An explicit owner ("primary on-call", "owner of", "maintained") is credited Ownership
    even when the classifier reads the line as something else; "ownership-level checks" and
    "my own" are not ownership, and a broad word ("led", "launched") earns no floor."""
    from app.analysis.evidence import EVIDENCE_BAR, credit_line

    low = {pid: 0.05 for pid in knowledge.principle_ids}

    def owned(line: str) -> bool:
        return credit_line(line, low, knowledge.evidence)["ownership"] >= EVIDENCE_BAR

    assert owned("Primary on-call for the parcel-label service one week in five; cut its pages "
                 "by 60%")
    assert owned("Feature owner for recurring payments in the banking app used by 400k customers")
    assert not owned("Added ownership-level checks to 12 REST endpoints of the invoicing API")
    assert not owned("Launched the spring campaign for the garden centre with a 12% sales lift")


def test_the_quoted_evidence_is_the_word_that_carries_it(knowledge) -> None:
    """A rule that first checks the whole line (no experiment in it) still quotes the words
    around 'tests', not the line's opening words."""
    from app.analysis.evidence import shown_phrase

    line = "Migrated the payroll export to Go and wrote integration tests for every endpoint"
    phrase = shown_phrase(line, "insist-on-the-highest-standards", knowledge)
    assert "tests" in phrase and "Migrated" not in phrase, phrase


# ----------------------------------------------------------------------------- story lines

@pytest.mark.parametrize("line", [
    "S3 API, Approach, ATL, audio, backup, Bash, Cloud, Docker, Git, JIRA",
    "B.E: Electronics and Telecommunication, University of Mumbai, 2014, First Class",
    "Google, Meta, Amazon, Stripe, Airbnb, Uber",
    "Python",
])
def test_lists_degrees_and_fragments_are_never_stories(line: str) -> None:
    assert not is_story_line(line)


def test_stories_come_only_from_experience_and_projects(knowledge) -> None:
    resume = _resume([
        ("skills", "Led, mentored and automated: Python, Spark, Airflow, Kubernetes, Terraform"),
        ("education", "Master of Science in Computer Science, Stanford University, 2019"),
        ("experience", "Mentored four junior engineers through their first production launches"),
        ("experience", "Cut the AWS bill by 30% ($120K a year) by moving batch jobs to spot "
                       "instances"),
    ])
    report = analyze(resume, _job("Build cost-efficient services and mentor engineers."),
                     knowledge)
    drafted = [s for s in report.stories if s.kind == "drafted"]
    assert {s.bullet_ids[0] for s in drafted} == {"b2", "b3"}
    frames = [s for s in report.stories if s.kind == "frame"]
    assert len(drafted) + len(frames) == 8
    assert all(not s.bullet_ids and s.title.startswith("Frame to fill") for s in frames)


# ----------------------------------------------------------------------------- question -> story

_LINES = [
    ("experience", "Mentored four junior engineers through their first production launches"),
    ("experience", "Pushed back on the plan to skip load tests before launch, showed the "
                   "capacity risk with data, and we delayed two days"),
    ("experience", "Root-caused a checkout outage to a connection-pool leak, fixed it within "
                   "2 hours and added an alarm that has since caught 3 leaks"),
    ("experience", "Cut the AWS bill by 30% ($120K a year) by moving batch jobs to spot "
                   "instances"),
]


def test_questions_get_a_story_that_fits_what_they_ask(knowledge) -> None:
    report = analyze(_resume(_LINES), _job("Own services end to end. Mentor engineers. "
                                           "Operational excellence and on-call."), knowledge)
    stories = {s.id: s for s in report.stories}
    texts = {b.id: b.text for b in report.resume.bullets}
    by_id = {q.id: q for q in knowledge.questions}
    for q in report.questions:
        fam = family_of(by_id[q.id], knowledge)
        if not q.story_id:
            continue
        line = texts[stories[q.story_id].bullet_ids[0]].lower()
        assert set(q.principles) & set(stories[q.story_id].principles), (q.text, line)
        if fam.id in ("failure", "incident"):
            assert re.search(r"outage|root-caused|fixed|leak", line), (q.text, line)
        if fam.id == "disagreement":
            assert "pushed back" in line, (q.text, line)
        if fam.id == "mentoring":
            assert "mentored" in line, (q.text, line)
        assert fam.id not in ("model-production", "ml-work"), q.text  # not an ML posting


def test_a_story_may_answer_for_a_question_s_second_principle(knowledge) -> None:
    """'The most difficult bug' tests Dive Deep and Ownership (the bank lists both): a line that
    credibly shows owning a service answers it; a line credited for neither does not."""
    from app.analysis.questions import StoryIndex
    from app.models.report import StoryDraft

    q = next(x for x in knowledge.questions if x.id == "dive-deep-01")
    assert q.principles[:2] == ("dive-deep", "ownership")
    owned = StoryDraft("s-own", "Owned the tenant billing service", ("ownership",), ("b0",),
                       "", "", "", "")
    taught = StoryDraft("s-teach", "Taught night classes", ("hire-and-develop-the-best",),
                        ("b1",), "", "", "", "")
    texts = {"b0": "Owned the tenant billing service end to end and fixed the nightly "
                   "double-charge bug that had run for a year",
             "b1": "Taught evening welding classes to 20 apprentices at the trade school"}
    index = StoryIndex([owned, taught], [], texts,
                       {"s-own": {"ownership": 0.7}, "s-teach": {"hire-and-develop-the-best": 0.8}})
    decode = family_of(q, knowledge)
    assert index.fit(q, decode, owned) > 0
    assert index.fit(q, decode, taught) == 0
    pick, _ = index.best(q, decode, {})
    assert pick is owned
    assert index.via(q, owned) == "ownership"  # the angle names what the line shows
    assert index.via(q, taught) is None
    from app.analysis.questions import _angle

    angle = _angle(q, owned, decode, "Dive Deep", "", knowledge, {}, None, "ownership")
    shows = knowledge.evidence.rules["ownership"].shows
    assert shows in angle and "also tests" in angle and "Dive Deep" in angle, angle


def test_the_main_principle_takes_a_slightly_weaker_line(knowledge) -> None:
    """A line credited just under the bar answers a question about its main principle, never
    one where that principle is only secondary."""
    from app.analysis.questions import FIT_BAR, MAIN_BAR, StoryIndex
    from app.models.report import StoryDraft

    assert MAIN_BAR < FIT_BAR
    bug = next(x for x in knowledge.questions if x.id == "dive-deep-01")  # dive deep, ownership
    story = StoryDraft("s-x", "Traced the stuck payroll run", ("deliver-results",), ("b0",),
                       "", "", "", "")
    line = {"b0": "Traced the stuck payroll run to a lock held by the nightly export and fixed it"}
    between = (MAIN_BAR + FIT_BAR) / 2
    decode = family_of(bug, knowledge)
    main = StoryIndex([story], [], line, {"s-x": {"dive-deep": between}})
    assert main.fit(bug, decode, story) > 0
    second = StoryIndex([story], [], line, {"s-x": {"ownership": between}})
    assert second.fit(bug, decode, story) == 0


def test_no_story_answers_more_than_three_questions(corpus: Path, knowledge) -> None:
    for stem in FIVE:
        report = analysed(corpus, knowledge, stem, MLE_JOB)
        load: dict[str, int] = {}
        for q in report.questions:
            if q.story_id:
                load[q.story_id] = load.get(q.story_id, 0) + 1
        assert max(load.values(), default=0) <= MAX_PER_STORY, (stem, load)


def test_a_model_question_needs_a_model_the_person_ran(corpus: Path, knowledge) -> None:
    """'A model you owned in production that started to degrade' is never answered by membrane
    mechanics or a hospital volunteer's computer support."""
    by_id = {q.id: q for q in knowledge.questions}
    for stem in ("ds_athul_sivan", "fullstack_ting-long_wei__awesome", "student_leo_leopard"):
        report = analysed(corpus, knowledge, stem, MLE_JOB)
        texts = {b.id: b.text.lower() for b in report.resume.bullets}
        stories = {s.id: s for s in report.stories}
        for q in report.questions:
            if family_of(by_id[q.id], knowledge).id == "model-production" and q.story_id:
                line = texts[stories[q.story_id].bullet_ids[0]]
                if "no model you ran in production" in q.angle:  # the closest: said plainly
                    assert re.search(r"service|system|platform|pipeline|api", line), line
                    assert "membrane" not in line and "volunteer" not in line, line
                    continue
                assert re.search(r"model|machine learning|\bml\b|neural|recommend", line), line
                assert re.search(r"production|deploy|serving|monitor|live|launch", line), line


def test_a_model_question_takes_an_owned_production_system_when_no_model_ran(knowledge) -> None:
    """Without a model the person ran, "a model you owned in production" is answered by a
    production system they owned (the experts accept it), said plainly as not a model; a
    model they ran still comes first, and a line without a running system never answers it."""
    from app.analysis.questions import ADJACENT, StoryIndex, _angle

    q = next(x for x in knowledge.questions if x.id == "ownership-02")
    decode = family_of(q, knowledge)
    service = StoryDraft("s-svc", "Owned the parcel-label service", ("ownership",), ("b0",),
                         "", "", "", "")
    model = StoryDraft("s-ml", "Ran the fraud model", ("ownership",), ("b1",), "", "", "", "")
    study = StoryDraft("s-lab", "Measured membrane tension", ("ownership",), ("b2",),
                       "", "", "", "")
    texts = {"b0": "Owned the parcel-label service (Go, Postgres) printing 90,000 labels a day; "
                   "primary on-call one week in four",
             "b1": "Owned the fraud-scoring model in production, retrained monthly and monitored "
                   "for drift",
             "b2": "Owned the measurement of membrane tension in the lab for two years"}
    credit = {"ownership": 0.7}
    index = StoryIndex([service, model, study], [], texts,
                       {"s-svc": credit, "s-ml": credit, "s-lab": credit})
    assert index.fit(q, decode, model) > index.fit(q, decode, service) > 0
    assert index.fit(q, decode, service) == pytest.approx(ADJACENT * index.fit(q, decode, model))
    assert index.fit(q, decode, study) == 0
    assert index.best(q, decode, {})[0] is model
    only = StoryIndex([service, study], [], texts, {"s-svc": credit, "s-lab": credit})
    assert only.best(q, decode, {})[0] is service
    angle = _angle(q, service, decode, "Ownership", "", knowledge, {}, None, "ownership",
                   only.adjacent(decode, service))
    assert "no model you ran in production" in angle and "not a model" in angle, angle


# ----------------------------------------------------------------------------- the 12

def test_the_twelve_follow_the_person(corpus: Path, knowledge) -> None:
    """Five very different candidates for one posting do not get the same questions."""
    sets = [{q.id for q in analysed(corpus, knowledge, stem, MLE_JOB).questions} for stem in FIVE]
    common = set.intersection(*sets)
    assert len(common) <= 4, sorted(common)


def test_level_shapes_the_questions(knowledge) -> None:
    resume = _resume(_LINES)
    scope_tags = {"leadership", "influence", "vision", "cross-team", "mentoring", "platform",
                  "hiring", "scale"}
    tags = {q.id: set(q.tags) for q in knowledge.questions}

    def scope(level: str) -> int:
        report = analyze(resume, _job("Own services end to end.", level=level), knowledge)
        return sum(bool(tags[q.id] & scope_tags) for q in report.questions)

    assert scope("L6") > scope("L4")


def test_other_companies_get_no_amazon_questions(corpus: Path, knowledge) -> None:
    resume = _resume(_LINES)
    other = analyze(resume, _job("Own services end to end.", company="Globex Corporation"),
                    knowledge)
    ids = {q.id for q in knowledge.questions if q.amazon_only}
    assert not {q.id for q in other.questions} & ids
    assert all("Amazon" not in q.text for q in other.questions)
    report = analysed(corpus, knowledge, "sre_claud_park", BACKEND_JOB, role="auto")
    assert all("Amazon" not in q.text for q in report.questions), report.job.company
    # another company's loop has no bar-raiser round, whichever questions make the 12 (this
    # held-back pair draws a question the bank files under the bar raiser)
    from app.analysis.pipeline import AUTO_ROLE
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    held = Path(__file__).resolve().parent.parent / "heldout"
    fieldnote = analyze(read_resume(held / "resumes" / "chloe-nakamura-resume.pdf"),
                        read_job(held / "jobs" / "fieldnote_senior_frontend_engineer.txt",
                                 knowledge), knowledge, AUTO_ROLE)
    by_id = {q.id: q for q in knowledge.questions}
    assert any("bar-raiser" in by_id[q.id].rounds for q in fieldnote.questions)
    assert all(q.round != "bar-raiser"
               for q in other.questions + report.questions + fieldnote.questions)
    amazon = analyze(resume, _job("Own services end to end."), knowledge)
    assert all(q.round == (by_id[q.id].rounds or ("onsite-loop",))[0] for q in amazon.questions)


# ----------------------------------------------------------------------------- decodes and gaps

def test_every_question_has_a_full_decode_with_the_story_in_it(corpus: Path, knowledge) -> None:
    report = analysed(corpus, knowledge, "mlphd_john_doe__rendercv_classic", MLE_JOB)
    stories = {s.id: s for s in report.stories}
    for q in report.questions:
        d = q.decode
        assert d is not None and d.listens_for and d.strong_vs_adequate
        assert 2 <= len(d.pitfalls) <= 3 and d.follow_ups and len(d.shape) >= 3
        assert not any("{" in step for step in d.shape)
        if q.story_id:
            story = stories[q.story_id]
            told = " ".join(d.shape)
            assert story.title in told or story.action.split(PLACEHOLDER_PREFIX)[0][:30] in told


def _report_with_gaps(knowledge) -> Report:
    resume = _resume([
        ("experience", "Containerized model serving with Docker and deployed it to ECS"),
        ("experience", "Built the nightly ETL in Airflow loading 200 GB a day into Snowflake"),
    ])
    return analyze(resume, _job("Earn the trust of partner teams. Disagree and commit.",
                                title="Data Engineer II"), knowledge)


def test_gap_scripts_are_honest(knowledge) -> None:
    """Name the gap, bridge only to adjacent evidence (never Earn Trust -> Docker), and give a
    concrete way to find a real example rather than a line to recite."""
    report = _report_with_gaps(knowledge)
    texts = {b.id: b.text for b in report.resume.bullets}
    scripts = {g.target: g for g in report.gap_scripts}
    trust = scripts.get("earn-trust")
    assert trust is not None
    assert "Nothing on your resume shows Earn Trust" in trust.script
    assert not trust.bridge_bullet_ids and "Docker" not in trust.script
    assert "find a real example from your own past" in trust.script
    assert "\"I don't have" not in trust.script  # no canned line to recite
    for g in report.gap_scripts:
        for b in g.bridge_bullet_ids:
            assert texts[b][:20] in g.script


def test_questions_without_a_story_name_their_gap_script(knowledge) -> None:
    report = _report_with_gaps(knowledge)
    ids = {g.id for g in report.gap_scripts}
    missing = [q for q in report.questions if not q.story_id]
    assert missing
    for q in missing:
        assert q.gap_script_id in ids, q.gap_script_id
        assert ("No story" in q.angle or "no line is" in q.angle or "not answered" in q.angle
                or "already answers three" in q.angle)


def test_whys_are_plain_and_distinct(corpus: Path, knowledge) -> None:
    for stem in FIVE:
        report = analysed(corpus, knowledge, stem, MLE_JOB)
        whys = [q.why for q in report.questions]
        assert len(set(whys)) == len(whys)
        for q in report.questions:
            assert q.why.endswith(".") and not re.search(r"\bx\d|\d\.\d\d| = ", q.why), q.why
            assert "frequency" in q.score_detail


def test_star_parts_keep_brackets_whole(corpus: Path, knowledge) -> None:
    for stem in FIVE + ("swe_john_doe__resume-matcher_html_single",):
        report = analysed(corpus, knowledge, stem, MUSIC_JOB)
        for s in report.stories:
            for part in (s.situation, s.task, s.action, s.result, s.title):
                assert part.count("(") == part.count(")"), (stem, part)


def test_questions_to_ask_never_repeat_a_reason(corpus: Path, knowledge) -> None:
    for stem, job in (("mlphd_john_doe__rendercv_classic", MLE_JOB), ("mle_harvey_dent", MUSIC_JOB),
                      ("sre_byungjin_park", SDE_JOB)):
        report = analysed(corpus, knowledge, stem, job, role="auto")
        whys = [q.why for q in report.questions_to_ask if q.why]
        assert whys and len(set(whys)) == len(whys), whys
