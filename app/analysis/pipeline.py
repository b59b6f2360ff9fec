"""From a parsed resume and job description to the full Report.

`analyze()` is pure and deterministic: the same inputs give byte-identical JSON (stable
sorts with id tie-breaks, rounded floats, no clock, no randomness). The CLI and the GUI
both call it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from app import __version__
from app.analysis import evidence as ev_mod
from app.analysis import fit as fit_mod
from app.analysis.company import pack_for, read_posting
from app.analysis.experience import estimate, for_posting
from app.analysis.gloss import english_reading, posting_words
from app.analysis.judgment import judge_pair, posting_info
from app.analysis.numbers import metrics_in, numbers_to_remember
from app.analysis.plan import checklist, technical_topics
from app.analysis.posting import asks_for_models, principle_hits
from app.analysis.questions import predict, target_level
from app.analysis.risks import Signals, all_risks, top_risks
from app.analysis.scripts import gap_scripts, questions_to_ask
from app.analysis.stories import story_set
from app.knowledge import AUTO_ROLE, get_role
from app.models.knowledge import LEVELS, Knowledge, Skill
from app.models.report import Report
from app.models.resume import JobDescription, Resume

Classify = Callable[[Sequence[str]], Sequence[Any]]
FindSkills = Callable[[str], list[str]]
SkillSpans = Callable[[str], list[tuple[int, int, str]]]


def default_classifier(knowledge: Knowledge) -> Classify:
    """The principle classifier's classify function (its model is cached per process)."""
    from app.analysis.principles import PrincipleClassifier

    return PrincipleClassifier(knowledge).classify


def default_skill_finder(knowledge: Knowledge) -> FindSkills:
    """The taxonomy matcher's find function (built once per taxonomy)."""
    return _matcher(knowledge.skills).find


def _matcher(skills: tuple[Skill, ...]) -> Any:
    """The process's one matcher for `skills`, the one reading a posting uses too (a forked
    reading worker inherits it: the command line builds it before the fork)."""
    from app.skills import SkillMatcher

    return SkillMatcher.for_skills(skills)


def default_skill_spans(knowledge: Knowledge) -> SkillSpans:
    """The taxonomy matcher's spans function (where each skill sits in a text)."""
    return _matcher(knowledge.skills).find_spans


def _memo(find: FindSkills) -> FindSkills:
    """The same text is searched several times in one analysis; look it up once."""
    seen: dict[str, list[str]] = {}

    def cached(text: str) -> list[str]:
        if text not in seen:
            seen[text] = list(find(text))
        return list(seen[text])

    return cached


def analyze(resume: Resume, job: JobDescription, knowledge: Knowledge, role: str = "amazon-mle",
            *, classify: Classify | None = None, find_skills: FindSkills | None = None,
            today: date | None = None) -> Report:
    """The complete prep kit for one resume against one posting.

    `classify` and `find_skills` default to the project's classifier and skills matcher; they
    can be passed in so a caller reuses warmed instances. `today` is what "Present" means on
    a resume that prints no date of its own (default: the clock's date)."""
    posting = read_posting(job, knowledge)
    pack = pack_for(posting, knowledge, job) if role == AUTO_ROLE else get_role(knowledge, role)
    classify = classify or default_classifier(knowledge)
    find_skills = _memo(find_skills or default_skill_finder(knowledge))
    bullets = resume.bullets
    now = today or date.today()

    names = {p.id: p.name for p in knowledge.principles}
    results, part_results = ev_mod.classify_bullets(bullets, classify, names)
    evidence = ev_mod.bullet_evidence(bullets, results, knowledge)
    ratings = ev_mod.rate_principles(evidence, knowledge, bullets)
    rmap = {r.id: r for r in ratings}

    exp = for_posting(estimate(resume, now.year * 12 + now.month - 1), job.title or "")
    # requirement lines in another language are judged on their English reading (same ids)
    reading = english_reading(job, find_skills)
    judged = judge_pair(resume, reading, exp, posting, pack,
                        find_skills, default_skill_spans(knowledge), knowledge)
    matches, level, verdict = judged.matches, judged.level, judged.verdict
    if reading is not job:  # the verdict quotes the posting's own words, not their reading
        verdict = dataclasses.replace(verdict, reason=posting_words(verdict.reason, reading, job))
    fit = fit_mod.fit_score(job, matches, exp, level, verdict, posting, bullets, ratings,
                            knowledge, pack)

    shown = [(hit, bid) for _, hit, bid, ml in fit_mod.production_evidence(bullets, pack, exp)
             if hit and (ml or not posting.ml)]
    production = tuple(dict.fromkeys(bid for _, bid in shown))
    metric_bullets = tuple(b.id for b in bullets if metrics_in(b))
    signals = Signals(resume, job, posting, rmap, matches, exp, level, verdict, production,
                      len(shown), metric_bullets, evidence, knowledge)
    risks = top_risks(signals, knowledge, pack)
    candidate_level = level.level if level.level in LEVELS else "L4"
    question_level = target_level(job, candidate_level) or ""
    stories, story_credits = story_set(resume, evidence, ratings, knowledge, dict(pack.emphasis),
                                       part_results, job, question_level,
                                       principle_hits(job, knowledge))
    questions = predict(knowledge, pack, job, ratings, evidence, stories, candidate_level,
                        {b.id: b.text for b in bullets}, story_credits,
                        asks_for_models(job, posting.family, posting.ml, posting.new_grad))
    numbers = numbers_to_remember(bullets)
    topics = technical_topics(job, pack, resume.text or " ".join(b.text for b in bullets),
                              posting.ml)
    script_risks = risks + tuple(r for r in all_risks(signals, knowledge, pack)
                                 if r.id not in {x.id for x in risks})[:2]
    scripts = gap_scripts(resume, ratings, script_risks, evidence, knowledge, pack,
                          questions=questions, level=question_level)
    plan = checklist(pack, stories, questions, ratings, risks, topics, numbers)

    return Report(
        resume=resume,
        job=job,
        role_pack=pack.id,
        principles=ratings,
        bullet_principles={e.bullet_id: list(e.principles) for e in evidence},
        bullet_evidence=evidence,
        requirement_matches=matches,
        fit=fit,
        risks=risks,
        questions=questions,
        stories=stories,
        gap_scripts=scripts,
        questions_to_ask=questions_to_ask(job, pack, knowledge.wording),
        checklist=plan,
        technical_topics=topics,
        numbers_to_remember=numbers,
        knowledge_version=knowledge.version,
        app_version=__version__,
        posting=posting_info(posting, pack, level, knowledge),
    )
