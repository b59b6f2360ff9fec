"""`python -m app eval judgments`: the analysis against expert judgments of resume x posting pairs.

Reads a judgments file in the format of `<corpus>/judgments/judgments_dev.json` (30 pairs, each
judged by two independent expert labellers), runs the analysis on each pair exactly as the
command line does, and compares the analysis's JSON with the experts:

| measure | definition |
|---|---|
| req_acc | met / not-met agreement on the qualifications the experts agree on |
| basic_false_met | basic qualifications the experts call not met that the analysis calls met |
| level_ok | the analysis's level is one an expert chose (Amazon postings) |
| level_over | pairs where the analysis's level is above every expert's |
| verdict_ok | the analysis's verdict is one an expert gave |
| years_mae | mean absolute error of professional years against the experts' mean |
| order_errors | pairs of candidates for one posting that the fit score orders against the experts |
| story_fit | stories drawn from a bullet an expert called credible for the story's first principle |
| question_fit | questions whose story bullet is credible for one of the question's principles (no
|              | story counts as right when no expert found one for any of its principles) |
| false_strong | principles both experts found no story for, rated strong |
| question_fit_kind | question_fit, except that a question left without a story also counts |
|              | as right when no line the experts credit for its principles is of the kind the |
|              | question asks (its family's story or adjacent needs: a model question with |
|              | no model the person ran); reported beside question_fit, never instead of it |

Where a posting prints a qualification's alternatives on lines of their own ("OR Master's
degree AND 3+ years") and the reader joins them into one line, an expert's "OR ..." line that
matches the same posting line as the line above is scored with it, as one qualification met
when any of its ways is met (`alternatives_joined`).

Texts are matched as the judgments README says: normalised (lower case, alphanumerics), similar
when one contains the other or the difflib ratio is >= 0.75 for requirements, 0.85 for bullets.
A requirement the reader did not find counts as a disagreement (and is listed as unmatched).

The analysis's own verdict of a requirement is read from `verdict` when present ("met", "partly",
"not-met", "confirm"); "partly" and "not-met" count as not met, as the experts' "partly" does;
"confirm" (a fact a resume cannot show) falls back to the boolean `met`.

`--split a|b` keeps the pairs whose resume falls in one half of a stable hash of its file name,
so rules can be tuned on one half and checked on the other; `--judgments FILE --base DIR` runs
the same measures on a judgments file of your own (paths relative to DIR).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

REQ_RATIO = 0.75
BULLET_RATIO = 0.85
LEVELS = ("below-L4", "L4", "L5", "L6", "L7", "L8")
VERDICT_RANK = {"not-yet": 0, "stretch": 1, "apply": 2, "strong": 2}


def norm(text: str) -> str:
    """Lower case alphanumerics separated by single spaces."""
    t = unicodedata.normalize("NFKC", text or "").lower()
    return " ".join(re.findall(r"[^\W_]+", t))


def similar(a: str, b: str, ratio: float) -> bool:
    """Equal, one contains the other, or difflib ratio >= `ratio` (on normalised text)."""
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    if na == nb or na in nb or nb in na:
        return True
    sm = difflib.SequenceMatcher(None, na, nb, autojunk=False)
    return sm.real_quick_ratio() >= ratio and sm.quick_ratio() >= ratio and sm.ratio() >= ratio


def _best(text: str, candidates: Sequence[str], ratio: float) -> int | None:
    """Index of the most similar candidate that passes `similar`, or None."""
    best, best_score = None, -1.0
    nt = norm(text)
    for i, c in enumerate(candidates):
        if not similar(text, c, ratio):
            continue
        score = difflib.SequenceMatcher(None, nt, norm(c), autojunk=False).ratio()
        if score > best_score:
            best, best_score = i, score
    return best


def level_rank(level: str | None) -> int | None:
    if not level:
        return None
    lv = level.strip()
    if lv.lower().startswith("below"):
        return 0
    return LEVELS.index(lv) if lv in LEVELS else None


@dataclass
class PairResult:
    """What one pair contributes to each measure, with the details behind it."""

    resume: str
    job: str
    req_total: int = 0
    req_agree: int = 0
    req_unmatched: list[str] = field(default_factory=list)
    req_disagree: list[tuple[str, str, str]] = field(default_factory=list)  # text, expert, ours
    basic_unmet: int = 0
    basic_false_met: int = 0
    level: str | None = None
    expert_levels: list[str] = field(default_factory=list)
    level_ok: bool | None = None
    level_over: bool | None = None
    verdict: str | None = None
    expert_verdicts: list[str] = field(default_factory=list)
    years: float | None = None
    expert_years: list[float] = field(default_factory=list)
    fit: int | None = None
    stories_scored: int = 0
    stories_fit: int = 0
    story_misses: list[tuple[str, str]] = field(default_factory=list)  # principle, bullet
    questions_scored: int = 0
    questions_fit: int = 0
    questions_fit_kind: int = 0  # question_fit with "no story of the asked kind" also right
    question_misses: list[tuple[str, str]] = field(default_factory=list)  # question, bullet
    no_evidence: int = 0
    false_strong: list[str] = field(default_factory=list)
    risks: list[str] = field(default_factory=list)
    expert_risks: list[list[str]] = field(default_factory=list)


def _requirement_met(match: dict[str, Any]) -> bool:
    verdict = str(match.get("verdict") or "")
    if verdict in ("met", "partly", "not-met", "unmet"):
        return verdict == "met"
    return bool(match.get("met"))


def alternatives_joined(items: Sequence[dict[str, Any]], texts: Sequence[str],
                        ) -> list[tuple[dict[str, Any], int | None]]:
    """The experts' lines, each with the index of the posting line it matches. A posting that
    prints a qualification's alternatives on lines of their own ("Bachelor's degree AND 4+
    years", then "OR Master's degree AND 3+ years", "OR equivalent experience") is one
    qualification when the reader joins them into one line; the experts sometimes judged each
    alternative apart. Those lines are scored as the one qualification they are: met when any
    of its ways is met (one line, not one per alternative)."""
    out: list[tuple[dict[str, Any], int | None]] = []
    for item in items:
        i = _best(item["text"], texts, REQ_RATIO)
        if out and i is not None and out[-1][1] == i and norm(item["text"]).startswith("or "):
            head, _ = out[-1]
            met = "met" in (head["verdict"], item["verdict"])
            out[-1] = ({**head, "verdict": "met" if met else head["verdict"]}, i)
            continue
        out.append((item, i))
    return out


def score_pair(pair: dict[str, Any], report: dict[str, Any],
               kinds: Any = None) -> PairResult:
    """Compare one analysis (its JSON dict) with one expert-judged pair. `kinds`: the answer
    decodes by family id (`Knowledge.decodes`), for question_fit_kind; without it that count
    equals question_fit."""
    res = PairResult(resume=Path(pair["resume"]).name, job=Path(pair["job"]).name)
    job = report.get("job", {})
    reqs = job.get("requirements", [])
    by_id = {m.get("requirement_id"): m for m in report.get("requirement_matches", [])}
    texts = [r.get("text", "") for r in reqs]
    for item, i in alternatives_joined(pair.get("requirements", []), texts):
        res.req_total += 1
        expert_met = item["verdict"] == "met"
        if item.get("kind") == "basic" and not expert_met:
            res.basic_unmet += 1
        if i is None:
            res.req_unmatched.append(item["text"])
            continue
        match = by_id.get(reqs[i].get("id"), {})
        ours = _requirement_met(match)
        if ours == expert_met:
            res.req_agree += 1
        else:
            res.req_disagree.append((item["text"], item["verdict"], str(match.get("verdict") or ("met" if ours else "not-met"))))
        if item.get("kind") == "basic" and not expert_met and ours:
            res.basic_false_met += 1

    fit = report.get("fit", {})
    res.fit = fit.get("overall")
    res.level = fit.get("level")
    res.expert_levels = [lv for lv in pair.get("levels") or [] if lv]
    if res.expert_levels:
        ranks = [r for r in (level_rank(lv) for lv in res.expert_levels) if r is not None]
        ours_rank = level_rank(res.level)
        res.level_ok = res.level in res.expert_levels or (
            ours_rank == 0 and "below-L4" in res.expert_levels)
        res.level_over = ours_rank is not None and bool(ranks) and ours_rank > max(ranks)
    verdict = fit.get("verdict") or report.get("verdict")
    res.verdict = verdict.get("verdict") if isinstance(verdict, dict) else verdict
    res.expert_verdicts = list(pair.get("verdicts") or [])
    years = fit.get("professional_years", fit.get("years"))
    res.years = float(years) if isinstance(years, int | float) else None
    res.expert_years = [float(y) for y in pair.get("professional_years") or [] if y is not None]

    good: dict[str, list[str]] = pair.get("good_stories") or {}
    bullets = {b["id"]: b.get("text", "") for b in report.get("resume", {}).get("bullets", [])}
    stories = {s["id"]: s for s in report.get("stories", [])}

    def credible(bullet_ids: Iterable[str], principles: Iterable[str]) -> bool:
        lines = [bullets.get(b, "") for b in bullet_ids]
        return any(similar(line, g, BULLET_RATIO) for p in principles for g in good.get(p, [])
                   for line in lines if line)

    for s in stories.values():
        bids = [b for b in s.get("bullet_ids") or [] if b in bullets]
        if not bids or not s.get("principles"):
            continue
        res.stories_scored += 1
        if credible(bids, s["principles"][:1]):
            res.stories_fit += 1
        else:
            res.story_misses.append((s["principles"][0], bullets[bids[0]]))

    for q in report.get("questions", []):
        principles = q.get("principles") or []
        story = stories.get(q.get("story_id") or "")
        bids = [b for b in (story or {}).get("bullet_ids") or [] if b in bullets]
        res.questions_scored += 1
        if bids:
            ok = credible(bids, principles)
            if not ok:
                res.question_misses.append((q.get("text", ""), bullets[bids[0]]))
        else:
            ok = not any(good.get(p) for p in principles)
            if not ok:
                res.question_misses.append((q.get("text", ""), "(no story)"))
        res.questions_fit += ok
        res.questions_fit_kind += ok or (not bids and not _expert_line_of_kind(
            q, [g for p in principles for g in good.get(p, [])], kinds))

    no_ev = set(pair.get("no_evidence") or [])
    res.no_evidence = len(no_ev)
    res.false_strong = sorted(p["id"] for p in report.get("principles", [])
                              if p.get("id") in no_ev and p.get("strength") == "strong")
    res.risks = [r.get("title", "") for r in report.get("risks", [])]
    res.expert_risks = [list(r) for r in pair.get("top_risks") or []]
    return res


def _expert_line_of_kind(question: dict[str, Any], lines: Sequence[str], kinds: Any) -> bool:
    """True when one of the experts' lines is of the kind the question asks (its decode
    family's story needs or adjacent needs), or when the family asks for no kind."""
    from app.models.knowledge import needs_met

    family = ((question.get("decode") or {}).get("family") or "") if kinds else ""
    decode = kinds.get(family) if kinds else None
    if decode is None or not decode.story_needs:
        return bool(lines)
    return any(needs_met(decode.story_needs, line) or (
        bool(decode.adjacent_needs) and needs_met(decode.adjacent_needs, line)) for line in lines)


