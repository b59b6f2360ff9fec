"""Years requirements: "N+ years of <subject>" counts only the kind of work the subject names.

"3+ years of professional software development" is the years of engineering roles that build
software (infrastructure and operations work counts apart); "2+ years of design or
architecture" the years of roles that design, re-platform or scale systems; "5+ years of
backend engineering" the roles that did backend work; "4+ years of professional Python" the
roles that show Python. Internships, projects and a skills line make it "partly", never met.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from app.analysis import areas
from app.analysis.asks import Ask, Parsed, asks_years
from app.analysis.dates import merged_months, years
from app.analysis.experience import ADVISORY, Work, years_of
from app.analysis.resume_lines import DESIGN_VERBS, ML_WORDS, SYSTEM_NOUNS, Facet, Index, _header
from app.analysis.text import find_phrases

GENERIC_SUBJECT = frozenset("""non internship non-internship professional software development
developer engineering engineer industry work working relevant related full-time hands-on
technical programming coding experience of in the a an and or with as total overall commercial
field fields progressive post-graduate postgraduate cs ce computer science it tech technology
full time paid""".split())

SOFTWARE_SUBJECT = re.compile(r"(?i)\b(software|development|developer|engineering|programming|"
                              r"coding|sde|swe)\b")

SOFTWARE_DEVELOPMENT = re.compile(r"(?i)\bsoftware\s+(?:engineering|development)\b")
DESIGN_SUBJECT = re.compile(r"(?i)\b(design|architect\w*)\b")

ML_SUBJECT = re.compile(r"(?i)\b(machine learning|ml|models?|modell?ing|data science|applied "
                        r"science|artificial intelligence|ai|deep learning|nlp|computer vision)\b")

SCIENCE_TOOLS = re.compile(r"(?i)\b(?:scripting languages?|statistical(?:/\w+)? (?:software|"
                           r"packages?|tools?))\b")

RESEARCH_TITLE = re.compile(r"(?i)\bresearch\b")
RESEARCH_SUBJECT = re.compile(r"(?i)\b(research|scientific)\b")
APPLIED = re.compile(r"(?i)\bapplied\b")

# analysis work: an analyst's own roles are that work, even though they are not counted as
# engineering or science years
ANALYSIS_SUBJECT = re.compile(r"(?i)\b(data analy\w+|analytics|analytical|business intelligence|"
                              r"bi|reporting|analyst|"
                              # "writing SQL for analysis", "SQL queries for analysis"
                              r"sql\b[^.;]{0,30}\banaly\w+|for analysis)\b")

OPERATE_SUBJECT = re.compile(r"(?i)\b(operat(?:e|es|ed|ing)|run(?:ning)?|maintain\w*|own\w*|"
                             r"deploy\w*|put(?:s|ting)?|bring\w*|ship\w*|launch\w*|tak(?:e|es|ing))\b"
                             r"[^.;]{0,60}\bproduction\b")
OPERATED = "machine-learning systems built and operated in production"
OPS_OR_SOFTWARE = "engineering work (operations, platform or software)"
# the kinds of operations engineering a years line may list beside software engineering
OPS_FAMILIES = frozenset({"devops", "site reliability engineering", "platform engineering"})
_OPS = (r"(?:devops|dev ops|sre|site reliability(?: engineering)?|platform(?: engineering)?|"
        r"software (?:engineering|development))")
_OR = r"(?:\s*,\s*(?:or\s+)?|\s+or\s+|\s*/\s*|\s+and/or\s+)"
# the families listed as alternatives of one another, software among them ("experience in
# DevOps, SRE, platform or software engineering roles"), not as the users of the work
# ("software development building tools for DevOps or SRE teams")
OPS_ALTERNATIVES = re.compile(rf"(?i)(?<!\bfor )(?<!\bto )\b{_OPS}(?:{_OR}{_OPS})+\b")
OPERATIONS = ("on-call", "on call", "pager", "monitor*", "alert*", "incident*", "slo", "slos",
              "latency", "runbook*", "uptime", "availability", "rollback*", "canary", "drift")

WEB_SUBJECT = re.compile(r"(?i)\bweb[- ]?(?:applications?|apps?|development|developer|sites?|"
                         r"products?|engineering)\b")

# "2+ years of data scientist experience", "as an applied scientist": years in a scientist's role
SCIENTIST_SUBJECT = re.compile(r"(?i)\bscientists?\b")
SCIENTIST_WORK = "work in a data or applied scientist's role"

PRODUCT_SUBJECT = re.compile(r"(?i)\b(?:product|program|programme)(?: or (?:product|program|"
                             r"programme))? management\b|\bproduct manager\b|\bproduct owner\b")
PRODUCT_WORK = "product or programme management"
WITH_ENGINEERS = re.compile(r"(?i)\b(?:with|alongside)\s+(?:software |engineering |development |"
                            r"technical )?(?:engineers|engineering teams?|development teams?|"
                            r"technical teams?)\b")
# "5+ years of software development, technical consulting or solutions architecture": the
# customer-facing architect's and consultant's years are the work asked, beside an engineer's
ADVISORY_SUBJECT = re.compile(r"(?i)\b(?:(?:technical |it |cloud )?consulting|solutions? "
                              r"architect(?:ure)?|pre-?sales|sales engineering|technical account "
                              r"management|customer[- ]facing technical)\b")
ADVISORY_WORK = "engineering, consulting or solutions architecture"
LEAD_SUBJECT = re.compile(r"(?i)\b(lead\w*|manag\w*|people|supervis\w*)\b")

BUSINESS = re.compile(r"(?i)\b(business|industry|commercial|production|customers?)\b")

SUBJECT_CATEGORIES = frozenset({"language", "web", "database", "devops", "cloud", "aws-service",
                                "ml-framework", "mlops", "ml-concept", "ml-technique", "domain",
                                "data", "mobile", "tooling"})

CHANGE_VERBS = ("migrat*", "re-platform*", "replatform*", "rebuilt", "rewrote", "rewrit*",
                "moved", "replaced", "consolidat*", "decompos*", "split")

CHANGE_OBJECTS = ("service*", "microservice*", "system*", "platform*", "infrastructure",
                  "backend", "back-end", "monolith", "database*", "schema*", "data center",
                  "datacenter", "on-prem", "aws", "gcp", "azure", "cloud", "kubernetes",
                  "dynamodb", "postgres*", "postgresql", "cassandra", "kafka", "cluster*")

RELIABILITY = ("partition*", "shard*", "replicat*", "failover", "multi-region", "idempot*",
               "dead-letter", "load shedding", "rate limit*", "circuit breaker*", "autoscal*",
               "zero downtime", "without downtime", "no downtime", "high availability",
               "highly available", "fault toleran*", "slo", "slos", "error budget*",
               "disaster recovery", "cell-based", "backpressure", "consistency")

CI_PIPELINE = re.compile(r"(?i)\b(?:ci/cd|ci|cd|build|deployment|release|jenkins|github actions|"
                         r"gitlab ci|circleci)\b[^.;]{0,30}\bpipelines?\b")

_LEAD_OF_SYSTEM = re.compile(r"(?i)\b(?:tech(?:nical)? lead|lead engineer|owner)\b[^.;]{0,40}"
                             r"\b(?:services?|systems?|pipelines?|platforms?|backends?|apis?|"
                             r"infrastructure)\b")

# the verbs of designing itself: someone asked for years of *leading* design has designed
# or architected systems, not only built them
DESIGN_ONLY = ("design", "designs", "designed", "designing", "redesign*", "re-design*",
               "architected", "architecting", "re-architect*", "led the design",
               "set the architecture", "drove the design", "authored the design")
# titles whose work is leading the design of systems (a senior engineer's may or may not be)
DESIGN_LEAD_TITLE = re.compile(r"(?i)\b(staff|principal|distinguished|architect|tech(?:nical)? "
                               r"lead|lead (?:software |ml |machine learning )?engineer)\b")
# a UI component library, not the design of a system
UI_DESIGN_SYSTEM = re.compile(r"(?i)\bdesign[- ]systems?\b")


def _designs(text: str, leading: bool = False) -> bool:
    """Work that designs systems, in any of the ways the posting's words describe it ("design
    patterns, reliability and scaling of new and existing systems"): designing or building a
    system (not "designed a model"), re-platforming or migrating one, a reliability or
    scaling mechanism (partitioning, failover, idempotent retries, SLOs), or leading the
    technical work of one. Read clause by clause, and only the candidate's own work
    ("involved in design discussions" is not designing). Years of *leading* design need the
    verbs of design itself ("designed", "architected"), not of building alone, and a "design
    system" is then a UI library built, not a system designed."""
    verbs = DESIGN_ONLY if leading else DESIGN_VERBS
    for line in text.split(" \n "):
        if not areas.owned(line):
            continue
        for clause in re.split(r"(?<=[.;])\s+|;\s*",
                               UI_DESIGN_SYSTEM.sub(" ", line) if leading else line):
            if CI_PIPELINE.search(clause):
                continue  # build tooling (a CI/CD pipeline) is not the design of a system
            if find_phrases(clause, verbs) and find_phrases(clause, SYSTEM_NOUNS):
                return True
            if leading:  # moving a system or adding a reliability mechanism is building
                # it; leading its design is more: the design verbs, or the technical lead
                if _LEAD_OF_SYSTEM.search(clause) or (find_phrases(clause, verbs) and (
                        find_phrases(clause, RELIABILITY) or find_phrases(clause, CHANGE_OBJECTS))):
                    return True
                continue
            if find_phrases(clause, CHANGE_VERBS) and find_phrases(clause, CHANGE_OBJECTS):
                return True
            if find_phrases(clause, RELIABILITY) or _LEAD_OF_SYSTEM.search(clause):
                return True
    return False

