"""What one qualification asks for, read from its words.

A posting's line can ask for several things at once, and the way they are joined matters:

- "PHP, HTML5, CSS, Javascript, AJAX": every one of them;
- "Java, C++, Python or a related language", "one or more of the following: ...": any one;
- "AWS ML tools such as SageMaker", "java script libraries (jQuery, Prototype)": one of the
  examples; a general neighbour named as the head (AWS, JavaScript) is not enough on its own;
- "deploying models via Triton or SageMaker endpoints": the first and one of the others;
- "3+ years of full software development life cycle, including code reviews, testing, ...":
  the years of that work, with a few of the practices it lists;
- "B. Tech with minimum 60%", "Master's or PhD in ...": a degree, its level, field and grade;
- "Are 18 years of age or older", "authorized to work", "able to commit to 12 weeks":
  things a resume cannot show, which the candidate confirms;
- "Effective communication", "time management": qualities a resume rarely proves.

`parse` turns the text into a `Parsed` record; `app.analysis.qualifications` judges it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.analysis.education import DEGREE_PATTERNS
from app.analysis.skillkinds import CATEGORY_PHRASES, KIND_LABELS

Spans = Callable[[str], list[tuple[int, int, str]]]

# Skills a resume can simply list (a tool, a language): "experience with Docker" is met by a
# skills line. Every other category names an area or an activity that a bullet must show.
MODIFIER_SKILLS = frozenset({"performance optimization"})
TOOL_CATEGORIES = frozenset({"language", "web", "database", "devops", "cloud", "aws-service",
                             "ml-framework", "tooling", "mobile",
                             "human-language"})  # a spoken language: a languages line shows it
TOOL_NAMES_OTHER = frozenset({"apache spark", "dask", "hadoop", "airflow", "kafka", "mlflow",
                              "kubeflow", "evidently", "whylabs", "feast", "tecton", "dbt",
                              "snowflake", "databricks", "tableau", "power bi", "bigquery",
                              "redshift", "pandas", "numpy", "git", "jira", "excel"})
# a head this general is no evidence of the examples it introduces
# "Python (pandas, scikit-learn or similar)": the examples are ways of showing the head, which
# shows it as well
SIMILAR_TAIL = re.compile(r"(?i)\b(?:or|and) (?:similar|equivalent|comparable|the like)\b|\betc\b")
GENERIC_HEADS = frozenset({"aws", "azure", "gcp", "cloud computing", "javascript", "python",
                           "java", "machine learning", "database systems", "sql", "ai",
                           "artificial intelligence", "data science", "software development"})
# a skill that names a whole category: dropped right after one of its members ("a NoSQL
# database": the database is the NoSQL one)
UMBRELLAS = frozenset({"database systems", "cloud computing", "web development",
                       "software development"})
ANY_OF = re.compile(r"(?i)\b(at least one|one or more|any (?:one )?of(?: the following)?|either|"
                    r"one of the following|any combination of)\b")
EXAMPLE_WORDS = (r"(?:\b(?:such as|for example|for instance|like|including but not limited to|"
                 r"preferably)\b|\be\.g\.|\be\.g\b)")
EXAMPLE = re.compile(r"(?i)" + EXAMPLE_WORDS)
INCLUDING = re.compile(r"(?i)\b(including|includes|incl\.)\b")
# a language asked for data analysis ("Python or R for data analysis", "SQL and Python for
# analysis"), and the libraries that show it used so
FOR_ANALYSIS = re.compile(r"(?i)\b(?:python|r(?!&)|sql)\b[^.;]{0,30}\bfor (?:data )?analy(?:sis|tics)\b")
ANALYSIS_LIBRARIES = ("pandas", "NumPy", "statsmodels", "SciPy", "Matplotlib", "Seaborn",
                      "Jupyter")
# "solid software engineering practice: testing, code review, CI/CD", "software engineering
# habits (tests, code review, CI)": the practices say what the quality means, examples of it
PRACTICES_NAMED = re.compile(r"(?i)\b(?:software engineering(?:\s+(?:practices?|habits|"
                             r"fundamentals|discipline|skills))?|engineering\s+(?:practices?|"
                             r"habits|fundamentals|discipline))\s*(?::|\(|,\s*(?:such as|e\.g\.))")
PRACTICE_NAMES = frozenset({"code review", "software testing", "unit testing", "testing", "ci/cd",
                            "version control", "git", "code quality", "build systems", "sdlc",
                            "devops", "agile", "on-call"})
DEPTH = re.compile(r"(?i)\b(deep(?!\s+(?:learning|neural|reinforcement|networks?))|expert\w*|strong|extensive|proven|hands-on|in-depth|advanced|"
                   r"solid|track record|mastery|proficien\w*|fluen\w*|significant|substantial|considerable)\b")
PROFESSIONAL = re.compile(r"(?i)\b(business (?:problems?|applications?|impact)|commercial|"
                          r"industry|in production|production (?:systems?|services?|environments?)|"
                          r"customer-facing|at an? (?:enterprise|company))\b")
SCALE = re.compile(r"(?i)\b(large[- ]scale|at scale|high[- ]scale|massive|web[- ]scale|"
                   r"high[- ](?:traffic|volume|load|throughput)|planet[- ]scale|hyper[- ]scale)\b")
SYSTEMS = re.compile(r"(?i)\b(build\w*|develop\w*|design\w*|implement\w*|operat\w*)\b[\w\s-]{0,40}?"
                     r"\b(systems?|platforms?|infrastructure|pipelines?|services)\b")
VAGUE_TAIL = re.compile(r"(?i)\b(?:and |or )?(?:other|related|similar|comparable|equivalent|"
                        r"modern)\s+[\w\s-]{0,40}?(?:techniques|tools|technologies|methods|"
                        r"frameworks|approaches)\b")
# "Amazon Bedrock or similar LLM platforms", "Spark or other distributed computing frameworks":
# the category after "or other/similar" widens the example named; it is not asked besides it
OR_SIMILAR = re.compile(r"(?i)\b(?:or|and)\s+(?:any\s+)?(?:other|similar|comparable|equivalent)\s+"
                        r"[\w\s/-]{0,40}?(?:techniques|tools|technologies|methods|frameworks|"
                        r"approaches|platforms|services|libraries|databases|stores|engines|"
                        r"systems|solutions|products)\b")


# "..., and willing to write Go and Kotlin here": what the hire will learn on the job, not
# what the resume must show
WILLING_TAIL = re.compile(r"(?i),?\s*(?:and |but )?(?:be )?(?:willing(?:ness)?|happy|open|eager|"
                          r"keen)\s+to\s+(?:learn|write|work in|work with|use|pick up|code in)"
                          r"\b[^.;]*")


_OTHER_WORD = re.compile(r"(?i)\b(?:any\s+)?(?:other|related|similar|comparable|equivalent|"
                         r"modern)\s+")


def _or_category(widen: bool) -> Callable[[re.Match[str]], str]:
    def sub(m: re.Match[str]) -> str:
        tail = m.group(0)
        if not re.match(r"(?i)or\s", tail):
            return " "
        return "or " + _OTHER_WORD.sub("", tail[2:].strip(), count=1) if widen else "or "
    return sub

# a clause after the asked part saying what is only welcome ("Strong Python and SQL; SAS
# knowledge is a plus", "..., Scala a bonus"): not asked
PLUS_TAIL = re.compile(r"(?i)[;,]\s*[^;,]{1,60}?\b(?:is|are|would be|will be)?\s*(?:a|an)?\s*"
                       r"(?:big |definite |strong )?(?:plus|bonus|nice[- ]to[- ]have|advantage|"
                       r"added advantage)\b\.?\s*$")

# where the experience may come from, as a closing list of alternatives ("through professional
# work, internships or research"): ways to meet the line, not things it asks for
_CONTEXT_WORD = (r"(?:professional|industry|industrial|paid|academic|personal|school|university|"
                 r"open[- ]source|side|course|class|research|internships?|co-?ops?|projects?|"
                 r"coursework|academia|work|experience|roles?|jobs?|positions?|settings?|"
                 r"contributions?|competitions?|hackathons?|the|an?|significant|substantial|"
                 r"relevant|previous|prior)")
THROUGH_TAIL = re.compile(r"(?i),?\s+(?:gained\s+|obtained\s+|acquired\s+)?(?:through|via)\s+"
                          r"(?:\b" + _CONTEXT_WORD + r"\b(?:\s*[,/]\s*|\s+(?:or|and)\s+|\s+)?)+"
                          r"\.?\s*$")
# the tail is a list of routes only when paid work is one of them ("through internships or
# co-ops" alone asks for internships)
_PAID_ROUTE = re.compile(r"(?i)\b(?:professional|industry|industrial|paid|work|jobs?|roles?|"
                         r"positions?)\b")


# a clause that says what is not asked ("...; German is not required"): nothing to look for
NOT_ASKED = re.compile(r"(?i)[;,]\s*(?:and\s+)?[^;,.()]{1,40}?\b(?:is|are)\s+not\s+(?:required|needed|"
                       r"necessary|a requirement)\b[^;,.]*")


# a job-description form's marks on a line: "(Essential)", "(Preferred)"; a clause marked as a
# wish inside a required line ("...Operations Research (Essential); Master's degree
# (Preferred)") is not asked
_WISH_CLAUSE = re.compile(r"(?i)[;,]\s*[^;,()]{1,80}\(\s*(?:preferred|desirable|desired|nice to "
                          r"have|optional|an advantage|a plus)\s*\)\s*$")
_MARK = re.compile(r"(?i)\s*\(\s*(?:essential|required|mandatory|must(?:[- ]have)?|preferred|"
                   r"desirable|desired|nice to have|optional)\s*\)")


def without_tails(text: str, widen: bool = False) -> str:
    """The text without its vague "and other ... tools" or "or similar ... platforms" tails, or
    a tail saying what the hire will be willing to learn or where the experience may come from
    ("through professional work, internships or research"). An "or other ..." tail leaves its
    "or": "forecasting, regression or other statistical methods" lists alternatives; with
    `widen`, the category it widens to stays as one more ("or statistical methods")."""
    sub = _or_category(widen)
    text = _MARK.sub("", _WISH_CLAUSE.sub("", NOT_ASKED.sub("", text)))
    tail = THROUGH_TAIL.search(text)
    if tail and _PAID_ROUTE.search(tail.group(0)):
        text = text[:tail.start()]
    return PLUS_TAIL.sub(" ", WILLING_TAIL.sub(" ", OR_SIMILAR.sub(sub, VAGUE_TAIL.sub(sub, text))))


_YEARS = re.compile(
    r"(?i)(?P<n>\d{1,2}(?:\.\d)?)\s*(?:\+|plus)?\s*(?:(?:[-–—]|to)\s*\d{1,2}\s*)?(?:\+\s*)?(?:years|year|yrs|yr)\b"
    r"(?!\s+(?:of\s+age|old))(?:\s+of)?"
    # the subject runs to the sentence's end; "e.g." and "i.e." inside it do not end it
    r"(?P<subject>(?:\b(?:e\.g|i\.e)\.|\.(?=\w)|[^.;])*)")
ALTERNATIVE_YEARS = re.compile(r"(?i),?\s+or\s+(?:an?\s+|\w+\s+){0,2}?\d{1,2}(?:\.\d)?\s*\+?\s*"
                               r"(?:years|yrs)\b")
# the languages a posting may ask for (credentials.LANGUAGE_NAMES: how resumes write each)
ASKED_LANGUAGES = ("English", "German", "French", "Spanish", "Portuguese", "Italian", "Dutch",
                   "Japanese", "Mandarin", "Chinese", "Korean", "Hindi", "Arabic", "Polish",
                   "Bahasa Indonesia", "Bahasa Malaysia", "Bahasa Melayu", "Thai", "Vietnamese",
                   "Czech", "Slovak", "Turkish", "Russian", "Swedish", "Norwegian", "Danish",
                   "Finnish", "Hebrew", "Croatian")
_LANGUAGE_ANY = "(" + "|".join(n.lower() for n in ASKED_LANGUAGES) + ")"
# a language's name as postings write it: capitalised ("Polish", not "polish")
_LANGUAGE_WORD = "(?-i:" + "|".join(ASKED_LANGUAGES) + r")\b"
# a language asked for in the posting's own words: the phrase, and the language it names
FOREIGN_LANGUAGE_NAMES = {
    "italiana": "italian", "italiano": "italian", "inglese": "english", "tedesca": "german",
    "tedesco": "german", "francese": "french", "spagnola": "spanish", "deutsch": "german",
    "englisch": "english", "französisch": "french", "français": "french", "française": "french",
    "anglais": "english", "allemand": "german", "inglés": "english", "ingles": "english",
    "español": "spanish", "castellano": "spanish", "alemán": "german", "inglês": "english",
    "português": "portuguese", "polskiego": "polish", "polski": "polish",
    "angielskiego": "english", "niemieckiego": "german", "nederlands": "dutch", "engels": "english",
}
_FOREIGN_NAMES = "|".join(sorted(FOREIGN_LANGUAGE_NAMES, key=len, reverse=True))
FOREIGN_LANGUAGE_ASK = (
    r"\b(?:conoscenza|padronanza|ottima conoscenza|buona conoscenza)\s+(?:della\s+)?lingua\s+"
    r"(?:" + _FOREIGN_NAMES + r")\b|\blingua\s+(?:" + _FOREIGN_NAMES + r")\b|"
    r"\b(?:" + _FOREIGN_NAMES + r")[- ]?kenntnisse\b|\b(?:flie(?:ss|ß)end(?:es)?|verhandlungssicher(?:es)?)"
    r"\s+(?:" + _FOREIGN_NAMES + r")\b|"
    r"\b(?:maîtrise|connaissance|pratique)\s+(?:de\s+l['’]|du\s+)(?:" + _FOREIGN_NAMES + r")\b|"
    r"\b(?:" + _FOREIGN_NAMES + r")\s+(?:(?:b[aá]sico|intermedio|intermediário|intermediate)[- ]?)?"
    r"(?:courant|avancé|avanzado|avançado|fluido|fluente|nativo|intermedio|intermediário)\b|"
    r"\b(?:dominio|conocimiento|nivel)\s+(?:alto\s+)?(?:del?\s+)?(?:idioma\s+)?(?:" + _FOREIGN_NAMES
    + r")\b|\bidioma\s+(?:" + _FOREIGN_NAMES + r")\b|"
    r"\b(?:znajomość|biegła znajomość|dobra znajomość)\s+języka\s+(?:" + _FOREIGN_NAMES + r")\b|"
    r"\b(?:vloeiend|vlot)\s+(?:" + _FOREIGN_NAMES + r")\b")
CONFIRM = (  # (kind, pattern): facts a resume cannot show
    ("age", re.compile(r"(?i)\b(\d{2}\s+years\s+of\s+age|years of age|age of \d{2}|at least \d{2} "
                       r"years old|legal (?:working )?age|age[ds]?\s*(?:between\s*)?\d{2}\s*"
                       r"(?:[-–—]|to|and)\s*\d{2})\b")),
    ("authorisation", re.compile(
        r"(?i)\b(authori[sz]ed to work|work authori[sz]ation|authori[sz]ation to work|right to work|"
        r"eligible to work|legally (?:able|permitted) to work|"
        r"visa|sponsorship|citizenship|citizen|nationality|permanent resident|security clearance|"
        # citizens as who may apply ("applicants must be Australian citizens"), not as the
        # users of a service ("digital services for citizens")
        r"must be (?:an? )?(?:[\w.]+ )?citizens|citizens only|open (?:only )?to (?:[\w.]+ )?citizens|"
        r"clearance|background check|drug (?:test|screen)|security check \(sc|"
        r"pre-employment (?:check|screening)|police check|"
        r"criminal record check|security vetting|background investigation|selective service|"
        # "Male applicants: military service completed or exempted" (Taiwan, Korea)
        r"military service (?:completed|fulfilled|done|exempt\w*|obligations?)|servicio militar|"
        # "This job is open to: The public: U.S. citizens, nationals ..."
        r"open to\W[^.;]{0,30}\bcitizens)\b")),
    ("conferral", re.compile(r"(?i)\b(conferral|graduation date|graduat\w+ (?:between|by|in|"
                             r"before|after)|expected to graduate)\b")),
    ("enrolment", re.compile(r"(?i)\b((?:currently |are |be )?enrolled|current(?:ly)? "
                             r"(?:a )?student|returning to (?:school|university)|pursuing an? "
                             r"(?:degree|bachelor|master|phd))\b")),
    ("language", re.compile(
        r"(?i)\b(?:fluen\w*|proficien\w*|native|business[- ]level|written and spoken|spoken and "
        r"written)\b[^.;]{0,30}\b" + _LANGUAGE_ANY + r"\b(?!\s+(?:text|texts|data|documents?|"
        r"queries|nlp|content|speech|corp\w*|markets?|tokeni\w*))|\b" + _LANGUAGE_ANY + r"\b"
        r"[^.;]{0,20}\b(?:fluency|proficiency|language skills)\b|"
        # "Very good English; German is a plus", "English at C1", "German (B2 or higher)": a
        # language named with a capital, then nothing but the end of the ask or its level
        # (not "Strong English and Rust skills", "Chinese market knowledge", "polish")
        r"\b(?:very good|good|excellent|strong|solid|advanced|full professional)\s+(?:command of\s+|"
        r"knowledge of\s+)?(?:written and spoken\s+|spoken and written\s+)?" + _LANGUAGE_WORD +
        r"(?=\s*(?:$|[;,.(]|is\b|are\b|at\b|level\b|required\b|(?:and|or)\s+" + _LANGUAGE_WORD +
        r"))|" + _LANGUAGE_WORD + r"\s*(?:\(|at\s+(?:an?\s+)?|level\s+)(?:level\s+)?(?:[abcABC][12]|"
        r"business|professional|native|fluent|conversational|JLPT|HSK|TOPIK)\b|"
        # "Language: English -- Listening: Fair, Reading: Good" (a job bank's language row),
        # "communicate with process engineers in Mandarin"
        r"^\W*languages?\s*[:：]\s*" + _LANGUAGE_WORD + r"\b|\bcommunicat\w*\b[^.;]{0,50}\bin\s+"
        + _LANGUAGE_WORD + r"\b|"
        # "English: able to read and write technical documents", "Japanese: business level"
        r"^\W*" + _LANGUAGE_WORD + r"\s*[:：]\s*(?!(?:not\s+(?:required|needed|necessary)|"
        r"optional|nice|a\s+plus|plus|bonus|preferred|welcome|helpful)\b)\S|"
        # the same asks written in the posting's own language ('Conoscenza della lingua
        # italiana', 'Sehr gute Deutschkenntnisse', 'Maîtrise de l'anglais', 'Inglés avanzado',
        # 'Biegła znajomość języka angielskiego')
        + FOREIGN_LANGUAGE_ASK)),
    ("availability", re.compile(
        r"(?i)\b(able to (?:work|commit|relocate|travel|start)|ability to (?:work|commit|relocate|"
        r"travel|start) (?:in|from|on|at|for|to)\b|willing(?:ness)? to (?:relocate|"
        r"travel|work)|available to (?:start|work)|commit to an? \d+|hours(?:/| per )week|"
        r"full-time availability|on-?site \d|work (?:on-?site|in (?:the )?office)|"
        r"\d+ days (?:a|per) week (?:in|on-?site|in-office)|relocat\w+ to|"
        # 'You live in Cairo or are happy to relocate here', 'open to relocating'
        r"(?:happy|ready|open|prepared) to relocat\w*|open to relocation|"
        # 'Disponibilidad para viajar a faena', 'disponibilidade para viajar', 'Reisebereitschaft'
        r"disponibilidad(?:e)? (?:para|de|pour) (?:viajar|trabajar|voyager|trabalhar)|"
        r"disponibilit[ée] pour (?:voyager|des d[ée]placements)|reisebereitschaft|"
        r"(?-i:you (?:live|are based|reside) in [A-Z]\w*))\b")),
)
SOFT = (  # (quality, words in the requirement)
    ("communication", ("communicat*", "written and verbal", "verbal and written", "presentation skill*",
                       "comprehension", "articulate", "explain* technical",
                       "non-technical audience*", "non-technical stakeholder*",
                       "non-specialist*", "non-experts", "lay audience*",
                       # explaining work to people outside it: "explain results to
                       # non-technical partners", "explain a model trade-off to a PM"
                       "non-technical partner*", "non-technical colleague*",
                       "non-technical team*", "explain* results", "explain* findings",
                       "explain* a model*", "explain* complex")),
    ("problem solving", ("problem-solving", "problem solving", "analytical skill*", "analytical thinking",
                         "critical thinking")),
    ("learning quickly", ("learn and adapt", "learn quickly", "fast learner", "quick learner",
                          "adapt to new", "ability to learn", "eager to learn")),
    ("time management", ("time management", "time-management", "manage time", "meet deadlines",
                         "prioriti*", "severity and priority")),
    ("decision making", ("decision making", "decision-making", "make decisions")),
    ("teamwork", ("team player", "teamwork", "collaborat*", "work well with others",
                  "interpersonal", "partnering with", "partner with", "work closely with",
                  "working closely with")),
    ("ownership", ("self-starter", "self-motivated", "initiative", "work independently")),
)
SOFT_CATEGORY = "soft-skill"
PRIOR_WORK = re.compile(r"(?i)\b(previous|prior) (?:technical )?internship|demonstrated project "
                        r"experience|project experience\b|\binternships?,? (?:or |and )?co-?ops?\b|"
                        # "building or contributing to a non-trivial software project (coursework,
                        # open source, or personal)": any project, internship or job that built it
                        r"\b(?:build\w*|built|contribut\w*)\b[^.;]{0,40}\bsoftware projects?\b")
# "Previous technical internship(s)": internships and co-ops, nothing else
ONLY_INTERNSHIPS = re.compile(r"(?i)^\W*(?:previous|prior)?\s*(?:technical\s+)?internships?"
                              r"(?:\s*\(s\))?(?:\s+(?:or|and)\s+co-?ops?)?\W*$")
# "contributions to open source, hackathons or personal projects": work outside a job
SIDE_WORK = re.compile(r"(?i)\b(contribut\w* to open[- ]source|open[- ]source contribut\w*|"
                       r"hackathons?|personal projects?|side projects?|hobby projects?|"
                       r"projects you can tell)\b")
# "a solid foundation in data structures, algorithms and object-oriented design"
FUNDAMENTALS = re.compile(r"(?i)\b(foundations?|fundamentals?|knowledge|understanding|grasp|"
                          r"background|grounding)\b")
CS_FUNDAMENTALS = frozenset({"data structures", "algorithms", "object-oriented design",
                             "operating systems", "computer architecture", "computer networks",
                             "discrete mathematics", "design patterns", "computer science"})
# "publications at top-tier peer-reviewed conferences or journals": main venues, not workshops
TOP_VENUE = re.compile(r"(?i)\b(?:top[- ]tier|top|premier|leading|major|flagship|peer[- ]reviewed)"
                       r"\b[^.;]{0,40}\b(?:conferences?|journals?|venues?|publications?)\b|"
                       r"\b(?:publications?|papers?|published)\b[^.;]{0,80}\b(?:venues?|"
                       r"conferences?|journals?)\b")
# the relational databases "SQL databases" means
RELATIONAL = ("PostgreSQL", "MySQL", "SQLite", "Oracle Database", "SQL Server", "MariaDB",
              "Relational Databases", "PL/SQL")
# asks a relational database product shows: it is one, and it is queried in SQL
BY_PRODUCT = frozenset({"relational databases"})
# kinds of earlier work a "prior work" line lists as its alternatives
PRIOR_KINDS = frozenset({"research", "internship", "co-op", "open source", "projects"})


@dataclass(frozen=True)
class Ask:
    """One thing asked for: any of `names` (taxonomy skills, or "kind:<kind>")."""

    names: tuple[str, ...]
    label: str  # the posting's own words for it
    concept: bool  # an area or activity a bullet must show (not a tool a skills line can list)


@dataclass(frozen=True)
class Degree:
    """A degree asked for."""

    level: int  # lowest level accepted (1 bachelor's, 2 master's, 3 PhD; 0 school certificates)
    alternatives: tuple[int, ...]  # every level named ("PhD, or Master's and 4+ years")
    fields: str  # the requirement's words for the field ('' when it names none)
    percent: float | None  # a minimum grade ("with minimum 60%")
    engineering: bool  # "B. Tech", "B.E.": an engineering bachelor's
    practical: bool  # "or equivalent practical experience": experience can stand in


@dataclass(frozen=True)
class Parsed:
    """What a qualification asks for."""

    text: str
    asks: tuple[Ask, ...] = ()  # all of them (each one any of its names)
    including: tuple[Ask, ...] = ()  # practices listed after "including" (a few of them)
    practices: bool = False  # the including are examples of engineering practice (two shown)
    depth: bool = False  # "deep", "strong", "hands-on": a skills line alone is partly
    professional: bool = False  # "business problems", "in production": paid work only
    scale: bool = False  # "large-scale"
    systems: bool = False  # "building ... systems": a line that builds a system
    years: float | None = None
    subject: str = ""  # what the years are of ("non-internship professional software development")
    subject_asks: tuple[Ask, ...] = ()  # the skills named in the subject ("PHP development")
    degree: Degree | None = None
    confirm: str = ""  # one of CONFIRM's kinds
    soft: tuple[str, ...] = ()  # qualities from SOFT
    prior_work: bool = False  # "previous internship or project experience"
    side_work: bool = False  # "open source, hackathons or personal projects"
    fundamentals: bool = False  # "a solid foundation in data structures and algorithms"
    top_venue: bool = False  # "publications at top-tier peer-reviewed conferences"
    notes: tuple[str, ...] = field(default_factory=tuple)


def _ask(names: Sequence[str], label: str, categories: dict[str, str]) -> Ask:
    names = tuple(dict.fromkeys(names))
    if any(n.lower() in BY_PRODUCT for n in names):  # "relational databases": PostgreSQL is one
        names = tuple(dict.fromkeys(names + RELATIONAL))
    concept = not all(
        n.startswith("kind:") or categories.get(n.lower()) in TOOL_CATEGORIES
        or n.lower() in TOOL_NAMES_OTHER for n in names)
    return Ask(names, label.strip(" ,.;:()"), concept)


def _kind_pattern(phrase: str) -> re.Pattern[str]:
    body = re.escape(phrase.rstrip("*")).replace(r"\ ", r"[\s-]+")
    return re.compile(r"(?i)\b" + body + (r"\w*" if phrase.endswith("*") else "") + r"\b")


# compiled once at import (where app.compile_cache keeps them), not at each use
_KIND_PATTERNS = tuple((_kind_pattern(phrase), kind) for phrase, kind in CATEGORY_PHRASES)


def _kind_spans(text: str) -> list[tuple[int, int, str]]:
    """Kind phrases ("a programming language", "deep learning frameworks") as spans."""
    out = []
    for pattern, kind in _KIND_PATTERNS:
        for m in pattern.finditer(text):
            out.append((m.start(), m.end(), f"kind:{kind}"))
    out.sort()
    keep: list[tuple[int, int, str]] = []
    for s in out:  # the longest phrase at a place ("deep learning framework" over "framework")
        if keep and s[0] < keep[-1][1]:
            if s[1] - s[0] > keep[-1][1] - keep[-1][0]:
                keep[-1] = s
            continue
        keep.append(s)
    return keep


_SEP = re.compile(r"(?i)^[\s,;&/]*(?:(?:and/or|and|or|as well as|plus|&)[\s,;&/]*)?$")


def _is_list_gap(gap: str) -> bool:
    if re.search(r"(?i)\b(?:plus|as well as|along with|together with|in addition to|including|"
                 r"especially|in particular|particularly)\b", gap):
        return False  # "PyTorch or TensorFlow, plus gradient boosting": asked as well;
        # "time series forecasting, including probabilistic or hierarchical": that and one of these
    return (bool(_SEP.match(gap)) and len(gap) <= 14) or _or_gap(gap)


def _or_list(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Two spans next to each other in a list of alternatives ("a mentor, tech lead or ...")."""
    first, second = (a, b) if a[0] < b[0] else (b, a)
    gap = text[first[1]:second[0]]
    return bool(re.search(r"(?i)\bor\b", text[first[0]:])) and (
        _or_gap(gap) or (bool(_SEP.match(gap)) and len(gap) <= 3))


