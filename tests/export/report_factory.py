"""Realistic Reports built in code, so export can be tested without the analysis engine.

`make_report()` fills every field: 8 stories, 12 questions, 3 risks, 16 principles, long
texts, and user text with markup-like characters (<, &, {{ }}, <script>) that must print
literally. `long=True` makes every text much longer (the cheat sheet must still fit a page).
"""

from __future__ import annotations

from app.models.report import (
    BulletEvidence,
    ChecklistItem,
    FitScore,
    GapScript,
    PredictedQuestion,
    PrincipleRating,
    QuestionToAsk,
    Reason,
    Report,
    RequirementMatch,
    Risk,
    StoryDraft,
    TechnicalTopic,
)
from app.models.resume import (
    Bullet,
    JobDescription,
    Requirement,
    Resume,
    Role,
    Section,
    SourceInfo,
    bullet_id,
)

PRINCIPLES = (
    ("customer-obsession", "Customer Obsession"),
    ("ownership", "Ownership"),
    ("invent-and-simplify", "Invent and Simplify"),
    ("are-right-a-lot", "Are Right, A Lot"),
    ("learn-and-be-curious", "Learn and Be Curious"),
    ("hire-and-develop-the-best", "Hire and Develop the Best"),
    ("insist-on-the-highest-standards", "Insist on the Highest Standards"),
    ("think-big", "Think Big"),
    ("bias-for-action", "Bias for Action"),
    ("frugality", "Frugality"),
    ("earn-trust", "Earn Trust"),
    ("dive-deep", "Dive Deep"),
    ("have-backbone-disagree-and-commit", "Have Backbone; Disagree and Commit"),
    ("deliver-results", "Deliver Results"),
    ("strive-to-be-earths-best-employer", "Strive to be Earth's Best Employer"),
    ("success-and-scale-bring-broad-responsibility", "Success and Scale Bring Broad Responsibility"),
)
PIDS = tuple(p for p, _ in PRINCIPLES)

# User text that looks like markup: it must print literally, never be interpreted.
TRICKY = "Cut p99 latency <200ms & saved $40k/yr; templated {{ config }} via <script>alert(1)</script>"

BULLET_TEXTS = (
    TRICKY,
    "Led migration of 14 ranking models to SageMaker endpoints, cutting inference cost 38%",
    "Built a feature store on Spark and Delta Lake serving 2.1B rows/day to 6 teams",
    "Mentored 3 interns and 2 new grads; two were promoted within a year",
    "Designed A/B testing framework adopted by 5 product teams, 120 experiments per quarter",
    "Reduced training time from 9 hours to 75 minutes by moving to distributed PyTorch DDP",
    "Owned on-call for the recommendation service (99.95% availability over 18 months)",
    "Diagnosed a data leakage bug in the churn model that inflated AUC from 0.71 to 0.93",
    "Pushed back on launching a model with unexplained bias; shipped two weeks later with fixes",
    "Shipped a fraud classifier in 6 weeks that blocked $1.2M of chargebacks in its first quarter",
    "Wrote the team's model review checklist, now required before every production launch",
    "Negotiated GPU quota savings of 30% by right-sizing instances and using spot training",
)


def _long(text: str, long: bool, extra: str) -> str:
    return f"{text} {extra}" if long else text


def make_resume(long: bool = False) -> Resume:
    roles = (
        Role("Senior Machine Learning Engineer", "Acme Retail & Co.", "2021 - present", "Experience"),
        Role("Machine Learning Engineer", "Widget Analytics <Labs>", "2018 - 2021", "Experience"),
    )
    bullets = tuple(
        Bullet(bullet_id(t), t, "Experience", role=0 if i < 6 else 1, page=1)
        for i, t in enumerate(BULLET_TEXTS)
    )
    text = "Jordan <Q> Rivera & Sons\n" + "\n".join(BULLET_TEXTS)
    return Resume(
        source=SourceInfo("/tmp/jordan_rivera.pdf", "pdf", 1),
        sections=(Section("Experience", "experience"), Section("Skills", "skills")),
        roles=roles,
        bullets=bullets,
        skills=("Python", "PyTorch", "SageMaker", "Spark", "SQL", "Docker"),
        name="Jordan <Q> Rivera & Sons",
        text=text,
    )


def make_job() -> JobDescription:
    reqs = (
        Requirement("r1", "3+ years of experience building and deploying ML models in production", "basic", ("Python",), 3.0),
        Requirement("r2", "Experience with SageMaker or similar model serving platforms", "basic", ("SageMaker",)),
        Requirement("r3", "Experience with Kubernetes & container orchestration", "preferred", ("Kubernetes",)),
        Requirement("r4", "Own the model deployment pipeline end to end", "responsibility", ()),
        Requirement("r5", "Master's degree in CS, statistics or related field", "preferred", ()),
    )
    return JobDescription(
        source=SourceInfo("/tmp/job.txt", "txt"),
        title="Machine Learning Engineer, Model Deployment",
        company="Amazon",
        level_hints={"years_min": 3, "level": "L5", "terms": ["mid-level"]},
        requirements=reqs,
        skills=("Python", "SageMaker", "Kubernetes"),
        text="We are looking for an MLE to own model deployment.",
    )


