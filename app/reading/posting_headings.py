"""Section headings of job postings and the kind of section each opens.

A posting names its sections in many ways and languages: "Key job responsibilities", "What
you'll do", "Software Engineer Responsibilities", "Ihre Aufgaben", "Vos missions", "Wat ga je
doen?" open duties; "Basic Qualifications", "What you'll bring", "Your profile", "Must have",
"Ihr Profil", "Votre profil" open required qualifications; "Nice to have", "Bonus points",
"What will make you stand out", "Wünschenswert", "Les plus", "Pré" open preferred ones; "What
we offer", "Benefits", "About us", "Our hiring process", "Wir bieten", "Über uns" open text
that holds no requirement.

Two readings:
- `heading_kind(line)`: a line made only of heading words ("Your Profile", "Basic
  Qualifications", "Das bringst du mit"), or a short line ending in ':'. Safe on any line: an
  item line such as "Experience with Kafka" has words no heading has.
- `keyword_kind(line)`: the kind a line already known to be a heading (bold, capitals, a
  Markdown '#', its own cell) names by its key words, even among unknown words ("We're
  looking for someone who has", "How you'll contribute")."""

from __future__ import annotations

import difflib
import functools
import re

RESPONSIBILITY, BASIC, PREFERRED = "responsibility", "basic", "preferred"
INTRO, SKIP, OTHER = "intro", "skip", "other"
# a heading of qualifications that does not say required or preferred ("Education",
# "Technical skills"): under a preferred heading it stays preferred, elsewhere it is basic
NEUTRAL = "neutral"

__all__ = ["BASIC", "INTRO", "NEUTRAL", "OTHER", "PREFERRED", "RESPONSIBILITY", "SKIP",
           "heading_kind", "keyword_kind"]

_BULLET_START = re.compile(r"^\s*(?:[•◦▪▫■□●○◆◇♦►▶▸▹‣⁃∙·➢➤➔→✓✔❖❑⚫⦁›»]|[-–—*+](?=\s)|\(?\d{1,2}[.)](?=\s))")
_HEADING_PUNCT = re.compile(r"^[#*_\s]+|[#*_:\s.?!\-–—]+$")
# pictographs that decorate a heading ('🚀 What you'll do', '✨ Benefits ✨')
_DECORATION = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\ufe0f\u200d]+")

# Words a section heading is made of, by the kind of section they open (English, German,
# French, Dutch, Spanish, Italian, Portuguese, Polish, Norwegian, Swedish, Danish); a short line
# made only of heading words is a heading.
_H_PREFERRED = {
    "preferred", "desired", "desirable", "nice", "bonus", "plus", "pluses", "great", "optional",
    "advantageous", "ideally", "nice-to-have", "nice-to-haves", "preferences", "preferable",
    "beneficial", "advantage", "differentiators", "wünschenswert", "vorteil", "pluspunkte",
    "idealerweise", "wünschenswerte", "atouts", "atout", "apprécié", "appréciés", "idéalement",
    "pré", "pluspunten", "bonuspunten", "mooi", "meegenomen", "troef", "troeven", "deseable", "deseables", "valorable", "valorables",
    "valorará", "desejável", "desejáveis", "diferenciais", "gradito", "graditi",
    "preferenziali", "preferenziale", "preferibile", "assets", "asset", "widziane",
    # Norwegian, Swedish, Danish ("Ønskede kvalifikasjoner", "Meriterande", "Det er en fordel")
    "ønskede", "ønskelig", "ønskelige", "ønsket", "meriterande", "meritterende", "meriterende",
    "önskvärt", "önskvärda", "fordel", "fordelaktig"}
_H_RESP = {
    "responsibilities", "responsibility", "duties", "do", "doing", "impact", "tasks",
    "accountabilities", "expectations", "deliverables", "contribute", "contributions", "mission",
    "challenge", "challenges", "achieve", "scope", "assignment",
    "aufgaben", "aufgabengebiet", "tätigkeiten", "tätigkeitsbereich", "erwartet", "missions",
    "tâches", "taches", "ferez", "feras", "doen", "taken", "functieomschrijving", "werkzaamheden",
    "funciones", "responsabilidades", "tareas", "harás", "responsabilità", "mansioni", "farai",
    "atividades", "atribuições", "responsabilités", "obowiązki", "obowiązków", "zadania",
    "arbeidsoppgaver", "oppgaver", "arbetsuppgifter", "uppgifter", "arbejdsopgaver", "opgaver",
    "ansvarsområder", "ansvarsområden", "ansvarsområde"}