# an engineering role's lines that analyse data for others (not a query inside an application)
ANALYSIS_WORK = ("analy*", "dashboard*", "business intelligence", "tableau", "power bi",
                 "looker", "kpi*", "insight*")

Rule = Callable[[Work], bool]
DESIGN_WORK = "work designing or building systems"
LEAD_DESIGN_WORK = "work leading the design of systems"
FIRST_YEAR_MONTHS = 12  # a junior engineer's design years start after the first year
JUNIOR_YEARS = 3.0  # under this many professional years (the years L5 starts from)
TOOL_WORK = "work using "  # the label of years asked of named tools

NEAR_KINDS = ("internship", "project", "study", "research", "engineering", "science",
              "teaching", "other", "analytics")

def subject_rule(parsed: Parsed, find: Callable[[str], list[str]],
                 categories: dict[str, str]) -> tuple[Rule, str, Rule]:
    """Which counted work a years requirement counts, its name in plain words, and which work
    outside full-time roles comes close (an internship, a project: "partly", never met)."""
    subject = parsed.subject
    words = set(re.findall(r"[a-z+#-]+", subject.lower()))
    generic = words <= GENERIC_SUBJECT | {"cs", "ce", "ml", "ai"} and len(words) > 0
    business = bool(BUSINESS.search(subject)) or parsed.professional
    named = [a for a in parsed.subject_asks
             if any(categories.get(n.lower()) in SUBJECT_CATEGORIES for n in a.names)]

    def near(test: Rule) -> Rule:
        return lambda w: w.kind in NEAR_KINDS and (w.hands_on or w.counted) and test(w)

    if analysis_subject(subject):
        return _analysis_role, "data analysis work", near(_analysis_role)
    if PRODUCT_SUBJECT.search(subject):  # "5+ years of technical product or program
        # management": product and programme roles (their years are not engineering years)
        return (lambda w: w.kind == "product"), PRODUCT_WORK, near(lambda w: w.kind == "product")
    if ADVISORY_SUBJECT.search(subject):
        advisory: Rule = lambda w: w.kind in ("engineering", "science") or (  # noqa: E731
            w.kind == "other" and ADVISORY.search(w.title or "") is not None)
        return advisory, ADVISORY_WORK, near(advisory)
    if WITH_ENGINEERS.search(subject):  # "7+ years of working directly with engineering
        # teams": an engineer's years, and a product or programme manager's beside them
        return (lambda w: w.kind in ("engineering", "science", "product")), \
            "work in or with engineering teams", near(lambda w: True)
    if RESEARCH_SUBJECT.search(subject) and not SOFTWARE_SUBJECT.search(subject):
        # a research engineer's role is research work too ("Robotics Research Engineer")
        science: Rule = lambda w: w.kind in ("science", "research") or (  # noqa: E731
            w.kind == "engineering" and RESEARCH_TITLE.search(w.title or "") is not None)
        if APPLIED.search(subject):  # "applied research": an engineering role whose own lines
            # design, build or train the models themselves is that work too; one whose model
            # lines are pipelines, deployment, scoring and monitoring of models is not
            applied: Rule = lambda w: science(w) or (  # noqa: E731
                w.kind == "engineering" and any(_models_itself(ln) for ln in w.text.split(" \n ")[2:]))
            return applied, "research or applied science", near(lambda w: w.kind in (
                "research", "science", "internship", "study"))
        return science, "research or applied science", near(lambda w: w.kind in (
            "research", "science", "internship", "study"))
    if SCIENTIST_SUBJECT.search(subject):  # the role named: a scientist's, or an engineering
        # role whose lines are mostly models and analyses, not one model among the pipelines
        scientist: Rule = lambda w: w.kind == "science" or (w.kind == "research" and w.counted) or (  # noqa: E731
            w.kind == "engineering" and _mostly_science(w))
        return scientist, SCIENTIST_WORK, near(lambda w: w.kind in (
            "science", "research", "analytics", "internship", "study"))
    if DESIGN_SUBJECT.search(subject):
        design: Rule = lambda w: _designs(w.text)  # noqa: E731
        if re.search(r"(?i)\blead(?:ing)?\b", subject):  # "years of leading design": roles
            # that designed systems, or a staff or principal engineer's (whose work that is);
            # building alone comes close
            lead: Rule = lambda w: _designs(w.text, leading=True) or (  # noqa: E731
                DESIGN_LEAD_TITLE.search(w.title or "") is not None)
            return (lambda w: w.kind == "engineering" and lead(w)), LEAD_DESIGN_WORK, \
                lambda w: w.kind in NEAR_KINDS and (w.hands_on or w.counted) and design(w)
        return (lambda w: w.kind == "engineering" and design(w)), \
            DESIGN_WORK, near(design)
    if WEB_SUBJECT.search(subject):  # "building web applications professionally": the web
        # work of either side, a frontend or a backend engineer's
        web: Rule = lambda w: WEB_SUBJECT.search(w.title or "") is not None or any(  # noqa: E731
            _role_shows(areas.BY_ID[side], w) for side in ("frontend", "backend"))
        return (lambda w: w.kind == "engineering" and web(w)), "building web applications", \
            near(web)
    listed = OPS_ALTERNATIVES.search(subject)
    if named and listed and re.search(r"(?i)\bsoftware\b", listed.group(0)) and all(
            n.lower() in OPS_FAMILIES for a in named for n in a.names):
        # "5+ years in DevOps, SRE, platform or software engineering": the kinds of
        # engineering work it lists are alternatives, operations roles among them
        return (lambda w: w.kind == "engineering"), OPS_OR_SOFTWARE, near(lambda w: True)
    as_role = AS_ROLE.search(subject)
    if as_role:  # "5+ years of experience as a data engineer": roles with that title
        title = re.compile(r"(?i)\b" + as_role.group(1).replace("-", "[- ]?") + r"\s+"
                           r"(?:engineer|developer)\b")
        holds: Rule = lambda w: title.search(w.title or "") is not None  # noqa: E731
        return (lambda w: w.kind == "engineering" and holds(w)), \
            f"work as a {as_role.group(1).lower()} engineer", near(holds)
    area = areas.subject_area(subject)
    if area is not None:  # "professional backend engineering": the roles that did that work
        shows: Rule = lambda w: _role_shows(area, w)  # noqa: E731
        langs = [n for a in named for n in a.names if categories.get(n.lower()) == "language"]
        if langs:  # "backend development in Java (with Spring Boot)": the backend roles that
            # used Java or the other tools the line names with it
            tools = [n for a in named for n in a.names]
            said = [_literal(n) for n in tools]
            low_langs = {n.lower() for n in tools}
            area_shows = shows
            shows = lambda w: area_shows(w) and (  # noqa: E731
                bool(low_langs & {x.lower() for x in find(w.text)})
                or any(rx.search(w.text) for rx in said))
            return (lambda w: w.kind in ("engineering", "science") and shows(w)), \
                f"{area.name.split(' (')[0]} in {' or '.join(langs)}", near(shows)
        return (lambda w: w.kind in ("engineering", "science") and shows(w)), area.name, \
            near(shows)
    if generic and (" or " in f" {subject.lower()} " or not ML_SUBJECT.search(subject)):
        if SOFTWARE_SUBJECT.search(subject) and not re.search(r"(?i)\bor related\b", subject):
            return SOFTWARE_WORK, "professional software development", near(lambda w: True)
        return (lambda w: True), "full-time professional work", near(lambda w: True)
    if ML_SUBJECT.search(subject) and not [a for a in named if not any(
            categories.get(n.lower()) in ("ml-concept", "ml-technique") for n in a.names)]:
        kinds = ("engineering", "science") if business else ("engineering", "science", "research")
        ml: Rule = lambda w: bool(find_phrases(areas.without_other_models(w.text), ML_WORDS))  # noqa: E731
        if OPERATE_SUBJECT.search(subject):  # "building and operating ML systems in production":
            # a scientist's role counts when its own lines run what it launched
            own = bool(MODEL_SUBJECT.search(subject))  # "building models and deploying them"
            return (lambda w: ml(w) and (not own or builds_models(w)) and (w.kind == "engineering" or (
                w.kind in kinds and bool(find_phrases(w.text, OPERATIONS))))), \
                OPERATED, near(ml)
        # "building machine learning models for production systems": a role counts when it
        # built models of its own (its title is ML work, or its lines build them), not when its
        # lines feed or serve someone else's ("HL7 Interface Developer" beside the models)
        own_models = (lambda w: ml_titled(w) or builds_models(w)) \
            if MODEL_SUBJECT.search(subject) else (lambda w: True)
        fields = [ML_FIELDS[n] for a in named for n in a.names if n in ML_FIELDS]
        if fields:  # "3+ years in computer vision": the roles whose lines show that field
            concepts = {c for f in fields for c in _FIELD_CONCEPTS[f]}
            field_words = [_FIELD_WORDS[f] for f in dict.fromkeys(fields)]
            # paid research that built systems in the field counts: the field is the ask
            in_field: Rule = lambda w: ml(w) and (  # noqa: E731
                w.kind in kinds or (w.kind == "research" and w.counted)) and (bool(
                    concepts & set(find(w.text))) or any(rx.search(w.text) for rx in field_words))
            return in_field, f"machine-learning work in {' or '.join(dict.fromkeys(fields))}", \
                near(in_field)
        if business:  # a postdoc's or a university's models are research, not a business's
            return (lambda w: ml(w) and w.kind in kinds and own_models(w)
                    and not ACADEMIC.search(f"{w.title} {w.organization}")), \
                "machine-learning work on business problems", near(ml)
        return (lambda w: ml(w) and w.kind in kinds), "machine-learning work", near(ml)
    if named:
        low = {n.lower() for a in named for n in a.names}
        label = " or ".join(a.label for a in named[:2])
        shown = [_literal(n) for a in named for n in a.names]
        ml_too = bool(ML_SUBJECT.search(subject))  # "machine learning/statistical modeling,
        # data analysis tools": machine-learning work is one of the kinds it names
        # "scripting languages or statistical software": a data or applied scientist's
        # full-time role is done in them, whether or not its lines name one
        tooling = bool(SCIENCE_TOOLS.search(subject))
        uses: Rule = lambda w: bool(low & {s.lower() for s in find(w.text)}) or any(  # noqa: E731
            rx.search(w.text) for rx in shown) or (ml_too and _modelling_role(w)
                                                  and bool(find_phrases(areas.without_other_models(w.text), ML_WORDS))) or (
            w.kind == "science" and tooling)
        if SOFTWARE_DEVELOPMENT.search(subject):  # "4+ years of professional software
            # engineering in Python": software development done in Python, not a quant's or an
            # analyst's years of Python beside their models
            return (lambda w: SOFTWARE_WORK(w) and uses(w)), \
                f"professional software development in {label}", near(uses)
        return uses, f"{TOOL_WORK}{label}", near(uses)
    if LEAD_SUBJECT.search(subject):
        return (lambda w: w.managing), "leading people or teams", near(lambda w: w.managing)
    if SOFTWARE_SUBJECT.search(subject):
        return SOFTWARE_WORK, "professional software development", near(lambda w: True)
    return (lambda w: True), "full-time professional work", near(lambda w: True)