def order_errors(results: Sequence[PairResult]) -> list[tuple[str, str, str]]:
    """Candidate pairs for one posting whose fit scores contradict the experts' verdict order."""
    errors = []
    by_job: dict[str, list[PairResult]] = {}
    for r in results:
        by_job.setdefault(r.job, []).append(r)
    for job, rs in sorted(by_job.items()):
        ranked = [(r, min(VERDICT_RANK.get(v, 1) for v in r.expert_verdicts))
                  for r in rs if r.expert_verdicts and r.fit is not None]
        for a, ra in ranked:
            for b, rb in ranked:
                if ra < rb and a.fit is not None and b.fit is not None and a.fit >= b.fit:
                    errors.append((job, f"{a.resume} ({a.fit})", f"{b.resume} ({b.fit})"))
    return errors


def split_of(resume: str) -> str:
    """'a' or 'b': a stable half of the resumes, by a hash of the file name."""
    return "ab"[zlib.crc32(Path(resume).name.encode("utf-8")) % 2]


def _analyze(resume: Path, job: Path, knowledge: Any, today: date | None = None,
             ) -> dict[str, Any]:
    from app.analysis.pipeline import analyze
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    report = analyze(read_resume(resume), read_job(job, knowledge), knowledge, role="auto",
                     today=today)
    return report.to_dict()


