"""A realistic, fully filled Report and Session for the content-panel tests.

An invented candidate (Rosa Quill, ML engineer) against an invented Amazon MLE posting:
16 principle ratings, 8 stories with placeholders, 12 questions, 3 risks, fit reasons,
checklist, topics, gap scripts and questions to ask. Built by hand so the panels can be
tested without the analysis engine; a real analysis is used too when it is available.
"""

from __future__ import annotations

from app.models.knowledge import Knowledge, Principle
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
from app.models.session import SCHEMA_VERSION, Session

P = "[Add: "

PRINCIPLES = (
    ("customer-obsession", "Customer Obsession", "CO", "#0072B2"),
    ("ownership", "Ownership", "OWN", "#D55E00"),
    ("invent-and-simplify", "Invent and Simplify", "IS", "#009E73"),
    ("are-right-a-lot", "Are Right, A Lot", "RAL", "#CC79A7"),
    ("learn-and-be-curious", "Learn and Be Curious", "LBC", "#E69F00"),
    ("hire-and-develop-the-best", "Hire and Develop the Best", "HDB", "#56B4E9"),
    ("insist-on-the-highest-standards", "Insist on the Highest Standards", "IHS", "#8C6D31"),
    ("think-big", "Think Big", "TB", "#6A3D9A"),
    ("bias-for-action", "Bias for Action", "BFA", "#B2182B"),
    ("frugality", "Frugality", "FRU", "#1B7837"),
    ("earn-trust", "Earn Trust", "ET", "#5E3C99"),
    ("dive-deep", "Dive Deep", "DD", "#E66101"),
    ("have-backbone-disagree-and-commit", "Have Backbone; Disagree and Commit", "HB", "#2166AC"),
    ("deliver-results", "Deliver Results", "DR", "#7F3B08"),
    ("strive-to-be-earths-best-employer", "Strive to be Earth's Best Employer", "EBE", "#4D9221"),
    ("success-and-scale-bring-broad-responsibility",
     "Success and Scale Bring Broad Responsibility", "SSR", "#762A83"),
)

BULLETS = (
    ("Owned the real-time fraud model serving 40M requests a day on SageMaker, cutting p99 "
     "latency from 180 ms to 45 ms", 0),
    ("Built a drift detector that paged the on-call engineer when feature distributions "
     "shifted, catching 3 silent data outages before customers noticed", 0),
    ("Mentored 4 junior engineers through their first production launches", 0),
    ("Replaced a 12-step manual retraining runbook with one Airflow pipeline, saving 6 "
     "engineer-hours a week", 0),
    ("Interviewed support agents to learn why chargeback disputes were slow, then shipped a "
     "ranking model that cut resolution time by 30%", 0),
    ("Cut GPU training cost 38% by moving to spot instances with checkpointing", 0),
    ("Pushed back on launching a model that failed our fairness review; proposed a two-week "
     "fix the team adopted", 0),
    ("Led the migration of 14 models from a homegrown server to SageMaker endpoints", 1),
    ("Designed an A/B testing framework used by 6 teams for model launches", 1),
    ("Wrote the team's model review checklist, adopted as the launch gate", 1),
    ("Debugged a 2% precision drop to a timezone bug in a feature join", 1),
    ("Prototyped a retrieval-augmented search feature in a hackathon, later funded as a "
     "product", 1),
)

REQUIREMENTS = (
    ("Deploy and operate ML models in production on AWS SageMaker", "basic", ("SageMaker",)),
    ("3+ years of experience building machine learning systems", "basic", ()),
    ("Proficiency in Python and one deep learning framework (PyTorch or TensorFlow)", "basic",
     ("Python", "PyTorch", "TensorFlow")),
    ("Experience with distributed training on GPUs", "preferred", ("GPU",)),
    ("Experience with Kubernetes and container orchestration", "preferred", ("Kubernetes",)),
    ("Partner with scientists to take models from research to production", "responsibility", ()),
    ("Build monitoring for model quality and data drift", "responsibility", ()),
    ("Experience with large language models", "preferred", ("LLM",)),
)


def _knowledge_principles() -> tuple[Principle, ...]:
    out = []
    for pid, name, short, color in PRINCIPLES:
        out.append(Principle(
            id=pid, name=name, summary=f"{name}, in one line.",
            looks_for=f"A specific time you showed {name.lower()}: your own actions, the "
                      "trade-offs you weighed, and a result you can measure.",
            demonstrate_mle="Tie it to a model you shipped and operated.",
            signals=(), probes=(f"What would you do differently about {name.lower()}?",
                                "What was the measurable result?",
                                "Who disagreed, and how did you handle it?"),
            ask_weight=0.5, color=color, short=short))
    return tuple(out)