# the fields of machine learning a years line can be narrowed to ("3+ years in computer vision"),
# each with the concepts whose lines show work in it
_FIELD_CONCEPTS: dict[str, tuple[str, ...]] = {
    "computer vision": ("Computer Vision", "3D Vision", "Object Detection", "Image Segmentation",
                        "OCR", "Multi-Object Tracking", "Sensor Fusion", "CNN", "Multimodal AI"),
    "natural language processing": ("NLP", "Named Entity Recognition", "Sentiment Analysis",
                                    "Machine Translation", "Question Answering", "LLM",
                                    "Conversational AI", "Transformers"),
    "speech": ("Speech Recognition", "Text-to-Speech"),
    "recommendation": ("Recommender Systems", "Personalization", "Ranking", "Learning to Rank"),
    "search and ranking": ("Search Relevance", "Information Retrieval", "Learning to Rank",
                           "Semantic Search", "Ranking"),
    "forecasting": ("Time Series", "Forecasting", "Probabilistic Forecasting"),
    "reinforcement learning": ("Reinforcement Learning", "Multi-Armed Bandits"),
}
# the words of a role's lines that show work in each field, beside its concepts ("a learned
# defect classifier for painted car-body parts" from camera images is computer vision)
_FIELD_WORDS: dict[str, re.Pattern[str]] = {
    "computer vision": re.compile(r"(?i)\b(?:(?:computer|machine) vision|images?|image processing|"
                                  r"cameras?|video|pixels?|segmentation|object detection|ocr|"
                                  r"lidar|point clouds?|photos?|visual inspection|deflectometry)\b"),
    "natural language processing": re.compile(
        r"(?i)\b(?:nlp|natural language|text classification|language models?|llms?|bert|"
        r"machine translation|named entit\w+|sentiment|chatbots?|tokeni[sz]\w+)\b"),
    "speech": re.compile(r"(?i)\b(?:speech|asr|voice|audio|acoustic|spoken)\b"),
    "recommendation": re.compile(r"(?i)\b(?:recommend\w*|personali[sz]\w*|rank(?:ing|ers?))\b"),
    "search and ranking": re.compile(r"(?i)\b(?:search|retrieval|rank(?:ing|ers?)|relevance)\b"),
    "forecasting": re.compile(r"(?i)\b(?:forecast\w*|nowcast\w*|time[- ]series)\b"),
    "reinforcement learning": re.compile(r"(?i)\b(?:reinforcement learning|bandits?)\b"),
}
# the concept a years line names -> the field it narrows to: each field's first concept, and a
# few more that name one field on their own
ML_FIELDS: dict[str, str] = {c[0]: f for f, c in _FIELD_CONCEPTS.items()} | {
    "Information Retrieval": "search and ranking", "Learning to Rank": "search and ranking",
    "LLM": "natural language processing", "Text-to-Speech": "speech"}


