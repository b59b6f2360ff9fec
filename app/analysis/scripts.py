"""Gap scripts (what to say, honestly, when a weak spot is probed, and which real bullets to
bridge to) and questions to ask the interviewers, drawn from the posting's team and product."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from app.analysis.posting import posting_body
from app.analysis.text import clip, find_phrases
from app.models.knowledge import Knowledge, RolePack, Wording
from app.models.report import (
    BulletEvidence,
    GapScript,
    PredictedQuestion,
    PrincipleRating,
    QuestionToAsk,
    Risk,
)
from app.models.resume import JobDescription, Resume

MAX_PRINCIPLE_SCRIPTS = 4
BRIDGE_BAR = 0.45  # an adjacent principle's credit a line needs to be offered as a bridge
MAX_QUESTIONS = 10
METRIC_TERMS = ("latency", "relevance", "precision", "recall", "ndcg", "click-through", "ctr",
                "conversion", "accuracy", "throughput", "availability", "customer experience",
                "engagement", "retention", "cost", "quality", "fairness", "reliability")
OPS_TERMS = ("on-call", "oncall", "operational excellence", "maintenance", "monitoring",
             "incident*", "retrain*")
_TEAM = re.compile(r"\b(?:the|our|join)[ ]+((?:[A-Z][\w&/+-]*[ ]+){1,4})[Tt]eams?\b")
_TEAM2 = re.compile(r"\b((?:[A-Z][\w&/+-]*[ ]+){1,4})[Tt]eam\b")
_PRODUCT = re.compile(r"\b((?:Amazon|AWS|Alexa|Prime)(?:[ ]+[A-Z][\w-]+){0,2})")
_ACRONYMS = {"ML", "AI", "SDE", "MLE", "LLM", "LLMs", "NLP", "API", "APIs", "SDK", "IT"}
_GENERIC = {"The", "Our", "We", "You", "As", "In", "This", "Job", "About", "Basic", "Preferred",
            "Team", "Key", "Role", "Description", "Overview", "What", "Who", "Why", "How",
            "Machine", "Learning", "Engineer", "Software", "Applied", "Scientist",
            "Amazon", "Qualifications", "Responsibilities", "Equal", "Opportunity"}


# teams a posting names that are not the one hiring: recruiters and people teams, and the
# words of a benefits heading ("Inclusive Team Culture", "Diversity & Inclusion team")
_NOT_THE_TEAM = {"Recruitment", "Recruiting", "Recruiter", "HR", "Hiring", "Sourcing",
                 "Resourcing", "Accessibility", "Accommodation", "Accommodations", "Diversity",
                 "Inclusion", "Inclusive", "Benefits", "Careers", "Vetting"}
_NOT_THE_TEAM_PHRASES = {"Talent Acquisition", "People Operations", "People Team", "People"}
_TEAM_VALUE = re.compile(r"[ ]+(?:Culture|Spirit|Building|Player|Values?|Environment)\b")


def _clean_phrase(phrase: str) -> str:
    """A name phrase on one line, without leading articles or trailing generic words."""
    words = [w for w in phrase.split() if w]
    while words and words[0] in {"The", "Our", "A", "An", "Join", "This"}:
        words = words[1:]
    while len(words) > 1 and words[-1] in _GENERIC:
        words = words[:-1]
    if len(words) == 1 and words[0] in ("AWS", "Amazon"):
        return ""  # the company, not a product
    return " ".join(words).strip()


def team_and_product(job: JobDescription) -> tuple[str, str]:
    """A team name and a product phrase from the posting ('' when none is found)."""
    text = job.text or ""
    team = " ".join((getattr(job, "team", "") or "").split())
    for pattern in () if team else (_TEAM, _TEAM2):
        for m in pattern.finditer(text):
            before = text[:m.start()].rstrip(" ")
            if pattern is _TEAM2 and (not before or before[-1] in ".!?:\n-\u2022*"):
                continue  # a capital that only starts a sentence names no team
            cand = _clean_phrase(m.group(1))
            if cand.isupper() and len(cand) > 4:
                continue  # a shouted heading, not a name
            if (set(cand.split()) & _NOT_THE_TEAM or cand in _NOT_THE_TEAM_PHRASES
                    or _TEAM_VALUE.match(text, m.end())):
                continue  # the recruiters, or a value ("Inclusive Team Culture"), not the team
            if cand and not all(w in _GENERIC for w in cand.split()):
                team = cand
                break
        if team:
            break
    counts: Counter[str] = Counter()
    asks = {" ".join(r.text.split()) for r in job.requirements if r.kind != "responsibility"}
    asked = " \n ".join(asks)
    flat = " ".join(text.split())
    for m in _PRODUCT.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        line = " ".join(text[start:end if end >= 0 else len(text)].split()).lstrip("-•*· ")
        if line in asks:
            continue  # a tool a qualification names ("AWS SageMaker or similar"), not the product
        cand = m.group(1).strip().strip("-")
        words = cand.split()
        if len(words) == 2 and words[-1] in _ACRONYMS:
            words = words[:1]  # "AWS ML tools" names no product
        cand = " ".join(words)
        if cand and cand in asked and flat.count(cand) <= asked.count(cand):
            continue  # named only by the qualifications (a PDF wraps their lines): a tool asked
        company = job.company or ""
        if cand not in ("Amazon", "AWS") and len(company) > len(cand) and company.lower().startswith(
                cand.lower()) and not any(
                text[i:i + len(company)].lower() != company.lower()
                for i in (x.start() for x in re.finditer(re.escape(cand), text))):
            continue  # only ever the employer's legal entity ("Amazon Development Center
            # Germany GmbH"), not a product the posting talks about ("Amazon Pay")
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
    if product in ("Amazon", "AWS"):
        product = ""
    if not product and team:
        product = team  # "for Personalization Ranking today"
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


def _ask_why(text: str, wording: Wording | None, used: set[str]) -> str:
    """Why a question is worth asking, from the first entry whose words it contains and whose
    explanation is not already used ('' when none fits)."""
    low = text.lower()
    for words, why in (wording.ask_whys if wording is not None else ()):
        if why not in used and any(w in low for w in words):
            return why
    return ""


def questions_to_ask(job: JobDescription, pack: RolePack,
                     wording: Wording | None = None) -> tuple[QuestionToAsk, ...]:
    """Role-pack templates filled with the posting's team and product, plus questions about
    the metrics, systems and operations the posting names; each with its own reason."""
    team, product = team_and_product(job)
    used: set[str] = set()
    text = posting_body(job)
    out: list[QuestionToAsk] = []
    for tpl in pack.questions_to_ask:
        if ("{team}" in tpl and not team) and ("{product}" in tpl and not product):
            filled = tpl.replace("{team}", "the team").replace("{product}", "the product")
        elif "{team}" in tpl and "{product}" in tpl and product == team:
            filled = tpl.replace("{team}", "the team").replace("{product}", product)
        else:
            filled = tpl.replace("{team}", f"the {team} team" if team else "the team")
            filled = filled.replace("{product}", product or "the product")
        filled = " ".join(filled.split())
        why = _ask_why(filled, wording, used)
        if not why:
            if team and "{team}" in tpl and f"The posting names the {team} team." not in used:
                why = f"The posting names the {team} team."
            elif product and "{product}" in tpl and f"The posting is about {product}." not in used:
                why = f"The posting is about {product}."
        used.add(why)
        out.append(QuestionToAsk(filled, " ".join(why.split()), _stage_for(filled)))
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


def _quote(text: str, limit: int = 80) -> str:
    return clip(" ".join(text.split()), limit)


def _bridge(pid: str, evidence: Sequence[BulletEvidence], knowledge: Knowledge,
            texts: dict[str, str]) -> tuple[str, str] | None:
    """(bullet id, adjacent principle) of the best line crediting a principle an expert accepts
    as adjacent to `pid` (coaching.json), or None: no bridge to an unrelated line."""
    coach = knowledge.coaching.get(pid)
    best: tuple[float, int, str, str] | None = None
    for i, e in enumerate(evidence):
        if e.bullet_id not in texts:
            continue
        for adj in coach.adjacent if coach else ():
            c = e.credit.get(adj, 0.0)
            if adj in e.principles and c >= BRIDGE_BAR:
                key = (c, -i, e.bullet_id, adj)
                if best is None or key[:2] > best[:2]:
                    best = key
    return (best[2], best[3]) if best else None


def principle_script(r: PrincipleRating, evidence: Sequence[BulletEvidence],
                     knowledge: Knowledge, texts: dict[str, str]) -> GapScript:
    """The honest script for a principle the resume shows thinly or not at all: name the gap,
    bridge only to adjacent evidence (or say there is none), and say how to find a real example
    in one's own past."""
    words = knowledge.wording
    rule = knowledge.evidence.rules.get(r.id)
    shows = rule.shows if rule else knowledge.principle(r.id).summary
    coach = knowledge.coaching.get(r.id)
    find = " ".join(coach.find_example) if coach else ""
    named: tuple[str, ...] = ()
    if r.strength == "thin" and r.evidence and r.evidence[0] in texts:
        bid = r.evidence[0]
        named = (bid,)
        title = words.get("gap.thin.title", principle=r.name)
        parts = [words.get("gap.thin.name", principle=r.name, shows=shows,
                           bullet=_quote(texts[bid])),
                 words.get("gap.thin.use"),
                 words.get("gap.find", find_example=find)]
    else:
        title = words.get("gap.none.title", principle=r.name)
        parts = [words.get("gap.none.name", principle=r.name, shows=shows)]
        bridge = _bridge(r.id, evidence, knowledge, texts)
        if bridge is not None:
            bid, adj = bridge
            named = (bid,)
            adj_rule = knowledge.evidence.rules.get(adj)
            parts.append(words.get("gap.bridge", bullet=_quote(texts[bid]),
                                   adjacent=knowledge.principle(adj).name,
                                   adjacent_shows=adj_rule.shows if adj_rule else ""))
        else:
            parts.append(words.get("gap.no_bridge"))
        parts.append(words.get("gap.find", find_example=find))
        parts.append(words.get("gap.none_found"))
    return GapScript(f"g-{r.id}", title, r.id, " ".join(p for p in parts if p), named)