# ", embedding-based retrieval or ": one list item the taxonomy does not know, then the "or"
# before the last item (an item of up to four words)
_UNKNOWN_ITEM_OR = re.compile(r"(?i)^\s*,\s*[\w/+-]+(?:\s+[\w/+-]+){0,3},?\s+or\s+$")


def _or_gap(gap: str) -> bool:
    """" models or developing ": a short gap with an "or" and no "and" joins alternatives."""
    return ((len(gap) <= 30 or bool(_UNKNOWN_ITEM_OR.match(gap)))
            and bool(re.search(r"(?i)\bor\b", gap))
            and not re.search(r"(?i)\band\b|[;.]", gap))


# the noun after a skill that makes it the kind of a tool ("statistical analysis packages")
# the examples of these are alternatives a candidate has one of ("frameworks such as A and B")
_CHOICE_NOUN = re.compile(r"(?i)\b(?:frameworks|librar(?:y|ies)|languages)\b")
_TOOL_NOUN = re.compile(r"(?i)\s*(?:packages?|tools?|software|suites?|librar(?:y|ies))\b")


def _group(text: str, spans: list[tuple[int, int, str]], categories: dict[str, str],
           ) -> list[Ask]:
    """Spans -> asks: parenthesised or "such as" examples join their head; lists joined by
    "or" (or after "at least one") are one ask; other lists are one ask per item."""
    asks: list[Ask] = []
    used: set[int] = set()
    ends: dict[int, int] = {}  # where an ask of examples ends in the text -> that ask
    following = re.search(r"(?i)\b(?:of the following|following areas)\b", text)
    if following:  # "any of the following: A, B (C, D), E": any one of all of them
        rest = [j for j, sp in enumerate(spans) if sp[0] > following.start()]
        if len(rest) >= 2:
            asks.append(_ask([spans[j][2] for j in rest], text[following.start():], categories))
            used.update(rest)
    # 1. examples: "head (A, B)", "head words (A, B)" and "head words such as A or B"
    heads: dict[int, int] = {}  # span index of a head with examples -> its ask
    for i, (s, e, name) in enumerate(spans):
        if i in used:
            continue
        after = text[e:]
        m = re.match(r"[\w\s/-]{0,30}?\(([^)]*)\)", after) or re.match(
            r"(?i)[\w\s/-]{0,30}?,?\s*" + EXAMPLE_WORDS + r"\s*(.{0,160}?)"
            r"(?=$|[.;]| and (?!/)|\)|, and|\s+including\b)", after)
        if not m:
            continue
        between = after[:m.start(1)]
        if re.search(r"(?i)\b(and|or|with|via|using)\b", between) or (
                # "generative models for control, such as diffusion policies": a purpose of
                # one or two words keeps the examples the head's; a longer one names another
                # thing the examples belong to
                re.search(r"(?i)\bfor\b", between) and (not re.match(
                    r"(?i)\s*for\s+\w+(?:\s+\w+)?\s*,?\s*" + EXAMPLE_WORDS, between)
                    or any(e < sp[0] < e + m.start(1) for sp in spans))):
            continue
        lo, hi = e + m.start(1), e + m.end(1)
        inner = [j for j, sp in enumerate(spans) if lo <= sp[0] < hi and j not in used]
        if not inner:
            continue
        tail = re.match(r"\s+and\s+", text[hi:])
        nxt = next((j for j, sp in enumerate(spans) if tail and sp[0] == hi + tail.end()), None)
        if nxt is not None and (
                # "like Redshift, S3, Glue, EMR and IAM", "packages such as R, SAS and Matlab":
                # the list's last example
                (len(inner) >= 2 and text[lo:hi].count(",") >= len(inner) - 1)
                # "JavaScript frameworks such as angular and react": two frameworks of one
                # kind, named as examples of what is asked; a team works in one of them
                or (len(inner) == 1 and _CHOICE_NOUN.search(text[s:lo]) is not None
                    and categories.get(spans[inner[0]][2].lower())
                    == categories.get(spans[nxt][2].lower()))):
            inner.append(nxt)
            hi = spans[nxt][1]
        examples = [spans[j][2] for j in inner]
        inside = text[lo:hi]
        closed = (text[e + m.start(1) - 1:e + m.start(1)] == "(" and re.search(
            r"(?i)\bor\b", inside) is not None and not EXAMPLE.search(inside)
            and not SIMILAR_TAIL.search(inside) and not re.search(r"(?i)\bother\b", inside))
        if name.startswith("kind:") and closed:
            # "a cloud platform (GCP or AWS)": the choices the posting names, not any cloud
            names = examples
        elif name.startswith("kind:"):
            names = [name] + examples
        elif (name.lower() in GENERIC_HEADS or categories.get(name.lower()) in ("language", "cloud")
              or (_TOOL_NOUN.match(text[e:lo]) and all(
                  categories.get(x.lower()) != categories.get(name.lower()) for x in examples))
              ) and not SIMILAR_TAIL.search(text[lo:hi + 1]):
            # "statistical analysis packages such as R, SAS and Matlab": the skill names the
            # kind of tool, the tools are of another kind; one of the tools is asked
            names = examples
        else:
            names = [name] + examples
        asks.append(_ask(names, text[s:hi + 1], categories))
        heads[i] = len(asks) - 1
        ends[hi + 1 if text[hi:hi + 1] == ")" else hi] = len(asks) - 1
        used.add(i)
        used.update(inner)
    # "(A, B)" with no skill before it: "distributed compute (Spark, Dask)"
    for m in re.finditer(r"\(([^)]*)\)", text):
        inner = [j for j, sp in enumerate(spans) if m.start(1) <= sp[0] < m.end(1) and j not in used]
        if len(inner) >= 2:
            head = text[max(0, m.start() - 30):m.start()].split(",")[-1]
            asks.append(_ask([spans[j][2] for j in inner], head + m.group(0), categories))
            used.update(inner)
            ends[m.end()] = len(asks) - 1
    # "tools such as A or B" with no skill as the head: the examples are one ask
    for m in re.finditer(r"(?i)" + EXAMPLE_WORDS + r"\s*(.{0,120}?)(?=$|[.;)]| and )", text):
        inner = [j for j, sp in enumerate(spans) if m.start(1) <= sp[0] < m.end(1) and j not in used]
        if inner:
            asks.append(_ask([spans[j][2] for j in inner], text[m.start():m.end()], categories))
            used.update(inner)
            ends[m.end() + (text[m.end():m.end() + 1] == ")")] = len(asks) - 1
    # 2. lists of the remaining spans
    rest = [j for j in range(len(spans)) if j not in used]
    lists: list[list[int]] = []
    for j in rest:
        gap = text[spans[lists[-1][-1]][1]:spans[j][0]] if lists else ""
        if lists and _is_list_gap(gap) and not (_AND_NEXT.match(gap) and any(
                _or_gap(text[spans[a][1]:spans[b][0]])
                for a, b in zip(lists[-1], lists[-1][1:], strict=False))):
            lists[-1].append(j)
        else:  # (", and" after "A or B" closes that choice: "Kafka or Kinesis, and Spark")
            lists.append([j])
    lists = [seg for run in lists for seg in _and_then_or(text, spans, run, categories)]
    any_at = [m.end() for m in ANY_OF.finditer(text)]
    either = re.search(r"(?i)\band/or\b", text)
    if either:  # "A, B and/or C": one of them is enough
        runs = [j for run in lists for j in run if spans[j][0] >= either.start() - 80]
        if len(runs) >= 2:
            lists = [run for run in lists if all(j not in runs for j in run)] + [runs]
            any_at.append(spans[runs[0]][0])  # noqa: B909
    for run in lists:
        gaps = [text[spans[a][1]:spans[b][0]] for a, b in zip(run, run[1:], strict=False)]
        names = [spans[j][2] for j in run]
        if len(run) == 2 and not gaps[0].strip() and names[1].lower() in UMBRELLAS:
            # "SQL databases": one thing, the umbrella narrowed by the word before it
            extra = list(RELATIONAL) if names[0].lower() == "sql" else []
            asks.append(_ask(names + extra, text[spans[run[0]][0]:spans[run[1]][1]], categories))
            continue
        first = spans[run[0]][0]
        after_any = any(0 <= first - p <= 60 for p in any_at)
        ored = any(re.search(r"(?i)\bor\b|/", g) for g in gaps) or after_any or (
            any(n.startswith("kind:") for n in names)) or (
            # "A, B or <something else>": the list is of alternatives all the same
            len(run) >= 2 and bool(re.match(r"(?i)\s*,?\s*or\b", text[spans[run[-1]][1]:])))
        label = text[first:spans[run[-1]][1]]
        last = run[-1] + 1  # "distributed systems, databases, or cloud services such as AWS":
        # the list's last alternative is a head with examples; one ask of all of them
        if last in heads and _or_gap(text[spans[run[-1]][1]:spans[last][0]]):
            k = heads[last]
            asks[k] = _ask(names + list(asks[k].names), f"{label} or {asks[k].label}",
                           categories)
            continue
        before = next((k for end, k in ends.items()
                       if 0 <= first - end <= 30 and _or_gap(text[end:first])), None)
        if before is not None and (ored or len(run) == 1):
            # "cloud tools (AWS or GCP) or deep learning frameworks": the examples' ask and
            # what follows its "or" are alternatives, one ask
            asks[before] = _ask(list(asks[before].names) + names,
                                f"{asks[before].label} or {label}", categories)
            continue
        if ored or len(run) == 1:
            asks.append(_ask(names, label, categories))
        else:
            asks.extend(_ask([spans[j][2]], text[spans[j][0]:spans[j][1]], categories) for j in run)
    return asks