# a line that builds, trains or evaluates a model of one's own ("trained a ranking model",
# "fine-tuned a 7B decoder"), not one that feeds or hosts someone else's
# a learned control policy (robot learning, reinforcement learning), not a company's policy
_POLICY = (r"(?:learned|control|grasp\w*|manipulation|rl|diffusion|robot\w*|navigation|driving|"
           r"visuomotor)[\s-]+polic(?:y|ies)")
MODEL_LINE = re.compile(
    r"(?i)\b(?:train(?:ed|ing|s)?|fine-tun\w*|built|build(?:s|ing)?|developed|implemented|designed|"
    r"deployed|fit|fitted|prototyped|shipped|evaluat\w*|created|distill(?:ed|ing|s)?)\b"
    r"(?:\s+[\w/+.()–-]+){0,6}?\s+"
    r"(?:models?|classifiers?|classification|networks?|u-net|transformers?|\w*bert\w*|llms?|"
    r"llama[\w.-]*|embeddings?|regressions?|forecasters?|rankers?|detectors?|baselines?|"
    r"recommenders?|cnns?|rnns?|lstms?|dnns?|gnns?|gans?|autoencoders?|vaes?|" + _POLICY +
    r")\b|\bfine-?tun(?:ed|ing)\b"
    r"|\bpre-?training\b"  # "run the pretraining of 7B-70B language models"
    # one model put in place of another ("Moved fine ranking from a single-task DNN to a
    # multi-task PLE model"; not "Migrated 40 services to a GitOps deployment model")
    r"|\b(?:moved|migrated|rebuilt|upgraded|switched)\b[^.;]{0,40}?\bfrom\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:models?|dnns?|networks?|rankers?|classifiers?|heuristics?|rules?|"
    r"regressions?|baselines?)\b[^.;]{0,40}?\bto\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:models?|rankers?|classifiers?|networks?|transformers?)\b"
    # a system built, then what it is made of after a colon ("Built and own the telemetry
    # anomaly detection service for 23 satellites: ..., per-subsystem LSTM autoencoders")
    r"|\b(?:built|developed|designed|trained)\b[^.;:]{0,160}:[^.;]{0,160}?\b(?:models?|"
    r"classifiers?|networks?|transformers?|lstms?|cnns?|autoencoders?|gradient[- ]boost\w*|"
    r"random forests?|forecasters?|detectors?|rankers?|forecasts?|probabilit(?:y|ies))\b"
    # a terse line naming its model in production ("LambdaMART ranker in production")
    r"|\b(?:models?|rankers?|classifiers?|recommenders?|forecasters?)\s+(?:in|into)\s+production\b"
    r"|\b" + _POLICY + r"\b[^.;]{0,40}\btrained\b"  # "diffusion-policy grasping trained on"
    # terse lines whose subject is the model: "Own revenue-nowcasting models for 410 retailers",
    # "Claims-fraud model (LightGBM): hit rate 14% -> 31%", "1,800 models retrained nightly"
    # ("owning the fine-ranking model of the main video feed")
    r"|\bown(?:ed|s|ing)?\s+(?:the\s+|our\s+|\d+\s+)?(?:[\w/+.-]+\s+){0,3}?models?\b"
    r"|^\W*(?:[\w/+.-]+\s+){0,3}?(?:models?|classifiers?|forecasters?|rankers?|recommenders?)"
    r"\s*[(:]"
    r"|\bmodels?\s+re-?trained\b|\bre-?train(?:ed|s|ing)?\b(?:\s+[\w/+.()-]+){0,4}?\s+models?\b"
    # a result won with a model of one's own: "Cut fraud losses by 23% with a new model that
    # adds device features", "Raised recall 9 points with a gradient-boosted classifier"
    # (a model with a sign of machine learning in the line: its features, training, a
    # metric or an algorithm; not a pricing, concurrency or branching model)
    r"|^(?=.*\b(?:features?|trained|training|recall|precision|auc|f1|xgboost|lightgbm|catboost|"
    r"gradient[- ]boost\w*|neural|predict\w*|scor(?:e|es|ed|ing)|embeddings?|fraud|churn|rank\w*|"
    r"recommend\w*|forecast\w*|classif\w*|anomal\w*|detect\w*|personali[sz]\w*)\b)"
    r"\W*(?:cut|reduced|lowered|raised|increased|improved|lifted|doubled|halved|grew|"
    r"boosted)\b[^.;]{0,60}?\b(?:with|using|through|via)\s+(?:a|an|my|our)\s+(?:new\s+)?"
    r"(?:[\w/+.-]+\s+){0,3}?(?:models?|classifiers?|rankers?|forecasters?|recommenders?)\b"
    # a terse line whose subject is a model, with a sign of machine learning in it ("First
    # demand forecasting model for dark stores (LightGBM, weather features)", "ETA model for
    # courier delivery time; mean absolute error from 9.4 to 5.2 minutes")
    r"|^(?=.*\b(?:features?|trained|lightgbm|xgboost|catboost|pytorch|tensorflow|scikit-learn|"
    r"neural|gradient[- ]boost\w*|mean absolute error|mae|rmse|mape|auc|recall|precision|"
    r"accuracy)\b)\W*(?:(?:first|new|our|the|an?)\s+)?(?:(?!(?:did|does|do|made|makes|make|"
    r"\w+ed)\b)[\w/+.&-]+\s+){0,3}?(?<!data )"
    r"(?<!business )(?<!operating )(?<!deployment )(?<!pricing )(?:models?|classifiers?|"
    r"forecasters?)\s+(?:for|of|that|to|predicting)\b")


