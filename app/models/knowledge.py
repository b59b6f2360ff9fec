"""The knowledge base as plain objects, loaded once from `knowledge/` by `app.knowledge`
and passed in to whoever needs it (no globals)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

ROUNDS = ("phone-screen", "onsite-loop", "bar-raiser")
LEVELS = ("L4", "L5", "L6", "L7")
# kinds of skill a posting asks for without naming one that a skill's category does not give
# ("an object-oriented language", "a deep learning framework", "a major cloud platform"): a
# skill lists the ones it counts as in its `kinds` (app/analysis/skillkinds.py)
SKILL_KINDS = ("oo-language", "dl-framework", "cloud")


@dataclass(frozen=True)
class Principle:
    id: str  # e.g. "customer-obsession"
    name: str  # "Customer Obsession"
    summary: str  # one line, our own words
    looks_for: str  # what interviewers look for
    demonstrate_mle: str  # how to demonstrate it as an MLE
    signals: tuple[str, ...]  # evidence words/phrases (lower-case) used by the classifier
    probes: tuple[str, ...]  # follow-ups a bar raiser asks
    ask_weight: float  # how often it is asked, 0..1 (from public counts; sources in the file)
    color: str  # "#rrggbb", readable on print and for colour-blind users
    short: str  # two- or three-letter tag shown beside the colour ("CO", "OWN")
    # the same theme in plain words for a posting outside Amazon ("Customer focus", "CF"):
    # shown instead of Amazon's Leadership Principle names when the general pack applies
    theme: str = ""
    theme_short: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    principles: tuple[str, ...]
    rounds: tuple[str, ...]  # subset of ROUNDS
    levels: tuple[str, ...]  # subset of LEVELS
    frequency: float  # 0..1, how often candidates report it (1 = very common)
    source: str  # where it comes from (public list, or "LoopReady editorial")
    looks_for: str = ""  # what the interviewer is looking for
    tags: tuple[str, ...] = ()  # e.g. "ml", "production", "customer", "mentoring"
    family: str = ""  # the answer decode family (decodes.json): what the question asks for
    amazon_only: bool = False  # only makes sense at Amazon ("Why Amazon?", Amazon wording)


@dataclass(frozen=True)
class Skill:
    name: str  # canonical name, e.g. "PyTorch"
    category: str  # e.g. "ml-framework", "language", "cloud", "mlops", "ml-concept"
    synonyms: tuple[str, ...] = ()  # other spellings, matched case-insensitively on word boundaries
    # spellings too ambiguous to match alone ("Go", "R", "CV"): matched with exact case and only
    # inside a list next to another skill ("Java, Go or Rust")
    ambiguous: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()  # spellings matched only with this exact case ("REST", "LAMP")
    # the broader skills this one is one of ("PostgreSQL": Relational Databases, SQL): a line
    # that shows the skill shows them as well
    kind_of: tuple[str, ...] = ()
    # spellings that mean this skill only beside one of `context_words` in the same text, and
    # whatever other skill owns them elsewhere ("Triton" beside "kernels" is the GPU kernel
    # language, elsewhere NVIDIA's inference server); matched with exact case
    context_spellings: tuple[str, ...] = ()
    context_words: tuple[str, ...] = ()
    # the SKILL_KINDS it counts as beyond its category (Java: "oo-language"; PyTorch:
    # "dl-framework"; AWS, unlike Vertex AI: "cloud", a cloud platform)
    kinds: tuple[str, ...] = ()
    # serves or runs models others built (Triton Inference Server, vLLM): no "ML framework"
    # models are built in, whatever its category
    serves_models: bool = False
    # False for a category "language" that is markup or queries (HTML, CSS, SQL): no
    # "programming language"
    programming: bool = True


@dataclass(frozen=True)
class Exemplar:
    text: str  # a labelled training line written for LoopReady (never from the dev set)
    principles: tuple[str, ...]  # best first
    # Where the line comes from: "" for lines we wrote, else the labelled set and resume it
    # was taken from ("heldout-1/13_sai_kiran"): independently labelled lines the classifier
    # weighs more, because they are how real users write and how experts label.
    source: str = ""


@dataclass(frozen=True)
class Concept:
    """A common requirement in a posting's words and a resume's ("cost efficiency" /
    "reduced inference cost"): `concepts.json`."""

    id: str
    name: str
    terms: tuple[str, ...]  # lower-case; a final * matches any suffix
    gate: bool = False  # a requirement leading with it needs it shown in the resume


#: ((compiled pattern, weight), ...) for one principle, or for the "not an achievement" skips
PatternTable = tuple[tuple[re.Pattern[str], float], ...]


@dataclass(frozen=True, eq=False)  # hashed by identity: loaded once and cached
class Lexicon:
    """The classifier's evidence patterns (`classifier/lexicon.json`), compiled and checked:
    principle id -> patterns, plus the patterns of lines that are not achievements."""

    # principle id -> ((pattern text, weight), ...): what `patterns` compiles
    sources: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    skip: PatternTable = ()
    # Lines that read as a credential or honour the labelling guide counts as evidence
    # (a certification, talk, paper, award, fellowship, review service): never skipped as a
    # heading or fragment for being short and verbless.
    keep: PatternTable = ()
    # The same principle patterns compiled case-sensitively, matched against the lowercased
    # line: a quarter faster than IGNORECASE, same matches (the patterns hold no capitals).
    lower: dict[str, PatternTable] | None = None

    @cached_property
    def patterns(self) -> dict[str, PatternTable]:
        """principle id -> its patterns, case-insensitive. Compiled on first use: with
        `lower` (the usual case) only a line whose lowercasing changes its length needs them."""
        return {pid: tuple((re.compile(text, re.IGNORECASE), w) for text, w in pats)
                for pid, pats in self.sources.items()}


@dataclass(frozen=True, eq=False)
class ModelArtifact:
    """The prebuilt classifier model (`classifier/model.json`) as read from disk. The analysis
    uses it only if it was built from exactly the exemplars and lexicon in use; otherwise (or
    when `document` is None: missing or unreadable, `problem` says why) it trains at run time."""

    name: str  # the file as shown in messages ("knowledge/classifier/model.json")
    document: dict[str, Any] | None
    problem: str = ""
    path: str = ""  # the file it was read from ("" when not read from one)
    crc: int = -1  # CRC-32 of the bytes it was read from (-1: not known)

    def __getattr__(self, attr: str) -> Any:
        """The `document` of an artifact unpickled from the knowledge cache, which keeps the
        decoded model (`PreparedModel`) and not the 4.8 MB document: read again from its file
        when first asked (see app.knowledge.cache)."""
        later = self.__dict__.get("_later")
        if attr != "document" or later is None:
            raise AttributeError(attr)
        document, problem = later()
        object.__setattr__(self, "document", document)
        object.__setattr__(self, "problem", problem)
        return document


@dataclass(frozen=True, eq=False)
class PreparedModel:
    """The prebuilt classifier model decoded once, when the knowledge is loaded, and kept with
    it in the knowledge cache (decoding its base64 and hashing the exemplars it was built from
    cost ~0.03 s of every start). It stands for exactly the objects it was checked against: a
    Knowledge whose exemplars, lexicon or artifact are other objects (`dataclasses.replace`)
    does not use it, and the classifier checks and decodes the artifact as before."""

    exemplars: tuple[Exemplar, ...]
    lexicon: Lexicon
    artifact: ModelArtifact
    model: Any  # app.analysis.principles._Model (the models layer does not import analysis)


Patterns = tuple[re.Pattern[str], ...]  # an OR of patterns
Needs = tuple[Patterns, ...]  # an AND of ORs: every group must match


def needs_met(needs: Needs, text: str) -> bool:
    """True when every group of `needs` has a pattern that matches `text` (no groups: True)."""
    return all(any(p.search(text) for p in group) for group in needs)


@dataclass(frozen=True, eq=False)
class EvidenceRule:
    """What a line must show before a principle is credited to it (`evidence.json`)."""

    principle: str
    shows: str  # the requirement in plain words ("a named customer or user and what they gained")
    needs: Needs
    floor: float = 0.0  # credit for clearly showing it, whatever the classifier reads
    # where `needs` is broad (Ownership: "led", "launched", "migrated"), the floor is earned only
    # by these explicit words ("owner of", "on-call", "maintained", "in charge of"); empty: by
    # any line that shows the principle
    floor_when: Patterns = ()
    # where `needs` is met by a side effect as often as by the point of the line (Frugality:
    # "memory footprint by 4.2x", "saving 6 hours a week" are efficiency numbers; a cost, a
    # budget or a headcount saved is doing more with less), such a line counts at most `cap`
    # towards the principle's rating unless one of these words shows the saving was the point
    # (it can still carry a story: experts split on it); empty: no cap
    cap_unless: Patterns = ()
    cap: float = 1.0

    def capped(self, text: str) -> bool:
        """True when the line shows this principle only by a side effect (see `cap_unless`)."""
        return bool(self.cap_unless) and not any(p.search(text) for p in self.cap_unless)


@dataclass(frozen=True, eq=False)
class EvidenceRules:
    """Per principle what must be shown, and the signs that a line is a story at all."""

    rules: dict[str, EvidenceRule] = field(default_factory=dict)
    weak_openings: Patterns = ()  # "Worked on ...", "Was responsible for ...", "Used ..."
    result: Patterns = ()  # an outcome verb: reduced, enabled, resulting in
    scope: Patterns = ()  # a team, users, production, across the company
    reports_only: Patterns = ()  # "Published ...", "Won 2nd prize": an honour, not a story

    def shows(self, pid: str, text: str) -> bool:
        """True when `text` shows what principle `pid` needs (a principle without rules: True)."""
        rule = self.rules.get(pid)
        return rule is None or needs_met(rule.needs, text)


@dataclass(frozen=True, eq=False)
class Decode:
    """The answer decode of one question family (`decodes.json`): what the interviewer listens
    for, the shape of a strong answer (steps with the user's story filled in), pitfalls,
    follow-ups, what separates strong from adequate, and what story can answer it."""

    id: str
    name: str
    listens_for: str
    shape: tuple[str, ...]  # steps; placeholders {title} {situation} {action} {result} {principle}
    pitfalls: tuple[str, ...]  # 2-3
    follow_ups: tuple[str, ...]
    strong_vs_adequate: str
    story_kind: str  # plain words: "a miss or incident you fixed"
    story_needs: Needs = ()  # what the story's line must show, beyond crediting a principle
    find_example: str = ""  # how to find a real example in your own past when none fits
    takes_story: bool = True  # False: no resume story answers it (motivation, hypotheticals)
    # the closest story a resume without the right kind can tell (a production system the
    # person ran, for a model-in-production question), said plainly as what it is
    adjacent_needs: Needs = ()
    adjacent_kind: str = ""
    # the angle for such a story, in this family's words ({title}, {story_kind}); empty: the
    # shared "angle.story_adjacent" wording (written for a model-in-production question)
    adjacent_angle: str = ""


@dataclass(frozen=True)
class Coaching:
    """Per principle: how to find a real example in one's past, the frame of a story to fill,
    and which principles are adjacent enough to bridge to (`coaching.json`)."""

    principle: str
    find_example: tuple[str, ...]  # concrete prompts to search one's own memory
    frame: str  # "a time you disagreed with your manager: think of ..."
    adjacent: tuple[str, ...] = ()  # principles whose evidence an expert accepts as a bridge


@dataclass(frozen=True)
class Wording:
    """Templates of user-facing sentences (`coaching.json` "wording"), keyed by name; each
    allows only the placeholders the loader checked."""

    templates: dict[str, str] = field(default_factory=dict)
    ask_whys: tuple[tuple[tuple[str, ...], str], ...] = ()  # (words, why) for questions to ask

    def get(self, key: str, **values: str) -> str:
        text = self.templates.get(key, "")
        for k, v in values.items():
            text = text.replace("{" + k + "}", v)
        return text


@dataclass(frozen=True)
class Stage:
    id: str  # "phone-screen", ...
    name: str
    duration: str  # "45 min"
    what: str  # what happens
    prepare: tuple[str, ...]  # checklist items, generic; analysis personalises them


@dataclass(frozen=True)
class Level:
    id: str  # "L4"
    title: str
    total_comp_usd: int
    years_min: float
    years_max: float | None
    scope: str


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    kind: str  # "system-design" | "coding" | "fundamentals"
    keywords: tuple[str, ...]  # JD words that make it more likely
    what_to_revise: str
    weight: float = 1.0
    ml_only: bool = False  # shown only for a machine-learning posting
    # a domain (payments, speech, LLM features...): listed only when the posting or the resume
    # names it, never as a "regular" topic for everyone
    domain: bool = False


@dataclass(frozen=True)
class RolePack:
    id: str  # "amazon-mle"
    company: str  # the employer's id ("amazon"); '' for the general pack (any other employer)
    role: str
    timeline: str  # "3-4 weeks"
    reapply_wait: str  # "6 months"
    stages: tuple[Stage, ...]
    levels: tuple[Level, ...]
    topics: tuple[Topic, ...]
    emphasis: dict[str, float] = field(default_factory=dict)  # principle id -> extra weight for the role
    production_signals: tuple[str, ...] = ()  # words that show owning models in production
    questions_to_ask: tuple[str, ...] = ()  # templates; "{team}", "{product}" filled from the JD
    title_keywords: tuple[str, ...] = ()  # JD titles this pack fits ("machine learning engineer")
    company_name: str = ""  # "Amazon" (display); '' for the general pack
    family: str = ""  # role family it prepares for: "sde" | "mle" | "general"
    pay_region: str = ""  # the region its levels' pay figures are for ("us"); '' for none


@dataclass(frozen=True)
class Company:
    """An employer (`companies.json`): names, founding year and whether it runs at scale."""

    id: str
    name: str
    aliases: tuple[str, ...]  # lower-case
    founded: int | None = None
    large_scale: bool = False
    markers: tuple[str, ...] = ()  # posting wording that identifies it when it goes unnamed
    products: tuple[str, ...] = ()  # product names holding its name ("amazon s3")
    # businesses it owns that hire through it, on its ladder and loop ("audible", "zoox"): a
    # posting that names one is this company's posting
    brands: tuple[str, ...] = ()


@dataclass(frozen=True)
class Region:
    """Where a posting is (`regions.json`), so pay is shown only where it applies."""

    id: str
    name: str
    currency: str
    markers: tuple[str, ...]  # lower-case, whole words
    exact: tuple[str, ...] = ()  # case-sensitive


@dataclass(frozen=True)
class Country:
    """Where a posting's work is and where a resume places its candidate (`countries.json`),
    so the kit can name a move and the right to work there."""

    id: str
    name: str  # as a sentence says it: "the United States", "Australia"
    names: tuple[str, ...]  # lower-case, whole words, any case
    regions: tuple[str, ...] = ()  # states and provinces, lower-case, any case
    cities: tuple[str, ...] = ()  # lower-case; found only where the text capitalises them
    people: tuple[str, ...] = ()  # the words for its citizens ("australian"), lower-case
    zones: tuple[str, ...] = ()  # areas of free movement ("eu"): its citizens work anywhere in them
    exact: tuple[str, ...] = ()  # as written; a '+' entry is a telephone country code
    pay_region: str = ""  # the regions.json region whose level pay applies there ('' none)


# Risk conditions the analysis computes (app/analysis/risks.py) and the {placeholders} each
# fills in the wording of `risks.json`. Every condition also fills {posting} (the posting's
# title) and {company} (the employer's name, or "the company").
RISK_CONDITIONS: dict[str, tuple[str, ...]] = {
    "no-bullets": (),
    "basic-unmet": ("requirement", "count", "total", "missing", "closest", "reason"),
    "basic-partly": ("requirement", "count", "total", "missing", "closest", "reason"),
    "eligibility": ("requirement", "reason"),
    "citizenship": ("requirement", "reason"),
    "years-short": ("years", "asked", "kind", "short"),
    "years-none": ("asked", "requirement", "reason"),
    "level-calibration": ("level", "posting_level", "reason", "line"),
    "timeline": ("role", "employer", "start", "founded"),
    "summary-claim": ("claim", "years"),
    "vague-claims": ("line", "count"),
    "hands-on-recency": ("role", "since", "months"),
    "neighbour-family": ("role", "family"),
    "career-gap": ("last_role", "ended", "months"),
    "freelance-now": ("role", "since"),
    "relocation": ("place", "country", "home", "status"),
    "work-visa": ("visa", "place", "country", "status"),
    "ml-depth": ("count", "line"),
    "no-production": ("line",),
    "thin-production": ("line",),
    "posting-emphasis": ("topic", "count", "closest"),
    "core-skill-listed": ("skill", "line"),
    "personal-contribution": ("line", "count"),
    "no-metrics": ("count", "bullets", "line"),
    "no-scale": ("line", "shown"),
    "no-failure-story": ("question", "line"),
    "unmet-preferred": ("requirement", "missing", "line"),
    "principle-gap": ("principle", "state", "question", "line", "looks_for"),
}


@dataclass(frozen=True)
class RiskRule:
    """One risk a bar raiser probes (`risks.json`): when it applies (a named condition the
    analysis computes) and its wording, with {placeholders} the analysis fills."""

    id: str
    when: str  # the condition's name (see app/analysis/risks.py CONDITIONS)
    title: str
    why: str
    prepare: str
    line: str  # one sentence to say, for the cheat sheet
    probe: float  # how likely the loop probes it, 0..1
    principles: tuple[str, ...] = ()
    packs: tuple[str, ...] = ()  # role packs it applies to ('' or empty: every pack)
    families: tuple[str, ...] = ()  # role families it applies to (empty: every family)


@dataclass(frozen=True)
class Knowledge:
    version: str
    principles: tuple[Principle, ...]
    questions: tuple[Question, ...]
    skills: tuple[Skill, ...]
    exemplars: tuple[Exemplar, ...]
    roles: dict[str, RolePack]
    concepts: tuple[Concept, ...] = ()
    lexicon: Lexicon | None = None  # None when classifier/lexicon.json is absent
    classifier_model: ModelArtifact | None = None
    companies: tuple[Company, ...] = ()
    regions: tuple[Region, ...] = ()
    risk_rules: tuple[RiskRule, ...] = ()
    countries: tuple[Country, ...] = ()

    def company(self, cid: str) -> Company | None:
        return next((c for c in self.companies if c.id == cid), None)
    evidence: EvidenceRules = field(default_factory=EvidenceRules)
    decodes: dict[str, Decode] = field(default_factory=dict)  # family id -> decode
    coaching: dict[str, Coaching] = field(default_factory=dict)  # principle id -> coaching
    wording: Wording = field(default_factory=Wording)
    practice: PracticeRules | None = None  # practice.json (None in hand-built test knowledge)
    prepared_model: PreparedModel | None = None  # set by the loader when the artifact matches
    # app.skills.SkillMatcher for `skills` (the very tuple), built by the loader and kept in the
    # knowledge cache (building it keys ~5,000 spellings: ~0.02 s of every start)
    skill_matcher: Any = None

    def principle(self, pid: str) -> Principle:
        for p in self.principles:
            if p.id == pid:
                return p
        raise KeyError(pid)

    @property
    def principle_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.principles)


# --------------------------------------------------------------------------- practice.json


@dataclass(frozen=True, eq=False)
class ListenGroup:
    """One thing a question family listens for: its plain words, and the patterns that show it
    in an answer (any one; `number` true: a measured result shows it too)."""

    says: str
    patterns: Patterns = ()
    number: bool = False


@dataclass(frozen=True)
class ReadinessState:
    id: str  # "not-started" | "drafted" | "rehearsed" | "ready"
    label: str
    glyph: str  # shown beside the word (never colour alone)
    weight: float  # its share of "ready" in the overall readiness
    means: str


@dataclass(frozen=True)
class ScheduleRules:
    default_hours_per_day: float
    min_hours_per_day: float
    max_hours_per_day: float
    max_days: int
    retry_after_days: int  # a question missed today comes back this many days later
    confirm_after_days: int  # one pass: back this many days later to confirm it
    review_after_days: int  # ready: kept fresh this many days after its last try
    topics: int  # technical topics to revise, at most
    last_day_questions: int
    minutes: dict[str, int] = field(default_factory=dict)  # task kind -> minutes
    wording: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class PracticeRules:
    """The practice rubric, readiness and schedule (`practice.json`): thresholds, weights,
    patterns and wording, checked and compiled by the loader."""

    words_per_minute: int
    target_seconds: tuple[int, int]
    zero_below_seconds: int
    zero_above_seconds: int
    timer_seconds: int
    wrap_up_seconds: int
    weights: dict[str, float]
    thresholds: dict[str, float]
    min_words: dict[str, int]
    labels: dict[str, tuple[str, ...]]  # part -> label words ("situation", "s", "context")
    star: dict[str, Patterns]  # situation / task / result cues
    action: re.Pattern[str]  # a concrete action verb in any of its forms
    weak_verbs: re.Pattern[str]
    measures: Patterns
    placeholders: re.Pattern[str]
    fillers: tuple[tuple[str, re.Pattern[str]], ...]
    families: dict[str, tuple[ListenGroup, ...]]  # decode family -> what it listens for
    wording: dict[str, str]
    ready_score: int
    ready_times: int
    states: tuple[ReadinessState, ...]
    schedule: ScheduleRules

    def say(self, key: str, **values: object) -> str:
        text = self.wording.get(key, "")
        for k, v in values.items():
            text = text.replace("{" + k + "}", str(v))
        return text
