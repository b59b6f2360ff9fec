"""Gap scripts (what to say, honestly, when a weak spot is probed, and which real bullets to
bridge to) and questions to ask the interviewers, drawn from the posting's team and product."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from app.analysis.text import clip, find_phrases
from app.models.knowledge import Knowledge, RolePack
from app.models.report import BulletEvidence, GapScript, PrincipleRating, QuestionToAsk, Risk
from app.models.resume import JobDescription, Resume

MAX_PRINCIPLE_SCRIPTS = 4
MAX_QUESTIONS = 10
METRIC_TERMS = ("latency", "relevance", "precision", "recall", "ndcg", "click-through", "ctr",
                "conversion", "accuracy", "throughput", "availability", "customer experience",
                "engagement", "retention", "cost", "quality", "fairness", "reliability")
OPS_TERMS = ("on-call", "oncall", "operational excellence", "maintenance", "monitoring",
             "incident*", "retrain*")
_TEAM = re.compile(r"\b(?:the|our|join)\s+((?:[A-Z][\w&/+-]*\s+){1,4})[Tt]eams?\b")
_TEAM2 = re.compile(r"\b((?:[A-Z][\w&/+-]*\s+){1,4})[Tt]eam\b")
_PRODUCT = re.compile(r"\b((?:Amazon|AWS|Alexa|Prime)(?:\s+[A-Z][\w-]+){0,2})")
_CAPS = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-zA-Z0-9]+(?:\s+[A-Z][a-zA-Z0-9]+){1,3})")
_GENERIC = {"The", "Our", "We", "You", "As", "In", "This", "Job", "About", "Basic", "Preferred",
            "Key", "Machine", "Learning", "Engineer", "Software", "Applied", "Scientist",
            "Amazon", "Qualifications", "Responsibilities", "Equal", "Opportunity"}


def _clean_phrase(phrase: str) -> str:
    words = [w for w in phrase.split() if w]
    while words and words[0] in {"The", "Our", "A", "An", "Join", "This"}:
        words = words[1:]
    return " ".join(words).strip()


def team_and_product(job: JobDescription) -> tuple[str, str]:
    """A team name and a product phrase from the posting ('' when none is found)."""
    text = job.text or ""
    team = ""
    for pattern in (_TEAM, _TEAM2):
        for m in pattern.finditer(text):
            cand = _clean_phrase(m.group(1))
            if cand and not all(w in _GENERIC for w in cand.split()):
                team = cand
                break
        if team:
            break
    counts: Counter[str] = Counter()
    for m in _PRODUCT.finditer(text):
        cand = m.group(1).strip().strip("-")
        if cand not in ("Amazon", "AWS") or not counts:
            counts[cand] += 1
    product = ""
    if counts:
        # a named Amazon/AWS product ("Amazon Music") beats a bare brand word ("Alexa")
        best = sorted(counts.items(), key=lambda kv: (
            -(kv[0].split()[0] in ("Amazon", "AWS") and " " in kv[0]), -kv[1], len(kv[0]), kv[0]))
        product = best[0][0]
        if product in ("Amazon", "AWS") and len(best) > 1:
            product = best[1][0]
    if not product:
        caps: Counter[str] = Counter()
        for m in _CAPS.finditer(text):
            cand = _clean_phrase(m.group(1))
            if cand and not all(w in _GENERIC for w in cand.split()):
                caps[cand] += 1
        if caps:
            product = sorted(caps.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    if product in ("Amazon", "AWS"):
        product = ""
    return team, product


def _stage_for(text: str) -> str:
    low = text.lower()
    if any(w in low for w in ("principle", "bar", "culture", "grow", "career", "mentor")):
        return "bar-raiser"
    if any(w in low for w in ("first", "success look", "team", "roadmap", "priorit")):
        return "phone-screen"
    return "onsite-loop"


def questions_to_ask(job: JobDescription, pack: RolePack) -> tuple[QuestionToAsk, ...]:
    """Role-pack templates filled with the posting's team and product, plus questions about
    the metrics, systems and operations the posting names."""
    team, product = team_and_product(job)
    text = job.text or ""
    out: list[QuestionToAsk] = []
    for tpl in pack.questions_to_ask:
        if ("{team}" in tpl and not team) and ("{product}" in tpl and not product):
            filled = tpl.replace("{team}", "the team").replace("{product}", "the product")
        else:
            filled = tpl.replace("{team}", f"the {team} team" if team else "the team")
            filled = filled.replace("{product}", product or "the product")
        why = "Shows you have thought about the role"
        if team and "{team}" in tpl:
            why = f"The posting names the {team} team"
        elif product and "{product}" in tpl:
            why = f"The posting is about {product}"
        out.append(QuestionToAsk(filled, why + ".", _stage_for(filled)))
    metrics = find_phrases(text, METRIC_TERMS)
    if metrics:
        named = " and ".join(metrics[:2])
        out.append(QuestionToAsk(
            f"How does the team measure {named} today, and what moved it most in the last year?",
            f"The posting talks about {', '.join(metrics[:3])}.", "onsite-loop"))
    systems = [s for s in job.skills if find_phrases(text, (s,))][:2]
    for skill in systems[:1]:
        out.append(QuestionToAsk(
            f"How does {skill} fit into the team's stack today, and what would you change about it?",
            f"The posting names {skill}.", "onsite-loop"))
    ops = find_phrases(text, OPS_TERMS)
    if ops:
        out.append(QuestionToAsk(
            "What does operating the models look like day to day: on-call, retraining cadence, "
            "the last incident and what changed after it?",
            f"The posting mentions {', '.join(o.rstrip('*') for o in ops[:2])}.", "onsite-loop"))
    if find_phrases(text, ("ambiguity", "ambiguous")):
        out.append(QuestionToAsk(
            "Which problem on the team is still the most ambiguous, and how would this role help "
            "shape it?", "The posting stresses ambiguity.", "bar-raiser"))
    seen: set[str] = set()
    unique = []
    for q in out:
        if q.text.lower() not in seen:
            seen.add(q.text.lower())
            unique.append(q)
    return tuple(unique[:MAX_QUESTIONS])


def _bridge(pids: Sequence[str], evidence: Sequence[BulletEvidence], exclude: Sequence[str] = (),
            limit: int = 2) -> tuple[str, ...]:
    order = {e.bullet_id: i for i, e in enumerate(evidence)}
    ranked = sorted(
        ((max((e.scores.get(p, 0.0) for p in pids), default=0.0), order[e.bullet_id], e.bullet_id)
         for e in evidence if e.principles and e.bullet_id not in exclude),
        key=lambda t: (-t[0], t[1]))
    return tuple(b for s, _, b in ranked[:limit] if s > 0)


def gap_scripts(resume: Resume, ratings: Sequence[PrincipleRating], risks: Sequence[Risk],
                evidence: Sequence[BulletEvidence], knowledge: Knowledge,
                pack: RolePack) -> tuple[GapScript, ...]:
    """Scripts for the weakest most-asked principles and for every top risk."""
    texts = {b.id: b.text for b in resume.bullets}
    weight = {p.id: p.ask_weight + pack.emphasis.get(p.id, 0.0) for p in knowledge.principles}
    weak = sorted((r for r in ratings if r.strength != "strong"),
                  key=lambda r: ({"none": 0, "thin": 1}.get(r.strength, 2) * 0.1 - weight[r.id], r.id))
    out: list[GapScript] = []
    for r in weak[:MAX_PRINCIPLE_SCRIPTS]:
        p = knowledge.principle(r.id)
        bridge = r.evidence[:2] if r.strength == "thin" else _bridge((r.id,), evidence)
        if r.strength == "none":
            opening = (f"Your resume has no clear {p.name} example, so do not stretch one: say "
                       f"\"The closest example I have is...\" and tell a real story.")
        else:
            opening = (f"Your {p.name} evidence is thin: tell the one story you have in full "
                       "detail rather than adding weaker ones.")
        if bridge:
            quoted = "; ".join(f"'{clip(texts.get(b, ''), 80)}'" for b in bridge if b in texts)
            middle = f" Bridge to: {quoted}."
        else:
            middle = " Bridge to any real project where you made this kind of call."
        close = f" Show what they look for: {clip(p.looks_for.split('. ')[0].rstrip('.'), 140)}."
        out.append(GapScript(f"g-{r.id}", f"{p.name} is {r.strength}", r.id,
                             opening + middle + close, bridge))
    covered = {g.target for g in out}
    for risk in risks:
        if risk.id.startswith("thin-") and risk.id[5:] in covered:
            continue  # the principle's own script already covers it
        bridge = tuple(b for b in risk.evidence if b in texts)[:2]
        if not bridge and risk.principle_ids:
            bridge = _bridge(risk.principle_ids, evidence)
        script = f"Say: \"{risk.line_to_say}\" Then: {risk.prepare}"
        if bridge:
            script += " Bridge to: " + "; ".join(f"'{clip(texts[b], 80)}'" for b in bridge) + "."
        gid = f"g-{risk.id}"
        if any(g.id == gid for g in out):
            continue
        out.append(GapScript(gid, risk.title, risk.id, script, bridge))
    return tuple(out)