def builds_models(w: Work) -> bool:
    """The role's own lines build, train or evaluate models."""
    return any(MODEL_LINE.search(areas.without_other_models(ln)) and areas.owned(ln)
               for ln in w.text.split(" \n ")[2:])

def _yrs(n: float) -> str:
    """"1 year", "2.5 years"."""
    return f"{n:g} year" + ("" if n == 1 else "s")


# "building ML models and deploying them": the models must be the candidate's own
MODEL_SUBJECT = re.compile(r"(?i)\b(?:build\w*|develop\w*|train\w*|creat\w*)\s+(?:\w+\s+){0,3}?models?\b")


# an engineering role whose title is machine-learning work: all of its years are that work
ML_TITLE = re.compile(r"(?i)\b(?:machine learning|ml|mlops|ai|applied scien\w*|data scien\w*|"
                      r"research scien\w*|deep learning|nlp|computer vision|perception|"
                      r"recommend\w*|ranking|relevance|personali[sz]ation|machine translation|"
                      r"speech recognition|natural language)\b")


def ml_titled(w: Work) -> bool:
    """The role's title names machine-learning work ("Machine Learning Engineer", "Applied
    Scientist"): every line of it is that work."""
    return ML_TITLE.search(w.title or "") is not None


def model_share(w: Work) -> float:
    """The share of an engineering role's years spent building models: all of them for a
    machine-learning title or a role whose lines mostly build models; otherwise the share of
    its lines that build a model of its own. A data engineer's hack-week model, or an SRE's
    capacity forecast, is not years of building and deploying models."""
    if ml_titled(w):
        return 1.0
    lines = [ln for ln in w.text.split(" \n ")[2:] if ln.strip()]
    if not lines:
        return 0.0
    share = sum(1 for ln in lines if MODEL_LINE.search(areas.without_other_models(ln))
                and areas.owned(ln)) / len(lines)
    return 1.0 if share >= 0.5 else share