_H_BASIC = {
    "basic", "minimum", "required", "requirements", "requirement", "qualifications",
    "qualification", "skills", "skill", "experience", "education", "need", "bring", "must",
    "competencies", "knowledge", "abilities", "eligibility", "profile", "mandatory", "essential",
    "looking", "who", "qualified", "background", "have", "must-have", "must-haves",
    "certifications", "certification", "prerequisites", "expect", "essentials", "candidate",
    "profil", "anforderungen", "qualifikationen", "voraussetzungen", "kenntnisse", "mitbringst",
    "bringst", "mitbringen", "bringen", "anforderungsprofil", "recherché", "recherchée",
    "requis", "requises", "prérequis", "compétences", "vragen", "functie-eisen", "eisen",
    "breng", "profiel", "vereisten", "requisitos", "perfil", "buscamos", "requisiti", "profilo",
    "procuramos", "ben", "jij", "fit", "succeed", "thrive", "criteria", "criterion", "richiesti",
    "wymagania", "oczekujemy", "wymagane",
    # a Taiwanese job bank's "Job Requirements" fields, then "Other Conditions"
    "conditions",
    "kvalifikasjoner", "kvalifikationer", "krav", "kompetanse", "kompetens", "kompetencer",
    "erfaring", "erfarenhet", "utdanning", "utbildning", "uddannelse", "søker", "söker"}
_H_SKIP = {
    "benefits", "perks", "compensation", "salary", "pay", "location", "locations", "apply",
    "equal", "culture", "values", "life", "why", "join", "team", "company", "us", "offer",
    "hiring", "process", "legal", "disclaimer", "eeo", "diversity", "inclusion",
    "accommodations", "accommodation", "notice", "privacy", "stack", "package", "contact",
    "interview", "interviews", "recruitment", "application", "applying", "rewards", "reward",
    "offers", "bieten", "angebot", "vorteile", "kontakt", "bewerbung", "uns", "ansprechpartner",
    "ansprechpartnerin", "sind", "offrons", "offre", "avantages", "rejoindre", "sommes-nous",
    "propos", "entreprise", "recrutement", "bieden", "aanbod", "arbeidsvoorwaarden", "ons",
    "sollicitatie", "ofrecemos", "ofrece", "oferece", "beneficios", "nosotros", "offriamo",
    "oferecemos",
    "benefícios", "nós", "oferujemy", "holiday", "vacation", "wellbeing", "wellness", "travel",
    # who may apply: read as one line to confirm (posting_items._eligibility_items)
    "nationality", "eligibility",
    # the posting's own record fields ("Job reference: NWAO 2026-0318", "Classification: APS
    # Level 6", "Closing date: ..."): no requirement ('reference' is no 'preferences')
    "reference", "references", "ref", "requisition", "classification", "grade", "agency", "closing",
    "deadline", "tenure",
    # Norwegian, Swedish, Danish: what the employer offers, about it, the ad's facts and contact,
    # and personal traits ("Personlige egenskaper"), which no resume line shows
    "tilbyr", "erbjuder", "tilbyder", "arbeidsgiveren", "arbeidsgiver", "arbetsgivaren",
    "arbejdsgiveren", "fakta", "kontaktperson", "kontaktpersoner", "søknadsfrist", "ansøgning",
    "søknad", "ansökan", "egenskaper", "egenskaber"}
_H_INTRO = {"description", "summary", "overview", "role", "position", "job", "about",
            "opportunity", "introduction", "posting", "details", "information", "purpose",
            "stellenbeschreibung", "poste", "vacature", "functie", "puesto", "ruolo",
            "stillingen", "tjänsten", "rollen", "stillingsbeskrivelse"}