def _and_then_or(text: str, spans: list[tuple[int, int, str]], run: list[int],
                 categories: dict[str, str] | None = None) -> list[list[int]]:
    """A run that joins with both ", and" and a later "or" asks for each part its ", and"
    separates: "Python, and Go or Bash" is Python and one of Go or Bash, never any one of the
    three. A bare "and" binds tighter than the list's commas ("C# and .NET, Java, or
    TypeScript": one of three options), so it does not separate."""
    gaps = [text[spans[a][1]:spans[b][0]] for a, b in zip(run, run[1:], strict=False)]
    if not any(re.search(r"(?i)\bor\b|/", g) for g in gaps):
        return [run]
    if len(run) == 3 and re.fullmatch(r"(?i)\s+and\s+", gaps[0]) \
            and re.fullmatch(r"(?i)\s+or\s+", gaps[1]) and categories is not None \
            and categories.get(spans[run[0]][2].lower()) \
            == categories.get(spans[run[1]][2].lower()) is not None:
        # "SQL and Python or Scala": two of one kind joined by "and" are both asked, and the
        # "or" offers the second's alternative (not "C# and .NET or Java": a pair of kinds)
        return [[run[0]], run[1:]]
    out = [[run[0]]]
    for j, gap in zip(run[1:], gaps, strict=True):
        if _AND_GAP.search(gap) and not re.search(r"(?i)\bor\b|/", gap):
            out.append([j])
        else:
            out[-1].append(j)
    return out


