"""Section headings: which phrases name a section (in several languages), what kind of
section each is, and which lines of a document are its headings."""

from __future__ import annotations

import re
from collections import Counter

from app.reading.cleanup import collapse_ws, unspace_letters
from app.reading.dates import DATE_RANGE_RE, is_dateish
from app.reading.lines import Line, body_size, style_of
from app.reading.wording import JOB_NOUN, WORK_LABEL, is_degree_line

# ---------------------------------------------------------------- section headings
_KIND_WORDS: list[tuple[str, str]] = [
    (
        "summary",
        r"(?:professional |career |executive |personal |candidate )?(?:summary|profile|objective)|about me|about|overview|introduction|personal statement|summary of qualifications",
    ),
    (
        "skills",
        r"(?:technical |core |key |relevant |computer |programming |inter-?personal |soft |hard )?skills?(?: & \w+| and \w+| summary)?|technologies|tech stack|tools|toolbox|toolkit|technical toolkit|competenc(?:y|ies)|expertise|proficienc(?:y|ies)|languages?|technical|qualifications summary|techincal skills",
    ),
    (
        "education",
        r"education(?:al background)?|academics?|academic background|qualifications|degrees?|coursework|relevant coursework|training|schooling"
        r"|academic (?:profile|qualifications?|details|record|credentials)|educational (?:qualifications?|details|profile)"
        r"|scholastic (?:profile|record)|qualification|higher education|высшее образование",
    ),
    (
        "projects",
        r"(?:personal |academic |selected |key |side |technical |relevant |research )?projects?|portfolio|open[- ]source(?: contributions)?",
    ),
    (
        "experience",
        r"(?:work |professional |relevant |research |industry |employment |teaching |internship |leadership |volunteer(?:ing)? |related )?(?:experience|history)|employment(?: history)?|work|career(?: history)?|internships?|research|leadership(?: experience| & activities| and activities)?|volunteer(?:ing| work)?|(?:extra-?curricular |campus |on campus |other |leadership (?:&|and) )?(?:activit(?:y|ies)|involvement)|extra-?curricular(?: activit(?:y|ies))?|positions(?: of responsibility)?|appointments"
        # a service whose roles are read, and then counted apart (not engineering years)
        r"|(?:military|national|army|compulsory|mandatory) service(?: experience)?|military(?: experience| background)?"
        r"|armed forces(?: service| experience)?",
    ),
    (
        "other",
        r"publications?|selected publications|awards?|honou?rs?(?: (?:&|and) awards)?|(?:honou?rs|awards) (?:&|and) \w+|certifications?|certificates?|licenses?(?: (?:&|and) certifications)?|interests|hobbies|references|referees|contact(?: details| information)?|personal(?: information| details| profile| data| particulars| info)?|declaration|links|patents|(?:invited )?talks|presentations|conferences|workshops?|relevant workshops?|(?:seminars?|trainings?)(?: (?:and|&) (?:seminars?|trainings?|workshops?))?(?: attended)?|fellowships?(?: (?:and|&) recognitions)?|achievements|accomplishments|memberships|affiliations|additional information|additional|misc(?:ellaneous)?|job applied for|position applied for|preferred job|desired (?:position|job|role)(?:,? (?:and |& )?salary)?|desired salary|citizenship(?:,? [\w ,]+)?|желаемая должность(?: и зарплата)?|гражданство(?:,? [\w ,]+)?|languages spoken|selected honors|service|grants|scholarships",
    ),
]
# Common headings in other languages (German, French, Spanish, Portuguese, Italian, Dutch,
# Polish, Russian, Hebrew, Arabic, Chinese, Japanese, Korean), matched like the English ones.
_KIND_WORDS_INTL: list[tuple[str, str]] = [
    (
        "summary",
        r"(?:kurz)?profil|zusammenfassung|über mich|profil professionnel|à propos(?: de moi)?"
        r"|perfil(?: profesional| profissional)?|resumen(?: profesional)?|resumo(?: profissional)?"
        r"|sobre mí|sobre mim|profilo(?: professionale)?|sommario|chi sono|profiel|samenvatting"
        r"|over mij|podsumowanie|o mnie|обо мне|профиль|резюме|о себе|תקציר|פרופיל|על עצמי"
        r"|نبذة(?: عني| شخصية)?|الملخص|ملخص|الملف الشخصي|个人简介|个人总结|自我评价|个人优势"
        r"|自己pr|職務要約|概要|プロフィール|자기소개|요약|소개",
    ),
    (
        "skills",
        r"(?:it-|fach|edv-|technische |besondere )?kenntnisse|fähigkeiten|kompetenzen"
        r"|sprachkenntnisse"
        r"|sprachen|compétences(?: techniques| informatiques| clés)?|langues|outils"
        r"|dovednosti|zručnosti|jazyky|jazykové znalosti"
        r"|habilidades(?: técnicas)?|competencias(?: técnicas)?|conocimientos(?: técnicos)?"
        r"|idiomas|competências(?: técnicas)?|conhecimentos|competenze(?: tecniche)?|capacità"
        r"|lingue|vaardigheden|competenties|kennis|talen|umiejętności|навыки|ключевые навыки"
        r"|כישורים|מיומנויות|שפות|כלים|المهارات(?: التقنية)?|مهارات|اللغات"
        # the Europass CV's headings ('COMPETENZE PERSONALI', 'Competenze digitali')
        r"|competenze (?:personali|digitali)|competencias (?:personales|digitales)"
        r"|compétences (?:personnelles|numériques)|competências (?:pessoais|digitais)"
        r"|persönliche (?:fähigkeiten|kompetenzen)|digitale kompetenzen|digital skills"
        r"|技能|专业技能|技术技能|技术栈|スキル|技術スキル|保有スキル|言語|기술|보유 기술|스킬",
    ),
    (
        "education",
        r"ausbildung|bildung(?:sweg)?|studium|akademischer werdegang|schulbildung"
        r"|formations?(?: académique)?|éducation|études|diplômes"
        r"|educación|formación(?: académica)?|estudios|educação|formação(?: acadêmica| académica)?"
        r"|istruzione|formazione|studi|opleiding(?:en)?|wykształcenie|edukacja|образование"
        r"|vzdělání|vzdelanie"
        r"|istruzione e formazione|educación y formación|[ée]ducation et formation"
        r"|educação e formação|schul- und berufsbildung|onderwijs en opleiding"
        r"|השכלה|לימודים|التعليم|المؤهلات(?: العلمية)?|教育背景|教育经历|学历|学歴|학력|교육",
    ),
    (
        "projects",
        r"projekte|projets|proyectos|projetos|progetti|projecten|projekty|проекты|פרויקטים"
        r"|المشاريع|مشاريع|项目经验|项目经历|项目|プロジェクト(?:経験)?|프로젝트",
    ),
    (
        "experience",
        r"(?:berufs|arbeits|praxis)erfahrung(?:en)?|berufliche (?:erfahrung|laufbahn|stationen)"
        r"|(?:beruflicher )?werdegang|berufspraxis|praktika|expériences?(?: professionnelles?)?"
        r"|parcours(?: professionnel)?|experiencias?(?: laboral(?:es)?| profesional(?:es)?)?"
        r"|experiências?(?: profissional| profissionais)?"
        r"|esperienz[ae](?: lavorativ[ae]| professional[ei])?"
        r"|werkervaring|(?:relevante )?ervaring|doświadczenie(?: zawodowe)?|опыт(?: работы)?"
        r"|pracovní zkušenosti|pracovné skúsenosti|praxe|zaměstnání|zamestnanie"
        r"|ניסיון(?: תעסוקתי| מקצועי)?|ניסיון בעבודה|الخبر(?:ة|ات)(?: العملية| المهنية)?"
        r"|工作经历|工作经验|实习经历|职业经历|職歴|職務経歴|経歴|業務経験|경력(?: 사항)?|경험"
        r"|wehrdienst|zivildienst|servicio militar|service militaire|serviço militar|servizio militare"
        r"|askerlik|שירות צבאי|военная служба",
    ),
    (
        "other",
        r"zertifikate|zertifizierungen|auszeichnungen|publikationen|veröffentlichungen|interessen"
        # the Europass CV's personal details and the post it names ('POSIZIONE RICOPERTA')
        r"|informazioni personali|ulteriori informazioni|información personal|información adicional"
        r"|informations personnelles|informations complémentaires|informação pessoal"
        r"|informações adicionais|angaben zur person|zusätzliche informationen"
        r"|posizione ricoperta|occupazione desiderata|puesto solicitado|empleo deseado"
        r"|emploi recherché|poste (?:occupé|visé)|cargo pretendido|gewünschte beschäftigung"
        r"|hobbys|certifications|distinctions|publications|centres d'intérêt|loisirs"
        r"|certificaciones|certificados|premios|publicaciones|intereses|certificações|prêmios"
        r"|certificazioni|premi|interessi|certificaten|prijzen|hobby's|сертификаты|תעודות|הסמכות"
        r"|الشهادات|الجوائز|证书|获奖经历|荣誉奖项|資格|免許・資格|受賞歴|자격증|수상",
    ),
]
_KIND_RES = [(k, re.compile(rf"^(?:{p})$", re.I)) for k, p in _KIND_WORDS + _KIND_WORDS_INTL]
_KIND_CONTAINS = [
    ("experience", re.compile(r"\b(experience|employment|work history|career)\b", re.I)),
    ("projects", re.compile(r"\bprojects?\b", re.I)),
    ("education", re.compile(r"\beducation\b", re.I)),
    ("skills", re.compile(r"\bskills?\b", re.I)),
    ("summary", re.compile(r"\b(summary|profile|objective)\b", re.I)),
    (
        "experience",
        re.compile(
            r"\b(activit(y|ies)|involvement|leadership|volunteer|extra-?curricular)\b", re.I
        ),
    ),
]
# the same words inside longer titles in other languages ('Berufserfahrung und Projekte')
_KIND_CONTAINS += [
    (
        "experience",
        re.compile(
            r"erfahrung|\bexpérience|\bexperiencia|\bexperiência|\besperienz|ervaring|ניסיון"
            r"|الخبر|经历|经验|職歴|経歴|경력",
            re.I,
        ),
    ),
    (
        "projects",
        re.compile(
            r"\bprojekt|\bprojet|\bproyecto|\bprojeto|\bprogett|פרויקט|مشاريع|项目|プロジェクト"
            r"|프로젝트",
            re.I,
        ),
    ),
    (
        "education",
        re.compile(
            r"\bausbildung|\bformation|\beducaci[oó]n|\bformaç|\bistruzione|\bopleiding|השכלה"
            r"|التعليم|教育|学歴|학력",
            re.I,
        ),
    ),
    (
        "skills",
        re.compile(
            r"kenntnisse|\bcompétences|\bhabilidades|\bcompetências|\bcompetenze|\bvaardigheden"
            r"|כישורים|المهارات|技能|スキル|기술",
            re.I,
        ),
    ),
]
BULLET_KINDS = ("experience", "projects")