def family_script(family: str, principle: str, knowledge: Knowledge) -> GapScript:
    """The script for a question whose principle the resume shows, but no line is the kind
    of story the question asks for (a failure, a disagreement, a model in production)."""
    words = knowledge.wording
    decode = knowledge.decodes[family]
    name = knowledge.principle(principle).name
    parts = [words.get("gap.family.name", principle=name, story_kind=decode.story_kind),
             words.get("gap.find", find_example=decode.find_example),
             words.get("gap.none_found")]
    return GapScript(f"g-family-{family}", words.get("gap.family.title", story_kind=decode.story_kind),
                     family, " ".join(p for p in parts if p), ())


def gap_scripts(resume: Resume, ratings: Sequence[PrincipleRating], risks: Sequence[Risk],
                evidence: Sequence[BulletEvidence], knowledge: Knowledge,
                pack: RolePack, questions: Sequence[PredictedQuestion] = (),
                level: str = "") -> tuple[GapScript, ...]:
    """Scripts for the weakest most-asked principles, for every principle a predicted question
    has no story for, and for every top risk."""
    texts = {b.id: b.text for b in resume.bullets}
    weight = {p.id: p.ask_weight + pack.emphasis.get(p.id, 0.0) for p in knowledge.principles}
    rmap = {r.id: r for r in ratings}
    weak = sorted((r for r in ratings if r.strength != "strong"),
                  key=lambda r: ({"none": 0, "thin": 1}.get(r.strength, 2) * 0.1 - weight[r.id], r.id))
    wanted = [r.id for r in weak[:MAX_PRINCIPLE_SCRIPTS]]
    families: list[tuple[str, str]] = []  # (family id, principle) of questions with no fit
    for q in questions:
        target = q.gap_script_id[2:] if q.gap_script_id else ""
        if target.startswith("family-"):
            fid = target[len("family-"):]
            if fid in knowledge.decodes and all(f != fid for f, _ in families):
                families.append((fid, q.principles[0]))
        elif target in rmap and target not in wanted:
            wanted.append(target)
    out: list[GapScript] = [principle_script(rmap[pid], evidence, knowledge, texts)
                            for pid in wanted]
    out += [family_script(fid, pid, knowledge) for fid, pid in families]
    covered = {g.target for g in out}
    for risk in risks:
        if risk.principle_ids and risk.principle_ids[0] in covered and (
                risk.id.startswith(("thin-", "watch-"))):
            continue  # the principle's own script already covers it
        # only the bullets the risk itself names: a loose nearest bullet (a swimming class
        # for "no models in production") would be a stretch, not a bridge
        bridge = tuple(b for b in risk.evidence if b in texts)[:2]
        script = knowledge.wording.get("gap.risk", line=risk.line_to_say, prepare=risk.prepare)
        quoted = [b for b in bridge if b in texts and " ".join(texts[b].split())[:25] not in script]
        if quoted:
            script += " " + knowledge.wording.get(
                "gap.risk_bridge", bullets="; ".join(_quote(texts[b]) for b in quoted))
        gid = f"g-{risk.id}"
        if any(g.id == gid for g in out):
            continue
        out.append(GapScript(gid, risk.title, risk.id, script, bridge))
    return tuple(out)
