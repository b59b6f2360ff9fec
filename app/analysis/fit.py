"""The fit score: three components, placed inside the band of the verdict.

- skills: each requirement's verdict (met full, partly half), basic qualifications weighing
  most (3), then preferred (1.5) and responsibilities (1); "confirm" lines count only when the
  resume reads against them;
- experience: relevant years against the years asked (40), the level against the posting's
  (20), and owning work in production (40: deployment, monitoring, retraining, experiments;
  for an ML posting, about a model for full credit);
- culture: principle coverage weighted by how often each is asked plus the role's emphasis.

The overall score sits inside the band of the verdict (not yet 5-39, stretch 40-59, apply
60-79, strong 80-97), placed by the weighted components, so for one posting every not-yet
scores below every stretch and every stretch below every apply or strong. Each component's
reasons are plain sentences whose points add up to the component; the arithmetic is in
`score_detail`.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.analysis.company import Posting
from app.analysis.credentials import LANGUAGE_SHOWN
from app.analysis.experience import COUNTED, KIND_LABELS, Experience, professional_years
from app.analysis.level import LADDER, LevelCall
from app.analysis.text import apportion, clip, find_phrases, rnd
from app.analysis.verdict import Verdict
from app.analysis.years_asked import ml_titled
from app.models.knowledge import Knowledge, RolePack
from app.models.report import FitScore, PrincipleRating, Reason, RequirementMatch
from app.models.resume import Bullet, JobDescription, Requirement

WEIGHTS = {"skills": 0.45, "experience": 0.30, "culture": 0.25}
KIND_WEIGHT = {"basic": 3.0, "preferred": 1.5, "responsibility": 1.0}
STRENGTH_CREDIT = {"strong": 1.0, "thin": 0.5, "none": 0.0}
BANDS = {"not-yet": (5, 39), "stretch": (40, 59), "apply": (60, 79), "strong": (80, 97)}
PRODUCTION_POINTS = 40.0
PRODUCTION_GROUPS = {
    "deployment": ("deploy", "production", "launch", "ship", "serving", "inference", "endpoint",
                   "sagemaker", "canary", "shadow", "rollback", "docker", "kubernetes", "ci/cd",
                   "real-time", "scaled", "users", "requests"),
    "monitoring": ("monitor", "alert", "dashboard", "on-call", "on call", "sla", "slo", "uptime",
                   "drift", "latency", "throughput"),
    "retraining": ("retrain", "pipeline", "airflow", "mlops", "registry", "feature store"),
    "experiments": ("a/b", "experiment"),
}
MODEL_WORDS = ("model*", "machine learning", "ml", "deep learning", "neural", "training",
               "inference", "predict*", "classifier*", "recommend*", "ranking", "llm*", "nlp",
               "embedding*", "forecast*", "detection", "scoring", "ai")
VERDICT_WORDS = {"met": "met", "partly": "partly met", "not-met": "not met",
                 "confirm": "to confirm"}


def signal_group(signal: str) -> str:
    """Which of the four production groups a role-pack signal belongs to."""
    low = signal.lower()
    for group, stems in PRODUCTION_GROUPS.items():
        if any(st in low for st in stems):
            return group
    return "deployment"


def production_evidence(bullets: Sequence[Bullet], pack: RolePack,
                        exp: Experience | None = None,
                        ) -> list[tuple[str, str | None, str, bool]]:
    """For each production group: (group, first signal found, bullet id, about a model?).
    A bullet about a model wins over an earlier one that is not. In a role whose title is
    machine-learning work, a line that deploys or monitors is about its models ("Deployed on
    the company's Kubernetes cluster with Kafka streams", under "Machine Learning Engineer")."""
    ml_roles = {w.role for w in exp.work if ml_titled(w)} if exp else set()
    signals = [s for s in pack.production_signals if s.strip()]
    best: dict[str, tuple[str, str, bool]] = {}
    for b in bullets:
        found = find_phrases(b.text, signals)
        if not found:
            continue
        ml = bool(find_phrases(b.text, MODEL_WORDS)) or b.role in ml_roles
        for sig in found:
            group = signal_group(sig)
            if group not in best or (ml and not best[group][2]):
                best[group] = (sig, b.id, ml)
    out: list[tuple[str, str | None, str, bool]] = []
    for group in PRODUCTION_GROUPS:
        if group in best:
            sig, bid, ml = best[group]
            out.append((group, sig, bid, ml))
        else:
            out.append((group, None, "", False))
    return out


def _with_points(reason: Reason, points: float) -> Reason:
    return Reason(reason.component, reason.text, points, reason.weight, reason.bullet_ids,
                  reason.requirement_ids, reason.principle_ids)


def _settle(rows: list[tuple[float, Reason]]) -> tuple[int, list[Reason]]:
    """A component's score from raw points, with each reason's share adding up exactly."""
    raw = [r[0] for r in rows]
    score = round(sum(raw))
    points = apportion(raw, score) if score else [0.0] * len(raw)
    return score, [_with_points(r, p) for (_, r), p in zip(rows, points, strict=False)]


def _credit(m: RequirementMatch) -> float | None:
    if m.verdict == "confirm":
        return None if m.met else 0.0
    if m.score_detail == LANGUAGE_SHOWN:
        return None  # English shown by the resume's own language: a given, not a strength
    return {"met": 1.0, "partly": 0.5}.get(m.verdict, 1.0 if m.met else 0.0)


def skills_component(job: JobDescription, matches: Sequence[RequirementMatch],
                     ) -> tuple[int, list[Reason]]:
    """Skills 0..100: the requirements' verdicts, basic ones weighing most."""
    reqs = {r.id: r for r in job.requirements}
    rows: list[tuple[float, float, Requirement, RequirementMatch]] = []
    for m in matches:
        req = reqs.get(m.requirement_id)
        credit = _credit(m)
        if req is None or credit is None:
            continue
        rows.append((KIND_WEIGHT.get(req.kind, 1.0), credit, req, m))
    if not rows:
        return 50, [Reason("skills", "The posting lists no requirements to check, so skills "
                           "sit at a neutral 50.", 50.0, 1.0)]
    total = sum(w for w, _, _, _ in rows)
    out: list[tuple[float, Reason]] = []
    for w, c, req, m in rows:
        label = {"basic": "Basic", "preferred": "Preferred"}.get(req.kind, "Responsibility")
        text = f"{label} qualification {VERDICT_WORDS.get(m.verdict, m.verdict)}: " \
               f"'{clip(req.text, 90)}'." if req.kind != "responsibility" else \
               f"Responsibility {VERDICT_WORDS.get(m.verdict, m.verdict)}: '{clip(req.text, 90)}'."
        out.append((100 * w * c / total, Reason("skills", text, 0.0, w, m.bullet_ids, (req.id,))))
    return _settle(out)


def experience_component(job: JobDescription, exp: Experience, level: LevelCall,
                         posting: Posting, bullets: Sequence[Bullet], pack: RolePack,
                         ) -> tuple[int, list[Reason]]:
    """Experience 0..100: years (40), level (20), owning work in production (40)."""
    rows: list[tuple[float, Reason]] = []
    asked = max([r.years or 0.0 for r in job.requirements if r.kind == "basic"], default=0.0)
    y = exp.years or 0.0
    if posting.intern:
        rows.append((40.0, Reason("experience", "An internship asks for no professional years.",
                                  0.0, 40.0)))
    else:
        target = max(asked, 1.0)
        frac = min(1.0, y / target)
        text = (f"About {y:g} years of relevant full-time work against the {asked:g}+ the posting "
                "asks." if asked else f"About {y:g} years of relevant full-time work.")
        rows.append((40 * frac, Reason("experience", text, 0.0, 40.0)))
    lf = 1.0
    if level.level is None:
        text = "This posting has no Amazon level ladder."
    else:
        want = posting.level or ("L4" if posting.intern else None)
        if level.level == "below-L4":
            lf = 0.0
        elif want in LADDER:
            gap = LADDER.index(want) - LADDER.index(level.level)
            lf = 1.0 if gap <= 0 else max(0.0, 1.0 - 0.5 * gap)
        text = f"Your level reads as {level.level}" + (
            f", against the posting's {want}." if want else ".")
    rows.append((20 * lf, Reason("experience", text, 0.0, 20.0)))
    per = PRODUCTION_POINTS / len(PRODUCTION_GROUPS)
    for group, hit, bid, ml in production_evidence(bullets, pack, exp):
        if hit is None:
            rows.append((0.0, Reason("experience", f"No bullet shows {group} work in production.",
                                     0.0, per)))
        elif ml or not posting.ml:
            rows.append((per, Reason("experience", f"{group.capitalize()} in production shows "
                                     f"('{hit}').", 0.0, per, (bid,))))
        else:
            rows.append((per / 2, Reason("experience", f"{group.capitalize()} in production shows "
                                         f"('{hit}'), but not for a model.", 0.0, per, (bid,))))
    return _settle(rows)


def culture_component(ratings: Sequence[PrincipleRating], knowledge: Knowledge,
                      pack: RolePack) -> tuple[int, list[Reason]]:
    """Culture 0..100: principle coverage weighted by how often each is asked."""
    rows: list[tuple[float, Reason]] = []
    weights = []
    for rating in ratings:
        p = knowledge.principle(rating.id)
        weights.append(max(0.01, p.ask_weight + float(pack.emphasis.get(rating.id, 0.0))))
    total = sum(weights) or 1.0
    for rating, w in zip(ratings, weights, strict=False):
        credit = STRENGTH_CREDIT.get(rating.strength, 0.0)
        words = {"strong": "strong evidence", "thin": "thin evidence",
                 "none": "no evidence yet"}.get(rating.strength, rating.strength)
        rows.append((100 * w * credit / total, Reason(
            "culture", f"{rating.name}: {words}.", 0.0, rnd(w), rating.evidence[:3], (),
            (rating.id,))))
    if not rows:
        return 0, []
    return _settle(rows)


def fit_score(job: JobDescription, matches: Sequence[RequirementMatch], exp: Experience,
              level: LevelCall, verdict: Verdict, posting: Posting, bullets: Sequence[Bullet],
              ratings: Sequence[PrincipleRating], knowledge: Knowledge,
              pack: RolePack) -> FitScore:
    """The overall fit: the components' weighted mix, placed inside the verdict's band."""
    skills, r1 = skills_component(job, matches)
    experience, r2 = experience_component(job, exp, level, posting, bullets, pack)
    culture, r3 = culture_component(ratings, knowledge, pack)
    mix = (WEIGHTS["skills"] * skills + WEIGHTS["experience"] * experience
           + WEIGHTS["culture"] * culture)
    lo, hi = BANDS.get(verdict.verdict, (0, 100))
    overall = round(lo + (hi - lo) * mix / 100)
    detail = (f"skills {skills} x {WEIGHTS['skills']} + experience {experience} x "
              f"{WEIGHTS['experience']} + culture {culture} x {WEIGHTS['culture']} = {mix:.1f}; "
              f"the verdict '{verdict.verdict}' places the score in {lo}-{hi}: "
              f"{lo} + {hi - lo} x {mix / 100:.3f} = {overall}. Verdict: {verdict.detail}. "
              f"Level: {level.detail}.")
    by_kind = {KIND_LABELS[k]: v for k, v in exp.by_kind.items() if v}
    shown = professional_years(exp)
    return FitScore(
        overall, skills, experience, culture, level.level, tuple(r1 + r2 + r3), dict(WEIGHTS),
        shown, level.reason, verdict.verdict, verdict.reason, shown, by_kind,
        exp.reason, _iso(exp.as_of), detail)


def _iso(month: int) -> str:
    return f"{month // 12:04d}-{month % 12 + 1:02d}"


def relevant_kinds() -> tuple[str, ...]:
    """The kinds of work counted as professional years."""
    return COUNTED
