"""Plain values for the export templates, built from a Report and the knowledge it came from.

Templates only see dicts, lists and strings: no logic on the Report leaks into markup.
"""

from __future__ import annotations

import re
from typing import Any

from app.display import (
    VERDICT_GLYPHS,
    VERDICT_MEANINGS,
    angle_summary,
    complete,
    display_name,
    display_title,
    employer,
    first_sentence,
    level_phrase_for,
    likelihood_words,
    numbers_item,
    question_refs,
    questions_to_ask,
    restore,
    restore_quotes,
    story_hook,
    verdict_label,
    verdict_parts,
    whole_numbers,
    whole_phrase,
    without_level,
)
from app.export.plan_section import schedule_context
from app.models.knowledge import Knowledge
from app.models.report import PLACEHOLDER_PREFIX, Report
from app.models.session import story_gaps
from app.vocabulary import Vocabulary, localize, vocabulary

STAGE_LABELS = {
    "before": "Before the interviews",
    "phone-screen": "Phone screen",
    "onsite-loop": "Onsite loop",
    "bar-raiser": "Bar raiser",
}
STRENGTH_BOXES = {"strong": "■■■", "thin": "■□□", "none": "□□□"}  # readable in greyscale
BAR_FILLER = "\u00a0" * 64  # reserves the bar's width in its table cell; the bar is drawn later
STAGE_ORDER = ("before", "phone-screen", "onsite-loop", "bar-raiser")
# a requirement's verdict -> (mark, word): the mark and the word carry it, never colour alone
VERDICT_WORDS = {"met": ("\u2713", "Met"), "partly": ("\u25d0", "Partly"),
                 "not-met": ("\u2717", "Not met"), "confirm": ("?", "Confirm yourself")}
KIND_LABELS = {"basic": "Basic", "preferred": "Preferred", "responsibility": "The work"}
_SMALL_WORDS = {"and", "the", "of", "to", "be", "a", "on", "for", "are"}


def derive_tag(name: str) -> str:
    """A short text tag for a principle name when the knowledge has none ("Dive Deep" -> "DD")."""
    words = [w for w in re.findall(r"[A-Za-z']+", name) if w.lower() not in _SMALL_WORDS]
    if not words:
        return name[:3].upper()
    if len(words) == 1:
        return words[0][:3].upper()
    return "".join(w[0] for w in words[:4]).upper()