READ_AS_OF = "read_as_of.txt"  # beside a judgments file: the month its labellers read the files


def read_as_of(judgments: Path) -> date | None:
    """The month a set's labellers read its resumes in ("2025-11"), when the set says so: a
    set written as if read then has "Present" roles that end then, and an analysis run a year
    later would count a year they never saw. None: the analysis uses today, as the app does."""
    path = judgments.parent / READ_AS_OF
    if not path.is_file():
        return None
    year, month = path.read_text(encoding="utf-8").strip().split("-")[:2]
    return date(int(year), int(month), 15)


def evaluate(pairs: Sequence[dict[str, Any]], base: Path, today: date | None = None,
             ) -> list[PairResult]:
    from app.knowledge import load_knowledge

    knowledge = load_knowledge()
    return [score_pair(p, _analyze(base / p["resume"], base / p["job"], knowledge, today),
                       knowledge.decodes) for p in pairs]


def summary(results: Sequence[PairResult]) -> dict[str, Any]:
    """The measures over a set of pair results."""
    def ratio(n: int, d: int) -> float | None:
        return round(n / d, 3) if d else None

    leveled = [r for r in results if r.level_ok is not None]
    verdicted = [r for r in results if r.expert_verdicts and r.verdict]
    yeared = [r for r in results if r.years is not None and r.expert_years]
    req_total = sum(r.req_total for r in results)
    basic_unmet = sum(r.basic_unmet for r in results)
    return {
        "pairs": len(results),
        "req_acc": ratio(sum(r.req_agree for r in results), req_total),
        "req_unmatched": sum(len(r.req_unmatched) for r in results),
        "basic_false_met": ratio(sum(r.basic_false_met for r in results), basic_unmet),
        "basic_false_met_count": f"{sum(r.basic_false_met for r in results)}/{basic_unmet}",
        "level_ok": ratio(sum(bool(r.level_ok) for r in leveled), len(leveled)),
        "level_over": f"{sum(bool(r.level_over) for r in leveled)}/{len(leveled)}",
        "verdict_ok": ratio(sum(r.verdict in r.expert_verdicts for r in verdicted), len(verdicted))
        if verdicted else None,
        "years_mae": round(sum(abs((r.years or 0) - sum(r.expert_years) / len(r.expert_years))
                               for r in yeared) / len(yeared), 2) if yeared else None,
        "order_errors": len(order_errors(results)),
        "story_fit": ratio(sum(r.stories_fit for r in results), sum(r.stories_scored for r in results)),
        "question_fit": ratio(sum(r.questions_fit for r in results),
                              sum(r.questions_scored for r in results)),
        "false_strong": f"{sum(len(r.false_strong) for r in results)}/{sum(r.no_evidence for r in results)}",
        "question_fit_kind": ratio(sum(r.questions_fit_kind for r in results),
                                   sum(r.questions_scored for r in results)),
    }