_H_FILLER = {
    "key", "job", "core", "main", "primary", "your", "the", "our", "technical", "professional",
    "and", "&", "/", "sets", "set", "areas", "area", "what", "we", "we're", "we’re", "are", "for",
    "you", "you'll", "you’ll", "will", "be", "a", "an", "in", "of", "to", "this", "additional",
    "other", "points", "it", "would", "if", "here", "at", "work", "working", "day",
    "day-to-day", "how", "is", "you're", "you’re", "general", "specific", "all", "ideal", "tech",
    "highlights", "good", "requirements/qualifications", "what's", "whats", "with", "on", "i",
    "ii", "iii", "extra", "credit", "or", "opportunity", "responsibilities:", "include",
    "includes", "including", "has", "following", "typically", "also", "even", "better", "added",
    "haves",
    "should", "may", "might", "could", "can", "us?", "soft", "hard", "tools", "technologies",
    "languages", "language", "training", "licenses", "certificates", "desired", "selection",
    # German, French, Dutch, Spanish, Italian, Portuguese articles and pronouns
    "ihre", "ihr", "deine", "dein", "dich", "du", "das", "was", "sie", "wir", "mit", "von",
    "und", "die", "der", "dem", "den", "wer", "zu", "bei", "vos", "votre", "ton", "tes", "ta",
    "ce", "que", "vous", "les", "le", "la", "un", "une", "nous", "serait", "est", "wat", "ga",
    "je", "jouw", "wij", "de", "het", "een", "mee", "wie", "tu", "tus", "su", "sus",
    "el", "los", "las", "qué", "lo", "o", "os", "as", "seu", "sua", "il", "tuo", "tua", "cosa",
    "e", "et", "en", "y", "pourquoi", "qui", "über", "unser", "unsere", "ons", "nuestro",
    "nuestra", "costituisce", "titolo", "titoli", "se", "ein", "mile", "zakres", "twoje", "nasze",
    "czym", "będziesz",
    # Norwegian, Swedish, Danish
    "om", "vi", "dine", "dina", "dit", "din", "deg", "dig", "og", "och", "hvem", "hva", "vad",
    "er", "är", "personlige", "personliga", "ditt", "våre", "vår", "vores"}
_H_VOCAB = _H_PREFERRED | _H_RESP | _H_BASIC | _H_SKIP | _H_INTRO | _H_FILLER
_FUZZY_VOCAB = sorted(w for w in _H_VOCAB if len(w) >= 6)
_NEUTRAL_WORDS = {"skills", "skill", "knowledge", "competencies", "abilities", "certifications",
                  "certification", "background", "technical", "soft", "hard", "tools",
                  "technologies", "languages", "language", "training", "licenses",
                  "certificates", "professional", "and", "&", "/", "other", "additional",
                  "criteria", "criterion", "selection",
                  "kenntnisse", "compétences", "tech"}