def heading_key(text: str) -> str:
    t = re.sub(r"\s*[-–|(]?\s*\blinks?\)?$", "", unspace_letters(text), flags=re.I) or text
    t = re.sub(r"[:.\s○●•◦▪■□◆◇►▶★☆✓✔➤→—–-]+$", "", t.strip())  # trailing decoration
    t = re.sub(r"^[#\W\d]+", "", t)
    # 'CLIENT ENGAGEMENTS (Acme Analytics LLC, 04/2019-present)': the heading before its note
    t = re.sub(r"(?<=\w)\s*\([^()]*\)$", "", t) or t
    # 'Work experience — 11 years 9 months' (a job site's total beside the heading)
    t = _TOTAL_BESIDE.sub("", t) or t
    return collapse_ws(t)


# a total of years (and months) printed after a heading, in the languages of the headings
_TOTAL_BESIDE = re.compile(
    r"(?i)(?<=\w)\s*[-–—:|,]\s*(?:total:?\s*)?\d{1,2}\+?\s*(?:years?|yrs?|jahre|ans|años|anos|anni|"
    r"jaar|lat|år|лет|года?)(?:\s+(?:and\s+|und\s+|et\s+|y\s+|e\s+)?\d{1,2}\s*(?:months?|mos?|"
    r"monate?n?|mois|meses|mesi|maanden|miesięcy|månader|måneder|месяц\w*))?$")


