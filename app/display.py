"""How the kit's words are shown, on screen and on paper: Qt-free, shared by views and exports.

- Names and titles keep readable capitals: a resume that shouts ("Athul SIVAN", "RESEARCH
  ASSISTANT") reads "Athul Sivan", "Research Assistant"; acronyms (ML, AWS, II) stay.
- A level is said in full words: "below L4 (the entry level)", never a bare "below".
- Lines meant to be said or remembered are whole: shortened by choosing whole clauses, never
  cut mid-phrase with an ellipsis. Where the analysis hands over a cut line ("…turn…") or a
  fragment ("and per-IP…", "4 REST APIs (register"), the whole clause is recovered from the
  resume or posting text it was quoted from.
- A name said once: the team a posting names appears in the first question to ask, not in all
  of them.

Nothing here invents words: every phrase returned is the input, a shorter run of its whole
clauses, or the clause of the source text it was quoted from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from app.phrases import (  # noqa: F401  (re-exported: the views and exports import them here)
    _CLAUSE_STARTS,
    _DANGLING,
    _OPENERS,
    ELLIPSIS,
    _depths,
    _norm,
    _retract,
    _tidy,
    cut_points,
    whole_phrase,
)

if TYPE_CHECKING:
    from app.models.knowledge import Knowledge
    from app.models.report import Report


# ---------------------------------------------------------------------------- names and titles

# Words a resume writes in capitals that stay in capitals. Two-letter capitals are kept
# unless they are ordinary words (see _SMALL); longer ones only when listed here.
ACRONYMS = frozenset("""
AI ML DL NLP LLM LLMS CV RL GPU GPUS CPU TPU API APIS SDK SQL NOSQL ETL ELT BI AWS GCP IBM AMD
SAP MIT UCLA NYU CMU UCL ETH EPFL IIT IITS IISC IISER NIT BITS KTH TUM RWTH UIUC USC UCSD KAIST
NUS NTU HKUST SDE SDET MLE SRE SWE TPM CTO CEO CFO COO CIO CISO CPO SVP EVP AVP RND QA QE HR
UX UI UXR IOT AR VR XR NASA NATO USA UK EU US UAE EMEA APAC LATAM FAANG MBA CPA CFA PMP JSON
REST HTTP HTTPS HTML CSS XML YAML GRPC CUDA MATLAB SAS SPSS CRM ERP SAAS PAAS IAAS B2B B2C
DTC ECS EKS EC2 S3 IAM VPC RDS EMR SQS SNS GKE AKS LLC LLP INC LTD GMBH AG SA PLC NGO NHS DOE
NIH NSF DARPA CERN EMBL MPI IEEE ACM SIAM KPMG PWC EY BCG JPMC HSBC UBS BNP SEO SEM PPC CRO
GTM OKR KPI KPIS ROI SLA SLO SLI SOC PCI HIPAA GDPR ISO AML KYC OCR ASR TTS GAN GANS CNN CNNS
RNN LSTM BERT GPT RAG MLOPS DEVOPS CI CD VP
""".split())
# Capitals a resume writes that read better in their usual mixed case.
MIXED = {"PHD": "PhD", "MSC": "MSc", "BSC": "BSc", "MENG": "MEng", "BENG": "BEng",
         "MTECH": "MTech", "BTECH": "BTech", "MPHIL": "MPhil", "DPHIL": "DPhil", "IOS": "iOS",
         "MLOPS": "MLOps", "DEVOPS": "DevOps", "SAAS": "SaaS", "PAAS": "PaaS", "IAAS": "IaaS",
         "NOSQL": "NoSQL", "LLMS": "LLMs", "APIS": "APIs", "GPUS": "GPUs", "KPIS": "KPIs",
         "CNNS": "CNNs", "GANS": "GANs", "IITS": "IITs", "GMBH": "GmbH", "IISC": "IISc"}
_ROMAN = re.compile(r"^(?=[IVXLC]+$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
# Short words that are lower-case inside a title ("Director of Engineering").
_SMALL = frozenset("a an and as at but by de del der di du en for from in into la le of "
                   "on or per the to van via von vs with y zu".split())
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def _shouted(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _keep_capitals(word: str, last: bool, acronyms: bool) -> bool:
    """A word in capitals that stays so: a roman numeral ("Engineer II"), and in titles an
    acronym ("ML", "AWS"; any two letters that are not a small word like "OF")."""
    up = word.upper()
    if _ROMAN.match(up) and len(up) > 1 and (last or up in ("II", "III", "IV")):
        return True
    if not acronyms:
        return False
    return up in ACRONYMS or (len(word) == 2 and word.lower() not in _SMALL)


def _recase_word(word: str, first: bool, last: bool, acronyms: bool) -> str:
    up = word.upper()
    if up in MIXED:
        return MIXED[up]
    if _keep_capitals(word, last, acronyms):
        return up
    low = word.lower()
    if not first and low in _SMALL:
        return low
    # O'BRIEN -> O'Brien: each name part after an apostrophe is capital, "'s" is not
    parts = re.split("(['\u2019])", low)
    return "".join(part if part in ("'", "\u2019") or (i and len(part) == 1)
                   else part[:1].upper() + part[1:] for i, part in enumerate(parts))


def _recase(text: str, *, acronyms: bool, lower_too: bool) -> str:
    text = " ".join(text.split())
    words = list(_WORD.finditer(text))
    if not words:
        return text
    loud = [m for i, m in enumerate(words) if _shouted(m.group(0)) and not _keep_capitals(
        m.group(0), i == len(words) - 1, acronyms) and m.group(0) not in MIXED.values()]
    all_lower = not any(c.isupper() for c in text)
    if not loud and not (lower_too and all_lower):
        return text  # already in readable capitals (keeps "McDonald", "iOS", "von Neumann")
    if acronyms:
        # a title that shouts is mostly capitals; one capital word in a mixed-case title is an
        # acronym or a name the writer chose ("EECS 445", "CMS Open Payments")
        long_words = [m for m in words if len(m.group(0)) >= 3]
        if 2 * sum(1 for m in long_words if m.group(0).isupper()) < len(long_words):
            return text
    shouting = len(loud) == sum(1 for m in words if len(m.group(0)) >= 2)
    out, pos = [], 0
    for i, m in enumerate(words):
        word = m.group(0)
        out.append(text[pos:m.start()])
        if _shouted(word) or (lower_too and all_lower):
            out.append(_recase_word(word, i == 0, i == len(words) - 1, acronyms))
        elif shouting and len(word) == 1 and i > 0 and word.lower() in _SMALL:
            out.append(word.lower())  # the "A" of "HEAD OF A TEAM"
        else:
            out.append(word)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def employer(report: Report) -> str:
    """The employer as the kit names it: a known company by its usual name ("Amazon" for a
    posting signed "Amazon Development Center Germany GmbH"), else the posting's own words."""
    return " ".join((report.posting.company or report.job.company).split())


