"""Small text helpers shared by the analysis modules: tokens, phrase hits, stable ids,
rounding and a tiny deterministic TF-IDF (fitted per analysis, no global state)."""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

STOPWORDS = frozenset(
    """a an and are as at be been being by can could did do does for from had has have he her
    his i if in into is it its me my of on or our she so such than that the their them then
    there these they this those to too up us was we were what when where which while who will
    with within without would you your yours also etc via per across over under about after
    before more most other some any each all both only own same very just not no nor new using
    used use work working worked strong ability experience years year plus including include
    includes well related knowledge skills""".split()
)

_WORD = re.compile(r"[a-z0-9][a-z0-9+#]*(?:[.\-/][a-z0-9+#]+)*")
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Lower-case, single-spaced text for phrase matching."""
    return _SPACE.sub(" ", text.replace("\u2019", "'")).strip().lower()


def stem(word: str) -> str:
    """A light, predictable stemmer (plural and common suffixes) so 'models' meets 'model'."""
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + keep
    return word


def words(text: str) -> list[str]:
    """Lower-case word tokens, stop words kept (for phrases and counting)."""
    return _WORD.findall(normalize(text))


def tokens(text: str) -> list[str]:
    """Stemmed content tokens without stop words or bare numbers (for similarity)."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and not w.isdigit() and len(w) > 1]


@lru_cache(maxsize=4096)  # compiled once per process: the re module keeps only 512
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A case-insensitive word-boundary pattern for a phrase; a trailing '*' allows any suffix."""
    phrase = normalize(phrase)
    open_end = phrase.endswith("*")
    body = re.escape(phrase.rstrip("*")).replace(r"\ ", r"\s+")
    tail = r"\w*" if open_end else r"(?:s|es|ed|ing|d)?"
    return re.compile(r"(?<![\w])" + body + tail + r"(?![\w])", re.IGNORECASE)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _pattern(phrase: str) -> re.Pattern[str]:
    pat = _PATTERNS.get(phrase)
    if pat is None:
        pat = _PATTERNS[phrase] = phrase_pattern(phrase)
    return pat


_FOLDED: dict[str, str] = {}


def _folded(text: str) -> str:
    """Lower-case, single-spaced text, cached (the same posting is searched many times)."""
    out = _FOLDED.get(text)
    if out is None:
        if len(_FOLDED) > 256:
            _FOLDED.clear()
        out = _FOLDED[text] = normalize(text)
    return out


@lru_cache(maxsize=4096)
def _stem_of(phrase: str) -> str:
    return normalize(phrase).rstrip("*")


@lru_cache(maxsize=4096)
def _open_ended(phrase: str) -> bool:
    return normalize(phrase).endswith("*")


def _maybe(folded: str, phrase: str) -> bool:
    """Cheap pre-check: the phrase's stem appears at all (no false negatives)."""
    return _stem_of(phrase) in folded


# Characters outside ASCII that a case-insensitive pattern matches to an ASCII one (dotted
# and dotless i, long s, the Kelvin sign): where the text holds none, an ASCII phrase's
# pattern matches exactly the phrase's own lower-case characters.
_CASE_FOLDS = frozenset("\u0130\u0131\u017f\u212a")
_SUFFIXES = ("s", "es", "ed", "ing", "d")  # phrase_pattern's tail, in the order it tries them
#                                            (then none)
_PLAIN: dict[str, bool] = {}


def _plain(folded: str) -> bool:
    """True when phrase_pattern's matches in `folded` (normalised text) can be found without
    compiling it: single spaces only (normalize) and no character in _CASE_FOLDS."""
    out = _PLAIN.get(folded)
    if out is None:
        if len(_PLAIN) > 256:
            _PLAIN.clear()
        out = _PLAIN[folded] = folded.isascii() or _CASE_FOLDS.isdisjoint(folded)
    return out


