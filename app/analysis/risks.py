"""The top 3 risks: a catalogue of known weak spots, each with a severity computed from the
evidence (or its absence), ranked by severity (ties by id). Always exactly three: when fewer
real gaps are found, the mildest watch-points fill the list and say so."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.analysis.fit import Experience
from app.analysis.text import clip, find_phrases
from app.models.knowledge import Knowledge, RolePack
from app.models.report import BulletEvidence, PrincipleRating, RequirementMatch, Risk
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


MIN_BRIDGE_WORDS = 6  # a shorter line ("Everything that matters.") is no story to bridge to
MODEL_WORDS = ("machine learning", "ml", "deep learning", "neural", "model", "models",
               "inference", "classifier*", "llm*", "nlp", "recommender*", "transformer*")


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
    evidence: tuple[BulletEvidence, ...] = ()  # per-bullet principle scores, to name a bridge


def _bullets_with(resume: Resume, phrases: Sequence[str]) -> tuple[str, ...]:
    return tuple(b.id for b in resume.bullets if find_phrases(b.text, phrases))


def _name(knowledge: Knowledge, pid: str) -> str:
    try:
        return knowledge.principle(pid).name
    except KeyError:
        return pid


def _q(text: str, limit: int = 70) -> str:
    """A bullet quoted short, in single quotes."""
    return f"'{clip(text, limit)}'"


def _end(text: str) -> str:
    """The text with a full stop unless it already ends a sentence (or a quoted one)."""
    text = text.rstrip()
    return text if re.search(r"[.?!][\"')]*$", text) else text + "."


def _a(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _texts(sig: Signals) -> dict[str, str]:
    return {b.id: b.text for b in sig.resume.bullets}


def nearest_bullet(sig: Signals, pids: Sequence[str], exclude: Sequence[str] = ()) -> str:
    """The id of the bullet that comes closest to evidencing any of the principles (highest
    classifier score), '' when no bullet scores above zero."""
    best: tuple[float, int, str] | None = None
    texts = _texts(sig)
    for i, ev in enumerate(sig.evidence):
        if ev.bullet_id in exclude or len(texts.get(ev.bullet_id, "").split()) < MIN_BRIDGE_WORDS:
            continue
        score = max((ev.scores.get(p, 0.0) for p in pids), default=0.0)
        if score > 0 and (best is None or (-score, i) < (-best[0], best[1])):
            best = (score, i, ev.bullet_id)
    return best[2] if best else ""


def likely_question(knowledge: Knowledge, pid: str) -> str:
    """The most reported question whose first principle is `pid` ('' if none)."""
    qs = [q for q in knowledge.questions if q.principles and q.principles[0] == pid]
    if not qs:
        return ""
    return sorted(qs, key=lambda q: (-q.frequency, q.id))[0].text


def _looks_for(knowledge: Knowledge, pid: str) -> str:
    try:
        text = knowledge.principle(pid).looks_for
    except KeyError:
        return ""
    first = text.split(";")[0].split(". ")[0].strip().rstrip(".")
    return first[:1].lower() + first[1:]


def principle_risk(sig: Signals, knowledge: Knowledge, pid: str, rid: str,
                   severity: float, most_asked: bool = False) -> Risk:
    """A risk for one principle rated thin or none: a natural title, the nearest bullet that
    could bridge, the question to expect and what to prepare."""
    rating = sig.ratings[pid]
    name = _name(knowledge, pid)
    texts = _texts(sig)
    ask = likely_question(knowledge, pid)
    look = _looks_for(knowledge, pid)
    if rating.strength == "none":
        title = f"No evidence yet for {name}"
        bridge = nearest_bullet(sig, (pid,))
        why = f"No bullet reads as {name}"
        if bridge:
            why += f"; the nearest is {_q(texts[bridge])}"
        bullets = (bridge,) if bridge else ()
    else:
        title = f"Thin evidence for {name}"
        bullets = rating.evidence[:2]
        why = (f"Only {len(rating.evidence)} bullet{'s' if len(rating.evidence) != 1 else ''} "
               f"{'read' if len(rating.evidence) != 1 else 'reads'} as {name}, none strongly"
               + (f": {_q(texts[rating.evidence[0]])}" if rating.evidence and
                  rating.evidence[0] in texts else ""))
        bridge = rating.evidence[0] if rating.evidence else ""
    why = _end(why)
    if most_asked:
        why += f" {name} is one of the most-asked principles for this role."
    if ask:
        why += f" Expect: \"{ask}\""
    if bridge and bridge in texts:
        prepare = (f"Build {_a(name)} story from {_q(texts[bridge], 60)}: add the situation, "
                   f"your own decisions and the result in numbers")
    else:
        prepare = f"Prepare one real {name} story from outside your resume bullets"
    if look:
        prepare += f"; make it show {look}"
    prepare += "."
    line = (f"A good example of {name} from my work is {_q(texts[bridge], 50)}; let me walk "
            "you through what I decided and why." if bridge and bridge in texts else
            f"My clearest example of {name} is one my resume doesn't mention yet; here it is.")
    return Risk(rid, title, why, prepare, bullets, (pid,), round(severity, 3), line)


def _senior_posting(job: JobDescription) -> bool:
    """True for an L5+/senior posting, or one that asks for mentoring."""
    level = str((job.level_hints or {}).get("level") or "")
    return (level in ("L5", "L6", "L7") or bool(re.search(
        r"(?i)\b(senior|sr\.?|lead|principal|staff|II|III)\b", job.title or ""))
        or bool(find_phrases(job.text or "", ("mentor*", "coach*"))))


def candidates(sig: Signals, knowledge: Knowledge, pack: RolePack) -> list[Risk]:
    """Every risk that applies, with its severity (0..1) and reasons."""
    out: list[Risk] = []
    r = sig.resume
    jd = sig.job.text or ""
    n = len(r.bullets)
    texts = _texts(sig)
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
    years = sig.experience.years
    hints = sig.job.level_hints or {}
    ymin = hints.get("years_min") or max((q.years or 0 for q in sig.job.requirements), default=0)
    short_years = bool(ymin) and (years or 0) + 0.25 < float(ymin)
    # a years line that is unmet only for its years is the years risk's, not this one's
    unmet_basic = [m for m in sig.matches if not m.met and reqs[m.requirement_id].kind == "basic"
                   and not (short_years and reqs[m.requirement_id].years
                            and not m.missing_skills)]
    basic_total = sum(1 for q in sig.job.requirements if q.kind == "basic")
    if unmet_basic:
        names = "; ".join(f"'{clip(reqs[m.requirement_id].text, 70)}'" for m in unmet_basic[:3])
        missing = list(dict.fromkeys(s for m in unmet_basic for s in m.missing_skills))
        near = next((b for m in unmet_basic if m.skills for b in m.bullet_ids if b in texts), "")
        sev = 0.6 + 0.35 * len(unmet_basic) / max(1, basic_total)
        title = (f"Basic qualification not shown: {clip(reqs[unmet_basic[0].requirement_id].text, 60)}"
                 if len(unmet_basic) == 1 else
                 f"{len(unmet_basic)} of {basic_total} basic qualifications not shown")
        prepare = ("Recruiters screen on basic qualifications, so the phone screen will check "
                   "them: for each, name the closest real experience (a project, a course, a "
                   "tool used at work) and add it to your resume if it is true")
        if missing:
            prepare += f"; for {', '.join(missing[:3])}, say where you used it or how you are learning it"
        if near:
            prepare += f". Your closest bullet: {_q(texts[near], 60)}"
        line = (f"I haven't used {missing[0]} in production yet; the closest I've done is "
                f"{_q(texts[near], 50)}, and here's how I'd close the gap." if missing and near
                else f"I haven't used {missing[0]} in a job yet; here's the closest thing I've "
                "done and how I'd get up to speed." if missing else
                "That isn't on my resume yet; here's the closest experience I have and how "
                "I'd close the gap.")
        out.append(Risk(
            "unmet-basic", title,
            f"The resume does not show: {names}" + (
                f" (missing skills: {', '.join(missing[:5])})" if missing else "") + ".",
            prepare + ".", tuple(m.requirement_id for m in unmet_basic), (), round(sev, 3), line))
    if short_years:
        short = float(ymin) - (years or 0)
        scope = [b for b in sig.experience.scope_bullets if b in texts]
        prepare = ("Interviewers calibrate your level from scope, not tenure: lead with the size "
                   "of what you owned, its users and results")
        if scope:
            prepare += f", starting with {_q(texts[scope[0]], 60)}"
        out.append(Risk(
            "years-below",
            f"Fewer years than the posting asks ({years or 0:g} vs {float(ymin):g}+)",
            (f"About {years:g} professional years estimated from your roles, against "
             f"{float(ymin):g}+ asked ({short:g} short); expect to be calibrated a level down "
             "unless your scope shows otherwise." if years is not None else
             f"No readable role dates, so your years are unknown; the posting asks for "
             f"{float(ymin):g}+. Make the dates on your resume explicit."),
            prepare + "; count internships and research only where you can name outcomes.",
            tuple(scope[:2]), (), round(min(0.95, 0.5 + 0.1 * short), 3),
            "My years are fewer than the posting asks, so let me show you the scope I've "
            "already owned."))
    prod = sig.production_hits
    if sig.ml_role and sig.production_groups < 2:
        ml_ids = _bullets_with(r, MODEL_WORDS)
        near = prod[0] if prod else nearest_bullet(
            sig, ("ownership", "deliver-results"),
            exclude=tuple(b.id for b in r.bullets if b.id not in ml_ids))
        why = ("No bullet shows deploying, monitoring, retraining or A/B testing a live model"
               if not prod else "Of deploying, monitoring, retraining and A/B testing, your "
               f"bullets show only one for a model ({_q(texts[prod[0]], 60)})")
        why += ("; Amazon MLEs own models from training through production monitoring, and the "
                "loop asks \"Tell me about a model you owned in production that started to "
                "degrade.\"")
        why = _end(why)
        prepare = ("Prepare one end-to-end production story: how the model went live, what you "
                   "monitored, what drifted or broke and how you fixed it")
        if near and near in texts:
            prepare += (f"; build it from {_q(texts[near], 60)}, if that model was used by real "
                        "people")
        prepare += "; revise training/serving skew and drift detection."
        out.append(Risk(
            "no-production", "No evidence of owning models in production" if not prod
            else "Thin evidence of owning models in production", why, prepare,
            prod or ((near,) if near else ()), ("ownership", "deliver-results"),
            0.85 if not prod else 0.55,
            "Here's how I took a model past the notebook: how it shipped, what I watched after "
            "launch and what I'd change."))
    co = sig.ratings.get("customer-obsession")
    cust = _bullets_with(r, CUSTOMER_WORDS)
    if co and co.strength != "strong" and n:
        sev = 0.75 if co.strength == "none" and not cust else 0.55 if co.strength == "none" else 0.45
        near = (co.evidence[0] if co.evidence else cust[0] if cust else
                nearest_bullet(sig, ("customer-obsession",)))
        why = ("No bullet names a customer, user or the impact on them" if not cust else
               f"{len(cust)} bullet{'s mention' if len(cust) != 1 else ' mentions'} customers or users "
               f"but none says what changed for them (Customer Obsession is {co.strength})")
        why += ("; Customer Obsession is among the most-asked principles, e.g. \""
                + (likely_question(knowledge, "customer-obsession") or
                   "Tell me about a time you went out of your way for a customer.") + "\"")
        why = _end(why)
        prepare = ("Work backwards from the person who used your work: who they were, what "
                   "hurt, how your model changed their experience, and the metric that showed it")
        if near and near in texts:
            prepare += f"; the best candidate is {_q(texts[near], 60)}"
        out.append(Risk(
            "no-customer", "No customer-facing evidence" if co.strength == "none"
            else "Thin customer-facing evidence", why, _end(prepare),
            (near,) if near else cust[:3], ("customer-obsession",), sev,
            "The customer for that work was the team using its output; here's what they "
            "needed and how I checked we delivered it."))
    hd = sig.ratings.get("hire-and-develop-the-best")
    mentor = _bullets_with(r, MENTOR_WORDS)
    if hd and hd.strength == "none" and not mentor and n:
        senior = _senior_posting(sig.job)
        sev = 0.5 + (0.3 if senior else 0.0)
        sev += 0.05 if sig.experience.level in ("L5", "L6") else 0.0
        near = nearest_bullet(sig, ("hire-and-develop-the-best", "earn-trust"))
        why = "No bullet shows mentoring, onboarding, interviewing or raising others' skills"
        if senior:
            why += ("; for a mid-level or senior posting the loop expects it (\""
                    + (likely_question(knowledge, "hire-and-develop-the-best")
                       or "Tell me about a time you mentored someone.") + "\")")
        why = _end(why)
        prepare = ("Find a time you taught a teammate, reviewed code to raise the bar, onboarded "
                   "someone or wrote a guide others used; name the person's growth as the result")
        if near and near in texts:
            prepare += f". Check whether {_q(texts[near], 60)} involved helping someone else"
        out.append(Risk(
            "no-mentoring", "No mentoring or hiring evidence", why, _end(prepare),
            (near,) if near else (), ("hire-and-develop-the-best",), round(min(sev, 0.9), 3),
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
        sev = max(0.45, weight) * (0.85 if rating.strength == "none" else 0.65)
        out.append(principle_risk(sig, knowledge, pid, f"thin-{pid}", sev, most_asked=True))
    if len(sig.metric_bullets) < 2 and n:
        near = nearest_bullet(sig, ("deliver-results",))
        prepare = ("For every story, find the before and after: latency, accuracy, cost, users, "
                   "time saved. Estimates you can defend beat no number")
        if near and near in texts:
            prepare += f"; start with {_q(texts[near], 60)}: what did it change, by how much?"
        out.append(Risk(
            "no-metrics", "Few measurable results",
            ("No bullet quotes a number" if not sig.metric_bullets else "Only one bullet quotes a "
             "number") + " (percent, money, x-fold, counts); interviewers ask 'how much?' for "
            "every story.", prepare if prepare.endswith("?") else prepare + ".",
            sig.metric_bullets or ((near,) if near else ()), ("deliver-results",),
            0.7 if not sig.metric_bullets else 0.5,
            "We measured it as before versus after; here's the number I can stand behind."))
    bb = sig.ratings.get("have-backbone-disagree-and-commit")
    if bb and bb.strength == "none" and n and not _bullets_with(r, DISAGREE_WORDS):
        near = nearest_bullet(sig, ("have-backbone-disagree-and-commit", "are-right-a-lot"))
        prepare = ("Prepare one honest disagreement: the data you brought, how you raised it, "
                   "the outcome, and how you committed once the call was made")
        if near and near in texts:
            prepare += f"; was there a debate behind {_q(texts[near], 60)}?"
        out.append(Risk(
            "no-disagreement", "No disagree-and-commit story",
            "No bullet suggests a time you challenged a decision; bar raisers ask for one often "
            f"(\"{likely_question(knowledge, 'have-backbone-disagree-and-commit') or 'Tell me about a time you disagreed with your manager.'}\").",
            prepare if prepare.endswith("?") else prepare + ".",
            (near,) if near else (), ("have-backbone-disagree-and-commit",), 0.5,
            "I disagreed with the plan, said so with data, and then committed fully to the "
            "decision."))
    if sig.ml_role:
        ml = _bullets_with(r, ML_WORDS)
        if len(ml) < 2:
            prepare = ("Prepare to explain one model you built end to end (data, features, loss, "
                       "evaluation, serving)")
            if ml:
                prepare += f", starting from {_q(texts[ml[0]], 60)}"
            out.append(Risk(
                "no-ml-depth", "Little machine-learning depth for an ML role",
                ("No bullet mentions models, training or ML tools." if not ml else
                 "Only one bullet mentions models, training or ML tools."),
                prepare + "; revise the ML fundamentals in the technical topics.",
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


def fillers(sig: Signals, knowledge: Knowledge) -> list[Risk]:
    """Mild watch-points used only when fewer than three real gaps were found: the principles
    rated none or thin, most-asked first (none before thin at equal weight)."""
    ratings = sig.ratings
    weakest = sorted(
        (r for r in ratings.values() if r.strength != "strong"),
        key=lambda r: (-knowledge.principle(r.id).ask_weight * (1.0 if r.strength == "none"
                                                                 else 0.85), r.id))
    out = []
    for r in weakest[:4]:
        w = knowledge.principle(r.id).ask_weight
        sev = w * (0.25 if r.strength == "none" else 0.2)
        out.append(principle_risk(sig, knowledge, r.id, f"watch-{r.id}", sev))
    out.append(Risk(
        "depth-probes", "Bar raisers dig into your strongest stories",
        "Your resume is strong; the risk is shallow answers to follow-up probes.",
        "Rehearse each story's probes aloud: numbers, your part versus the team's, what you "
        "would do differently.", (), (), 0.06,
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


def _distinct(ranked: Sequence[Risk], limit: int) -> list[Risk]:
    """The first `limit` risks, skipping one whose main principle an earlier risk covers."""
    out: list[Risk] = []
    covered: set[str] = set()
    for risk in ranked:
        main = risk.principle_ids[0] if risk.principle_ids else ""
        if main and main in covered:
            continue
        out.append(risk)
        if main:
            covered.add(main)
        if len(out) >= limit:
            break
    return out


def top_risks(sig: Signals, knowledge: Knowledge, pack: RolePack) -> tuple[Risk, ...]:
    """Exactly three risks, most severe first, no two about the same principle."""
    ranked = sorted(candidates(sig, knowledge, pack), key=lambda x: (-x.severity, x.id))
    out = _distinct(ranked, TOP)
    if len(out) < TOP:
        have = {x.id for x in ranked}
        extra = sorted((f for f in fillers(sig, knowledge) if f.id not in have),
                       key=lambda x: (-x.severity, x.id))
        out = _distinct(out + extra, TOP)
    return tuple(out)


def all_risks(sig: Signals, knowledge: Knowledge, pack: RolePack) -> tuple[Risk, ...]:
    """Every applicable risk, most severe first (for gap scripts)."""
    return tuple(sorted(candidates(sig, knowledge, pack), key=lambda x: (-x.severity, x.id)))