def display_name(name: str) -> str:
    """A person's name in readable capitals: "Athul SIVAN" -> "Athul Sivan", "CHINMAYA SHAH"
    -> "Chinmaya Shah", "jordan reyes" -> "Jordan Reyes", "MARY-JANE O'NEIL" -> "Mary-Jane
    O'Neil", "JOHN SMITH III" -> "John Smith III". A name in mixed case is left as written."""
    return _recase(name, acronyms=False, lower_too=True)


def display_title(title: str) -> str:
    """A job title, organisation or phrase with readable capitals: "RESEARCH ASSISTANT" ->
    "Research Assistant", "SENIOR ML ENGINEER II" -> "Senior ML Engineer II", "DIRECTOR OF
    ENGINEERING" -> "Director of Engineering". Text already in mixed case is left alone."""
    return _recase(title, acronyms=True, lower_too=False)


# ---------------------------------------------------------------------------- levels


def level_phrase(level: str | None, level_ids: Sequence[str] = ()) -> str:
    """The level estimate in full words: "L5", or "below L4 (the entry level)" when the
    analysis says "below-L4" or "below" (`level_ids` lowest first, e.g. the role pack's levels);
    '' when there is no level (a posting outside Amazon's ladder)."""
    level = (level or "").strip()
    if level.lower().startswith("below-"):
        return f"below {level.split('-', 1)[1]} (the entry level)"
    if level.lower() != "below":
        return level
    entry = next((lv for lv in level_ids if lv), "")
    return f"below {entry} (the entry level)" if entry else "below the entry level"