def may_hold(text: str, literal: str) -> bool:
    """False only when no case-insensitive pattern that needs `literal` (escaped, in any
    case) can match `text`: checked without compiling it (an ASCII literal matches only its
    own letters in either case where the text holds no character of _CASE_FOLDS)."""
    if not literal.isascii() or not _CASE_FOLDS.isdisjoint(text):
        return True
    return literal.lower() in text.lower()


def _word(ch: str) -> bool:
    """What the pattern's \\w matches (Unicode word characters)."""
    return ch.isalnum() or ch == "_"


def _matches(folded: str, phrase: str, first: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each match of phrase_pattern(phrase) in `folded`, as `finditer` finds
    them (`first`: only the first): the lower-case phrase not preceded by a word character,
    then its tail (any word characters after a '*', else the first light suffix followed by
    no word character). Only where `_fast` holds; a test holds it to the compiled pattern."""
    stem, open_end = _stem_of(phrase), _open_ended(phrase)
    spans: list[tuple[int, int]] = []
    size, last = len(stem), len(folded)
    at = folded.find(stem)
    while at >= 0:
        stop = -1
        if at == 0 or not _word(folded[at - 1]):
            end = at + size
            if open_end:
                stop = end
                while stop < last and _word(folded[stop]):
                    stop += 1
            else:
                for tail in _SUFFIXES:
                    after = end + len(tail)
                    if folded.startswith(tail, end) and (after == last
                                                         or not _word(folded[after])):
                        stop = after
                        break
                else:
                    if end == last or not _word(folded[end]):
                        stop = end
        if stop >= 0:
            spans.append((at, stop))
            if first:
                break
            at = folded.find(stem, stop)  # the next match starts where this one ends
        else:
            at = folded.find(stem, at + 1)
    return spans


def _fast(phrase: str, folded: str) -> bool:
    """True when the phrase's matches in `folded` may be found by `_matches`."""
    return phrase.isascii() and bool(_stem_of(phrase)) and _plain(folded)


def find_phrases(text: str, phrases: Iterable[str]) -> list[str]:
    """The phrases that occur in `text` (word boundaries, light suffixes), in the given order.
    Most are found without compiling their pattern (`_matches`; ~0.3 ms each, ~300 phrases a
    resume)."""
    folded = _folded(text)
    return [p for p in phrases if p.strip() and _maybe(folded, p)
            and (_matches(folded, p, first=True) if _fast(p, folded)
                 else _pattern(p).search(folded))]


def phrase_start(folded: str, phrase: str) -> int | None:
    """Where `phrase_pattern(phrase).search(folded)` starts in normalised text (None: no
    match), mostly without compiling the pattern."""
    if _fast(phrase, folded):
        spans = _matches(folded, phrase, first=True)
        return spans[0][0] if spans else None
    found = phrase_pattern(phrase).search(folded)
    return found.start() if found else None


def count_phrase(text: str, phrase: str) -> int:
    """How many times a phrase occurs in `text`."""
    if not phrase.strip():
        return 0
    folded = _folded(text)
    if not _maybe(folded, phrase):
        return 0
    if _fast(phrase, folded):
        return len(_matches(folded, phrase))
    return len(_pattern(phrase).findall(folded))


def stable_id(prefix: str, *parts: str) -> str:
    """A short id that depends only on the parts (same input, same id)."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:8]
    return f"{prefix}{digest}"


def rnd(value: float, places: int = 3) -> float:
    """Round for output so JSON is byte-identical across runs and platforms."""
    out = round(float(value), places)
    return 0.0 if out == 0 else out


def clip(text: str, limit: int) -> str:
    """Shorten by choosing, never by cutting: the longest run of whole clauses that fits `limit`
    characters, or the first clause whole when even that is longer (see app/phrases.py). Every
    quote and reason the analysis writes goes through here, so none ends mid-phrase."""
    from app.phrases import whole_phrase

    return whole_phrase(_SPACE.sub(" ", text).strip(), limit)


def clip_with(text: str, name: str, limit: int) -> str:
    """`clip(text, limit)`, or, when that leaves `name` out ("Python (pandas, scikit-learn), SQL,
    TensorFlow (course)" clipped before TensorFlow), the line from the list item that names it,
    so a quote always shows what it is quoted for."""
    short = clip(text, limit)
    if not name or name.lower() in short.lower():
        return short
    at = text.lower().find(name.lower())
    if at < 0:
        return short
    start = max(text.rfind(sep, 0, at) for sep in (", ", "; ", " | ", " · ", ": "))
    if start < 0:
        return short
    rest = text[start:].lstrip(",;|·: ")
    return "..." + clip(rest, limit)


def sentences(text: str) -> list[str]:
    """Split a bullet into sentences (keeps numbers like 3.5 intact, and an abbreviation's full
    stop: "with Dr. Okafor", "U.S. Census data", "J. Chem. Inf. Model.")."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", _SPACE.sub(" ", text).strip())
    out: list[str] = []
    for p in (p.strip() for p in parts):
        if p and out and (_ABBREVIATION.search(out[-1]) or (
                _INITIAL.search(out[-1]) and _SHORT_FORM.match(p))):
            out[-1] = f"{out[-1]} {p}"
        elif p:
            out.append(p)
    return out


# the last word of a piece that ends in an abbreviation, not a sentence: an initial ("J."), a
# dotted short form ("U.S.", "e.g.", "Ph.D."), a title or a journal's short word
_ABBREVIATION = re.compile(
    r"(?:^|\s|\()(?:(?:[A-Za-z]{1,3}\.){1,3}[A-Za-z]{1,3}|Dr|Mr|Mrs|Ms|Prof|St|Inc|Ltd|Co|"
    r"Corp|vs|etc|approx|No|Jr|Sr|Fig|Eq|Vol|Chem|Inf|Phys|Rev|Lett|Proc|Conf|Int|Eng|Sci|Med|"
    r"Biol|Comput|Trans|Stat|Appl|Mol|Res|Natl|Acad)\.$")
# an initial ("J.") is one only before another short form ("J. Chem."), never "written in C."
_INITIAL = re.compile(r"(?:^|\s|\()[A-Z]\.$")
_SHORT_FORM = re.compile(r"[A-Z][a-z]{0,5}\.(?:\s|$|\))")


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """Overlap of two token sets, 0..1."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def apportion(raw: Sequence[float], total: int) -> list[float]:
    """Split the integer `total` over items proportional to `raw`, in hundredths, so the
    parts add up exactly to `total` (largest remainder, ties by position)."""
    if not raw:
        return []
    cents = total * 100
    s = sum(max(0.0, r) for r in raw)
    if s <= 0:
        base = [0] * len(raw)
        base[0] = cents
        return [b / 100 for b in base]
    exact = [max(0.0, r) / s * cents for r in raw]
    floors = [math.floor(e) for e in exact]
    rest = cents - sum(floors)
    order = sorted(range(len(raw)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:rest]:
        floors[i] += 1
    return [f / 100 for f in floors]


class TfIdf:
    """A small TF-IDF model fitted on the documents of one analysis (deterministic)."""

    def __init__(self, documents: Sequence[str]) -> None:
        self._docs = [Counter(tokens(d)) for d in documents]
        df: Counter[str] = Counter()
        for doc in self._docs:
            df.update(doc.keys())
        n = len(self._docs) or 1
        self._idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
        self._vecs = [self.vector_from_counts(d) for d in self._docs]

    def vector_from_counts(self, counts: Counter[str]) -> dict[str, float]:
        """A unit-length TF-IDF vector from token counts (unknown tokens get idf 1)."""
        vec = {t: (1 + math.log(c)) * self._idf.get(t, 1.0) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def vector(self, text: str) -> dict[str, float]:
        """The vector of any text, in this model's space."""
        return self.vector_from_counts(Counter(tokens(text)))

    def doc_vector(self, index: int) -> dict[str, float]:
        """The vector of the index-th fitted document."""
        return self._vecs[index]

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        """Cosine similarity of two unit vectors, 0..1."""
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b.get(t, 0.0) for t, v in a.items())
