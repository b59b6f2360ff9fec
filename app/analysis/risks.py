"""The top 3 risks: a catalogue of known weak spots, each with a severity computed from the
evidence (or its absence), ranked by severity (ties by id). Always exactly three: when fewer
real gaps are found, the mildest watch-points fill the list and say so."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.analysis.fit import Experience
from app.analysis.text import clip, find_phrases
from app.models.knowledge import Knowledge, RolePack
from app.models.report import PrincipleRating, RequirementMatch, Risk
from app.models.resume import JobDescription, Resume

TOP = 3
CUSTOMER_WORDS = ("customer*", "user", "users", "client*", "end-user*", "shopper*", "seller*",
                  "buyer*", "patient*", "stakeholder*", "user-facing", "customer-facing")
MENTOR_WORDS = ("mentor*", "coached", "coaching", "trained", "onboard*", "taught", "teaching",
                "hired", "interviewed", "supervis*", "managed a team", "led a team",
                "team of", "grew the team", "tutor*")
SCALE_WORDS = ("scale", "scalable", "scaling", "large-scale", "distributed", "million*",
               "billion*", "throughput", "latency", "qps", "high-traffic", "petabyte*",
               "terabyte*", "real-time", "low-latency", "concurrent", "cluster*", "large data*",
               "big data", "high-volume", "at scale")
DISAGREE_WORDS = ("disagree*", "pushed back", "push back", "challenged", "convinced",
                  "persuaded", "advocated", "proposed", "debate*", "negotiat*", "trade-off*",
                  "tradeoff*")
ML_WORDS = ("machine learning", "ml", "deep learning", "neural", "model", "models", "training",
            "inference", "nlp", "computer vision", "recommend*", "ranking", "classifier",
            "regression", "pytorch", "tensorflow", "scikit-learn", "xgboost", "llm*",
            "transformer*", "embedding*", "feature engineering")


@dataclass(frozen=True)
class Signals:
    """What the risk catalogue needs to know about the pair."""

    resume: Resume
    job: JobDescription
    ratings: dict[str, PrincipleRating]
    matches: Sequence[RequirementMatch]
    experience: Experience
    production_hits: tuple[str, ...]  # bullet ids with production signals
    production_groups: int  # of deployment, monitoring, retraining, experiments: how many shown
    metric_bullets: tuple[str, ...]
    ml_role: bool
    skills_score: int


def _bullets_with(resume: Resume, phrases: Sequence[str]) -> tuple[str, ...]:
    return tuple(b.id for b in resume.bullets if find_phrases(b.text, phrases))


def _name(knowledge: Knowledge, pid: str) -> str:
    try:
        return knowledge.principle(pid).name
    except KeyError:
        return pid


def candidates(sig: Signals, knowledge: Knowledge, pack: RolePack) -> list[Risk]:
    """Every risk that applies, with its severity (0..1) and reasons."""
    out: list[Risk] = []
    r = sig.resume
    jd = sig.job.text or ""
    n = len(r.bullets)
    if n == 0:
        out.append(Risk(
            "no-bullets", "No achievement bullets could be read from the resume",
            "The resume reader found no bullet points, so no principle evidence, stories or "
            "metrics could be drafted from it.",
            "Check the resume opens as text (not a scanned image) and lists achievements as "
            "bullets; then write your stories by hand in the Stories page.",
            (), (), 1.0,
            "Let me walk you through my most relevant project step by step."))
    reqs = {q.id: q for q in sig.job.requirements}
    unmet_basic = [m for m in sig.matches if not m.met and reqs[m.requirement_id].kind == "basic"]
    basic_total = sum(1 for q in sig.job.requirements if q.kind == "basic")
    if unmet_basic:
        names = "; ".join(f"'{clip(reqs[m.requirement_id].text, 70)}'" for m in unmet_basic[:3])
        missing = sorted({s for m in unmet_basic for s in m.missing_skills})
        sev = 0.6 + 0.35 * len(unmet_basic) / max(1, basic_total)
        out.append(Risk(
            "unmet-basic", f"{len(unmet_basic)} of {basic_total} basic qualifications not shown",
            f"The resume does not show: {names}" + (
                f" (missing skills: {', '.join(missing[:5])})" if missing else "") + ".",
            "For each, find the closest real experience (a course project, a side project, a "
            "tool you used at work) and add it to the resume or prepare to name it; if it is "
            "truly missing, say how you would close the gap.",
            tuple(m.requirement_id for m in unmet_basic), (), round(sev, 3),
            "I haven't used every tool on the list in production, but here's the closest "
            "thing I've done and how quickly I picked it up."))
    years = sig.experience.years
    hints = sig.job.level_hints or {}
    ymin = hints.get("years_min") or max((q.years or 0 for q in sig.job.requirements), default=0)
    if ymin and (years or 0) + 0.25 < float(ymin):
        short = float(ymin) - (years or 0)
        out.append(Risk(
            "years-below", f"Experience below the posting's {float(ymin):g}+ years",
            (f"About {years:g} professional years estimated from your roles, against "
             f"{float(ymin):g}+ asked ({short:g} short)." if years is not None else
             f"No readable role dates, so your years are unknown; the posting asks for "
             f"{float(ymin):g}+. Make the dates on your resume explicit."),
            "Lead with scope rather than tenure: the size of what you owned, its users and "
            "results; count relevant internships and research only if you can name outcomes.",
            (), (), round(min(0.95, 0.5 + 0.1 * short), 3),
            "My years are fewer than the posting asks, so let me show you the scope I've "
            "already owned."))
    prod = sig.production_hits
    if sig.ml_role and sig.production_groups < 2:
        out.append(Risk(
            "no-production", "No evidence of owning models in production" if not prod
            else "Thin evidence of owning models in production",
            ("No bullet mentions deploying, monitoring, retraining or experimenting with a "
             "live model." if not prod else
             "Of deploying, monitoring, retraining and experiments, your bullets show only one "
             "for a model."),
            "Prepare one story end to end: how a model went live, what you monitored, what "
            "drifted or broke and how you fixed it; revise training/serving skew and drift.",
            prod, ("ownership", "deliver-results"), 0.85 if not prod else 0.55,
            "Here's how I took a model past the notebook: how it shipped, what I watched after "
            "launch and what I'd change."))
    co = sig.ratings.get("customer-obsession")
    cust = _bullets_with(r, CUSTOMER_WORDS)
    if co and co.strength != "strong" and n:
        sev = 0.8 if co.strength == "none" and not cust else 0.55 if co.strength == "none" else 0.4
        out.append(Risk(
            "no-customer", "No customer-facing evidence" if co.strength == "none"
            else "Thin customer-facing evidence",
            ("No bullet names a customer, user or the impact on them."
             if not cust else f"Customer words appear in {len(cust)} bullet(s) but Customer "
             "Obsession is rated " + co.strength + "."),
            "Pick a story and work backwards from the person who used your work: who they were, "
            "what hurt, how your model changed their experience, and the metric that showed it.",
            cust[:3], ("customer-obsession",), sev,
            "The customer for that work was the team using its output; here's what they "
            "needed and how I checked we delivered it."))
    hd = sig.ratings.get("hire-and-develop-the-best")
    mentor = _bullets_with(r, MENTOR_WORDS)
    if hd and hd.strength == "none" and not mentor and n:
        sev = 0.6 + (0.2 if find_phrases(jd, ("mentor*", "senior", "lead", "coach*")) else 0.0)
        sev += 0.1 if sig.experience.level in ("L5", "L6") else 0.0
        out.append(Risk(
            "no-mentoring", "No mentoring or hiring evidence",
            "No bullet shows mentoring, onboarding, interviewing or raising others' skills.",
            "Find a time you taught a teammate, reviewed code to raise the bar, onboarded "
            "someone or wrote a guide others used; name the person's growth as the result.",
            (), ("hire-and-develop-the-best",), round(min(sev, 0.9), 3),
            "I haven't had a formal mentoring role yet; the closest is how I helped a "
            "teammate ramp up, and what changed for them."))
    for pid in ("ownership", "dive-deep"):
        rating = sig.ratings.get(pid)
        if rating is None or rating.strength == "strong" or not n:
            continue
        try:
            weight = knowledge.principle(pid).ask_weight
        except KeyError:
            weight = 0.5
        sev = weight * (0.85 if rating.strength == "none" else 0.6)
        out.append(Risk(
            f"thin-{pid}", f"{_name(knowledge, pid)} is {rating.strength} on your resume",
            f"{_name(knowledge, pid)} is among the most-asked principles, and it is rated "
            f"{rating.strength} ({len(rating.evidence)} evidence bullet(s)).",
            f"Prepare two stories for {_name(knowledge, pid)} and rehearse the follow-up probes.",
            rating.evidence[:3], (pid,), round(sev, 3),
            f"The best example of {_name(knowledge, pid).lower()} I have is this one; let me "
            "go into the details."))
    if len(sig.metric_bullets) < 2 and n:
        out.append(Risk(
            "no-metrics", "Few measurable results",
            ("No bullet quotes a number" if not sig.metric_bullets else "Only one bullet quotes a "
             "number") + " (percent, money, x-fold, counts); interviewers ask 'how much?' for "
            "every story.",
            "For every story, find the before and after: latency, accuracy, cost, users, "
            "time saved. Estimates you can defend beat no number.",
            sig.metric_bullets, ("deliver-results",), 0.7 if not sig.metric_bullets else 0.5,
            "We measured it as before versus after; here's the number I can stand behind."))
    bb = sig.ratings.get("have-backbone-disagree-and-commit")
    if bb and bb.strength == "none" and n and not _bullets_with(r, DISAGREE_WORDS):
        out.append(Risk(
            "no-disagreement", "No disagree-and-commit story",
            "No bullet suggests a time you challenged a decision; bar raisers ask for one often.",
            "Prepare one honest disagreement: the data you brought, how you raised it, the "
            "outcome, and how you committed once the call was made.",
            (), ("have-backbone-disagree-and-commit",), 0.5,
            "I disagreed with the plan, said so with data, and then committed fully to the "
            "decision."))
    if sig.ml_role:
        ml = _bullets_with(r, ML_WORDS)
        if len(ml) < 2:
            out.append(Risk(
                "no-ml-depth", "Little machine-learning depth for an ML role",
                ("No bullet mentions models, training or ML tools." if not ml else
                 "Only one bullet mentions models, training or ML tools."),
                "Prepare to explain one model you built end to end (data, features, loss, "
                "evaluation, serving); revise the ML fundamentals in the technical topics.",
                ml, ("dive-deep",), 0.9 if not ml else 0.7,
                ("I haven't built ML models in a job yet; here's the closest analytical work "
                 "I've done and how I'm building ML depth now." if not ml else
                 "My strongest ML work is this project; let me take you through the modelling "
                 "choices.")))
    scale = _bullets_with(r, SCALE_WORDS)
    if not scale and n:
        jd_scale = bool(find_phrases(jd, SCALE_WORDS))
        out.append(Risk(
            "no-scale", "No evidence of systems at scale",
            "No bullet mentions scale, distributed systems, latency or traffic"
            + (", and the posting stresses them." if jd_scale else "."),
            "Prepare a system-design answer with numbers you can defend (requests per second, "
            "data size, latency budget) and one story about making something faster or bigger.",
            (), ("think-big",), 0.6 if jd_scale else 0.4,
            "The largest system I've worked on handled this load; here's how I'd scale it "
            "further."))
    if sig.skills_score < 40 and sig.job.requirements:
        out.append(Risk(
            "low-skills-fit", "Low overlap with the posting's requirements",
            f"The skills component is {sig.skills_score}/100: most requirements have no "
            "matching skill or bullet.",
            "Check this is the right posting; if it is, list the transferable skills you have "
            "and the plan to learn the rest.",
            tuple(m.requirement_id for m in sig.matches if not m.met)[:5], (),
            round(0.95 - sig.skills_score / 100, 3),
            "My background is different from the typical profile here; this is what transfers "
            "and how I'd close the rest."))
    return out


def fillers(ratings: dict[str, PrincipleRating], knowledge: Knowledge) -> list[Risk]:
    """Mild watch-points used only when fewer than three real gaps were found."""
    weakest = sorted(
        (r for r in ratings.values() if r.strength != "strong"),
        key=lambda r: (-knowledge.principle(r.id).ask_weight, r.id))
    out = []
    for r in weakest[:3]:
        out.append(Risk(
            f"watch-{r.id}", f"{r.name} is only {r.strength}",
            f"{r.name} is rated {r.strength}; interviewers can still ask it.",
            f"Have one story ready for {r.name}.", r.evidence[:3], (r.id,),
            round(0.2 * knowledge.principle(r.id).ask_weight, 3),
            f"My clearest example of {r.name.lower()} is this one."))
    out.append(Risk(
        "depth-probes", "Bar raisers dig into your strongest stories",
        "Your resume is strong; the risk is shallow answers to follow-up probes.",
        "Rehearse each story's probes aloud: numbers, your part versus the team's, what you "
        "would do differently.", (), (), 0.1,
        "Happy to go deeper: here's the detail behind that number."))
    out.append(Risk(
        "rehearsal", "Stories not yet rehearsed aloud",
        "Unrehearsed stories run long and bury the result.",
        "Time each story at about two minutes; lead with the result.", (), (), 0.05,
        "The short version: here's the result, then how we got there."))
    out.append(Risk(
        "questions-to-ask", "No questions prepared for the interviewers",
        "Every round ends with your questions; generic ones waste the chance to show interest.",
        "Pick two questions per round from the Plan page.", (), (), 0.04,
        "I'd love to hear how the team measures success for this system today."))
    return out


def top_risks(sig: Signals, knowledge: Knowledge, pack: RolePack) -> tuple[Risk, ...]:
    """Exactly three risks, most severe first."""
    ranked = sorted(candidates(sig, knowledge, pack), key=lambda x: (-x.severity, x.id))
    if len(ranked) < TOP:
        have = {x.id for x in ranked}
        ranked += [f for f in fillers(sig.ratings, knowledge) if f.id not in have]
    return tuple(ranked[:TOP])


def all_risks(sig: Signals, knowledge: Knowledge, pack: RolePack) -> tuple[Risk, ...]:
    """Every applicable risk, most severe first (for gap scripts)."""
    return tuple(sorted(candidates(sig, knowledge, pack), key=lambda x: (-x.severity, x.id)))