# Whole-heading phrases whose words mislead one by one ("Our mission" is about the company,
# "Your mission" lists duties; "Von Vorteil" is preferred, "Deine Vorteile" are benefits).
_PHRASES = [
    # a Thai or Indonesian announcement's welfare table and working hours: no qualifications
    (re.compile(r"^(?:working|work) (?:conditions|hours|days|schedule|time)$|^welfare\b.*|"
                r"^(?:fringe )?benefits? (?:and|&) welfare$"), SKIP),
    # Czech and Slovak ('Co tě čeká', 'Co od tebe očekáváme', 'Výhodou bude', 'Co nabízíme')
    (re.compile(r"^(?:co|čo) (?:tě|tě u nás|vás|vás u nás|ťa|ťa u nás) (?:čeká|čaká)$|^náplň práce$|"
                r"^(?:tvoje|vaše|tvoja|vaša) (?:náplň|úkoly|úlohy)$"), RESPONSIBILITY),
    (re.compile(r"^(?:co|čo) od (?:tebe|vás|teba) (?:očekáváme|očakávame|čekáme|chceme)$|"
                r"^(?:požadujeme|požadavky|požiadavky|koho hledáme|koho hľadáme)$"), BASIC),
    (re.compile(r"^(?:výhodou|bonusem|plusem) (?:bude|je|budú|sú)$|^(?:oceníme|ocenime)$"), PREFERRED),
    (re.compile(r"^(?:co|čo) (?:nabízíme|ponúkame)$|^(?:nabízíme|ponúkame|benefity)$|"
                r"^(?:kdo|kto) (?:jsme|sme)$|^o nás$|^jak probíhá výběrové řízení$|"
                r"^technologie\b.*"), SKIP),
    (re.compile(r"^(?:your|vos|ta|tes|votre|deine|ihre|jouw) missions?$"), RESPONSIBILITY),
    (re.compile(r"^(?:our|unsere?|notre|nos|onze) missions?$"), SKIP),
    (re.compile(r"^(?:wie|wer|who) (?:ben|bist|sind|are) (?:jij|je|du|sie|you)$|^qui êtes[- ]vous$"
                r"|^wer (?:du bist|sie sind)$"), BASIC),
    (re.compile(r"^(?:wie zijn (?:wij|we)|wer (?:sind|wir sind) wir|who (?:we are|are we)|qui sommes[- ]nous"
                r"|wie wij zijn|wer wir sind)\b"), SKIP),
    (re.compile(r"^(?:what|when|how) (?:to expect|happens next)\b.*|^(?:next steps|our process)$"), SKIP),
    # a job site's pitch ("Top 3 reasons to join us", "Why you'll love working here")
    (re.compile(r"^(?:top \d+ )?reasons? (?:to|you should|why you should) (?:join|work)\b.*|"
                r"^why you(?:'ll|’ll|ll| will) (?:love|enjoy|like)\b.*"), SKIP),
    # a UK civil-service posting: its "Person specification" holds the essential and desirable
    # criteria; the behaviours and Success Profiles are assessed at interview, not qualifications
    # a resume shows, and the nationality rules say who may apply
    (re.compile(r"^person(?:al)? spec(?:ification)?s?$"), BASIC),
    (re.compile(r"^(?:\w+ )?behaviou?rs?$|^success profiles?$|^nationality(?: requirements?| rules)?$"),
     SKIP),
    # "Must" and "Want" (a Japanese employer's English: 必須 / 歓迎): wanted, not required
    (re.compile(r"^wants?(?: to haves?)?$"), PREFERRED),
    # a civil-service posting's "Conditions of employment" under its requirements: the
    # citizenship and vetting lines the user confirms
    (re.compile(r"^(?:conditions?|terms) of employment$"), NEUTRAL),
]
# Key phrases for a line known to be a heading, in the order they are tried
_KEYWORDS = [
    (PREFERRED, re.compile(
        r"\b(?:nice|good|great) to have|nice-to-haves?|\bbonus|\bplus(?:es)?\b|\bpreferred|\bdesired|"
        r"\bdesirable|\bideally|\bassets?\b|stand out|sets? you apart|even better|extra credit|would be great|"
        r"great if|would love|added advantage|advantageous|\ba plus\b|beneficial|\boptional|"
        r"wünschenswert|von vorteil|pluspunkte|idealerweise|\batouts?\b|les plus|un plus|"
        r"\bpré\b|pluspunten|deseable|valorable|se valorar|desejáve|diferenciais|gradit|preferenzial|"
        r"ein plus|mile widziane|ønske|meriter|önskvär|meegenomen|\btroe(?:f|ven)\b")),
    (SKIP, re.compile(
        r"\bwhat we offer|\bwe offer|\bour offer|\bbenefits|\bperks|\bcompensation|\bsalary|"
        r"\bpackage|hiring process|interview process|how to apply|\bapply\b|\bour (?:tech )?stack|"
        r"\btech stack|\babout (?:us|the (?:company|team))|\bwho we are|\bour (?:team|culture|values|"
        r"story|company)|\bwhy (?:join|work|us)|\bequal (?:employment|opportunity)|\bcontact|"
        r"in it for you|wir bieten|bieten wir|über uns|angebot|deine vorteile|ihre vorteile|"
        r"\bkontakt|nous offrons|avantages|rejoindre|\bbieden\b|aanbod|over ons|ofrecemos|"
        r"beneficios|offriamo|oferecemos|chi siamo|oferujemy|vi tilbyr|vi erbjuder|vi tilbyder|"
        r"\bse ofrece|\bsi offre|\bse oferece|\bofrece\b|\boferece\b")),
    (RESPONSIBILITY, re.compile(
        r"responsibilit|\bduties\b|\btasks?\b|\baccountabilit|you(?:'ll|’ll| will| would)? "
        r"(?:\w+ )?(?:do|doing|work on|be working on|build|own|drive|contribute|tackle|achieve|"
        r"accomplish|focus|spend|lead|impact|be responsible)|\byour (?:impact|role|day|mission)|"
        r"day[- ]to[- ]day|\bday in the life|\bthe work\b|aufgaben|tätigkeit|erwartet (?:dich|sie)|"
        r"\bmissions?\b|vos tâches|ferez|\bdoen\b|\btaken\b|werkzaamheden|funciones|"
        r"responsabilidades|tareas|mansioni|atividades|obowiązk|twoje zadania|arbeidsoppgaver|"
        r"arbetsuppgifter|arbejdsopgaver")),
    (BASIC, re.compile(
        r"qualification|requirement|\brequired|\bminimum|\bbasic|\bmust|\bessential|"
        r"\bskills?\b|\bexperience|\beducation|about you|who you are|you (?:have|bring|need|are)|"
        r"you(?:'ll|’ll| will) need|looking for|we expect|ideal candidate|your (?:profile|background|"
        r"experience|skills)|(?:a|be a) (?:good |great )?fit|succeed|thrive|\bprofil|anforderung|"
        r"voraussetzung|mitbring|bringst|qualifikation|kenntnisse|\brequis(?:es?)?\b|prérequis|compétences|"
        r"vragen wij|functie-eisen|breng je|profiel|requisit(?!ion)|\bperfil|wymagani|oczekujemy|"
        r"kvalifikasjon|kvalifikation")),
    (INTRO, re.compile(r"\babout (?:the )?(?:role|job|position|opportunity)|\bdescription|\bsummary|"
                       r"\boverview|\bthe (?:role|job|position|opportunity)\b|\bil ruolo\b")),
]