# a line that runs a model in production (deployed, served, monitored), not one that built it
PRODUCTION_LINE = OPERATIONS + ("deploy*", "production", "serv*", "endpoint*", "shadow",
                                "a/b test*", "retrain*")


AS_ROLE = re.compile(r"(?i)\bas an?\s+(data|backend|back-end|frontend|front-end|mobile)\s+"
                     r"(?:engineer|developer)\b")


def _models_itself(line: str) -> bool:
    """A line whose own work is a model (designed, built, trained), not the machinery around
    models: 'Built the click-prediction model', not 'Built batch scoring for the fraud models'
    or 'Own the training and deployment pipeline for the ranking models'."""
    return bool(MODEL_LINE.search(line)) and areas.owned(line) and not find_phrases(
        line, PRODUCTION_LINE + MODEL_MACHINERY)


SCIENCE_WORK = ("analysis", "analyses", "analysed", "analyzed", "experiment*", "a/b test*",
                "statistical*", "causal", "forecast*", "survival", "regression*", "hypothes*")


# a role in academia: its models answer research questions, not a business's
ACADEMIC = re.compile(r"(?i)\b(post-?doc\w*|post-doctoral|universit\w*|college|phd (?:student|candidate)|"
                      r"doctoral)\b")


def _modelling_role(w: Work) -> bool:
    """A science role, or an engineering role whose title or most of whose lines are models and
    analyses: years of 'machine learning/statistical modeling' work, unlike a data engineer's
    pipelines beside one churn model."""
    return w.kind == "science" or (w.kind == "engineering" and (
        ml_titled(w) or _mostly_science(w)))


def _mostly_science(w: Work) -> bool:
    """At least half of a role's lines (two at least) build models or analyse data: the work of a
    data scientist whatever the title ('Software Engineer II, Claims Analytics (ML team)')."""
    lines = [ln for ln in w.text.split(" \n ")[2:] if ln.strip()]
    science = [ln for ln in lines if MODEL_LINE.search(ln) or find_phrases(ln, SCIENCE_WORK)]
    return len(science) >= 2 and 2 * len(science) >= len(lines)


MODEL_MACHINERY = ("pipeline*", "scoring", "infrastructure", "platform*", "tooling")


def production_share(w: Work) -> float:
    """The share of a science role's lines that put models in production or run them there.
    A data scientist whose one model went live in a role of analysis and reporting has not
    spent the role's years deploying and operating models; an ML engineer's role has."""
    lines = [ln for ln in w.text.split(" \n ")[2:] if ln.strip()]
    if not lines:
        return 0.0
    return sum(1 for ln in lines if find_phrases(ln, PRODUCTION_LINE)) / len(lines)


def SOFTWARE_WORK(w: Work) -> bool:  # noqa: N802 (a rule, named like the others' labels)
    """Software development: engineering roles, not infrastructure or operations work that
    builds no software of its own."""
    return w.kind == "engineering" and not w.infra

def _role_shows(area: areas.Area, w: Work) -> bool:
    """A role did the area's work (areas.role_shows)."""
    return areas.role_shows(area, w.title, [ln for ln in w.text.split(" \n ")[2:] if ln.strip()]
                            + list(w.held))

# "3+ years of production Python, plus working knowledge of one of Java, Scala or Go": what
# follows is asked beside the years, not a subject the years may be of
PLUS = re.compile(r"(?i),?\s+(?:plus|as well as|along with|in addition to)\b\s*")