def make_knowledge() -> Knowledge:
    """A small Knowledge with the 16 principles (colours, tags, looks-for, probes)."""
    return Knowledge(version="test-1", principles=_knowledge_principles(), questions=(),
                     skills=(), exemplars=(), roles={})


def make_report() -> Report:
    """The full hand-built report (see module docstring)."""
    bullets = tuple(
        Bullet(id=bullet_id(text), text=text, section="Experience", role=role, page=1)
        for text, role in BULLETS
    )
    b = [x.id for x in bullets]
    resume = Resume(
        source=SourceInfo(path="rosa_quill.pdf", type="pdf", pages=1),
        sections=(Section("Experience", "experience"), Section("Skills", "skills")),
        roles=(Role("Senior ML Engineer", "Fraudless Inc.", "2021 - now", "Experience"),
               Role("ML Engineer", "ShopCo", "2018 - 2021", "Experience")),
        bullets=bullets, skills=("Python", "PyTorch", "SageMaker", "Airflow", "SQL"),
        name="Rosa Quill", text="\n".join(t for t, _ in BULLETS),
    )
    reqs = tuple(
        Requirement(id=f"r{i:02d}", text=text, kind=kind, skills=skills,
                    years=3.0 if "3+" in text else None)
        for i, (text, kind, skills) in enumerate(REQUIREMENTS)
    )
    job = JobDescription(
        source=SourceInfo(path="amazon_mle.txt", type="txt"), title="Machine Learning Engineer",
        company="Amazon", level_hints={"years_min": 3, "level": "L5"}, requirements=reqs,
        skills=("SageMaker", "Python", "PyTorch", "TensorFlow", "GPU", "Kubernetes", "LLM"),
        text="\n".join(r.text for r in reqs),
    )
    strengths = ("strong", "strong", "strong", "thin", "thin", "strong", "strong", "thin",
                 "strong", "strong", "thin", "strong", "strong", "strong", "none", "none")
    evidence_map = {
        "customer-obsession": (b[4], b[1]), "ownership": (b[0], b[7], b[1]),
        "invent-and-simplify": (b[3], b[11]), "are-right-a-lot": (b[6],),
        "learn-and-be-curious": (b[11],), "hire-and-develop-the-best": (b[2], b[9]),
        "insist-on-the-highest-standards": (b[9], b[6]), "think-big": (b[8],),
        "bias-for-action": (b[11], b[1]), "frugality": (b[5], b[3]), "earn-trust": (b[6],),
        "dive-deep": (b[10], b[1]), "have-backbone-disagree-and-commit": (b[6], b[9]),
        "deliver-results": (b[0], b[4], b[5]), "strive-to-be-earths-best-employer": (),
        "success-and-scale-bring-broad-responsibility": (),
    }
    ratings = tuple(
        PrincipleRating(id=pid, name=name, strength=strengths[i], evidence=evidence_map[pid],
                        score=[0.9, 0.6, 0.1][["strong", "thin", "none"].index(strengths[i])],
                        reason=f"{len(evidence_map[pid])} bullet(s) evidence {name}.")
        for i, (pid, name, _s, _c) in enumerate(PRINCIPLES)
    )
    bullet_principles: dict[str, list[str]] = {bid: [] for bid in b}
    for pid, ids in evidence_map.items():
        for bid in ids:
            bullet_principles[bid].append(pid)
    bullet_evidence = tuple(
        BulletEvidence(bullet_id=bid, principles=tuple(ps),
                       scores={p[0]: (0.8 if p[0] in ps else 0.05) for p in PRINCIPLES},
                       reason=f"matches {', '.join(ps) or 'no principle'}")
        for bid, ps in bullet_principles.items()
    )
    matches = (
        RequirementMatch("r00", True, (b[0], b[7]), ("SageMaker",), (), "SageMaker in 2 bullets"),
        RequirementMatch("r01", True, (), (), (), "about 8 years from role dates"),
        RequirementMatch("r02", True, (b[0],), ("Python", "PyTorch"), ("TensorFlow",), ""),
        RequirementMatch("r03", True, (b[5],), ("GPU",), (), ""),
        RequirementMatch("r04", False, (), (), ("Kubernetes",), "no Kubernetes anywhere"),
        RequirementMatch("r05", False, (), (), (), "no research hand-off described"),
        RequirementMatch("r06", True, (b[1],), (), (), "drift detector"),
        RequirementMatch("r07", False, (), (), ("LLM",), "no LLM work"),
    )
    reasons = (
        Reason("skills", "SageMaker, Python and PyTorch from the posting appear in your bullets",
               34.0, 0.5, (b[0], b[7]), ("r00", "r02")),
        Reason("skills", "GPU training cost work covers distributed training", 12.0, 0.2,
               (b[5],), ("r03",)),
        Reason("skills", "Kubernetes is asked for and missing", -8.0, 0.15, (), ("r04",)),
        Reason("skills", "Large language models are preferred and missing", -6.0, 0.15, (),
               ("r07",)),
        Reason("experience", "About 8 years of ML work against 3+ asked", 45.0, 0.6, (),
               ("r01",)),
        Reason("experience", "Owned models in production (latency, on-call, drift)", 25.0, 0.4,
               (b[0], b[1])),
        Reason("culture", "12 of 16 principles have at least one bullet of evidence", 48.0, 0.7,
               principle_ids=("ownership", "dive-deep")),
        Reason("culture", "Two principles have no evidence at all", -10.0, 0.3,
               principle_ids=("strive-to-be-earths-best-employer",
                              "success-and-scale-bring-broad-responsibility")),
    )
    fit = FitScore(overall=72, skills=78, experience=70, culture=66, level="L5",
                   reasons=reasons, weights={"skills": 0.4, "experience": 0.35, "culture": 0.25},
                   years=8.0, level_reason="About 8 years of experience and ownership of "
                   "production models fit L5 (5-10 years); no org-wide scope for L6.")
    risks = (
        Risk("risk-k8s", "Kubernetes is asked for and missing",
             "The posting lists container orchestration; no bullet mentions it.",
             "Map how SageMaker endpoints relate to Kubernetes concepts and one honest line.",
             ("r04",), (), 0.8, "I have run models on SageMaker; Kubernetes I know conceptually."),
        Risk("risk-ebe", "No evidence for Earth's Best Employer",
             "None of your bullets shows care for team wellbeing or inclusion.",
             "Find a time you improved how your team worked; use the gap script.", (),
             ("strive-to-be-earths-best-employer",), 0.7, ""),
        Risk("risk-research", "No research-to-production hand-off",
             "The role partners with scientists; your bullets do not describe it.",
             "Recall a model you took from a notebook to production with a scientist.",
             ("r05",), (), 0.6, ""),
    )
    story_specs = (
        ("Fraud model latency", ("ownership", "deliver-results"), (b[0],)),
        ("Drift detector", ("dive-deep", "customer-obsession"), (b[1],)),
        ("Mentoring four juniors", ("hire-and-develop-the-best",), (b[2],)),
        ("Retraining pipeline", ("invent-and-simplify", "frugality"), (b[3],)),
        ("Chargeback ranking", ("customer-obsession", "deliver-results"), (b[4],)),
        ("Spot-instance training", ("frugality",), (b[5],)),
        ("Fairness pushback", ("have-backbone-disagree-and-commit", "earn-trust"), (b[6],)),
        ("SageMaker migration", ("ownership", "think-big"), (b[7],)),
    )
    stories = tuple(
        StoryDraft(
            id=f"s{i + 1}", title=title, principles=ps, bullet_ids=bids,
            situation=f"At {'Fraudless' if i < 7 else 'ShopCo'}, {BULLETS[b.index(bids[0])][0]}. "
                      f"{P}the team size and what was at stake]",
            task=f"{P}what you personally were asked to do]" if i % 2 == 0 else
                 "I was responsible for the model end to end.",
            action="I broke the problem down, measured the baseline and shipped in stages. "
                   f"{P}the one decision only you made]",
            result=f"{BULLETS[b.index(bids[0])][0].split(',')[-1].strip()}. "
                   + (f"{P}what the customer noticed]" if i < 4 else ""),
            probes=("What was the baseline before your change?", "What would you do differently?",
                    "How did you know it worked?"),
            hook=f"{title}: " + BULLETS[b.index(bids[0])][0].split(",")[0] + ".",
        )
        for i, (title, ps, bids) in enumerate(story_specs)
    )
    q_specs = (
        ("Tell me about a time you owned a problem end to end.", ("ownership",), "s1"),
        ("Tell me about a time you dug into data to find a root cause.", ("dive-deep",), "s2"),
        ("Tell me about a time you went above and beyond for a customer.",
         ("customer-obsession",), "s5"),
        ("Tell me about a time you simplified a complex process.", ("invent-and-simplify",), "s4"),
        ("Tell me about a time you disagreed with your team.",
         ("have-backbone-disagree-and-commit",), "s7"),
        ("Tell me about a time you delivered with limited resources.", ("frugality",), "s6"),
        ("Tell me about a time you helped someone grow.", ("hire-and-develop-the-best",), "s3"),
        ("Tell me about a time you had to deliver under a tight deadline.",
         ("deliver-results", "bias-for-action"), "s1"),
        ("Tell me about your most ambitious project.", ("think-big",), "s8"),
        ("Tell me about a time you earned the trust of a sceptical stakeholder.",
         ("earn-trust",), "s7"),
        ("Tell me about a time you made your team a better place to work.",
         ("strive-to-be-earths-best-employer",), None),
        ("Tell me about a decision you made with incomplete data.",
         ("are-right-a-lot", "bias-for-action"), "s2"),
    )
    rounds = ("phone-screen", "onsite-loop", "onsite-loop", "bar-raiser")
    questions = tuple(
        PredictedQuestion(
            id=f"q{i + 1}", text=text, principles=ps, round=rounds[i % 4],
            why=f"frequency 0.{9 - i // 2} x principle weight 0.{8 - i // 3} x role emphasis 1.2"
                f" = {0.86 - i * 0.05:.2f}",
            story_id=sid, angle="Lead with the number, then the decision only you made."
            if sid else "No story covers this: use the gap script and say what you would do.",
            score=round(0.86 - i * 0.05, 2), looks_for="Ownership of the outcome, not the task.")
        for i, (text, ps, sid) in enumerate(q_specs)
    )
    gaps = (
        GapScript("g1", "No evidence for Earth's Best Employer",
                  "strive-to-be-earths-best-employer",
                  "My bullets focus on systems, so let me give an example that is not on the "
                  "page: when on-call load burned the team out, I proposed a rotation change.",
                  (b[2],)),
        GapScript("g2", "No evidence for Success and Scale",
                  "success-and-scale-bring-broad-responsibility",
                  "I think about the second-order effects of models; our fairness review is "
                  "one example.", (b[6],)),
        GapScript("g3", "Thin evidence for Think Big", "think-big",
                  "The A/B framework started as a tool for my team; I pitched it to five more.",
                  (b[8],)),
    )
    to_ask = (
        QuestionToAsk("How does the team decide when a model is ready to launch?",
                      "Shows you care about standards", "phone-screen"),
        QuestionToAsk("What does on-call look like for the models this team owns?",
                      "Ownership in production", "onsite-loop"),
        QuestionToAsk("Which customer metric does this team answer for?", "Customer Obsession",
                      "onsite-loop"),
        QuestionToAsk("What would make someone in this role a clear success after a year?", "",
                      "bar-raiser"),
    )
    checklist = (
        ChecklistItem("c1", "before", "Fill every placeholder in your 8 stories",
                      "Numbers you cannot recall now you will not recall under pressure."),
        ChecklistItem("c2", "before", "Read the posting twice and list its three main asks"),
        ChecklistItem("c3", "phone-screen", "Rehearse the top three questions out loud, two "
                      "minutes each", "The phone screen usually asks two principles."),
        ChecklistItem("c4", "phone-screen", "Revise one coding pattern a day for a week"),
        ChecklistItem("c5", "onsite-loop", "Prepare one ML system design end to end: data, "
                      "training, serving, monitoring"),
        ChecklistItem("c6", "onsite-loop", "Have two different stories per principle that "
                      "is likely to come up twice"),
        ChecklistItem("c7", "bar-raiser", "Prepare the gap script for Earth's Best Employer",
                      "The bar raiser probes your weakest principle."),
        ChecklistItem("c8", "bar-raiser", "Prepare a story about a mistake and what changed"),
    )
    topics = (
        TechnicalTopic("t1", "ML system design: real-time inference", "system-design", 0.92,
                       "The posting stresses SageMaker deployment and latency.",
                       "Endpoint autoscaling, batching, shadow deployments, canaries."),
        TechnicalTopic("t2", "Model monitoring and drift", "system-design", 0.81,
                       "Monitoring for model quality is a listed responsibility.",
                       "PSI/KL for drift, label delay, alerting thresholds."),
        TechnicalTopic("t3", "Distributed training", "fundamentals", 0.64,
                       "GPU training is preferred.", "Data vs model parallelism, all-reduce."),
        TechnicalTopic("t4", "Coding: arrays and hash maps", "coding", 0.55,
                       "Every loop has a coding round.", "Two pointers, sliding window."),
        TechnicalTopic("t5", "Containers and Kubernetes", "fundamentals", 0.47,
                       "Kubernetes is preferred and missing from your resume.",
                       "Pods, deployments, services, GPU scheduling."),
    )
    return Report(
        resume=resume, job=job, role_pack="amazon-mle", principles=ratings,
        bullet_principles=bullet_principles, bullet_evidence=bullet_evidence,
        requirement_matches=matches, fit=fit, risks=risks, questions=questions, stories=stories,
        gap_scripts=gaps, questions_to_ask=to_ask, checklist=checklist, technical_topics=topics,
        numbers_to_remember=("40M requests a day", "p99 180 ms -> 45 ms", "38% GPU cost"),
        knowledge_version="test-1", app_version="0.0-test",
    )