def make_report(long: bool = False) -> Report:
    """A complete Report; `long=True` stretches every text to stress the layout."""
    resume = make_resume(long)
    job = make_job()
    bids = [b.id for b in resume.bullets]
    more = (
        "This is deliberately long text that keeps going to stress the layout, with several "
        "clauses, numbers like 42% and 1.5M, and enough words to wrap over many lines in a "
        "narrow column of the cheat sheet and the report."
    )

    principles = []
    for i, (pid, name) in enumerate(PRINCIPLES):
        strength = ("strong", "thin", "none")[i % 3]
        evidence = tuple(bids[i % 12: i % 12 + (3 if strength == "strong" else 1)]) if strength != "none" else ()
        principles.append(PrincipleRating(pid, name, strength, evidence, round(0.9 - i * 0.05, 2),
                                          _long(f"{len(evidence)} bullet(s) above threshold", long, more)))
    bullet_principles = {bid: [PIDS[(i * 3) % 16], PIDS[(i * 5 + 1) % 16]] for i, bid in enumerate(bids)}
    evidence = tuple(
        BulletEvidence(bid, tuple(bullet_principles[bid]),
                       {p: round(0.1 + ((i + j) % 9) / 10, 2) for j, p in enumerate(PIDS)},
                       _long(f"'{BULLET_TEXTS[i][:24]}' signals {PRINCIPLES[(i * 3) % 16][1]}", long, more))
        for i, bid in enumerate(bids)
    )
    matches = (
        RequirementMatch("r1", True, (bids[1], bids[6]), ("Python",), (), "6 years found"),
        RequirementMatch("r2", True, (bids[1],), ("SageMaker",), (), "SageMaker named in a bullet"),
        RequirementMatch("r3", False, (), (), ("Kubernetes",), "Kubernetes not on the resume"),
        RequirementMatch("r4", True, (bids[6],), (), (), "owned on-call"),
        RequirementMatch("r5", False, (), (), (), "no degree found"),
    )
    reasons = (
        Reason("skills", _long("Matched 2 of 3 required skills (Python, SageMaker)", long, more), 24.0, 0.4, (bids[1],), ("r1", "r2")),
        Reason("skills", "Missing Kubernetes, a preferred skill", -6.0, 0.4, (), ("r3",)),
        Reason("experience", "About 8 years of experience against 3+ asked", 30.0, 0.35, (), ("r1",)),
        Reason("experience", "Production ownership: on-call and deployments", 12.0, 0.35, (bids[6],)),
        Reason("culture", "Strong evidence for 6 of 16 principles", 20.0, 0.25, (), (), ("ownership", "dive-deep")),
        Reason("culture", "No evidence for Frugality & Think Big", -5.0, 0.25, (), (), ("frugality", "think-big")),
    )
    fit = FitScore(78, 82, 88, 61, "L5", reasons, {"skills": 0.4, "experience": 0.35, "culture": 0.25}, 8.0,
                   "8 years and an owned production system fit L5 (5-10 years)")
    risks = (
        Risk("risk-k8s", "No Kubernetes experience", _long("The posting prefers Kubernetes & container orchestration; your resume never mentions it.", long, more),
             "Prepare how your SageMaker work maps to container orchestration.", ("r3",), (), 0.8,
             _long("I've deployed containers on SageMaker; the orchestration concepts carry over and I'm ramping up on Kubernetes now.", long, more)),
        Risk("risk-frugality", "Thin evidence for Frugality", "Only one bullet shows cost discipline.",
             "Tell the GPU quota story with numbers.", (bids[11],), ("frugality",), 0.6,
             "I cut GPU spend 30% by right-sizing and spot training, without slowing the team."),
        Risk("risk-degree", "No Master's degree <listed>", "A preferred qualification is missing.",
             "Lean on depth of production experience.", ("r5",), (), 0.3,
             "My eight years shipping models in production covered what the degree would teach."),
    )
    stories = []
    for i in range(8):
        pids = (PIDS[i % 16], PIDS[(i + 5) % 16]) + ((PIDS[(i + 9) % 16],) if i % 2 else ())
        stories.append(StoryDraft(
            f"s{i + 1}",
            ["Cutting inference cost on SageMaker & friends", "Feature store for six teams", "Growing interns into engineers",
             "A/B framework adoption", "From 9 hours to 75 minutes", "Owning on-call", "Finding the leak",
             "Pushing back on a biased launch"][i],
            pids,
            (bids[i], bids[(i + 1) % 12]),
            _long(f"At Acme Retail, {BULLET_TEXTS[i]}. The team relied on this for its quarterly goals.", long, more),
            _long("I owned making it work within the quarter. [Add: the deadline or constraint you faced]", long, more),
            _long(f"I {BULLET_TEXTS[(i + 1) % 12].lower()}. I wrote the design doc and reviewed it with the team.", long, more),
            _long("[Add: the measured result, e.g. latency or cost before and after] and the team adopted it.", long, more),
            (_long("What would you do differently?", long, more), "How did you measure success?", "Who disagreed, and how did you resolve it?"),
            _long(f"{BULLET_TEXTS[i][:70]}", long, more),
        ))
    questions = []
    for i in range(12):
        questions.append(PredictedQuestion(
            f"q{i + 1}",
            _long(["Tell me about a time you went above and beyond for a customer.",
                   "Describe a time you owned a problem outside your area.",
                   "Tell me about a time you simplified a complex process.",
                   "Give an example of a decision you made with incomplete data.",
                   "Tell me about a time you learned something new quickly.",
                   "How have you helped someone on your team grow?",
                   "Describe a time you raised the bar on quality.",
                   "Tell me about your most ambitious project.",
                   "Tell me about a time you had to act fast without all the facts.",
                   "Describe a time you did more with less.",
                   "Tell me about a time you disagreed with your manager & what happened.",
                   "Describe a time you dug into data to find a root cause."][i], long, more),
            (PIDS[i % 16],),
            ("phone-screen", "onsite-loop", "bar-raiser")[i % 3],
            _long(f"asked often (0.{9 - i % 9}) x principle weight 1.{i % 5} x your evidence gap", long, more),
            f"s{(i % 8) + 1}" if i != 11 else None,
            _long("Lead with the customer impact, then the numbers; keep the action in first person.", long, more),
            round(1.0 - i * 0.05, 2),
            _long("Ownership of the outcome, not just the task; a measurable result.", long, more),
        ))
    gaps = (
        GapScript("g1", "No Kubernetes on the resume", "risk-k8s",
                  _long("Say plainly you have not run Kubernetes in production, then bridge to SageMaker containers.", long, more), (bids[1],)),
        GapScript("g2", "Thin Frugality evidence", "frugality", "Use the GPU quota story: 30% saved.", (bids[11],)),
        GapScript("g3", "No Think Big story", "think-big", "Frame the feature store as a platform bet.", (bids[2],)),
    )
    ask = tuple(QuestionToAsk(t, w, s) for t, w, s in (
        ("How does the team decide when a model is ready for production?", "shows ownership", "phone-screen"),
        ("What does on-call look like for the model deployment team?", "production reality", "onsite-loop"),
        ("What would success look like in my first six months?", "scope", "onsite-loop"),
        ("Which principle do you see new hires struggle with most?", "culture", "bar-raiser"),
        ("How are SageMaker & internal tools split <today>?", "tooling", "onsite-loop"),
    ))
    checklist = tuple(
        ChecklistItem(f"c{i}", stage, _long(text, long, more), "because")
        for i, (stage, text) in enumerate((
            ("before", "Re-read the job posting and mark each requirement you meet"),
            ("before", "Write the 8 stories out loud once, timed at 2 minutes each"),
            ("phone-screen", "Prepare a 60-second summary of your production ML work"),
            ("phone-screen", "Review one coding problem on arrays and hash maps"),
            ("onsite-loop", "Map each of your 8 stories to two principles"),
            ("onsite-loop", "Prepare an ML system design: real-time recommendations"),
            ("bar-raiser", "Have a story where you disagreed and committed"),
            ("bar-raiser", "Fill every [Add: ...] placeholder with real numbers"),
        ))
    )
    topics = tuple(
        TechnicalTopic(f"t{i}", name, kind, round(0.9 - i * 0.1, 2), _long(why, long, more), revise)
        for i, (name, kind, why, revise) in enumerate((
            ("Model deployment & serving", "system-design", "The posting says SageMaker 3 times", "Batch vs real-time, canaries, rollbacks"),
            ("Feature stores", "system-design", "Feature pipelines in the responsibilities", "Online/offline consistency"),
            ("Evaluation metrics", "fundamentals", "A/B testing named", "Precision/recall, AUC, calibration"),
            ("Coding: arrays and graphs", "coding", "Every loop has coding", "BFS/DFS, two pointers"),
        ))
    )
    numbers = ("38% inference cost cut", "2.1B rows/day", "9 h -> 75 min training", "99.95% availability",
               "$1.2M chargebacks blocked", "120 experiments/quarter", "30% GPU savings", "AUC 0.71 vs 0.93 <leak>")
    return Report(
        resume=resume, job=job, role_pack="amazon-mle", principles=tuple(principles),
        bullet_principles=bullet_principles, bullet_evidence=evidence, requirement_matches=matches,
        fit=fit, risks=risks, questions=tuple(questions), stories=tuple(stories), gap_scripts=gaps,
        questions_to_ask=ask, checklist=checklist, technical_topics=topics,
        numbers_to_remember=numbers, knowledge_version="test-1", app_version="0.0-test",
    )


def make_minimal_report() -> Report:
    """A sparse report: few stories, no risks, no numbers (the layouts must still work)."""
    import dataclasses

    full = make_report()
    return dataclasses.replace(full, stories=full.stories[:2], questions=full.questions[:3], risks=(),
                               numbers_to_remember=(), questions_to_ask=(), gap_scripts=(),
                               technical_topics=(), checklist=())