_AND_GAP = re.compile(r"(?i)^\s*[,;]\s*and\b(?!/)")
_AND_NEXT = re.compile(r"(?i)^[^,;]*,\s*and\s")  # "..., and ": the next thing asked as well
_NAMED_AFTER = re.compile(r"\b(?:with|such as|like|using|e\.g\.,?|including|in)\s+"
                          r"(?P<name>[A-Z][A-Za-z0-9]*(?:[.+#-][A-Za-z0-9]+)*)\b")
_NOT_A_TOOL = frozenset("""A An The Our Your Their Any Some One At Least Large Small Modern Cloud
Java Python Experience Strong Deep Familiarity Knowledge Bachelor Master Masters PhD Computer
Science Engineering Data Machine Learning Distributed Agile Scrum English Office Linux Unix
Windows Mac Amazon Google Microsoft Meta Apple US USA United States Remote Production Large-Scale
High Low Payments Healthcare Ads Search Retail Fintech Latin America Americas Europe Asia Africa
EMEA APAC LATAM North South""".split())


# heads whose examples are judged with them (the areas of app.analysis.areas name these)
AREA_HEAD = re.compile(r"(?i)\b(health ?care|clinical|medical|payments?|banking|financial|fintech|"
                       r"distributed|streaming|backend|frontend|mobile|cloud|data|machine learning|"
                       r"ml|deep learning|nlp|llms?|serving|gpu|monitoring|compliance|testing)\b")