def level_ids(levels: Iterable[object]) -> list[str]:
    """The ids of a role pack's levels, lowest first (by the years they ask for)."""
    rows = [(getattr(lv, "years_min", 0.0) or 0.0, i, str(getattr(lv, "id", "")))
            for i, lv in enumerate(levels)]
    return [lid for _, _, lid in sorted(rows)]


def level_phrase_for(report: Report, knowledge: Knowledge | None = None) -> str:
    """The report's level estimate in full words, the entry level taken from its role pack."""
    pack = knowledge.roles.get(report.role_pack) if knowledge is not None else None
    return level_phrase(report.fit.level, level_ids(pack.levels) if pack is not None else ())


def _find(needle: str, sources: Iterable[str]) -> tuple[str, int] | None:
    """The first source holding `needle` (case- and space-insensitive) and where it starts."""
    want = _norm(needle).lower()
    if len(want) < 4 and not (len(want) >= 2 and re.search(r"\d", want)):
        return None
    for source in sources:
        text = _norm(source)
        at = text.lower().find(want)
        if at >= 0:
            return text, at
    return None


def restore(text: str, sources: Iterable[str], limit: int | None = None) -> str:
    """A line the analysis cut ("Worked with the support team to turn…") made whole again from
    the text it was quoted from: the end of the clause it was cut in when that fits `limit`
    (default: 40 characters more than the cut line), else the last whole clause before the cut.
    A line that was not cut comes back unchanged."""
    text = _norm(text)
    if not text.endswith(ELLIPSIS):
        return text
    stem = _norm(text[:-1]).rstrip(" .")
    sources = list(sources)
    found = _find(stem, sources)
    if found is None:
        # "Preferred qualification not shown: Experience with…": the quoted tail is in a source
        words = stem.split(" ")
        for k in range(1, len(words) - 3):
            tail = " ".join(words[k:])
            if _find(tail, sources) is not None:
                head = " ".join(words[:k]) + " "
                rest_limit = None if limit is None else max(limit - len(head), 10)
                return head + restore(tail + ELLIPSIS, sources, rest_limit)
        return _retract(text)
    source, at = found
    rest = source[at:]
    budget = limit if limit is not None else max(len(stem) + 60, 100)
    points = cut_points(rest)
    stop = re.search(r"[.!?](?=\s+[A-Z0-9(])", rest[len(stem):])  # the cut sentence's end
    if stop is not None:
        budget = min(budget, len(stem) + stop.start() + 1)
    longer = [p for p in points if p >= len(stem)]
    if longer and longer[0] <= budget:
        return _tidy(rest[:longer[0]])
    shorter = [p for p in points if p < len(stem) and len(rest[:p].split()) >= 3]
    if shorter:
        return _tidy(rest[:shorter[-1]])
    return _tidy(rest[:longer[0]]) if longer else _retract(text)


# an opening quote (not the closing quote of a word before it), the quoted words (apostrophes
# inside words allowed), an ellipsis, the closing quote
def complete(text: str, sources: Iterable[str], limit: int | None = None) -> str:
    """A line quoted from a source and cut anywhere but at the end of a phrase (with or
    without an ellipsis: "dataset (18k", "the team to turn") made whole as `restore` does. A
    line that is whole, or not from any source (the user's own words), comes back as is."""
    text = _norm(text)
    sources = list(sources)
    if text.endswith(ELLIPSIS):
        return restore(text, sources, limit)
    found = _find(text, sources)
    if found is None or not text:
        return text
    source, at = found
    rest = source[at:]
    n = len(text)
    if n >= len(rest.rstrip(" .!?")) or rest[n - 1] in ".!?)" or n in cut_points(rest):
        return text
    return restore(text + ELLIPSIS, sources, limit)


_QUOTED_CUT = re.compile("(?<!\\w)([\u2018'])(?=\\S)((?:[^'\u2018\u2019\u2026]|['\u2019](?=\\w))+?)"
                         "\u2026([\u2019'])")


def _mend_brackets(text: str, sources: Sequence[str]) -> str:
    """Every "(...…)" whose bracketed words were cut, made whole (brackets inside allowed)."""
    end = text.find(ELLIPSIS + ")")
    while end >= 0:
        depth, start = 0, -1
        for i in range(end - 1, -1, -1):
            if text[i] == ")":
                depth += 1
            elif text[i] == "(":
                if depth == 0:
                    start = i
                    break
                depth -= 1
        if start >= 0 and end - start > 4:
            whole = restore(text[start + 1:end] + ELLIPSIS, sources)
            text = text[:start + 1] + whole + text[end + 1:]
            end = text.find(ELLIPSIS + ")", start + 1 + len(whole))
        else:
            end = text.find(ELLIPSIS + ")", end + 2)
    return text