def make_session(report: Report | None = None) -> Session:
    """A fresh session around `report` (the hand-built one by default)."""
    return Session(schema=SCHEMA_VERSION, report=report or make_report(),
                   title="Rosa Quill - Amazon MLE")


# The selectors the content panels rely on, written against the shell's named colours
# (app/resources/style/colors.json) so they can be pasted into app/resources/style/app.qss.
# The screenshots apply them on top of the shell's theme.
PANEL_QSS = """
QWidget[role="page"] { background: ${window}; }
QFrame[role="card"], QFrame[role="row"], QFrame[role="risk"], QFrame[role="gap"] {
    background: ${surface}; border: 1px solid ${border}; border-radius: 6px; }
QFrame[role="row"]:focus { border: 1px solid ${accent}; }
QFrame[role="row"][selected="true"] { background: ${accent_soft}; border: 2px solid ${accent}; }
QFrame[role="risk"] { border-left: 4px solid ${bad}; }
QFrame[role="gap"] { border-left: 4px solid ${warn}; }
QLabel[role="muted"] { color: ${text_muted}; }
QLabel[role="badge"][strength="strong"] { color: ${good}; font-weight: 600; }
QLabel[role="badge"][strength="thin"] { color: ${warn}; font-weight: 600; }
QLabel[role="badge"][strength="none"] { color: ${bad}; font-weight: 600; }
QLabel[role="count"][state="pending"] { color: ${warn}; font-weight: 600; }
QLabel[role="count"][state="done"] { color: ${good}; }
QLabel[role="marker"] { color: ${accent}; font-weight: 600; }
QLabel[role="stats"] { color: ${text_muted}; }
QLabel[role="stats"][state="ok"] { color: ${good}; }
QLabel[role="reason"][sign="negative"] { color: ${bad}; }
QLabel[role="qnumber"] { color: ${accent}; }
QLabel[role="counter"][state="pending"] { color: ${text_muted}; }
QLabel[role="counter"][state="done"] { color: ${good}; }
QToolButton[role="bignumber"] { font-size: 36pt; font-weight: 700; color: ${accent};
    border: none; background: transparent; }
QToolButton[role="expander"] { border: none; background: transparent; font-weight: 600;
    padding: 2px 4px; }
QToolButton[role="expander"]:hover, QToolButton[role="expander"]:focus {
    background: ${surface_alt}; }
QPushButton[role="link"] { border: none; background: transparent; color: ${accent};
    text-align: left; padding: 3px 2px; text-decoration: underline; }
QPushButton[role="link"]:focus { background: ${accent_soft}; }
"""