_EXAMPLE_LIST = re.compile(r"(?:\(|\bsuch as\s+|\be\.g\.,?\s*|\blike\s+)"
                           r"(?P<items>[^()]{2,120}?)(?=\)|$|[.;])")
_LIST_ITEM = re.compile(r"\b[A-Z][A-Za-z0-9]*(?:[.+#/-][A-Za-z0-9]+)*\b")


def _named_tools(text: str, spans: list[tuple[int, int, str]]) -> list[Ask]:
    """Products and standards the posting names that the skill list does not know
    ("Experience with Storybook", "an RTOS (FreeRTOS, Zephyr or similar)", "protocols such as
    SPI, I2C and CAN"): the resume must name one of them too. Names in one list of examples
    are alternatives; a name on its own is asked by itself."""
    def known(at: int) -> bool:
        return any(s <= at < e for s, e, _ in spans)

    out: list[Ask] = []
    listed: set[int] = set()
    for m in _EXAMPLE_LIST.finditer(text):
        head = text[max(0, m.start() - 40):m.start()]
        if any(m.start() - 40 <= e <= m.start() + 1 for _s, e, _n in spans) or AREA_HEAD.search(
                head):
            continue  # the examples of a skill or area already asked ("healthcare data (EHR, ...)")
        names = []
        for item in _LIST_ITEM.finditer(m.group("items")):
            at = m.start("items") + item.start()
            listed.add(at)
            if item.group(0) not in _NOT_A_TOOL and not known(at):
                names.append(item.group(0))
        unknown_all = names and all(not known(m.start("items") + i.start())
                                    for i in _LIST_ITEM.finditer(m.group("items"))
                                    if i.group(0) not in _NOT_A_TOOL)
        if names and unknown_all:  # a list the skill list knows nothing of: any one of them
            out.append(Ask(tuple(f"literal:{n}" for n in dict.fromkeys(names)),
                           ", ".join(dict.fromkeys(names)), False))
    for m in _NAMED_AFTER.finditer(text):
        name = m.group("name")
        if (name in _NOT_A_TOOL or len(name) < 3 or name.isupper() and len(name) <= 3
                or known(m.start("name")) or m.start("name") in listed):
            continue
        out.append(Ask((f"literal:{name}",), name, False))
    return out


