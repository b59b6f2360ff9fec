"""Whole phrases: shorten a line by choosing whole clauses, never by cutting mid-phrase.

Lines the user says aloud, remembers or reads as a reason (risk titles, quotes of their own
bullets, story hooks) are shortened here: the longest run of whole clauses that fits, or the
first clause whole when even that is longer. Qt-free and dependency-free, so the analysis,
the exports and the views share one rule.
"""

from __future__ import annotations

import re

ELLIPSIS = "\u2026"


# A clause may end before these words: what follows them is an addition, not a missing part.
# ("to" and "into" are not among them: "from X to Y", "turned X into Y" are one phrase.)
_BREAK_WORDS = frozenset("""
by which who whose where while whilst ensuring resulting using with and or but for from
through via so that after before across including leading reducing improving increasing
enabling achieving saving cutting allowing making helping driving boosting lowering raising
delivering providing supporting serving resulting thereby thus when until since as against
""".split())
# A phrase never ends on these (they need what comes after them).
_DANGLING = frozenset("""
a an the to by and or but of for from with in on at into onto via per as than that which who
whose where while its their our my his her your this these those such both each every any
is are was were be been being has have had do does did can could will would should may might
must not no very more most less least over under between among about around within without
new key
""".split())
# Words that start a clause of their own ("..., serving 4 million users", "which cut ...").
_CLAUSE_STARTS = frozenset("""
which who while whilst ensuring resulting using including leading reducing improving
increasing enabling achieving saving cutting allowing making helping driving boosting lowering
raising delivering providing supporting serving thereby thus
""".split())
# "reduced by 38%", "from 3 days to 2 hours", "dropped by half": an amount, not an addition
_AMOUNT_WORDS = frozenset({"by", "from", "over", "across"})
_AMOUNT = re.compile(r"\s+(?:[$\u20ac\u00a3~]?\d|half\b|a third\b|a quarter\b|nearly\b|almost\b"
                     r"|about\b|roughly\b|over\b|up to\b|more than\b|a factor\b)", re.IGNORECASE)
_OPENERS = frozenset("and or but which while whilst so then also".split())


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _depths(text: str) -> list[int]:
    """Bracket depth before each character (and after the last)."""
    out, depth = [], 0
    for ch in text:
        out.append(depth)
        if ch in "([{":
            depth += 1
        elif ch in ")]}" and depth > 0:
            depth -= 1
    out.append(depth)
    return out


def _quotes_balanced(text: str) -> bool:
    straight = len(re.findall(r"(?<![A-Za-z])'|'(?![A-Za-z])", text))  # not apostrophes
    return (text.count('"') % 2 == 0 and text.count("\u201c") == text.count("\u201d")
            and straight % 2 == 0)


def _ok_end(prefix: str) -> bool:
    words = re.findall(r"[\w'\u2019%$-]+", prefix)
    if not words:
        return False
    last = words[-1].lower().strip("'\u2019")
    return last not in _DANGLING and _quotes_balanced(prefix)


# a word whose period is its own, not a sentence's ("U.S.", "e.g.", "Inc.")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:(?:[A-Za-z]\.)+[A-Za-z]|e\.g|i\.e|etc|vs|Inc|Ltd|Co|"
                           r"Corp|Dr|Mr|Mrs|Ms|St|Jr|Sr)$")


def cut_points(text: str) -> list[int]:
    """Where `text` may end and still be a whole phrase: the end, before clause punctuation
    or a joining word ("by", "which", "and", ...) outside brackets, never after a word that
    needs more ("the", "to", "with")."""
    text = _norm(text)
    depth = _depths(text)
    points: set[int] = set()
    ends: set[int] = set()  # where the writer ended a sentence: always a whole phrase
    for m in re.finditer(r"\s*(?:[,;:.!?](?=\s|$)|\s[\u2014\u2013-]\s|\s\(|$)", text):
        if m.group(0).strip() == "." and m.end() < len(text) and _ABBREVIATION.search(
                text, 0, m.start()):
            continue  # "a U.S. citizen", "e.g. Python": the period of an abbreviation
        if m.start() > 0 and depth[m.start()] == 0:
            points.add(m.start())
            if m.group(0).strip()[:1] in (".", "!", "?", ";") or m.end() == len(text):
                ends.add(m.start())
    for m in re.finditer(r"\s([A-Za-z]+)\b", text):
        word = m.group(1).lower()
        if word in _BREAK_WORDS and depth[m.start()] == 0 and not (
                word in _AMOUNT_WORDS and _AMOUNT.match(text, m.end())):
            points.add(m.start())
    return sorted(p for p in points if (p in ends and _quotes_balanced(text[:p]))
                  or _ok_end(text[:p].rstrip(" ,;:.\u2014\u2013-")))


def _tidy(text: str) -> str:
    return text.strip().rstrip(" ,;:\u2014\u2013-").strip()


def whole_phrase(text: str, limit: int | None = None, min_words: int = 2,
                 keep_number: bool = False) -> str:
    """`text` shortened by choosing: the longest run of its whole clauses that fits `limit`
    characters (the text itself when it fits). When even the first clause is longer, that
    clause whole: a line may run long, it is never cut mid-phrase. No ellipsis is added.
    With `keep_number`, a text that quotes a number keeps it (the shortest run that does)."""
    text = _norm(text)
    if text.endswith(ELLIPSIS):
        text = _retract(text)
    if limit is None or len(text) <= limit:
        return text
    points = [p for p in cut_points(text) if len(text[:p].split()) >= min_words]
    if keep_number and re.search(r"\d", text):
        points = [p for p in points if re.search(r"\d", text[:p])]
    fitting = [p for p in points if p <= limit]
    if fitting:
        return _tidy(text[:fitting[-1]])
    return _tidy(text[:points[0]]) if points else text


def _retract(text: str) -> str:
    """A cut text ("...to turn…") back to its last whole phrase ("..."), without the ellipsis."""
    stem = _norm(text.rstrip(ELLIPSIS + ". "))
    # the last word before the ellipsis may itself be cut ("feature…" of "features")
    points = [p for p in cut_points(stem) if p < len(stem) and len(stem[:p].split()) >= 2]
    if points:
        return _tidy(stem[:points[-1]])
    words = stem.split()
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
    return _tidy(" ".join(words))