def restore_quotes(text: str, sources: Sequence[str]) -> str:
    """Every quotation cut with an ellipsis inside a sentence ("...is 'Worked with the team to
    turn…'; ...") made whole from `sources`, so the sentence can be said aloud."""
    def whole(m: re.Match[str]) -> str:
        return m.group(1) + restore(m.group(2) + ELLIPSIS, sources) + m.group(3)

    text = _QUOTED_CUT.sub(whole, _norm(text))
    text = _mend_brackets(text, sources)
    if text.endswith(ELLIPSIS):
        text = restore(text, sources)
    return text


def _clause_start(source: str, start: int, depth: Sequence[int]) -> int:
    """Where the clause holding `start` begins: after clause punctuation outside brackets (a
    decimal point is none: "2.3x"), or at a word that opens a clause ("serving", "which")."""
    marks = [m.end() for m in re.finditer(r"(?:[,;:.](?!\d)|[!?(\u2014\u2013])\s*", source)
             if m.end() <= start]  # in the whole source: "2.3x" and "1,300" hold no clause mark
    marks += [m.start() for m in re.finditer(r"\b(?:" + "|".join(sorted(_CLAUSE_STARTS))
                                               + r")\s", source[:start], re.IGNORECASE)]
    return max([m for m in marks if depth[m] == 0], default=0)


def _closing(source: str, start: int) -> int:
    """The index of the bracket that closes the one at `start`, -1 when none does."""
    level = 0
    for i in range(start, len(source)):
        level += {"(": 1, ")": -1}.get(source[i], 0)
        if level == 0:
            return i
    return -1


HEAD_WORDS = 12  # the words before a bracketed aside that a number's phrase may bring with it


def _head_before(source: str, start: int, depth: Sequence[int]) -> str:
    """The words of the clause before a bracketed aside ("Built the static malware classifier
    for Windows PE files"), '' when there are none or too many."""
    head = source[_clause_start(source, start, depth):start].strip(" ,;:")
    lead = re.match(r"(?i)(?:" + "|".join(sorted(_OPENERS)) + r")\s+", head)
    head = head[lead.end():] if lead else head
    return head if 1 <= len(head.split()) <= HEAD_WORDS else ""


def whole_fragment(fragment: str, sources: Iterable[str], limit: int = 90) -> str:
    """A phrase quoted from a source but cut at the wrong place ("and per-IP rate limiting
    capped at 10 requests/minute", "with 4 REST APIs (register") made whole: a leading joining
    word goes, an open bracket closes or the bracketed part goes, a dangling end retracts to
    its last whole clause (keeping a number) or runs on to the end of its clause."""
    fragment = _norm(fragment).rstrip(ELLIPSIS)
    found = _find(fragment, sources)
    if found is None:
        return whole_phrase(fragment, limit)
    source, at = found
    depth = _depths(source)
    start = at
    if depth[start] > 0:  # starts inside brackets: begin at the clause holding them
        while start > 0 and depth[start] > 0:
            start -= 1
    elif source[start] != "(":  # starts mid-clause ("4 million users"): begin where its clause begins, when near
        begin = _clause_start(source, start, depth)
        if start - begin <= (100 if begin == 0 else 60):
            start = begin
    prefix = ""
    close = _closing(source, start) if source[start:start + 1] == "(" else -1
    if close > 0:  # it opens on a bracketed aside: "(LightGBM on 2,300 features) that runs..."
        head = _head_before(source, start, depth)
        if re.search(r"(?<![A-Za-z])\d", source[close:at + len(fragment)]):  # not "M4F"
            # its number comes after the aside: the words before it, then the number's clause,
            # the aside left out as brackets allow ("Built the malware classifier that runs
            # on 9 million endpoints")
            after = source[close + 1:]
            if head:  # (with too long a head the aside stays: '(C++, Aerospike) handling 1M QPS')
                prefix = head
                start = close + 1 + len(after) - len(after.lstrip(" "))
                if after.lstrip(" ")[:1] not in (",", ";", ":"):
                    prefix += " "
        elif head:  # its number is in the aside: the aside with what it describes
            return _tidy(f"{head} {source[start:close + 1]}")
    return prefix + _phrase_at(source, start, at + len(fragment), limit, opener=not prefix)