# a job bank's field-of-study row ("Major: Electrical Engineering; Computer Science; related
# fields"): a degree in those fields
MAJOR_ROW = re.compile(r"(?i)^\W*(?:majors?|fields? of study|discipline|academic major)\s*[:：]\s*"
                       r"(?P<fields>\S.{2,})$")


def _degree(text: str) -> Degree | None:
    row = MAJOR_ROW.match(text)
    if row:
        return Degree(1, (1,), re.sub(r"\s*;\s*", ", ", row.group("fields"))[:300], None, False,
                      False)
    named = [r for words, abbr, r in DEGREE_PATTERNS if words.search(text) or abbr.search(text)]
    school = re.search(r"(?i)\b(10th|12th|class\s+(?:x|xii)|ssc|hsc|high school|secondary)\b", text)
    if not named and not school and not re.search(
            r"(?i)\bdegree\b(?!\s+of\b)|\btertiary (?:qualification|degree|education)\b", text):
        return None
    grade = re.search(r"(?i)(\d{2}(?:\.\d+)?)\s*%|(?:c?gpa|cpi)\s*(?:of\s*)?(\d(?:\.\d+)?)", text)
    percent = float(grade.group(1)) if grade and grade.group(1) else (
        round(float(grade.group(2)) / 4 * 100, 1) if grade and grade.group(2) else None)
    fields = ""
    # the field is named after the degree ("Master's in CS"), never in a years clause beside
    # it ("PhD, or a Master's degree and 6+ years of applied research experience")
    head = re.split(r"(?i)\b(?:and|with|plus)?\s*\d{1,2}\s*\+?\s*(?:years|yrs)\b", text)[0]
    m = re.search(r"(?i)\b(?:in|of)\s+(.{3,})$", head)
    # "... in computer science or a related field, or equivalent experience": the fields stand
    # before the alternative of experience (which the degree's `practical` flag keeps)
    field_text = re.sub(r"(?i),?\s+or\s+(?:an?\s+)?equivalent\s+(?:(?:practical|work|professional|"
                        r"industry|relevant|job)\s+)?experience\b.*$", "", m.group(1)) if m else ""
    if m and not re.search(r"(?i)\bexperience\b", field_text):
        # the first field list named, up to a second degree ("..., or Bachelor's degree in
        # such a field"), which names no field of its own
        fields = re.split(r"(?i),?\s+or\s+(?:an?\s+)?(?:bachelor|master|ph\.?\s?d|doctorate)",
                          field_text)[0][:300]
    levels = tuple(sorted(set(named))) or ((0,) if school and not named else (1,))
    return Degree(min(levels), levels, fields,
                  percent, bool(re.search(r"(?i)\b(b\.?\s?tech|b\.?\s?e\.?|beng)\b", text)),
                  bool(re.search(r"(?i)equivalent (?:practical |work |professional )?experience|"
                                 r"or equivalent (?:practical|work)", text)))