# the document's own title, in Japanese or Chinese or Korean ("職務経歴書 / Career History" at the
# top of a career history): no section, though its English half names one
DOCUMENT_TITLE = re.compile(r"職務経歴書|履歴書|简历|簡歷|이력서|경력기술서")


def known_heading(text: str) -> str | None:
    """Section kind for a known heading phrase (exact-ish), else None."""
    t = heading_key(text).lower().replace("’", "'")
    if not t or len(t) > 45 or DOCUMENT_TITLE.search(t):
        return None
    for kind, rx in _KIND_RES:
        if rx.match(t):
            return kind
    halves = re.split(r"\s+[/|]\s+", t)
    if len(halves) == 2:  # a heading in two languages ('BERUFSERFAHRUNG / EXPERIENCE', 'İş
        # Deneyimi / Work Experience'): one half known, the other the same or a language we
        # do not list
        found = [known_heading(h) for h in halves]
        kinds = set(found) - {None}
        # one half unknown: only 'X / Y', no list ('Languages | Python, SQL')
        spelled = None not in found or (" / " in t and "," not in t)
        # words of one script each: not 'Previous roles | 2009 – 2018', nor a table's label
        # '業務内容・実績 Responsibilities / achievements'
        words = all(not re.search(r"\d", h) and len(h.split()) <= 4
                    and len({c < "ɐ" for c in h if c.isalpha()}) == 1 for h in halves)
        if len(kinds) == 1 and spelled and words:
            return kinds.pop()
    return _vocabulary_kind(t)