def _phrase_at(source: str, start: int, stop: int, limit: int, opener: bool = True) -> str:
    """The whole phrase of `source` from `start` that holds everything up to `stop`; a leading
    joining word goes unless `opener` is False (the phrase follows words of its own)."""
    rest = source[start:]
    end = max(stop - start, 0)
    # a leading joining word ("and per-IP ...") is not part of the phrase
    lead = re.match(r"(?i)\s*(?:" + "|".join(sorted(_OPENERS)) + r")\s+", rest)
    if opener and lead and len(rest[lead.end():end].split()) >= 2:
        rest, end = rest[lead.end():], end - lead.end()
    points = cut_points(rest)
    if end in points or (end >= len(rest) and points):
        return _tidy(rest[:end])
    numbers = set(re.findall(r"\d+", rest[:end]))
    shorter = [p for p in points if p < end and len(rest[:p].split()) >= 2]
    longer = [p for p in points if p > end]
    # shortest first when it keeps every number, then the clause run on, then any number
    keeps_all = [p for p in shorter if numbers <= set(re.findall(r"\d+", rest[:p]))]
    if keeps_all:
        return _tidy(rest[:keeps_all[-1]])
    if longer and longer[0] <= limit:
        return _tidy(rest[:longer[0]])
    some = [p for p in shorter if re.search(r"\d", rest[:p])]
    if some:
        return _tidy(rest[:some[-1]])
    if longer:
        return _tidy(rest[:longer[0]])
    return whole_phrase(rest[:end], limit)


def numbers_item(text: str, numbers: Sequence[str], sources: Sequence[str]) -> str:
    """The checklist's 'Memorise your numbers' item with its numbers as whole phrases (the
    analysis quotes them as cut from their bullets); any other item as it is."""
    from app.models.report import NUMBERS_ITEM

    if not (text.startswith(NUMBERS_ITEM) and numbers):
        return text
    return NUMBERS_ITEM + "; ".join(whole_numbers(numbers, sources)[:3]) + "."


def whole_numbers(numbers: Sequence[str], sources: Sequence[str], limit: int = 90) -> list[str]:
    """The numbers to remember as whole phrases from the resume (see `whole_fragment`), each
    once, in the given order."""
    out: list[str] = []
    seen: set[str] = set()
    for number in numbers:
        phrase = whole_fragment(number, sources, limit)
        if phrase.startswith("(") and phrase.endswith(")") and _closing(phrase, 0) == len(phrase) - 1:
            phrase = phrase[1:-1].strip()  # an aside on its own: "(C++/Qt, 40k lines)"
        key = phrase.lower()
        if phrase and key not in seen and not any(key in s.lower() for s in out):
            seen.add(key)
            out = [s for s in out if s.lower() not in key]  # a longer phrase holds a shorter
            out.append(phrase)
    return out


def story_hook(hook: str, sources: Sequence[str], limit: int | None = None) -> str:
    """A story's one-line hook, whole: a hook the analysis cut is restored from the story's
    own bullets (the whole first sentence when no `limit`), then shortened by choosing. A
    hook made of a title and a bare number ("Built drift monitors (3 days)") gets the number's
    own clause instead ("..., cutting detection time from 3 days to 2 hours")."""
    hook = _norm(hook)
    composed = re.fullmatch(r"(.+?) \(([^()]*\d[^()]*)\)", hook)
    found = _find(composed.group(2), sources) if composed else None
    if composed and found and _find(hook, sources) is None:
        title, number = composed.group(1).rstrip(" ,;:"), composed.group(2)
        source, at = found
        starts = [m.end() for m in re.finditer(r"[.!?]\s+", source[:at])]
        sentence = re.split(r"(?<=[.!?])\s+", source[max(starts, default=0):])[0]
        if sentence.lower().startswith(title.lower()):  # the number's own sentence, whole
            return whole_phrase(sentence, limit, keep_number=True).removesuffix(".")
        clause = whole_fragment(number, sources, limit or 120)
        if clause.lower().startswith(title.lower()):
            return whole_phrase(clause, limit, keep_number=True).removesuffix(".")
        if title.lower() not in clause.lower() and clause:
            joint = " " if clause.startswith("(") else ", "  # 'since launching (currently 3.6M users)'
            return whole_phrase(f"{title}{joint}{clause[0].lower() + clause[1:]}"
                                if clause[:1].isupper() and not clause[:2].isupper()
                                else f"{title}{joint}{clause}", limit, keep_number=True
                                ).removesuffix(".")
    if hook.endswith(ELLIPSIS):
        stem = _norm(hook[:-1])
        found = _find(stem, sources)
        if found is not None:
            source, at = found
            sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", source[at:])[0]
            return whole_phrase(sentence, limit, keep_number=True).removesuffix(".")
        hook = _retract(hook)
    else:
        hook = complete(hook, sources)
    return whole_phrase(hook, limit, keep_number=True).removesuffix(".")