@functools.lru_cache(maxsize=4096)
def _heading_word(word: str) -> str | None:
    if word in _H_VOCAB:
        return word
    if len(word) >= 6:  # typos seen in real postings: "Qulification", "Responsibilites"
        close = difflib.get_close_matches(word, _FUZZY_VOCAB, n=1, cutoff=0.84)
        if close:
            return close[0]
    return None


def _norm(raw: str) -> str:
    norm = _HEADING_PUNCT.sub("", _DECORATION.sub(" ", raw).strip()).lower()
    norm = norm.replace("’", "'")
    return re.sub(r"\s*/\s*", " / ", norm)


@functools.lru_cache(maxsize=4096)
def heading_kind(line: str) -> str | None:
    """The section kind a heading line opens, or None when the line is not a heading.

    Kinds: responsibility, basic, preferred, neutral (a qualifications heading that does not
    say which), intro (description prose), skip (about the company, benefits, legal text),
    other (an unknown "Something:" sub-heading)."""
    raw = _DECORATION.sub(" ", line).strip()
    if not raw or len(raw) > 70 or _BULLET_START.match(raw) and not raw.startswith(("#", "**")):
        return None
    colon = raw.rstrip().endswith(":")
    halves = [h for h in re.split(r"\s+/\s+", raw) if h.strip()]
    if len(halves) == 2:  # the same heading in two languages ('Chi siamo / About us'): one
        # half we know names the section
        kinds = {heading_kind(h) for h in halves} - {None, OTHER}
        if len(kinds) == 1:
            return kinds.pop()
    norm = _norm(raw)
    words = [w.strip("()[],¿¡") for w in norm.split()]
    words = [w for w in words if w]
    if not words or len(words) > 8 or raw.rstrip().endswith((".", ";", ",", "!")):
        return None
    question = raw.rstrip().endswith("?")
    joined = " ".join(words)
    for pattern, kind in _PHRASES:
        if pattern.match(joined):
            return kind
    if re.search(r"\b(?:nice|good|great) to have\b|\bbonus\b", norm):
        return PREFERRED
    if re.fullmatch(r"(?:other|additional) qualifications?", joined):
        return PREFERRED  # 'Other Qualifications' beside the required ones: not required
    if re.search(r"\bideal candidate\b", norm):
        return BASIC
    if re.fullmatch(r"(?:in this role,?\s+|day to day,?\s+)?you(?:'ll| will)(?: be| get to)?(?: doing)?", norm):
        return RESPONSIBILITY  # 'You will:'
    if re.fullmatch(r"(?:you(?:'ll| will) (?:need|bring)|you have|you bring|you are)", norm):
        return BASIC  # 'You will need:', 'You have:'
    if words[0] == "about" and len(words) <= 5:
        rest = set(words[1:])
        if rest & {"you", "yourself"}:
            return BASIC
        if rest & {"role", "job", "position", "opportunity"} and not rest & {"team", "company", "us"}:
            return INTRO
        return SKIP
    if words[0] == "why" and 2 <= len(words) <= 5 and raw[:1].isupper() and not (
            set(words[1:]) & {"you", "you'll", "you're", "youll", "youre", "your"}):
        return SKIP  # 'Why Kadima Shield', 'Why join us', 'Why you'll love it here': the pitch
    if words[:3] == ["a", "day", "in"] or words[:2] in (["who", "we"], ["we", "are"]) \
            or "in it for you" in norm:
        return SKIP
    mapped = [_heading_word(w) for w in words]
    if any(m is None for m in mapped):
        if colon and len(words) <= 5 and raw[0].isupper() and not question:
            return OTHER
        return None
    if _KEYWORDS[0][1].search(joined):  # 'Even better if you have', 'It would be great if...'
        return PREFERRED
    return _kind_of_words({m for m in mapped if m})