TARGETS = {"req_acc": ">= 0.92", "basic_false_met": "<= 0.05", "level_ok": ">= 0.90",
           "level_over": "<= 1 pair", "story_fit": ">= 0.88", "question_fit": ">= 0.85",
           "false_strong": "0"}


def _write_details(out: Any, results: Sequence[PairResult]) -> None:
    for r in results:
        out.write(f"\n== {r.resume}  x  {r.job}\n")
        out.write(f"   level {r.level} (experts {r.expert_levels or '-'}), verdict {r.verdict} "
                  f"(experts {r.expert_verdicts}), years {r.years} (experts {r.expert_years}), "
                  f"fit {r.fit}\n")
        for text, expert, ours in r.req_disagree:
            out.write(f"   req  expert {expert:<8} ours {ours:<8} {text[:90]}\n")
        for text in r.req_unmatched:
            out.write(f"   req  not found by the reader: {text[:90]}\n")
        for principle, bullet in r.story_misses:
            out.write(f"   story {principle}: {bullet[:90]}\n")
        for question, bullet in r.question_misses:
            out.write(f"   question {question[:60]} -> {bullet[:60]}\n")
        if r.false_strong:
            out.write(f"   strong with no expert evidence: {', '.join(r.false_strong)}\n")
        out.write(f"   risks ours: {r.risks}\n")
        for i, er in enumerate(r.expert_risks):
            out.write(f"   risks expert {'ab'[i] if i < 2 else i}: {er}\n")


def main(corpus: str | None = None, argv: Sequence[str] = ()) -> int:
    """Print the measures (and, with --verbose, every disagreement); exit 2 with nothing to score."""
    from app.evaluation.jobs import default_corpus

    parser = argparse.ArgumentParser(prog="loopready eval judgments")
    parser.add_argument("--judgments", help="a judgments file (default: <corpus>/judgments/judgments_dev.json)")
    parser.add_argument("--base", help="folder the file's resume/job paths are relative to (default: the corpus)")
    parser.add_argument("--split", choices=("all", "a", "b"), default="all")
    parser.add_argument("--verbose", action="store_true", help="print every disagreement")
    parser.add_argument("--json", action="store_true", help="print the measures as JSON")
    args = parser.parse_args(list(argv))
    root = Path(corpus) if corpus else default_corpus()
    path = Path(args.judgments) if args.judgments else root / "judgments" / "judgments_dev.json"
    base = Path(args.base) if args.base else (root if not args.judgments else path.parent)
    if not path.is_file():
        sys.stderr.write(f"loopready: no judgments at {path}; pass --corpus DIR or --judgments FILE\n")
        return 2
    pairs = json.loads(path.read_text(encoding="utf-8"))
    if args.split != "all":
        pairs = [p for p in pairs if split_of(p["resume"]) == args.split]
    if not pairs:
        sys.stderr.write("loopready: no pairs to score\n")
        return 2
    results = evaluate(pairs, base, read_as_of(path))
    measures = summary(results)
    out = sys.stdout
    if args.json:
        out.write(json.dumps(measures, indent=2) + "\n")
        return 0
    out.write(f"Analysis vs expert judgments: {path.name}, split {args.split}, {len(results)} pairs\n\n")
    for key, value in measures.items():
        target = TARGETS.get(key, "")
        out.write(f"  {key:<22} {value!s:<10} {('target ' + target) if target else ''}\n")
    for job, low, high in order_errors(results):
        out.write(f"  order: {low} scores >= {high} on {job[:50]}\n")
    if args.verbose:
        _write_details(out, results)
    return 0
