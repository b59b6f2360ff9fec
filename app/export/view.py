"""Plain values for the export templates, built from a Report and the knowledge it came from.

Templates only see dicts, lists and strings: no logic on the Report leaks into markup.
"""

from __future__ import annotations

import re
from typing import Any

from app.display import (
    complete,
    display_name,
    display_title,
    level_phrase_for,
    questions_to_ask,
    restore,
    restore_quotes,
    story_hook,
    whole_numbers,
)
from app.export.plan_section import schedule_context
from app.models.knowledge import Knowledge
from app.models.report import Report

STAGE_LABELS = {
    "before": "Before the interviews",
    "phone-screen": "Phone screen",
    "onsite-loop": "Onsite loop",
    "bar-raiser": "Bar raiser",
}
STRENGTH_BOXES = {"strong": "■■■", "thin": "■□□", "none": "□□□"}  # readable in greyscale
BAR_FILLER = "\u00a0" * 64  # reserves the bar's width in its table cell; the bar is drawn later
STAGE_ORDER = ("before", "phone-screen", "onsite-loop", "bar-raiser")
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
    """Principle names and tags from the report, refined by the knowledge."""

    def __init__(self, report: Report, knowledge: Knowledge) -> None:
        self.names: dict[str, str] = {p.id: p.name for p in report.principles}
        self.tags: dict[str, str] = {}
        for p in knowledge.principles:
            self.names.setdefault(p.id, p.name)
            if p.short:
                self.tags[p.id] = p.short

    def name(self, pid: str) -> str:
        return self.names.get(pid) or pretty_id(pid)

    def tag(self, pid: str) -> str:
        return self.tags.get(pid) or derive_tag(self.name(pid))


def verdict_label(verdict: str) -> str:
    """'Apply', 'Not yet', ... for a fit verdict ('' when there is none)."""
    return {"strong": "Strong", "apply": "Apply", "stretch": "Stretch",
            "not-yet": "Not yet"}.get(verdict, "")


def _candidate(report: Report) -> dict[str, str]:
    name = display_name(report.resume.name) or "Candidate"
    role = display_title(report.job.title) or "the role"
    company = " ".join(report.job.company.split())
    return {"name": name, "role": role, "company": company,
            "role_line": f"{role} · {company}" if company else role}


def _bullet_texts(report: Report) -> dict[str, str]:
    texts = {b.id: b.text for b in report.resume.bullets}
    texts.update({r.id: r.text for r in report.job.requirements})
    return texts


def _stories(report: Report, names: Names) -> list[dict[str, Any]]:
    texts = _bullet_texts(report)
    out = []
    for n, s in enumerate(report.stories, start=1):
        # a hook the analysis cut is made whole from the story's own bullets
        own = [texts[b] for b in s.bullet_ids if b in texts]
        hook = story_hook(s.hook or s.result or s.action or s.title, own)
        title = complete(s.title, own) or f"Story {n}"
        core = title.rstrip(".…").rstrip()
        # A title that is just the start of the hook would print the same words twice.
        short_title = "" if core and hook.lower().startswith(core.lower()) else title
        out.append({
            "n": n, "id": s.id, "title": title, "short_title": short_title, "hook": hook,
            "tags": [names.tag(p) for p in s.principles],
            "principles": [names.name(p) for p in s.principles],
            "situation": s.situation, "task": s.task, "action": s.action, "result": s.result,
            "probes": list(s.probes),
            "bullets": [texts[b] for b in s.bullet_ids if b in texts],
            "kind": s.kind, "why": s.why,
        })
    return out