def _confirm(text: str) -> str:
    for kind, pattern in CONFIRM:
        if pattern.search(text):
            return kind
    return ""


# telling something to people outside the work: "communicate statistical results clearly to
# non-specialist audiences", "explain machine learning results to non-specialists"
COMMUNICATES = re.compile(
    r"(?i)\b(?:communicat\w*|explain\w*|present\w*|convey\w*)\b(?P<what>[^.;]{3,60}?)\bto\s+"
    r"(?:both\s+|a\s+|an\s+|the\s+)?(?:non[- ]?\w+|business|senior|executive|leadership|"
    r"stakeholders?|audiences?|customers?|clients?|designers?|lay\b)")


TOLD = re.compile(r"(?i)\b(?:results?|analys[ie]s|findings|insights|concepts|ideas|trade-?offs?|"
                  r"recommendations|outcomes)\b")


def _soft(text: str, names: Sequence[str], categories: dict[str, str]) -> tuple[str, ...]:
    from app.analysis.text import find_phrases

    found = [q for q, words in SOFT if find_phrases(text, words)]
    if not found and len(names) == 1 and categories.get(names[0].lower()) == SOFT_CATEGORY:
        found = ["general"]  # a quality alone ("Leadership"): nothing else is asked
    return tuple(dict.fromkeys(found))


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15}
_YEAR_UNIT = r"(?:years?|yrs?)\b"
_WORD_YEARS = re.compile(r"(?i)\b(" + "|".join(_NUMBER_WORDS) + r")\b(?=\s*(?:\(\d{1,2}\)\s*)?"
                         r"(?:\+|or more|or greater|plus)?\s*" + _YEAR_UNIT + ")")
_OR_MORE = re.compile(r"(?i)\b(\d{1,2})\s*(?:\(\d{1,2}\)\s*)?(?:or more|or greater)\s+(?=" +
                      _YEAR_UNIT + ")")
_SPELLED_TWICE = re.compile(r"(?i)\b(\d{1,2})\s*\(\d{1,2}\)\s*(?=\+?\s*" + _YEAR_UNIT + ")")


MAX_YEARS_ASKED = 25  # a larger figure is no years of experience asked


def asks_years(text: str) -> bool:
    """Whether a line asks for years of experience, as `parse` reads them (without its skill
    scans)."""
    m = _YEARS.search(years_in_digits(without_tails(text, widen=True)))
    return m is not None and float(m.group("n")) <= MAX_YEARS_ASKED


def years_in_digits(text: str) -> str:
    """Years written in any of a posting's ways as "N+ years": "three or more years", "3 or more
    years", "Five+ years", "five (5) years" (as the reader of the posting reads them)."""
    text = _WORD_YEARS.sub(lambda m: str(_NUMBER_WORDS[m.group(1).lower()]), text)
    text = _SPELLED_TWICE.sub(lambda m: m.group(1) + " ", text)
    return _OR_MORE.sub(lambda m: m.group(1) + "+ ", text)