# Heading nouns by kind, and the words that qualify them ('Selected Research Positions',
# 'Teaching & Mentoring', 'Licenses and Certifications'): a short line made only of these
# words, with at least one noun, names a section even in a wording no table lists.
_NOUNS = {
    "experience": "experience experiences employment history career positions appointments "
    "internships internship work roles jobs teaching research leadership volunteering volunteer "
    "activities involvement consulting engagements mentoring fieldwork residency residencies "
    "placements assignments",
    "projects": "projects project portfolio case studies",
    "education": "education degrees qualifications training studies academics schooling "
    "coursework courses",
    "skills": "skills skill competencies competences competency technologies tools stack "
    "expertise proficiencies strengths abilities capabilities toolkit toolbox languages",
    "summary": "summary profile objective overview introduction statement bio",
    "other": "publications publication presentations talks lectures posters papers awards award "
    "honors honours certifications certificates certification licenses licences patents "
    "interests hobbies references referees service memberships affiliations grants scholarships "
    "fellowships achievements accomplishments conferences workshops contact links press media "
    "exhibitions recognition recognitions distinctions volunteerism outreach details books "
    "journals articles declaration",
}
_NOUN_KIND = {w: k for k, words in _NOUNS.items() for w in words.split()}
_QUALIFIERS = set(
    """professional work relevant selected key core technical academic research teaching personal
    additional other related industry recent previous prior notable major side open source
    open-source volunteer leadership community university campus extracurricular
    extra-curricular international clinical software engineering data management business
    military hands-on practical and & of / + my the a in for with soft hard computer programming
    interpersonal inter-personal language invited conference peer-reviewed refereed journal
    development graduate undergraduate summer freelance consulting employment full-time
    part-time honors honours awards education experience skills scientific creative design
    product analytical professional-experience recent select current main areas area educational
    co-curricular cocurricular extracurricular curricular published previous past earlier
    organisational organizational client clients co-op coop work-term placement""".split()
)


def _vocabulary_kind(t: str) -> str | None:
    words = [w for w in re.split(r"[\s,]+", t.replace("&", " & ").replace("/", " / ")) if w]
    if not 1 <= len(words) <= 5:
        return None
    kinds = []
    for w in words:
        w = w.strip("()")
        kind = _NOUN_KIND.get(w)
        if kind is not None:
            kinds.append(kind)
        elif w not in _QUALIFIERS:
            return None
    if not kinds:
        return None
    if kinds[0] == "projects":
        return "projects"  # 'Project Experience', 'Project Details': the projects come first
    for bullet_kind in ("experience", "projects"):
        if bullet_kind in kinds:
            return bullet_kind
    return kinds[-1]