def _questions(report: Report, names: Names) -> list[dict[str, Any]]:
    num = {s.id: n for n, s in enumerate(report.stories, start=1)}
    titles = {s.id: s.title for s in report.stories}
    gaps = {g.id: g.title for g in report.gap_scripts}
    out = []
    for n, q in enumerate(report.questions, start=1):
        sn = num.get(q.story_id or "")
        d = q.decode
        out.append({
            "n": n, "text": q.text, "story_n": sn, "story_title": titles.get(q.story_id or "", ""),
            "tags": [names.tag(p) for p in q.principles],
            "principles": [names.name(p) for p in q.principles],
            "round": STAGE_LABELS.get(q.round, pretty_id(q.round) if q.round else ""),
            "why": q.why, "angle": q.angle, "looks_for": q.looks_for,
            "gap_title": gaps.get(q.gap_script_id or "", ""),
            "decode": None if d is None else {
                "listens_for": d.listens_for, "shape": list(d.shape),
                "pitfalls": list(d.pitfalls), "follow_ups": list(d.follow_ups),
                "strong_vs_adequate": d.strong_vs_adequate},
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
    names = Names(report, knowledge)
    texts = _bullet_texts(report)
    used = [p for s in report.stories for p in s.principles]
    return {
        "who": _candidate(report),
        "fit": {"overall": report.fit.overall, "level": level_phrase_for(report, knowledge),
                "verdict": verdict_label(report.fit.verdict),
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


def report_context(report: Report, knowledge: Knowledge) -> dict[str, Any]:
    """Everything the full report shows, in reading order."""
    names = Names(report, knowledge)
    texts = _bullet_texts(report)
    fit = report.fit
    reasons: dict[str, list[dict[str, Any]]] = {"skills": [], "experience": [], "culture": []}
    for r in fit.reasons:
        reasons.setdefault(r.component, []).append({"text": r.text, "points": r.points})
    weights = fit.weights or {}
    components = [
        {"key": k, "label": k.capitalize(), "score": getattr(fit, k),
         "weight": round(weights[k] * 100) if k in weights else None, "reasons": reasons.get(k, [])}
        for k in ("skills", "experience", "culture")
    ]
    evidence = {e.bullet_id: e for e in report.bullet_evidence}
    roles = report.resume.roles
    bullets = []
    for b in report.resume.bullets:
        pids = list(report.bullet_principles.get(b.id, []))
        ev = evidence.get(b.id)
        if not pids and ev is not None:
            pids = list(ev.principles)
        where = ""
        if b.role is not None and 0 <= b.role < len(roles):
            where = display_title(roles[b.role].organization or roles[b.role].title)
        bullets.append({"text": b.text, "where": where, "tags": [names.tag(p) for p in pids],
                        "principles": [names.name(p) for p in pids],
                        "reason": ev.reason if ev else ""})
    principles = [
        {"name": p.name or names.name(p.id), "tag": names.tag(p.id), "strength": p.strength,
         "boxes": STRENGTH_BOXES.get(p.strength, STRENGTH_BOXES["none"]),
         "score": p.score, "reason": p.reason,
         "evidence": [texts[b] for b in p.evidence if b in texts]}
        for p in report.principles
    ]
    reqs = {r.id: r for r in report.job.requirements}
    requirements = [
        {"text": reqs[m.requirement_id].text if m.requirement_id in reqs else m.requirement_id,
         "kind": reqs[m.requirement_id].kind if m.requirement_id in reqs else "",
         "met": m.met, "reason": m.reason, "missing": list(m.missing_skills),
         "verdict": m.verdict, "evidence": m.evidence}
        for m in report.requirement_matches
    ]
    checklist = []
    stages = [s for s in STAGE_ORDER if any(c.stage == s for c in report.checklist)]
    stages += sorted({c.stage for c in report.checklist} - set(stages))
    for st in stages:
        checklist.append({"stage": STAGE_LABELS.get(st, pretty_id(st)),
                          "entries": [{"text": c.text, "why": c.why} for c in report.checklist if c.stage == st]})
    ask_groups: list[dict[str, Any]] = []
    ask_stages = [st for st in STAGE_ORDER if any(q.stage == st for q in report.questions_to_ask)]
    ask_stages += sorted({q.stage for q in report.questions_to_ask} - set(ask_stages))
    asks = questions_to_ask(report)  # the team named once
    for st in ask_stages:
        label = STAGE_LABELS.get(st, pretty_id(st)) if st else "Any stage"
        ask_groups.append({"stage": label, "entries": [
            {"text": text, "why": q.why}
            for q, text in zip(report.questions_to_ask, asks, strict=True) if q.stage == st]})
    risk_titles = {r.id: f"Risk: {r.title}" for r in report.risks}
    sources = list(texts.values())
    gaps = [{"title": restore(g.title, sources),
             "target": (names.name(g.target) if g.target in names.names
                        else risk_titles.get(g.target, "")),
             "script": restore_quotes(g.script, sources), "bridges": [texts[b] for b in g.bridge_bullet_ids if b in texts]}
            for g in report.gap_scripts]
    topics = [{"name": t.name, "kind": pretty_id(t.kind), "why": t.why, "revise": t.what_to_revise,
               "score": t.score} for t in report.technical_topics]
    process = None
    pack = knowledge.roles.get(report.role_pack)
    if pack is not None:
        pay_ok = report.posting.show_level_pay
        process = {
            "company": pack.company_name, "role": pack.role, "timeline": pack.timeline,
            "reapply": pack.reapply_wait, "pay": report.posting.pay,
            "stages": [{"name": s.name, "duration": s.duration, "what": s.what,
                        "prepare": list(s.prepare)} for s in pack.stages],
            "levels": [{"id": lv.id, "title": lv.title,
                        "pay": f"${lv.total_comp_usd:,}" if pay_ok and lv.total_comp_usd else "–",
                        "years": (f"{lv.years_min:g}+" if lv.years_max is None
                                  else f"{lv.years_min:g}-{lv.years_max:g}"),
                        "scope": lv.scope, "yours": lv.id == fit.level} for lv in pack.levels],
        }
    return {
        "who": _candidate(report),
        "fit": {"overall": fit.overall, "level": level_phrase_for(report, knowledge),
                "level_reason": fit.level_reason,
                "years": f"{fit.years:g}" if fit.years is not None else "", "components": components,
                "verdict": verdict_label(fit.verdict), "verdict_reason": fit.verdict_reason,
                "years_reason": fit.years_reason, "score_detail": fit.score_detail,
                "note": report.posting.note, "pay": report.posting.pay},
        "requirements": requirements,
        "risks": [_risk_dict(r, texts, names) | {"severity": r.severity} for r in report.risks],
        "principles": principles,
        "bullets": bullets,
        "questions": _questions(report, names),
        "stories": _stories(report, names),
        "gaps": gaps,
        "ask": ask_groups,
        "checklist": checklist,
        "topics": topics,
        "process": process,
        "bar_filler": BAR_FILLER,
        "versions": {"app": report.app_version, "knowledge": report.knowledge_version},
        "schedule": schedule_context(report),
    }