def parse(text: str, spans_of: Spans, categories: dict[str, str]) -> Parsed:
    """Read one qualification."""
    clean = years_in_digits(without_tails(text, widen=True))
    every = sorted(spans_of(clean))
    # the category an "or other ..." tail widens to is an alternative when the taxonomy puts
    # it beside the examples named ("regression or other statistical methods"), not when it
    # is broader ("Spark or other distributed computing frameworks" is not any distributed work)
    named = sorted(spans_of(years_in_digits(without_tails(text))))
    kinds = {categories.get(n.lower()) for _s, _e, n in named}
    plain = {n for _s, _e, n in named}
    every = [s for s in every if s[2] in plain or categories.get(s[2].lower()) in kinds]
    spans = [s for s in every if categories.get(s[2].lower()) != SOFT_CATEGORY]
    # a quality listed as an alternative to a practice ("a mentor, tech lead or leading a
    # team") is one of the ways to meet the line, not a quality for the interview
    spans += [s for i, s in enumerate(every) if categories.get(s[2].lower()) == SOFT_CATEGORY
              and any(categories.get(o[2].lower()) != SOFT_CATEGORY and _or_list(clean, s, o)
                      for o in every[max(0, i - 1):i + 2] if o is not s)]
    spans = sorted(spans + _kind_spans(clean))
    dedup: list[tuple[int, int, str]] = []
    for s in spans:  # one mention per place, the same skill once ("containerization via Docker")
        if dedup and s[0] < dedup[-1][1]:
            if s[2].startswith("kind:") and not dedup[-1][2].startswith("kind:"):
                dedup[-1] = s  # "deep learning framework" is the kind, not "deep learning"
            continue
        if dedup and s[2] == dedup[-1][2]:
            if re.fullmatch(r"\s*,\s*", clean[dedup[-1][1]:s[0]]):
                dedup[-1] = (dedup[-1][0], s[1], s[2])  # "grocery, retail": one item of a list
            continue
        dedup.append(s)
    years: float | None = None
    subject = ""
    subject_spans: list[tuple[int, int, str]] = []
    including: list[Ask] = []
    practices = False
    m = _YEARS.search(clean)
    if m and float(m.group("n")) <= MAX_YEARS_ASKED:
        years = float(m.group("n"))
        cut = INCLUDING.search(m.group("subject"))
        sub_end = m.start("subject") + (cut.start() if cut else len(m.group("subject")))
        # "2+ years of software engineering, or 4+ years of combined ...": the first way is
        # its own subject; the alternative (and its notes) is not part of it
        alt = ALTERNATIVE_YEARS.search(m.group("subject"))
        if alt:
            sub_end = min(sub_end, m.start("subject") + alt.start())
        subject = clean[m.start("subject"):sub_end].strip()
        subject_spans = [s for s in dedup if m.start("subject") <= s[0] < sub_end]
        if cut:
            including = [_ask([s[2]], clean[s[0]:s[1]], categories) for s in dedup
                         if s[0] >= sub_end]
        dedup = [s for s in dedup if s[0] < m.start() or (s[0] >= sub_end and not cut
                                                          and not alt)]
    else:
        inc = INCLUDING.search(clean)
        tail = [s for s in dedup if inc and s[0] > inc.end()]
        if inc and len(tail) >= 3:  # "including A, B, C, D": a few of them show the practice
            including = [_ask([s[2]], clean[s[0]:s[1]], categories) for s in tail]
            dedup = [s for s in dedup if s[0] < inc.start()]
        spelled = PRACTICES_NAMED.search(clean)
        listed = [s for s in dedup if spelled and s[0] >= spelled.end()]
        if not including and spelled and listed and "," in clean[spelled.end():] and all(
                s[2].lower() in PRACTICE_NAMES for s in listed):
            including = [_ask([s[2]], clean[s[0]:s[1]], categories) for s in listed]
            dedup = [s for s in dedup if s[0] < spelled.start()]
            practices = True
    dedup = [s for i, s in enumerate(dedup)
             if not (s[2].lower() in UMBRELLAS and i > 0 and s[0] - dedup[i - 1][1] <= 2
                     and categories.get(dedup[i - 1][2].lower()) == categories.get(s[2].lower()))]
    # "low-latency model serving": the latency qualifies the serving named right after it
    # (the area of serving with latency targets asks for it), not a second thing asked
    dedup = [s for i, s in enumerate(dedup)
             if not (s[2].lower() in MODIFIER_SKILLS and i + 1 < len(dedup)
                     and 0 <= dedup[i + 1][0] - s[1] <= 1)]
    degree = _degree(clean)
    names = [s[2] for s in spans_of(clean)]
    asks = _group(clean, dedup, categories) + _named_tools(clean, [
        s for s in spans_of(clean) if categories.get(s[2].lower()) != SOFT_CATEGORY])
    used_for = FOR_ANALYSIS.search(clean)
    if used_for:  # "Python or R for data analysis": what the language is used for, shown by
        # the libraries of analysis beside it ("Python (pandas, statsmodels)") as well
        asks = [Ask(a.names + ANALYSIS_LIBRARIES, a.label, a.concept)
                if a.names == ("Data Analysis",) and clean.find(a.label) >= used_for.start()
                else a for a in asks]
    told = COMMUNICATES.search(clean)
    if told and TOLD.search(told.group("what")) and "communication" in _soft(clean, [], categories):
        # "communicate statistical results to non-specialist audiences": the results told are
        # no skill asked beside the telling ("presenting Tableau dashboards" still asks Tableau)
        asks = [a for a in asks if not told.start("what") <= clean.find(a.label) < told.end("what")]
    prior = bool(PRIOR_WORK.search(clean))
    side = bool(SIDE_WORK.search(clean)) and not prior and not ANY_OF.search(clean)
    if prior or side:  # the kinds of work listed are alternatives the facet weighs
        asks = [a for a in asks if not all(n.lower() in PRIOR_KINDS for n in a.names)]
    venue = bool(TOP_VENUE.search(clean))
    if venue:  # the publications facet decides what a top venue is (venues named are examples)
        asks = [a for a in asks if not all(n.lower() in ("research", "publications", "patents")
                                           or n.startswith("literal:") for n in a.names)]
    if degree is not None:  # fields of study named in a degree line are not skills (in a
        # line with years too: "Master's in statistics, ..., or a Bachelor's and 5+ years")
        years_at = m.start() if m and years is not None else len(clean)
        asks = [a for a in asks if not (all(categories.get(n.lower()) in (
            "ml-concept", "data", "domain", "practice", None) or n.startswith("kind:")
            for n in a.names) and 0 <= clean.find(a.label) < years_at)]
    return Parsed(
        text=text, asks=tuple(asks), including=tuple(including), practices=practices,
        depth=bool(DEPTH.search(clean)), professional=bool(PROFESSIONAL.search(clean)),
        scale=bool(SCALE.search(clean)) and not _scale_of_one_choice(clean, asks),
        systems=bool(SYSTEMS.search(clean)), years=years, subject=subject or "",
        subject_asks=tuple(_ask([s[2]], clean[s[0]:s[1]], categories) for s in subject_spans),
        degree=degree, confirm=_confirm(clean), soft=_soft(clean, names, categories),
        prior_work=prior, side_work=side, top_venue=venue,
        fundamentals=(bool(FUNDAMENTALS.search(clean)) and len(
            {n for a in asks for n in a.names}) >= 2 and all(
            n.lower() in CS_FUNDAMENTALS for a in asks for n in a.names)) or (
            # "any of the following areas: algorithms and data structures, parsing, ...": one
            # area is enough, and the fundamentals a computing degree teaches are among them
            bool(ANY_OF.search(clean)) and len(asks) == 1 and any(
                n.lower() in CS_FUNDAMENTALS for n in asks[0].names)))


def _scale_of_one_choice(text: str, asks: Sequence[Ask]) -> bool:
    """'AWS SageMaker, distributed training or large-scale batch inference': the scale is one
    choice's (the batch inference), not the list's; SageMaker shown anywhere is a way in."""
    m = SCALE.search(text)
    if m is None:
        return False
    for a in asks:
        at = text.find(a.label)
        if len(a.names) >= 2 and at >= 0 and at < m.start() < at + len(a.label) and re.search(
                r",|\bor\b", text[at:m.start()]):
            return True
    return False


def kind_label(name: str) -> str:
    """'a programming language' for 'kind:language'."""
    kind = name.split(":", 1)[1]
    return KIND_LABELS.get(kind, kind)