def split_plus(parsed: Parsed) -> tuple[Parsed, tuple[Ask, ...]]:
    """The years' own subject and the skills asked beside it after "plus"."""
    m = PLUS.search(parsed.subject)
    if m is None:
        return parsed, ()
    head, tail = parsed.subject[:m.start()], parsed.subject[m.end():]
    if re.search(r"(?i)\ba$", head.strip()):
        return parsed, ()  # "... is a plus": a preferred extra, not something asked beside
    low_tail = tail.lower()
    beside = tuple(a for a in parsed.subject_asks if a.label.lower() in low_tail
                   and a.label.lower() not in head.lower())
    if not beside:
        return parsed, ()
    own = tuple(a for a in parsed.subject_asks if a not in beside)
    return replace(parsed, subject=head, subject_asks=own), beside


def years_facet(parsed: Parsed, index: Index, find: Callable[[str], list[str]],
                categories: dict[str, str]) -> Facet:
    """"N+ years of <subject>": the counted years of that kind of work; skills asked beside
    the years ("plus working knowledge of one of Java, Scala or Go") must show as well."""
    own, beside = split_plus(parsed)
    facet = _years_facet(own, index, find, categories)
    if not beside:
        return facet
    names = [n for a in beside for n in a.names]
    labels = [a.label for a in beside]
    label = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]
    hits = index.find(names)
    detail = f"{facet.detail} | beside it: {label}: {'shown' if hits else 'not shown'}"
    if hits:
        return replace(facet, detail=detail)
    if facet.verdict == "met":
        return Facet("partly", f"{facet.reason}; but nothing on the resume shows {label}, "
                     "asked beside the years", facet.evidence, detail=detail, years=facet.years)
    return replace(facet, reason=f"{facet.reason}; nothing shows {label} either", detail=detail)


def _years_facet(parsed: Parsed, index: Index, find: Callable[[str], list[str]],
                 categories: dict[str, str]) -> Facet:
    exp = index.exp
    keep, label, close = subject_rule(parsed, find, categories)
    need = parsed.years or 0.0
    paid = _paid_kinds(parsed)
    if label.startswith(TOOL_WORK):  # "2+ years of SQL or Python": an analyst's full-time
        # role that writes them is years of using them, though not engineering years
        paid = (*paid, "analytics")
    if label.startswith(TOOL_WORK) and _everyday_tools(parsed, index, categories):
        # "3+ years of data querying languages (e.g. SQL), scripting languages (e.g. Python) or
        # statistical software": the everyday tools of any technical role; with one of them on
        # the resume, a full-time engineering, science or analyst role is years of using them
        # an operations role (SRE, DevOps, a NOC) counts only where its lines name one: its
        # days are spent in consoles and configuration, not in a language
        named = keep
        keep = lambda w: named(w) or (w.kind in ("engineering", "science", "analytics")  # noqa: E731
                                      and not w.infra)
    main = re.sub(r"\([^)]*\)", " ", parsed.subject)
    if (ANALYSIS_SUBJECT.search(main) and re.search(r"(?i)\bor\b", main)
            and not analysis_subject(parsed.subject)):
        # "data science, analytics or a related quantitative role": analyst roles are one of
        # the kinds of work it names
        first = keep
        keep = lambda w: first(w) or _analysis_role(w)  # noqa: E731
        label = f"{label} or data analysis work"
        paid = (*paid, "analytics")
    counted = [w for w in exp.work if (w.counted or w.kind in paid) and keep(w)]
    # "building and deploying models in production": the share of a role spent on models of
    # its own (an engineering role) or on running them (a science role)
    spans = [(w.start, w.end) if label != OPERATED
             else (w.end - round(w.months * model_share(w)), w.end) if w.kind == "engineering"
             else (w.end - round(w.months * production_share(w)), w.end) for w in counted]
    if label in (DESIGN_WORK, LEAD_DESIGN_WORK):  # an engineer of under three years spent the first building to
        # others' designs
        starts = [w.start for w in exp.work if w.counted and w.kind == "engineering"]
        if starts and (exp.years or 0.0) < JUNIOR_YEARS:
            after = min(starts) + FIRST_YEAR_MONTHS
            spans = [(max(a, after), b) for a, b in spans if b > after]
    have = years(merged_months(spans))
    work = sorted((w for w in exp.work if (w.counted or w.kind in paid) and keep(w)),
                  key=lambda w: -w.months)
    uncounted = [w for w in exp.work if not (w.counted or w.kind in paid) and close(w)]
    header = _header(index, work[0]) if work else None
    detail = f"{_yrs(have)} of {label} counted against {need:g}+"
    names = "; ".join(list(dict.fromkeys(f"{w.title}, {w.organization}".strip(", ")
                                         for w in work))[:2])
    if have + 0.05 >= need:  # "just under 3 years" is not 3 years
        return Facet("met", f"about {_yrs(have)} of {label} ({names}) against the {need:g}+ "
                     "asked", header, detail=detail, years=have)
    apart = ""
    infra = years_of(exp, lambda w: w.infra)
    if label == "professional software development" and infra and have + 0.05 < need:
        apart = (f"; about {_yrs(infra)} of infrastructure and operations work (SRE, DevOps) "
                 "count apart: they show running systems, not building software")
        if not have:
            return Facet("partly", f"no full-time software development yet{apart}",
                         _header(index, max((w for w in exp.work if w.infra),
                                            key=lambda w: w.months)), detail=detail, years=have)
    if uncounted:
        kinds = sorted({_kind_word(w.kind, w.note) for w in uncounted})
        apart += f"; full-time years leave out your {' and '.join(kinds)}"
    if label == OPERATED and not have:
        built = [w for w in exp.work if w.counted and w.kind in ("science", "research")
                 and find_phrases(areas.without_other_models(w.text), ML_WORDS)]
        if built:
            return Facet("partly", f"about {_yrs(years_of(exp, lambda w: w in built))} of "
                         "machine-learning work, but your lines do not show running it in "
                         "production (on-call, monitoring, latency, incidents)",
                         _header(index, built[0]), detail=detail, years=have)
    if label == LEAD_DESIGN_WORK and not have:
        built = [w for w in exp.work if w.counted and w.kind == "engineering" and close(w)]
        if built:
            return Facet("partly", f"about {_yrs(years_of(exp, lambda w: w in built))} of "
                         "building systems, but your lines do not show leading their design "
                         "(designing or architecting them)", _header(index, built[0]),
                         detail=detail, years=have)
    if have > 0:
        return Facet("partly", f"about {_yrs(have)} of {label} ({names}), short of the "
                     f"{need:g}+ asked{apart}", header, detail=detail, years=have)
    listed = any(ln.where == "listed" and (ln.skills & {n.lower() for a in parsed.subject_asks
                                                         for n in a.names})
                 for ln in index.lines)
    if uncounted or listed:
        line = _header(index, uncounted[0]) if uncounted else None
        return Facet("partly", f"no full-time {label.removeprefix('full-time ')} yet{apart or '; it appears only in your skills list'}",
                     line, detail=detail, years=have)
    return Facet("not-met", f"no full-time {label.removeprefix('full-time ')} on the resume against the {need:g}+ years asked",
                 None, detail=detail, years=have)

