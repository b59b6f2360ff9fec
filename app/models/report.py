"""The analysis result. `Report.to_dict()` is the `python -m app analyze --json` contract:
keys may be added, never renamed. Every score carries its reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.models import serde
from app.models.practice import ScheduleDay
from app.models.resume import JobDescription, Resume

PLACEHOLDER_PREFIX = "[Add: "  # a visible placeholder in a story: "[Add: the baseline before your change]"


@dataclass(frozen=True)
class Reason:
    """One traceable contribution to a score."""

    component: str  # "skills" | "experience" | "culture"
    text: str  # a sentence a user understands
    points: float  # contribution to the component score (can be negative)
    weight: float = 1.0  # the weight that produced it
    bullet_ids: tuple[str, ...] = ()
    requirement_ids: tuple[str, ...] = ()
    principle_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class BulletEvidence:
    """Why a bullet evidences its principles."""

    bullet_id: str
    principles: tuple[str, ...]  # credited principles, best first: what the line shows
    scores: dict[str, float]  # every principle id -> the classifier's score 0..1
    reason: str  # plain words quoting the line: "“Mentored 3 interns” shows teaching ..."
    credit: dict[str, float] = field(default_factory=dict)  # principle -> credit 0..1 (> 0 only)
    reads_as: tuple[str, ...] = ()  # the classifier's best principles, whether credited or not


@dataclass(frozen=True)
class PrincipleRating:
    id: str
    name: str
    strength: str  # "strong" | "thin" | "none"
    evidence: tuple[str, ...]  # bullet ids, best first
    score: float = 0.0
    reason: str = ""  # plain words quoting the evidence; no arithmetic
    score_detail: str = ""  # the arithmetic behind strength and score, on demand


VERDICTS = ("met", "partly", "not-met", "confirm")  # a requirement's verdict


@dataclass(frozen=True)
class RequirementMatch:
    requirement_id: str
    met: bool  # True only for a full "met" (for "confirm": the best reading of the resume)
    bullet_ids: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()  # skills that matched
    missing_skills: tuple[str, ...] = ()
    reason: str = ""  # one plain sentence: why this verdict
    verdict: str = ""  # one of VERDICTS
    evidence: str = ""  # the resume line that decides it ('' when nothing on the resume does)
    score_detail: str = ""  # how it was worked out, for "How this is scored"
    years: float | None = None  # a years line: the years of the asked kind it counted


# the checklist item that quotes the numbers to remember (the views and exports make them whole)
NUMBERS_ITEM = "Memorise your numbers: "
FIT_VERDICTS = ("strong", "apply", "stretch", "not-yet")  # should they interview for this posting


@dataclass(frozen=True)
class FitScore:
    overall: int
    skills: int
    experience: int
    culture: int
    level: str | None  # "below-L4" | "L4" | "L5" | "L6" | "L7" on an Amazon posting, else None
    reasons: tuple[Reason, ...] = ()
    weights: dict[str, float] = field(default_factory=dict)  # component -> weight in overall
    years: float | None = None  # professional years (the same as professional_years)
    level_reason: str = ""  # one plain sentence
    verdict: str = ""  # one of FIT_VERDICTS
    verdict_reason: str = ""  # the one or two facts behind it; for not-yet, what would change it
    professional_years: float | None = None  # relevant full-time, non-internship years
    years_by_kind: dict[str, float] = field(default_factory=dict)  # kind of work -> years
    years_reason: str = ""  # how the years were counted, in plain words
    as_of: str = ""  # the month "Present" was read as ("2026-12")
    score_detail: str = ""  # the arithmetic behind the score, for "How this is scored"


@dataclass(frozen=True)
class Risk:
    id: str
    title: str
    why: str
    prepare: str
    evidence: tuple[str, ...] = ()  # bullet or requirement ids
    principle_ids: tuple[str, ...] = ()
    severity: float = 0.0
    line_to_say: str = ""  # one sentence for the cheat sheet
    score_detail: str = ""  # how it was ranked (probe x exposure), for "How this is scored"


@dataclass(frozen=True)
class AnswerDecode:
    """The full answer decode of one question, with the user's story filled into its shape."""

    family: str  # the decode family in knowledge/decodes.json
    listens_for: str
    shape: tuple[str, ...]  # the steps of a strong answer, the user's story filled in
    pitfalls: tuple[str, ...]  # two or three
    follow_ups: tuple[str, ...]
    strong_vs_adequate: str