# ---------------------------------------------------------------------------- names said once


def name_once(texts: Sequence[str], team: str = "", product: str = "") -> list[str]:
    """Questions that each name the posting's team or product: the first to name one keeps
    the name, later ones say "the team" / "the product" (the wording the questions use when a
    posting names neither), so a list of ten does not repeat it ten times."""
    names: dict[str, str] = {}
    for name, generic in ((product, "the product"), (team, "the team")):
        if name and name.strip():
            names.setdefault(name.strip().lower(), generic)
    said: set[str] = set()
    out: list[str] = []
    for text in texts:
        mentioned = []
        for key, generic in names.items():
            name = re.escape(key)
            team_form = re.compile(r"\bthe " + name + r" team\b", re.IGNORECASE)
            bare = re.compile(r"(?<![\w-])" + name + r"(?![\w-])", re.IGNORECASE)
            if not bare.search(text):
                continue
            mentioned.append(key)
            if key in said:
                text = bare.sub(generic, team_form.sub("the team", text))
        said.update(mentioned)
        out.append(text)
    return out


def questions_to_ask(report: Report) -> list[str]:
    """The report's questions to ask, the posting's team and product each named once."""
    team, product = report.job.team, ""
    try:
        from app.analysis.scripts import team_and_product

        team, product = team_and_product(report.job)
    except (ImportError, AttributeError, TypeError):  # the analysis changed its helpers
        pass
    return name_once([q.text for q in report.questions_to_ask], team, product)


# ---------------------------------------------------------------------------- verdicts

VERDICT_LABELS = {"strong": "Strong", "apply": "Apply", "stretch": "Stretch",
                  "not-yet": "Not yet"}
# What each verdict means for the user, in the words a friend would use.
VERDICT_MEANINGS = {
    "strong": "You are a strong match for this posting: apply.",
    "apply": "Worth applying: you meet what the posting asks for on paper.",
    "stretch": "A stretch: you can apply, but expect the gaps to be probed hard.",
    "not-yet": "Not yet: this posting is likely to stop at the screening step.",
}
VERDICT_GLYPHS = {"strong": "\u2714\u2714", "apply": "\u2714", "stretch": "\u2197",
                  "not-yet": "\u2715"}  # a shape beside the word: never colour alone
_CHANGE = re.compile(r"\s*What would change it:\s*", re.IGNORECASE)


def verdict_label(verdict: str) -> str:
    """'Strong', 'Apply', 'Stretch', 'Not yet' ('' when there is none)."""
    return VERDICT_LABELS.get(verdict, "")


def verdict_parts(verdict: str, reason: str) -> tuple[str, str]:
    """The verdict's reason as (the facts behind it, what would change it), each a whole
    sentence without the verdict word the badge already says ("Apply: you show 5 of 5 basic
    qualifications." -> "You show 5 of 5 basic qualifications.")."""
    text = _norm(reason)
    label = verdict_label(verdict)
    for word in filter(None, (label, verdict, verdict.replace("-", " "))):
        if text.lower().startswith(word.lower() + ":"):
            text = text[len(word) + 1:].strip()
            break
    facts, change = (_CHANGE.split(text, maxsplit=1) + [""])[:2]

    def sentence(s: str, capital: bool = True) -> str:
        s = s.strip()
        if not s:
            return ""
        if capital:
            s = s[0].upper() + s[1:]
        elif s[:1].isupper() and not s[1:2].isupper():
            s = s[0].lower() + s[1:]  # it follows "What would change it:"
        return s if s[-1] in ".!?" else s + "."

    return sentence(facts), sentence(change, capital=False)