def clip(text: str, limit: int | None) -> str:
    """Shorten to at most `limit` characters at a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if limit is None or len(text) <= limit:
        return text
    cut = text[: max(1, limit - 1)]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.-") + "…"


def pretty_id(pid: str) -> str:
    return pid.replace("-", " ").strip().capitalize()


class Names:
    """Principle names and tags from the report, refined by the knowledge, in the words shown
    (themes outside Amazon)."""

    def __init__(self, report: Report, knowledge: Knowledge,
                 vocab: Vocabulary | None = None) -> None:
        vocab = vocab or vocabulary(report, knowledge)
        self.names: dict[str, str] = {p.id: p.name for p in report.principles}
        self.tags: dict[str, str] = {}
        for p in knowledge.principles:
            self.names[p.id] = vocab.name(p.id)
            self.tags[p.id] = vocab.short(p.id) if (p.short or vocab.general) else ""

    def name(self, pid: str) -> str:
        return self.names.get(pid) or pretty_id(pid)

    def tag(self, pid: str) -> str:
        return self.tags.get(pid) or derive_tag(self.name(pid))


def _candidate(report: Report) -> dict[str, str]:
    name = display_name(report.resume.name) or "Candidate"
    role = display_title(report.job.title) or "the role"
    company = employer(report)
    return {"name": name, "role": role, "company": company,
            "role_line": f"{role} · {company}" if company else role}


def _bullet_texts(report: Report) -> dict[str, str]:
    texts = {b.id: b.text for b in report.resume.bullets}
    texts.update({r.id: r.text for r in report.job.requirements})
    return texts


_THINK_OF = re.compile(r"\bthink of (.+?)\]?$", re.IGNORECASE)
_PH = re.compile(re.escape(PLACEHOLDER_PREFIX) + r"[^\]]*\]")


def frame_prompt(text: str) -> str:
    """Where a frame tells the user to look ("Think of a bug, a metric or a report you dug
    into yourself."), '' when it does not say."""
    for m in _PH.finditer(text):
        found = _THINK_OF.search(m.group(0).rstrip("]"))
        if found:
            phrase = found.group(1).strip().rstrip(".")
            return "Think of " + phrase + "."
    return ""


def _stories(report: Report, names: Names) -> list[dict[str, Any]]:
    texts = _bullet_texts(report)
    out = []
    for n, s in enumerate(report.stories, start=1):
        # a hook the analysis cut is made whole from the story's own bullets
        own = [texts[b] for b in s.bullet_ids if b in texts]
        hook = story_hook(s.hook or s.result or s.action or s.title, own)
        title = complete(s.title, own) or f"Story {n}"
        core = title.rstrip(".\u2026").rstrip()
        # A title that is just the start of the hook would print the same words twice.
        short_title = "" if core and hook.lower().startswith(core.lower()) else title
        frame = s.kind == "frame"
        if frame:  # its title already names the story to find: said once, whole
            hook, short_title = title, ""
        out.append({
            "n": n, "id": s.id, "title": title, "short_title": short_title, "hook": hook,
            # in a table row (which must fit a page): a title the user made long, by choosing
            "row_title": whole_phrase(title, 160),
            "tags": [names.tag(p) for p in s.principles],
            "principles": [names.name(p) for p in s.principles],
            "situation": s.situation, "task": s.task, "action": s.action, "result": s.result,
            "probes": list(s.probes),
            "bullets": [texts[b] for b in s.bullet_ids if b in texts],
            "kind": s.kind, "frame": frame, "why": s.why,
            "prompt": frame_prompt(s.situation) if frame else "",
            "placeholders": story_gaps(s),
        })
    return out


def _questions(report: Report, names: Names) -> list[dict[str, Any]]:
    num = {s.id: n for n, s in enumerate(report.stories, start=1)}
    stories = {s.id: s for s in report.stories}
    gaps = {g.id: g.title for g in report.gap_scripts}
    top = max((q.score for q in report.questions), default=1.0) or 1.0
    sources = [b.text for b in report.resume.bullets]
    out = []
    for n, q in enumerate(report.questions, start=1):
        sn = num.get(q.story_id or "")
        story = stories.get(q.story_id or "")
        d = q.decode
        adequate, strong = "", ""
        if d is not None:
            parts = re.split(r"(?:^|(?<=[.!?])\s+)(Adequate|Strong):\s*",
                             " ".join(d.strong_vs_adequate.split()))
            pairs = {parts[i]: parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
            adequate, strong = pairs.get("Adequate", ""), pairs.get("Strong", "")
            if not pairs:
                strong = d.strong_vs_adequate
        out.append({
            "n": n, "id": q.id, "text": q.text, "story_n": sn,
            "story_title": story.title if story else "",
            "story_frame": bool(story and story.kind == "frame"),
            "tags": [names.tag(p) for p in q.principles],
            "principles": [names.name(p) for p in q.principles],
            "round": STAGE_LABELS.get(q.round, pretty_id(q.round) if q.round else ""),
            "likely": likelihood_words(q.score, top),
            "why": q.why, "looks_for": q.looks_for, "score_detail": q.score_detail,
            "angle": (angle_summary(restore_quotes(q.angle, sources), d is not None)
                      if q.angle else ""),
            "gap_title": gaps.get(q.gap_script_id or "", ""),
            "decode": None if d is None else {
                "listens_for": d.listens_for, "shape": list(d.shape),
                "pitfalls": list(d.pitfalls), "follow_ups": list(d.follow_ups),
                "strong_vs_adequate": d.strong_vs_adequate,
                "adequate": adequate, "strong": strong},
        })
    return out


def top_risks(report: Report, n: int = 3) -> list[Any]:
    """The n most severe risks (stable for equal severity)."""
    ranked = sorted(enumerate(report.risks), key=lambda ir: (-ir[1].severity, ir[0]))
    return [r for _, r in ranked[:n]]


def _risk_dict(r: Any, texts: dict[str, str], names: Names) -> dict[str, Any]:
    """A risk with every line whole: titles and quotes the analysis cut are restored."""
    sources = list(texts.values())
    return {"title": restore(r.title, sources), "why": restore_quotes(r.why, sources),
            "prepare": restore_quotes(r.prepare, sources),
            "line": restore_quotes(r.line_to_say or r.prepare, sources),
            "evidence": [texts[e] for e in r.evidence if e in texts],
            "principles": [names.name(p) for p in r.principle_ids]}


def legend(names: Names, pids: list[str]) -> list[dict[str, str]]:
    seen: dict[str, str] = {}
    for p in pids:
        seen.setdefault(names.tag(p), names.name(p))
    return [{"tag": t, "name": n} for t, n in seen.items()]


def cheatsheet_context(report: Report, knowledge: Knowledge) -> dict[str, Any]:
    """Everything the cheat sheet may show; the fitter decides how much of it."""
    vocab = vocabulary(report, knowledge)
    report = localize(report, knowledge)
    names = Names(report, knowledge, vocab)
    texts = _bullet_texts(report)
    used = [p for s in report.stories for p in s.principles]
    facts, change = verdict_parts(report.fit.verdict, report.fit.verdict_reason)
    return {
        "who": _candidate(report),
        "fit": {"overall": report.fit.overall, "level": level_phrase_for(report, knowledge),
                "verdict": verdict_label(report.fit.verdict),
                "verdict_key": report.fit.verdict or "none",
                "verdict_line": " ".join(x for x in (facts, f"What would change it: {change}"
                                                     if change else "") if x),
                "verdict_reason": report.fit.verdict_reason, "note": report.posting.note},
        "stories": _stories(report, names),
        "questions": _questions(report, names),
        "risks": [_risk_dict(r, texts, names) for r in top_risks(report)],
        "numbers": whole_numbers(report.numbers_to_remember,
                                 [b.text for b in report.resume.bullets]),
        "ask": questions_to_ask(report),
        "legend": legend(names, used),
        "tag_names": {names.tag(p): names.name(p) for p in names.names},
    }


def _components(report: Report) -> list[dict[str, Any]]:
    """The fit's three parts, each with its strongest reason and its biggest gap in the
    analysis's own plain sentences (the points stay in the appendix)."""
    fit = report.fit
    sources = list(_bullet_texts(report).values())
    out = []
    for key in ("skills", "experience", "culture"):
        reasons = [r for r in fit.reasons if r.component == key]
        best = max((r for r in reasons if r.points > 0), key=lambda r: r.points, default=None)
        gaps = [r for r in reasons if r.points <= 0 or "partly" in r.text.lower()]
        gap = gaps[0] if gaps else None
        weight = fit.weights.get(key) if fit.weights else None
        out.append({
            "key": key, "label": key.capitalize(), "score": getattr(fit, key),
            "weight": round(weight * 100) if weight is not None else None,
            "best": restore_quotes(best.text, sources) if best else "",
            "gap": restore_quotes(gap.text, sources) if gap else "",
            "reasons": [{"text": restore_quotes(r.text, sources), "points": r.points,
                         "weight": r.weight} for r in reasons],
        })
    return out


def _requirements(report: Report) -> list[dict[str, Any]]:
    reqs = {r.id: r for r in report.job.requirements}
    order = {"basic": 0, "responsibility": 1, "preferred": 2}
    rows = []
    for m in report.requirement_matches:
        req = reqs.get(m.requirement_id)
        verdict = m.verdict if m.verdict in VERDICT_WORDS else ("met" if m.met else "not-met")
        rows.append({
            # a table row must fit a page: a pathological posting line is shortened by choosing
            "text": whole_phrase(req.text if req else m.requirement_id, 700),
            "kind": req.kind if req else "",
            "kind_label": KIND_LABELS.get(req.kind if req else "", "Other"),
            "verdict": verdict, "mark": VERDICT_WORDS[verdict][0],
            "word": VERDICT_WORDS[verdict][1], "reason": m.reason,
            "evidence": whole_phrase(" ".join(m.evidence.split()), 500),
            "missing": list(m.missing_skills),
            "score_detail": m.score_detail, "met": m.met,
        })
    rows.sort(key=lambda r: order.get(str(r["kind"]), 3))
    return rows


def _first_moves(report: Report, vocab: Vocabulary) -> list[str]:
    """What to do first, most useful first (the Overview's next steps, in print)."""
    moves = []
    total = sum(story_gaps(d) for d in report.stories if d.kind != "frame")
    if total:
        moves.append(f"Fill the {total} placeholder{'s' if total != 1 else ''} in your story "
                     "drafts with the real facts (baselines, your own part, who it was for).")
    frames = [d for d in report.stories if d.kind == "frame"]
    if frames:
        moves.append("Find a real example for the " + (f"{len(frames)} story frames" if
                     len(frames) != 1 else "story frame") + " your resume cannot fill yet.")
    if report.questions:
        k = min(3, len(report.questions))
        moves.append(f"Rehearse Q1\u2013Q{k} out loud with their stories, about two minutes each.")
    weak = [p for p in report.principles if p.strength == "none"]
    if weak and report.gap_scripts:
        moves.append(f"Read the gap scripts for the {len(weak)} {vocab.many} your resume does not "
                     "show yet, and find one real example for each.")
    if report.technical_topics:
        top = sorted(report.technical_topics, key=lambda t: -t.score)[0]
        moves.append(f"Revise the top technical topic first: {top.name}.")
    return moves[:5]


def report_context(report: Report, knowledge: Knowledge) -> dict[str, Any]:
    """Everything the full report shows, in reading order, in the words shown to the user
    (themes, not Leadership Principles, for a posting outside Amazon)."""
    vocab = vocabulary(report, knowledge)
    report = localize(report, knowledge)
    names = Names(report, knowledge, vocab)
    texts = _bullet_texts(report)
    sources = list(texts.values())
    fit = report.fit
    facts, change = verdict_parts(fit.verdict, fit.verdict_reason)
    level = level_phrase_for(report, knowledge)
    components = _components(report)
    requirements = _requirements(report)
    tally = {v: sum(1 for r in requirements if r["verdict"] == v) for v in VERDICT_WORDS}
    risks = [_risk_dict(r, texts, names) | {"severity": r.severity, "score_detail": r.score_detail,
                                            "why_first": first_sentence(restore_quotes(r.why, sources))[0]}
             for r in top_risks(report, len(report.risks))]
    evidence_of = {e.bullet_id: e for e in report.bullet_evidence}
    asked = {p.id: p.ask_weight for p in knowledge.principles}
    principles: list[dict[str, Any]] = []
    for p in report.principles:
        principles.append({
            "id": p.id, "name": names.name(p.id), "tag": names.tag(p.id), "strength": p.strength,
            "boxes": STRENGTH_BOXES.get(p.strength, STRENGTH_BOXES["none"]),
            "asked": asked.get(p.id, 0.0), "reason": p.reason, "score_detail": p.score_detail,
            "evidence": [texts[b] for b in p.evidence if b in texts],
            "count": len(p.evidence),
            "strength_word": {"none": "none yet"}.get(p.strength, p.strength),
        })
    by_asked = sorted(principles, key=lambda p: (-float(p["asked"]), str(p["name"])))
    often = [p for p in by_asked[:8] if p["strength"] != "strong"]
    reqs_not = [r for r in requirements if r["kind"] == "basic" and r["verdict"] in ("not-met", "partly")]
    checklist = []
    stages = [s for s in STAGE_ORDER if any(c.stage == s for c in report.checklist)]
    stages += sorted({c.stage for c in report.checklist} - set(stages))
    risk_by_title = {r.title: n for n, r in enumerate(top_risks(report, len(report.risks)), 1)}
    qnum = {" ".join(q.text.split()): n for n, q in enumerate(report.questions, 1)}
    for st in stages:
        entries = []
        for c in report.checklist:
            if c.stage != st:
                continue
            text = question_refs(restore_quotes(numbers_item(
                c.text, report.numbers_to_remember, [b.text for b in report.resume.bullets]),
                sources), qnum)
            for title, n in risk_by_title.items():  # a risk is named, not re-pasted
                if c.text.startswith(f"Prepare for risk '{title}'"):
                    text = f"Prepare for risk {n}: {restore(title, sources)} (see Top risks)"
            entries.append({"text": text, "why": c.why if c.why and c.why not in
                            [r.why for r in report.risks] else ""})
        checklist.append({"stage": STAGE_LABELS.get(st, pretty_id(st)), "entries": entries})
    ask_groups: list[dict[str, Any]] = []
    ask_stages = [st for st in STAGE_ORDER if any(q.stage == st for q in report.questions_to_ask)]
    ask_stages += sorted({q.stage for q in report.questions_to_ask} - set(ask_stages))
    asks = questions_to_ask(report)  # the team named once
    for st in ask_stages:
        label = STAGE_LABELS.get(st, pretty_id(st)) if st else "Any stage"
        ask_groups.append({"stage": label, "entries": [
            {"text": text, "why": q.why}
            for q, text in zip(report.questions_to_ask, asks, strict=True) if q.stage == st]})
    risk_titles = {r.id: f"Risk: {restore(r.title, sources)}" for r in report.risks}
    gaps = [{"id": g.id, "title": restore(g.title, sources),
             "target": (names.name(g.target) if g.target in names.names
                        else risk_titles.get(g.target, "")),
             "script": restore_quotes(g.script, sources),
             "bridges": [texts[b] for b in g.bridge_bullet_ids if b in texts]}
            for g in report.gap_scripts]
    for g in gaps:  # the line under a script's heading says what it is for, unless the heading does
        target = str(g["target"]).removeprefix("Risk: ").lower()
        if target and target in str(g["title"]).lower():
            g["target"] = ""
    topics = [{"name": t.name, "kind": pretty_id(t.kind), "why": t.why, "revise": t.what_to_revise,
               "score": t.score, "score_detail": t.score_detail}
              for t in sorted(report.technical_topics, key=lambda t: -t.score)]
    process = None
    pack = knowledge.roles.get(report.role_pack)
    if pack is not None:
        pay_ok = report.posting.show_level_pay
        process = {
            "company": pack.company_name, "role": pack.role, "timeline": pack.timeline,
            "reapply": pack.reapply_wait, "pay": report.posting.pay,
            "stages": [{"name": s.name, "duration": s.duration, "what": vocab.words(s.what),
                        "prepare": [vocab.words(x) for x in s.prepare]} for s in pack.stages],
            "levels": [{"id": lv.id, "title": lv.title,
                        "pay": f"${lv.total_comp_usd:,}" if pay_ok and lv.total_comp_usd else "\u2013",
                        "years": (f"{lv.years_min:g}+" if lv.years_max is None
                                  else f"{lv.years_min:g}-{lv.years_max:g}"),
                        "paid": bool(pay_ok and lv.total_comp_usd),
                        "scope": lv.scope, "yours": lv.id == fit.level} for lv in pack.levels],
        }
    questions = _questions(report, names)
    stories = _stories(report, names)
    return {
        "who": _candidate(report),
        "vocab": {"title": vocab.title, "one": vocab.one, "many": vocab.many,
                  "general": vocab.general},
        "titles": section_titles(vocab),
        "fit": {"overall": fit.overall, "level": level,
                "level_reason": without_level(fit.level_reason, fit.level),
                "years_reason": fit.years_reason,
                "years": f"{fit.years:g}" if fit.years is not None else "",
                "components": components,
                "verdict": verdict_label(fit.verdict), "verdict_key": fit.verdict or "none",
                "glyph": VERDICT_GLYPHS.get(fit.verdict, ""),
                "verdict_reason": fit.verdict_reason, "meaning": VERDICT_MEANINGS.get(fit.verdict, ""),
                "facts": facts, "change": change, "score_detail": fit.score_detail,
                "note": report.posting.note, "pay": _tidy_line(report.posting.pay)},
        "requirements": requirements,
        "tally": tally,
        "basics_not": reqs_not,
        "risks": risks,
        "principles": principles,
        "by_asked": by_asked,
        "often_weak": often,
        "strong": [p for p in by_asked if p["strength"] == "strong"],
        "moves": _first_moves(report, vocab),
        "questions": questions,
        "stories": stories,
        "gaps": gaps,
        "ask": ask_groups,
        "checklist": checklist,
        "topics": topics,
        "process": process,
        "bar_filler": BAR_FILLER,
        "evidence_reasons": {b: evidence_of[b].reason for b in evidence_of},
        "versions": {"app": report.app_version, "knowledge": report.knowledge_version},
        "schedule": schedule_context(report),
    }


def section_titles(vocab: Vocabulary) -> dict[str, str]:
    """Section anchor -> heading (and bookmark) of the report, in the words shown."""
    return {
        "sec-summary": "Summary", "sec-risks": "Top risks",
        "sec-requirements": "The posting's requirements",
        "sec-principles": vocab.title,
        "sec-questions": "The most likely questions", "sec-stories": "Your STAR stories",
        "sec-gaps": "Gap scripts", "sec-plan": "Your plan: a checklist to print",
        "sec-process": "The process and levels" if not vocab.general else "The interview process",
        "sec-appendix": "How the scores are computed",
    }


def _tidy_line(line: str) -> str:
    line = " ".join(line.split())
    while line[-2:] in (",.", ";.", ":."):
        line = line[:-2] + "."
    return line