def numbered_heading(rest: str) -> bool:
    """After a list number: a heading ('1. Experience', '3. PROFESSIONAL PROFILE', '6. SKILL
    ORIENTATION / TECHNICAL SKILLS') rather than a numbered item: a known heading, or a
    short line in capitals that is no sentence."""
    rest = rest.strip()
    if known_heading(rest):
        return True
    words = rest.split()
    return (
        1 <= len(words) <= 7
        and rest.isupper()
        and len(re.findall(r"[A-Z]", rest)) >= 4
        and not re.search(r"[.;!?]$|\d{3,}", rest)
    )


def section_kind(title: str) -> str:
    """Kind of a section from its title; 'other' when nothing matches."""
    kind = known_heading(title)
    if kind:
        return kind
    t = heading_key(title)
    for k, rx in _KIND_CONTAINS:
        if rx.search(t):
            return k
    return "other"


def detect_headings(lines: list[Line]) -> list[bool]:
    """Which lines are section headings: known phrases set the heading style, the style finds the rest."""
    body = body_size(lines)
    flags = [False] * len(lines)
    styles: Counter[tuple] = Counter()

    def standalone(ln: Line) -> bool:
        t = heading_key(ln.text)
        return (
            # a list paragraph can carry a heading in Word templates ('SKILLS ○')
            (not ln.bullet or ((ln.caps or ln.bold) and known_heading(ln.text) is not None))
            and 0 < len(t) <= 50
            and len(t.split()) <= 6
            and not ln.margin
            and not t.endswith((",", ";"))
            and not is_dateish(t)
        )

    def emphasised(ln: Line) -> bool:
        if not body or not ln.size:
            return ln.bold or ln.text.strip().isupper() or ln.heading or ln.caps
        return ln.size >= body * 1.08 or ln.bold or ln.caps or ln.text.strip().isupper()

    for i, ln in enumerate(lines):
        if ln.heading and standalone(ln):
            flags[i] = True
            if known_heading(ln.text):  # a styled name or title teaches no heading style
                styles[style_of(ln)] += 1
        elif (
            standalone(ln)
            and known_heading(ln.text)
            and (
                emphasised(ln)
                or (ln.paragraph or not ln.size)
                # scripts without capitals (Hebrew, Arabic, CJK) cannot show a heading by case
                or ln.text.lower() == ln.text.upper()
            )
        ):
            flags[i] = True
            styles[style_of(ln)] += 1
    if not any(flags):
        # no heading we know (another language?): short standalone lines in capitals
        caps = [
            i
            for i, ln in enumerate(lines)
            if i > 0
            and standalone(ln)
            and len(heading_key(ln.text).split()) <= 4
            and (ln.caps or ln.text.isupper())
            and not re.search(r"\d|@", ln.text)
            and not (i + 1 < len(lines) and (lines[i + 1].caps or lines[i + 1].text.isupper()))
        ]
        if len(caps) >= 2:
            for i in caps:
                flags[i] = True
            return flags
    if lines and lines[0].size and styles:  # typeset sources (PDF): learn the heading style
        main_style, _n = styles.most_common(1)[0]
        mains = [ln.bbox for i, ln in enumerate(lines) if flags[i] and style_of(ln) == main_style
                 and ln.bbox]
        for i, ln in enumerate(lines):
            if (
                flags[i]
                and not ln.heading
                and style_of(ln) != main_style
                and ln.size < main_style[1] - 0.8
                and not (ln.caps and (ln.bold or ln.size >= body * 1.08))
                and not _beside(ln, mains, lines)
                and not _only_education(ln, lines, flags)
            ):
                flags[i] = False  # a smaller label inside a section ("Coursework")
                styles[style_of(ln)] -= 1
            elif (
                flags[i]
                and not ln.heading
                and main_style[3]
                and _n >= 2
                and not (ln.caps or ln.text.isupper())
                and ln.size <= main_style[1] + 0.5
                and known_heading(ln.text) not in ("experience", "projects", "education")
                and not _beside(ln, mains, lines)
            ):
                # headings are set in capitals; a mixed-case word of the same size is a
                # label inside a section ('Leadership' above a skills list)
                flags[i] = False
                styles[style_of(ln)] -= 1
        styles = Counter({k: v for k, v in styles.items() if v >= 2 or k == main_style})
        for i, ln in enumerate(lines):
            if flags[i] or not standalone(ln):
                continue
            st = style_of(ln)
            if styles.get(st, 0) and (ln.size >= body * 1.08 or st[3]) and len(ln.text) <= 40:
                if (
                    not re.search(r"[.!?]$", ln.text)
                    and not DATE_RANGE_RE.search(ln.text)
                    and not JOB_NOUN.search(ln.text)  # 'SOFTWARE DEVELOPER': an entry's title
                    and not is_degree_line(ln.text)  # 'M.SC. PHYSICS': an education entry
                ):
                    flags[i] = True
    _demote_entry_titles(lines, flags)
    kinds_flagged = {known_heading(lines[j].text) for j in range(len(lines)) if flags[j]}
    for i, ln in enumerate(lines):
        # 'EDUCACIÓN / Education' set in body type while the other headings are bold: a main
        # section named in capitals that no other heading names is still that section
        kind = known_heading(ln.text)
        first = ln.text.split(" ", 1)[0]
        if not flags[i] and i > 0 and kind in ("education", "experience", "skills") \
                and kind not in kinds_flagged and standalone(ln) and len(first) >= 4 \
                and first.isupper() and first.isalpha() and any(flags):
            flags[i] = True
            kinds_flagged.add(kind)
    for i in range(1, len(lines) - 1):
        # 'Key projects' right under a role's dated line and over its bullets, in words and case
        # unlike the headings: a label of that role's bullets, not a projects section
        if flags[i] and not lines[i].heading and WORK_LABEL.match(lines[i].text.strip()) \
                and not lines[i].text.isupper() and DATE_RANGE_RE.search(lines[i - 1].text) \
                and lines[i + 1].bullet:
            flags[i] = False
    for i in range(1, len(lines)):  # a heading's translation under it, in any type
        # ('ESPERIENZA PROFESSIONALE' / 'Work experience'): the same section, not its first entry
        kind = known_heading(lines[i].text)
        if not flags[i] and flags[i - 1] and kind and standalone(lines[i]) \
                and kind == known_heading(lines[i - 1].text):
            flags[i] = True
    return flags