@dataclass(frozen=True)
class PredictedQuestion:
    id: str
    text: str
    principles: tuple[str, ...]
    round: str
    why: str  # a plain sentence: why this question, for this person and posting
    story_id: str | None  # None: no story fits yet (the gap script is named in the angle)
    angle: str
    score: float = 0.0
    looks_for: str = ""
    decode: AnswerDecode | None = None
    score_detail: str = ""  # the arithmetic behind score, on demand
    gap_script_id: str | None = None  # the gap script to use when no story fits


@dataclass(frozen=True)
class StoryDraft:
    id: str
    title: str
    principles: tuple[str, ...]  # at most 3
    bullet_ids: tuple[str, ...]
    situation: str
    task: str
    action: str
    result: str
    probes: tuple[str, ...] = ()
    hook: str = ""  # one line for the cheat sheet
    kind: str = "drafted"  # "drafted" from a resume line, or "frame": a story to fill, no line
    why: str = ""  # why this story, for this principle, in plain words


@dataclass(frozen=True)
class GapScript:
    id: str
    title: str  # "No mentoring evidence"
    target: str  # principle id or risk id
    script: str  # what to say, honestly
    bridge_bullet_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuestionToAsk:
    text: str
    why: str = ""
    stage: str = ""


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    stage: str  # "phone-screen" | "onsite-loop" | "bar-raiser" | "before"
    text: str
    why: str = ""


@dataclass(frozen=True)
class TechnicalTopic:
    id: str
    name: str
    kind: str
    score: float
    why: str
    what_to_revise: str = ""
    score_detail: str = ""  # how it was ranked, for "How this is scored"


@dataclass(frozen=True)
class PostingInfo:
    """What the kit assumes about the posting: its employer, role family and pay."""

    company: str = ""  # the employer's name as shown ('' when the posting does not say)
    amazon: bool = True  # an Amazon posting (an Amazon role pack applies)
    family: str = ""  # "sde" | "mle" | "science" | "other"
    note: str = ""  # one plain line when the kit is not Amazon's (or how the employer was told)
    pay: str = ""  # the pay line to show ('' for none)
    pay_source: str = ""  # "posting" (printed there) | "level-table" | ''
    show_level_pay: bool = False  # the pack's level pay figures apply to this posting
    region: str = ""  # where the posting is ("the United States"), '' if unknown


@dataclass(frozen=True)
class Report:
    resume: Resume
    job: JobDescription
    role_pack: str
    principles: tuple[PrincipleRating, ...]
    bullet_principles: dict[str, list[str]]
    bullet_evidence: tuple[BulletEvidence, ...]
    requirement_matches: tuple[RequirementMatch, ...]
    fit: FitScore
    risks: tuple[Risk, ...]
    questions: tuple[PredictedQuestion, ...]
    stories: tuple[StoryDraft, ...]
    gap_scripts: tuple[GapScript, ...]
    questions_to_ask: tuple[QuestionToAsk, ...]
    checklist: tuple[ChecklistItem, ...]
    technical_topics: tuple[TechnicalTopic, ...]
    numbers_to_remember: tuple[str, ...] = ()  # metrics quoted from the resume
    knowledge_version: str = ""
    app_version: str = ""
    posting: PostingInfo = field(default_factory=PostingInfo)
    # the day-by-day plan to the interview: set on a copy for exports and `analyze
    # --interview-date` (app.practice.schedule), never kept in a saved session's report
    schedule: tuple[ScheduleDay, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return serde.to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        return serde.from_dict(cls, data)

    def story(self, sid: str) -> StoryDraft | None:
        return next((s for s in self.stories if s.id == sid), None)