def apply_theme(widget, scheme: str = "light"):  # noqa: ANN001, ANN201 (QWidget -> callable)
    """Style one panel like the app does: the shell's colours and stylesheet plus PANEL_QSS.

    The stylesheet goes on the widget; the palette has to go on the application (style
    sheets stop palette inheritance), so call the returned function to restore it."""
    from string import Template

    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from app.views import theme

    c = theme.colours(scheme)
    pal = QPalette()
    role = QPalette.ColorRole
    for r, name in ((role.Window, "window"), (role.WindowText, "text"), (role.Base, "surface"),
                    (role.AlternateBase, "surface_alt"), (role.Text, "text"),
                    (role.Button, "surface"), (role.ButtonText, "text"),
                    (role.Highlight, "accent"), (role.HighlightedText, "accent_text"),
                    (role.PlaceholderText, "text_muted"), (role.Link, "accent"),
                    (role.Mid, "border")):
        pal.setColor(r, QColor(c[name]))
    app = QApplication.instance()
    old_palette = QPalette(app.palette())
    app.setPalette(pal)
    try:
        base = theme.stylesheet(scheme)
    except (KeyError, ValueError):  # the shell's template is still being written
        base = Template("QWidget { color: ${text}; } QProgressBar { background: ${surface_alt};"
                        " border: 1px solid ${border}; border-radius: 4px; max-height: 8px; }"
                        " QProgressBar::chunk { background: ${accent}; }").substitute(c.named)
    widget.setStyleSheet(base + Template(PANEL_QSS).substitute(c.named))
    return lambda: app.setPalette(old_palette)