def _only_education(ln: Line, lines: list[Line], flags: list[bool]) -> bool:
    """The resume's one education heading ('EDUCACIÓN / Education' set smaller than the other
    headings): a section of its own, not a label inside one ('Coursework' is no such heading)."""
    if known_heading(ln.text) != "education" or not re.search(
            r"(?i)educa|formaci|acad[eé]mic", ln.text):
        return False
    return not any(flags[j] and lines[j] is not ln and known_heading(lines[j].text) == "education"
                   for j in range(len(lines)))


def _beside(ln: Line, mains: list, lines: list[Line] | None = None) -> bool:
    """A known heading in a column of its own, beside every main heading (a sidebar's
    'Skills' set smaller than the body's 'Experience'): a heading of that column, not a label
    inside a section. The column must be a real one: several lines wholly on that side of
    the main headings (a 'Key Achievements' label left of centred headings has none)."""
    if not ln.bbox or len(mains) < 2:
        return False
    left = ln.bbox[2] < min(b[0] for b in mains)
    right = ln.bbox[0] > max(b[2] for b in mains)
    if not (left or right):
        return False
    lo, hi = min(b[0] for b in mains), max(b[2] for b in mains)
    column = [o for o in lines or [] if o.bbox and (o.bbox[2] < lo if left else o.bbox[0] > hi)]
    return len(column) >= 6


def _demote_entry_titles(lines: list[Line], flags: list[bool]) -> None:
    """A heading-styled line right under a known heading, in words no heading uses ('OCHI'
    under 'PROJECTS'), is the first entry's title: a section is never empty."""
    for i in range(1, len(lines)):
        if (
            flags[i]
            and flags[i - 1]
            and not lines[i].heading
            and not known_heading(lines[i].text)
            and known_heading(lines[i - 1].text)
            and not (i + 1 < len(lines) and flags[i + 1])
        ):
            flags[i] = False