_OFFER_WORDS = {"offer", "offers", "benefits", "perks", "compensation", "salary", "package", "bieten",
                "angebot", "vorteile", "offrons", "avantages", "bieden", "aanbod", "ofrecemos",
                "ofrece", "oferece",
                "offriamo", "oferecemos", "rewards"}


def _kind_of_words(found: set[str]) -> str:
    if found & _H_PREFERRED:
        return PREFERRED
    if found & _OFFER_WORDS:  # 'What do we offer?'
        return SKIP
    if found & _H_RESP:
        return RESPONSIBILITY
    if found & _H_BASIC:
        if found <= _NEUTRAL_WORDS | _H_FILLER and found & _NEUTRAL_WORDS:
            return NEUTRAL
        return BASIC
    if found & _H_SKIP:
        return SKIP
    if found & _H_INTRO:
        return INTRO
    return OTHER  # made only of heading words ("Tech", "Other"): a sub-heading


@functools.lru_cache(maxsize=4096)
def keyword_kind(line: str) -> str | None:
    """The kind a line known to be a heading names by its key words, or None."""
    exact = heading_kind(line)
    if exact not in (None, OTHER):
        return exact
    norm = _norm(line)
    if not norm or len(norm.split()) > 10:
        return None
    for kind, pattern in _KEYWORDS:
        if pattern.search(norm):
            if kind == BASIC and set(norm.split()) <= _NEUTRAL_WORDS | _H_FILLER:
                return NEUTRAL
            return kind
    return None


def ends_with_section_word(line: str) -> str | None:
    """'Software Engineer, Machine Learning Responsibilities', 'Data Engineer Qualifications':
    a short title followed by a section word."""
    norm = _norm(line)
    words = norm.split()
    if not 2 <= len(words) <= 9 or line.rstrip().endswith((".", ";", ",", "!")):
        return None
    last = words[-1]
    if last in ("responsibilities", "duties"):
        return RESPONSIBILITY
    if last in ("qualifications", "requirements"):
        return PREFERRED if words[-2] in ("preferred", "desired", "bonus") else BASIC
    return None