def _everyday_tools(parsed: Parsed, index: Index, categories: dict[str, str]) -> bool:
    """A years line that offers a broad choice of general languages (three or more named, or a
    kind such as 'scripting languages'), one of which the resume shows anywhere."""
    names = {n.lower() for a in parsed.subject_asks for n in a.names}
    languages = {n for n in names if categories.get(n) in ("language", "database")}
    broad = len(names) >= 3 or bool(re.search(r"(?i)\b(?:scripting|query(?:ing)?) languages?\b",
                                              parsed.subject))
    return bool(languages) and broad and any(ln.skills & languages for ln in index.lines)


def _paid_kinds(parsed: Parsed) -> tuple[str, ...]:
    """Full-time work that is not counted as engineering or science years but is the very work a
    years line asks for: analyst roles for "2+ years of data analysis"; any paid role for a
    line that asks for work of no kind at all ("Associate (1-3 years)", "2+ years of
    professional experience")."""
    if analysis_subject(parsed.subject):
        return ("analytics",)
    if PRODUCT_SUBJECT.search(parsed.subject) or WITH_ENGINEERS.search(parsed.subject):
        return ("product",)
    if ADVISORY_SUBJECT.search(parsed.subject):  # an architect's or consultant's role (kind
        return ("other",)  # "other": advising, not building), kept to those titles by the rule
    words = set(re.findall(r"[a-z-]+", parsed.subject.lower()))
    if words <= {"professional", "work", "working", "full-time", "experience", "of", "paid",
                 "total", "overall", "in", "a", "an", "the", "years"}:
        return ("analytics", "product", "other")
    return ()


def analysis_years(exp: object) -> float:
    """Years of full-time data analysis work: analyst and science roles, and engineering roles
    whose lines analyse data for others."""
    return years(merged_months([(w.start, w.end) for w in exp.work  # type: ignore[attr-defined]
                                if (w.counted or w.kind == "analytics") and _analysis_role(w)]))


def _analysis_role(w: Work) -> bool:
    return w.kind in ("analytics", "science") or (
        w.kind == "engineering" and bool(find_phrases(w.text, ANALYSIS_WORK)))


def analysis_subject(subject: str) -> bool:
    """The years are of data analysis or reporting work, not software or ML ("1-3 years in data
    analysis, business intelligence or a related analytical role"); an aside in brackets
    ("(engineering experience welcome)") does not change what is asked."""
    main = re.sub(r"\([^)]*\)", " ", subject)
    return bool(ANALYSIS_SUBJECT.search(main)) and not (SOFTWARE_SUBJECT.search(main)
                                                       or ML_SUBJECT.search(main))


def _kind_word(kind: str, note: str = "") -> str:
    if kind in ("engineering", "science"):  # shown, but not counted: the note says why
        return ("part-time roles" if "part-time" in note else "roles shared with teaching"
                if "shared with teaching" in note else "roles held while studying")
    return {"internship": "internships", "project": "projects", "research": "research",
            "study": "work during study", "teaching": "teaching", "other": "other roles",
            "product": "product roles", "analytics": "analyst roles"}.get(kind, kind)


def _literal(name: str) -> re.Pattern[str]:
    """A skill's own name as printed: a short one ("C", "R", "Go") only inside a list
    ("(C, FreeRTOS)"), a longer one anywhere as a word."""
    body = re.escape(name)
    if len(name) <= 2:
        return re.compile(r"(?:^|[(,/;])\s*" + body + r"\s*(?=[,)/;]|$)")
    return re.compile(r"(?<![\w+#])" + body + r"(?![\w+#])", re.IGNORECASE)


def conjunction(text: str) -> list[str] | None:
    """Two qualifications a posting merged on one line, each with its own years ("3+ years of
    software development; 2+ years of building ML models", "5+ years shipping software,
    including 2+ years building ML systems"): both asked."""
    for splitter in (";", SECOND_YEARS):
        parts = [x.strip(" ,;.") for x in re.split(splitter, text) if x and x.strip(" ,;.")]
        if len(parts) >= 2 and sum(asks_years(x) for x in parts) >= 2:
            return parts
    return None


# "5+ years shipping software, including 2+ years building ML systems": the second years are
# asked as well (of the narrower work)
SECOND_YEARS = re.compile(r"(?i),?\s+(?:including|incl\.|of which|with|and)\s+"
                          r"(?=(?:at least\s+)?\d{1,2}\s*\+?\s*(?:years?|yrs?)\b)")