# A sentence the analysis joined from two ("..., and here Nothing on the resume shows..."):
# the second one's capital is lowered where it now sits mid-sentence.
_JOINED = re.compile(r"\b(and|here|but|because|while)\s"
                     r"(About|Your|Nothing|No|The|This|There|It|You|Only|One)\b")


def mend_case(text: str) -> str:
    """Capitals left mid-sentence where the analysis joined two sentences ("and here About 3.8
    years" -> "and here about 3.8 years"); acronyms and names stay."""
    return _JOINED.sub(lambda m: f"{m.group(1)} {m.group(2).lower()}", text)


# ---------------------------------------------------------------------------- sentences


def sentences(text: str) -> list[str]:
    """`text` split into its sentences: a stop followed by a capital, outside brackets and
    quotations ("...(for example "Tell me about a customer."), and ..." stays one)."""
    text = _norm(text)
    if not text:
        return []
    out: list[str] = []
    depth = 0
    quote = False
    start = 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}" and depth:
            depth -= 1
        elif ch == '"':
            quote = not quote
        elif ch == "\u201c":
            quote = True
        elif ch == "\u201d":
            quote = False
        elif (ch in ".!?" and not depth and not quote and i + 2 < len(text)
              and text[i + 1] == " " and (text[i + 2].isupper() or text[i + 2].isdigit()
                                          or text[i + 2] in "\"'\u201c\u2018")):
            before = text[max(0, i - 4):i + 1].lower()
            if before.endswith(("e.g.", "i.e.", " vs.", " etc.")) and not text[i + 2].isupper():
                continue
            out.append(text[start:i + 1].strip())
            start = i + 2
    if start < len(text):
        out.append(text[start:].strip())
    return [s for s in out if s]


def first_sentence(text: str) -> tuple[str, str]:
    """(the first sentence, the rest) of `text`."""
    parts = sentences(text)
    if not parts:
        return "", ""
    return parts[0], " ".join(parts[1:])


_ANGLE_SHAPE = ("set the scene", "this one checks", "this question checks")


def angle_summary(angle: str, has_decode: bool) -> str:
    """The angle to take, without what the answer decode already says: with a decode (the
    strong answer's shape with the story filled in, what the interviewer listens for), the
    angle's own "Set the scene..., then..., and land on..." and "This one checks..." are
    left out; what is left says which story and why it fits, and any warning."""
    if not has_decode:
        return _norm(angle)
    kept = [s for s in sentences(angle) if not s.lower().startswith(_ANGLE_SHAPE)]
    return " ".join(kept) or _norm(angle)


# ---------------------------------------------------------------------------- likelihood


def likelihood_words(score: float, top: float) -> str:
    """How likely a question is, in words, relative to the most likely one (`top`)."""
    share = score / top if top > 0 else 0.0
    if share >= 0.8:
        return "very likely"
    if share >= 0.5:
        return "likely"
    if share >= 0.3:
        return "fairly likely"
    return "possible"


def without_level(reason: str, level: str | None) -> str:
    """The level's reason without the level it starts with ("L5: about ..." -> "About
    ..."): the heading above it already says the level."""
    text = " ".join(reason.split())
    for prefix in filter(None, (level, (level or "").replace("-", " "))):
        if text.lower().startswith(prefix.lower() + ":"):
            rest = text[len(prefix) + 1:].strip()
            return rest[:1].upper() + rest[1:]
    return text


_QUOTED_QUESTION = re.compile(r"\s*\(question: [\"\u201c](.+?)[\"\u201d]\)")


def question_refs(text: str, numbers: dict[str, int]) -> str:
    """A line quoting one of the likely questions names it by its number instead
    ("Rehearse story 'X' (question: \"Tell me about...\")" -> "... (Q3)"): the question is
    said once, on its own page. `numbers` maps each question's text to its number."""
    def ref(m: re.Match[str]) -> str:
        n = numbers.get(" ".join(m.group(1).split()))
        return f" (Q{n})" if n else m.group(0)

    return _QUOTED_QUESTION.sub(ref, text)
