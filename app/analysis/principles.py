"""Which Amazon Leadership Principles a resume line is evidence for, with scores and a reason.

Two signals are blended:

* a linear model (TF-IDF word 1-2 grams over lightly stemmed text plus the line's first word
  -> one logistic regression per principle), trained with scikit-learn on the labelled lines we
  wrote into `knowledge/classifier/exemplars.jsonl` (never on the evaluation file), and
* hand-built evidence patterns per principle (`knowledge/classifier/lexicon.json`) that follow
  the labelling guide and also say *which words* triggered a principle, so every score can be
  explained.

A second small model plus patterns recognise lines that are not achievements (headings,
contact lines, skills lists, course names); those get no principles. The blend weights and
training parameters below were chosen by cross-validation over our own exemplars only
(`scripts/build_classifier.py --cv`); the display thresholds are set by hand.

Cold start: the trained model ships as `knowledge/classifier/model.json` (built by
`scripts/build_classifier.py`) and is scored here in plain Python, so the analysis path imports
neither numpy, scipy nor scikit-learn. If the exemplars, lexicon or model code changed since
the artifact was built (its content hash no longer matches), the model is trained at run time
instead and a warning says to rebuild. Deterministic: same input, same output, scores rounded
to 4 decimals.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import math
import re
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from app.errors import KnowledgeError
from app.models.knowledge import Exemplar, Knowledge, Lexicon, ModelArtifact, PreparedModel

#: The 16 principle ids, in the order Amazon lists them (the stable contract ids).
PRINCIPLE_IDS: tuple[str, ...] = (
    "customer-obsession",
    "ownership",
    "invent-and-simplify",
    "are-right-a-lot",
    "learn-and-be-curious",
    "hire-and-develop-the-best",
    "insist-on-the-highest-standards",
    "think-big",
    "bias-for-action",
    "frugality",
    "earn-trust",
    "dive-deep",
    "have-backbone-disagree-and-commit",
    "deliver-results",
    "strive-to-be-earths-best-employer",
    "success-and-scale-bring-broad-responsibility",
)

# Score = MODEL_WEIGHT * model probability (rescaled) + (1 - MODEL_WEIGHT) * pattern score
# + PRIOR_WEIGHT * prior, clipped to 0..1. The prior is each principle's share of OUR labelled
# exemplars (computed at training time); no label statistics of the evaluation file are used.
# Weights and training parameters: 5-fold cross-validation over our exemplars only.
MODEL_WEIGHT = 0.6
PRIOR_WEIGHT = 0.1
MIN_SCORE = 0.05  # an achievement line lists its best principle unless nothing fits at all
RELATIVE_CUTOFF = 0.6  # further principles must reach this fraction of the best score
SECOND_MIN_SCORE = 0.25  # ... and this absolute score
MAX_PRINCIPLES = 3
SKIP_THRESHOLD = 0.5  # probability that a line is not an achievement
EVIDENCE_PROTECT = 0.5  # a verbless line of 8+ words with this much evidence is kept
LR_C = 8.0  # inverse regularisation of the logistic regressions
SECONDARY_WEIGHT = 0.5  # how much a secondary label counts in training, against a primary one
SKIP_C = 4.0  # inverse regularisation of the "not an achievement" model
MIN_DF = 2  # a word or word pair must occur in this many exemplars to be a feature
SCALE_PERCENTILE = 75  # model probabilities are divided by this percentile over the positives
RANDOM_STATE = 13
REAL_WEIGHT = 1.0  # training weight of an exemplar with a source (independently labelled)
# Character n-grams (3-5 letters, inside word boundaries) beside the word features: they carry
# what a word means across spellings, inflections and the English of non-native writers
# ("automatize", "optimisation", "develop the") that word features miss. Chosen by training on
# one half of our exemplars and scoring the other half, written in a different style.
CHAR_NGRAMS = (3, 4)
CHAR_MIN_DF = 5
CHAR_WEIGHT = 0.7


@dataclass(frozen=True)
class PrincipleResult:
    """Principles one line evidences: ids best first (may be empty), all 16 scores, a reason."""

    principles: tuple[str, ...]
    scores: dict[str, float]
    reason: str
    is_achievement: bool = True  # False for headings, contact lines, skills lists, courses

    @property
    def top(self) -> str | None:
        return self.principles[0] if self.principles else None


@dataclass(frozen=True)
class Evidence:
    """One phrase in a line that evidences a principle (character offsets into the line)."""

    principle: str
    phrase: str
    start: int
    end: int
    weight: float


# ---------------------------------------------------------------------------------------
# Text normalisation and pattern evidence

_BULLET = re.compile(r"^[\s\-\u2022\u2023\u25aa\u25cf\u25e6\u2043\u2219*>·o]+(?=\S)")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPACE = re.compile(r"\s+")


def clean_line(text: str) -> str:
    """The line without bullet glyphs and with single spaces (what we show and match)."""
    text = _SPACE.sub(" ", text or "").strip()
    return _BULLET.sub("", text).strip()


STEM = True
FIRST_VERB = True
_WORD = re.compile(r"[a-z][a-z\-]*[a-z]")


def _stem(word: str) -> str:
    """A crude suffix strip so "automated", "automating" and "automation" share a feature."""
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _model_text(text: str) -> str:
    # Numbers become "0" so "cut cost 35%" and "cut cost 12%" share features.
    out = _DIGITS.sub("0", clean_line(text).lower())
    if STEM:
        out = _WORD.sub(lambda m: _stem(m.group(0)), out)
    if FIRST_VERB:
        first = out.split(" ", 1)[0]
        if first.isalpha():
            out = f"v_{first} {out}"
    return out


def char_grams(text_m: str) -> list[str]:
    """Character n-grams of a model text, each word padded with spaces (like scikit-learn's
    char_wb analyzer); used as the analyzer at training time, so scoring matches exactly."""
    lo, hi = CHAR_NGRAMS
    out: list[str] = []
    for word in text_m.split():
        w = f" {word} "
        for n in range(lo, hi + 1):
            if len(w) < n:
                continue
            out.extend(w[i:i + n] for i in range(len(w) - n + 1))
    return out


_TRAILING = frozenset("a an the with to of and by for in on at from as into via or our my".split())


def _phrase_around(text: str, start: int, end: int, extra_words: int = 3) -> tuple[int, int]:
    """Widen a match to a short readable phrase: the match plus a few following words, not
    ending on a small word ("by 12% with a" becomes "by 12%")."""
    ends = [end]
    i = end
    n = len(text)
    while i < n and len(ends) <= extra_words:
        j = i
        while j < n and text[j] == " ":
            j += 1
        if j >= n or text[j] in ",;.:()[]\u2013\u2014":
            break
        k = j
        while k < n and text[k] not in " ,;:()[]":
            k += 1
        if k > j and text[k - 1] == ".":
            k -= 1
        if k <= j:
            break
        i = k
        ends.append(k)
    while len(ends) > 1:
        last = text[:ends[-1]].rsplit(" ", 1)[-1].lower()
        if last not in _TRAILING:
            break
        ends.pop()
    return start, ends[-1]


_Matches = list[list[tuple[int, int, float]]]
_SEEN: dict[int, tuple[Lexicon, dict[str, _Matches]]] = {}  # id(lexicon) -> (it, line -> matches)
_SEEN_MAX = 4096  # lines remembered per lexicon


def _matches(line: str, lexicon: Lexicon) -> _Matches:
    """Per principle (id order): (start, end, weight) of every pattern match in a clean line.

    Remembered per lexicon and line (an analysis asks for a line's matches two or three
    times: classifying it, its evidence, the skip check); a fresh copy each time."""
    entry = _SEEN.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        if len(_SEEN) >= 4:
            _SEEN.clear()
        entry = _SEEN[id(lexicon)] = (lexicon, {})
    lines = entry[1]
    known = lines.get(line)
    if known is None:
        if len(lines) >= _SEEN_MAX:
            lines.clear()
        known = lines[line] = _match_all(line, lexicon)
    return [list(found) for found in known]


def _match_all(line: str, lexicon: Lexicon) -> _Matches:
    out: _Matches = []
    low = line.lower()
    if lexicon.lower is not None and len(low) == len(line):  # same offsets
        table, text = lexicon.lower, low
    else:  # (the case-insensitive patterns compile on first use)
        table, text = lexicon.patterns, line
    for pid in PRINCIPLE_IDS:
        found: list[tuple[int, int, float]] = []
        for pattern, weight in table.get(pid, ()):
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), weight))
        out.append(found)
    return out


def _noisy_or(found: Sequence[tuple[int, int, float]]) -> float:
    """Combine matches: each distinct weight counts once (one pattern matching twice is one)."""
    miss = 1.0
    for w in sorted({w for _, _, w in found}):
        miss *= 1.0 - w
    return 1.0 - miss


def _skip_pattern_score(line: str, lexicon: Lexicon) -> float:
    miss = 1.0
    for pattern, weight in lexicon.skip:
        if pattern.search(line):
            miss *= 1.0 - weight
    return 1.0 - miss


def find_evidence(text: str, lexicon: Lexicon) -> list[Evidence]:
    """Every pattern match in `text`, by principle (in id order), then by position.

    Offsets refer to `clean_line(text)` (bullet glyphs removed, spaces collapsed).
    """
    line = clean_line(text)
    found: list[Evidence] = []
    for pid, hits in zip(PRINCIPLE_IDS, _matches(line, lexicon), strict=True):
        seen: set[tuple[int, int]] = set()
        for start, end, weight in sorted(hits, key=lambda h: (h[0], -h[2], h[1])):
            if (start, end) not in seen:
                seen.add((start, end))
                found.append(Evidence(pid, line[start:end], start, end, weight))
    return found


def _phrases(line: str, hits: Sequence[tuple[int, int, float]]) -> tuple[str, ...]:
    """Readable phrases for matches, strongest first, without duplicates or overlaps."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    for start, end, _ in sorted(hits, key=lambda h: (-h[2], h[0], h[1])):
        s, e = _phrase_around(line, start, end, extra_words=2)
        if any(s < e2 and s2 < e for s2, e2 in spans):
            continue
        spans.append((s, e))
        out.append(line[s:e])
    return tuple(out)


def evidence_phrases(text: str, lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Matched evidence phrases per principle for one line, strongest first (the GUI's "why")."""
    line = clean_line(text)
    return {pid: _phrases(line, hits)
            for pid, hits in zip(PRINCIPLE_IDS, _matches(line, lexicon), strict=True) if hits}


def _shape_features(line: str) -> list[float]:
    """Cheap signs of a non-achievement line: few words, commas everywhere, no verb-like start."""
    words = line.split()
    n = max(len(words), 1)
    commas = line.count(",") + line.count("|") + line.count(";") + line.count("\u2022")
    first = words[0].lower() if words else ""
    verbish = (first.endswith(("ed", "ing")) or first in _COMMON_VERBS
               or _ACTION.search(line) is not None)
    return [
        1.0 if n <= 3 else 0.0,
        1.0 if n <= 6 else 0.0,
        min(commas / n, 1.0),
        1.0 if verbish else 0.0,
        1.0 if line.endswith(":") else 0.0,
        1.0 if line.isupper() and n <= 5 else 0.0,
    ]


# Stems of action verbs (any tense): a long line with one of them is an achievement or
# responsibility, whatever the skip model thinks (a false skip loses real evidence).
_ACTION = re.compile(
    r"\b(?:develop|design|buil[dt]|implement|lead|led|manag|creat|analy[sz]|research|work|"
    r"collaborat|improv|reduc|increas|optimi[sz]|deploy|train|mentor|teach|taught|conduct|"
    r"perform|support|maintain|wr[io]te|present|organi[sz]|coordinat|assist|help|us(?:e|ed|ing)|"
    r"utili[sz]|appl(?:y|ied)|evaluat|test|integrat|architect|automat|streamlin|establish|"
    r"launch|deliver|achiev|partner|contribut|participat|responsib|own|drove|driv|spearhead|"
    r"oversaw|oversee|ran|run|served|serv|handl|resolv|identif|investigat|debug|propos|"
    r"introduc|migrat|scal|engineer|prototyp|model|fine-tun|publish|author|co-author|won|"
    r"earn|grew|grow|sav|cut|lower|boost|enabl|ensur|monitor|review|hir|recruit|coach|"
    r"tutor|guid|volunteer|found|co-found|initiat|negotiat|communicat|facilitat|explor|"
    r"studi|learn|invent|simplif|refactor|redesign|rewr|creat|generat|process|prepar|"
    r"collect|clean|label|annotat|extract|comput|calculat|measur|forecast|predict)\w*",
    re.IGNORECASE)


_PAST = re.compile(r"\b[a-z]{3,}ed\b", re.IGNORECASE)


def _protected(line: str, lexicon: Lexicon) -> bool:
    """True for lines that clearly read as an achievement: long, or with a verb, and not
    starting like a heading, contact line or course list."""
    if _skip_pattern_score(line, lexicon) >= 0.5 or _looks_like_list(line):
        return False
    words = line.split()
    n = len(words)
    verb = _ACTION.search(line) is not None or _PAST.search(line) is not None
    first_verb = bool(words) and (_ACTION.match(words[0]) is not None
                                  or _PAST.match(words[0]) is not None)
    if n >= 12 or (n >= 5 and verb) or (n >= 2 and first_verb):
        return True
    # A verbless line of some length that still carries clear evidence ("Migration of ...,
    # halving cost") is an achievement worded as a noun phrase, not a heading.
    return n >= 8 and any(_noisy_or(h) >= EVIDENCE_PROTECT for h in _matches(line, lexicon))


def _credential(line: str, lexicon: Lexicon) -> bool:
    """A credential or honour ("AWS Certified Developer (2023)", "Poster, NeurIPS 2023",
    "Reviewer: ACL, EMNLP, NAACL"): evidence the labelling guide counts, however short,
    verbless or list-like; a heading ("Certifications") or a degree line is not one."""
    return (len(line.split()) >= 3 and _skip_pattern_score(line, lexicon) < 0.5
            and any(p.search(line) for p, _ in lexicon.keep))


def is_achievement_line(line: str, skip_probability: float, lexicon: Lexicon) -> bool:
    """Whether a clean line is an achievement or responsibility (else it gets no principles):
    a credential, or not a list and either the skip model lets it through or it clearly reads
    as an achievement."""
    if sum(c.isalpha() for c in line) < 3:
        return False
    if _credential(line, lexicon):
        return True
    return not _looks_like_list(line) and (skip_probability < SKIP_THRESHOLD
                                           or _protected(line, lexicon))


def _looks_like_list(line: str) -> bool:
    """A list of short items without a verb (skills, tools, courses): not an achievement."""
    items = [i for i in re.split(r"[,;|\u2022/]", line) if i.strip()]
    if len(items) < 3 or any(len(i.split()) > 4 for i in items):
        return False
    firsts = [i.split()[0].lower() for i in items]
    # A verb starts an item ("Designed X, built Y, ..."); a gerund only counts at the start
    # ("Monitoring, alerting, ..."), not inside a list of nouns ("film photography, bouldering").
    return not (firsts[0].endswith("ing")
                or any(w.endswith("ed") or w in _COMMON_VERBS for w in firsts))


_COMMON_VERBS = frozenset(
    "built led ran won cut grew drove made wrote set sold saved took taught shipped own owned "
    "lead build create design develop implement manage mentor reduce improve increase deliver "
    "launch analyze analyse automate coach train write run teach spearhead architect".split()
)


# ---------------------------------------------------------------------------------------
# The trained model
#
# Training uses scikit-learn (TF-IDF word 1-2 grams, one class-balanced logistic regression
# per principle, one for "not an achievement"). `scripts/build_classifier.py` trains once and
# writes the result to `knowledge/classifier/model.json` with a hash of what it was trained
# on; at run time that artifact (read by the knowledge loader) is scored in plain Python (no numpy, scipy or
# scikit-learn import on the analysis path). If the hash does not match the exemplars and
# lexicon in use (someone edited them), the model is trained at run time instead, and a
# warning says to rebuild.

#: Bump whenever features, training or the artifact layout change (invalidates model.json).
MODEL_VERSION = "3"
TOKEN_PATTERN = r"(?u)\b\w[\w+#]*\b|[$%]"
_TOKEN = re.compile(TOKEN_PATTERN)
_N = len(PRINCIPLE_IDS)
_N_EXTRA = 7  # _skip_extra: the skip-pattern score and six shape features

log = logging.getLogger(__name__)


def content_hash(exemplars: Sequence[Exemplar], lexicon: Lexicon) -> str:
    """SHA-256 of everything the trained model depends on: the exemplars, the lexicon
    patterns, the training parameters and MODEL_VERSION (the code version)."""
    payload = {
        "model_version": MODEL_VERSION,
        "params": [LR_C, SECONDARY_WEIGHT, SKIP_C, MIN_DF, SCALE_PERCENTILE, MODEL_WEIGHT,
                   PRIOR_WEIGHT, STEM, FIRST_VERB, TOKEN_PATTERN, RANDOM_STATE,
                   list(CHAR_NGRAMS), CHAR_MIN_DF, CHAR_WEIGHT, REAL_WEIGHT],
        "exemplars": [[e.text, list(e.principles)] + ([e.source] if e.source else [])
                      for e in exemplars],
        "patterns": {pid: [[text, w] for text, w in lexicon.sources.get(pid, ())]
                     for pid in PRINCIPLE_IDS},
        "skip": [[p.pattern, w] for p, w in lexicon.skip],
        "keep": [[p.pattern, w] for p, w in lexicon.keep],
    }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True, eq=False)
class _Model:
    """Everything scoring needs, as plain Python numbers (same maths as scikit-learn's
    TfidfVectorizer(sublinear_tf, l2) + LogisticRegression.predict_proba)."""

    vocabulary: dict[str, int]  # term -> feature index
    idf: array  # per feature
    coef: array  # feature-major: coef[f * 16 + j] is feature f's weight for principle j
    #                (word features first, then character n-grams offset by len(vocabulary))
    intercept: tuple[float, ...]  # per principle
    prob_scale: tuple[float, ...]  # per principle: divide model probabilities by this
    prior: tuple[float, ...]  # per principle: share of our labelled exemplars that carry it
    skip_coef: array | None  # vocabulary features, then the _skip_extra features
    skip_intercept: float
    content_hash: str
    source: str  # "artifact" or "trained at run time"
    char_vocabulary: dict[str, int] = field(default_factory=dict)  # char n-gram -> index
    char_idf: array = field(default_factory=lambda: array("d"))

    def row(self, text_m: str) -> list[tuple[int, float]]:
        """The feature row of a model text: (feature index, value); the word part and the
        character part each l2-normalised, the latter scaled by CHAR_WEIGHT."""
        tokens = _TOKEN.findall(text_m.lower())
        grams = tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]
        out = _tfidf(grams, self.vocabulary, self.idf, 0, 1.0)
        if self.char_vocabulary:
            out += _tfidf(char_grams(text_m.lower()), self.char_vocabulary, self.char_idf,
                          len(self.vocabulary), CHAR_WEIGHT)
        return out

    def probabilities(self, row: Sequence[tuple[int, float]]) -> list[float]:
        """Logistic-regression probability per principle (not rescaled)."""
        z = list(self.intercept)
        coef = self.coef
        for i, v in row:
            base = i * _N
            for j in range(_N):
                z[j] += coef[base + j] * v
        return [_sigmoid(x) for x in z]

    def scaled(self, row: Sequence[tuple[int, float]]) -> list[float]:
        """Probabilities divided by each principle's scale, clipped to 0..1."""
        return [min(max(p / s, 0.0), 1.0)
                for p, s in zip(self.probabilities(row), self.prob_scale, strict=True)]

    def skip_probability(self, row: Sequence[tuple[int, float]], extra: Sequence[float]) -> float:
        if self.skip_coef is None:
            return extra[0]  # no skip examples: the skip patterns alone
        z = self.skip_intercept
        coef = self.skip_coef
        n = len(self.vocabulary)
        for i, v in row:
            if i < n:  # the skip model reads words only
                z += coef[i] * v
        for k, v in enumerate(extra):
            z += coef[n + k] * v
        return _sigmoid(z)

    def top_words(self, line: str, j: int) -> tuple[str, ...]:
        """The line's words that push the model most towards principle j (explanations)."""
        tokens = re.findall(r"\w[\w+#]*", line.lower())
        grams = tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]
        scored = []
        for g in dict.fromkeys(grams):
            idx = self.vocabulary.get(_DIGITS.sub("0", g))
            if idx is not None and self.coef[idx * _N + j] > 0.3:
                scored.append((-self.coef[idx * _N + j], g))
        scored.sort()
        return tuple(g for _, g in scored[:2])


def _tfidf(grams: Sequence[str], vocab: dict[str, int], idf: array, offset: int,
           weight: float) -> list[tuple[int, float]]:
    """(offset + index, value) of sublinear TF-IDF, l2-normalised, times `weight`."""
    counts: dict[int, int] = {}
    for gram in grams:
        idx = vocab.get(gram)
        if idx is not None:
            counts[idx] = counts.get(idx, 0) + 1
    vals = [(i, (1.0 + math.log(c)) * idf[i]) for i, c in sorted(counts.items())]
    norm = math.sqrt(sum(v * v for _, v in vals))
    return [(offset + i, weight * v / norm) for i, v in vals] if norm > 0 else []


def _skip_extra(line: str, lexicon: Lexicon) -> list[float]:
    """Features of the skip model beyond the words: skip patterns and line shape."""
    return [_skip_pattern_score(line, lexicon)] + _shape_features(line)


def _exemplar_weight(exemplar: Exemplar) -> float:
    """How much one exemplar counts in training: lines from an independently labelled set of
    real-style resumes count REAL_WEIGHT times a line we wrote ourselves."""
    return REAL_WEIGHT if exemplar.source else 1.0


def train(exemplars: Sequence[Exemplar], lexicon: Lexicon,
          estimators: dict[str, Any] | None = None) -> _Model:
    """Fit the model with scikit-learn (build step, or run-time fallback).

    Pass a dict as `estimators` to also get the fitted scikit-learn objects ("vectorizer",
    "principle_models": one LogisticRegression or None per principle, "skip_model"): the tests
    check that plain-Python scoring of the artifact equals theirs."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    lines = [clean_line(e.text) for e in exemplars]
    texts = [_model_text(t) for t in lines]
    word = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=MIN_DF, sublinear_tf=True,
                           token_pattern=TOKEN_PATTERN, dtype=np.float64)
    Xw = word.fit_transform(texts)
    char = TfidfVectorizer(analyzer=char_grams, min_df=CHAR_MIN_DF, sublinear_tf=True,
                           dtype=np.float64)
    Xc = char.fit_transform(texts)
    X = hstack([Xw, Xc * CHAR_WEIGHT], format="csr")
    pos = np.array([i for i, e in enumerate(exemplars) if e.principles])
    if not len(pos):
        raise KnowledgeError("knowledge/classifier/exemplars.jsonl: no labelled lines; the "
                             "classifier needs examples (reinstall LoopReady or restore the file)")
    # Y: 1 where the principle is labelled; W: how much each line counts for that principle
    # (a secondary label counts less than a primary one, so broad principles that are often
    # secondary do not swallow every line; classes are balanced).
    Y = np.zeros((len(pos), _N), dtype=int)
    W = np.ones((len(pos), _N))
    for row, i in enumerate(pos):
        for rank_, pid in enumerate(exemplars[i].principles):
            Y[row, PRINCIPLE_IDS.index(pid)] = 1
            W[row, PRINCIPLE_IDS.index(pid)] = 1.0 if rank_ == 0 else SECONDARY_WEIGHT
        W[row] *= _exemplar_weight(exemplars[i])
    for j in range(_N):
        n_pos = max(W[Y[:, j] == 1, j].sum(), 1.0)
        n_neg = max(W[Y[:, j] == 0, j].sum(), 1.0)
        W[Y[:, j] == 1, j] *= len(pos) / (2.0 * n_pos)
        W[Y[:, j] == 0, j] *= len(pos) / (2.0 * n_neg)

    Xp = X[pos]
    coefs: list[Any] = []
    intercepts: list[float] = []
    fitted: list[Any] = []
    for j in range(_N):
        if Y[:, j].min() == Y[:, j].max():  # no examples: never predicted
            coefs.append(np.zeros(X.shape[1]))
            intercepts.append(-10.0 if Y[0, j] == 0 else 10.0)
            fitted.append(None)
            continue
        lr = LogisticRegression(C=LR_C, solver="liblinear", max_iter=1000, tol=1e-4,
                                random_state=RANDOM_STATE)
        lr.fit(Xp, Y[:, j], sample_weight=W[:, j])
        fitted.append(lr)
        coefs.append(lr.coef_[0])
        intercepts.append(float(lr.intercept_[0]))
    coef = np.vstack(coefs)  # (16, V)
    probs = 1.0 / (1.0 + np.exp(-(np.asarray(Xp @ coef.T) + np.array(intercepts))))
    prob_scale = tuple(float(max(np.percentile(probs[Y[:, j] == 1, j], SCALE_PERCENTILE), 0.2))
                       if Y[:, j].sum() else 1.0 for j in range(_N))
    prior = tuple(float(Y[:, j].mean()) for j in range(_N))

    skip_y = np.array([0 if e.principles else 1 for e in exemplars])
    skip_coef, skip_intercept, skip = None, 0.0, None
    if 0 < skip_y.sum() < len(skip_y):
        extra = csr_matrix(np.array([_skip_extra(line, lexicon) for line in lines]))
        skip = LogisticRegression(C=SKIP_C, solver="liblinear", max_iter=1000,
                                  random_state=RANDOM_STATE, class_weight="balanced")
        skip.fit(hstack([Xw, extra], format="csr"), skip_y,
                 sample_weight=np.array([_exemplar_weight(e) for e in exemplars]))
        skip_coef = array("d", skip.coef_[0].astype(float).tolist())
        skip_intercept = float(skip.intercept_[0])

    if estimators is not None:
        def features(model_texts: Sequence[str]) -> Any:
            return hstack([word.transform(model_texts), char.transform(model_texts) * CHAR_WEIGHT],
                          format="csr")

        estimators.update(vectorizer=word, char_vectorizer=char, features=features,
                          principle_models=fitted, skip_model=skip)
    vocabulary = {t: int(i) for t, i in word.vocabulary_.items()}
    char_vocabulary = {t: int(i) for t, i in char.vocabulary_.items()}
    return _Model(vocabulary=vocabulary, idf=array("d", word.idf_.astype(float).tolist()),
                  coef=array("d", coef.T.ravel().astype(float).tolist()),
                  intercept=tuple(intercepts), prob_scale=prob_scale, prior=prior,
                  skip_coef=skip_coef, skip_intercept=skip_intercept,
                  content_hash=content_hash(exemplars, lexicon), source="trained at run time",
                  char_vocabulary=char_vocabulary,
                  char_idf=array("d", char.idf_.astype(float).tolist()))


def _b64(values: array) -> str:
    a = array("d", values)
    if sys.byteorder != "little":  # pragma: no cover - the artifact is little-endian
        a.byteswap()
    return base64.b64encode(a.tobytes()).decode("ascii")


def _unb64(text: str) -> array:
    a = array("d")
    a.frombytes(base64.b64decode(text))
    if sys.byteorder != "little":  # pragma: no cover
        a.byteswap()
    return a


def model_to_json(model: _Model) -> str:
    """The artifact text (deterministic: same model, same bytes)."""
    terms = [""] * len(model.vocabulary)
    for t, i in model.vocabulary.items():
        terms[i] = t
    chars = [""] * len(model.char_vocabulary)
    for t, i in model.char_vocabulary.items():
        chars[i] = t
    doc = {
        "about": "Leadership Principle classifier, trained by scripts/build_classifier.py from "
                 "exemplars.jsonl and lexicon.json. Do not edit: rebuild instead.",
        "model_version": MODEL_VERSION,
        "content_hash": model.content_hash,
        "blend": {"model_weight": MODEL_WEIGHT, "prior_weight": PRIOR_WEIGHT},
        "principles": list(PRINCIPLE_IDS),
        "vocabulary": "\n".join(terms),
        "idf": _b64(model.idf),
        "char_vocabulary": "\n".join(chars),
        "char_idf": _b64(model.char_idf),
        "coef": _b64(model.coef),
        "intercept": list(model.intercept),
        "prob_scale": list(model.prob_scale),
        "prior": list(model.prior),
        "skip_coef": _b64(model.skip_coef) if model.skip_coef is not None else None,
        "skip_intercept": model.skip_intercept,
    }
    return json.dumps(doc, indent=1) + "\n"


def model_from_artifact(artifact: ModelArtifact | None, expected_hash: str) -> _Model | None:
    """The prebuilt model if `artifact` holds one built from exactly what we would train on."""
    if artifact is None:
        log.warning("no prebuilt principle model: training it at run time "
                    "(run scripts/build_classifier.py)")
        return None
    model, problem = _decoded(artifact, expected_hash)
    if problem:
        log.warning("%s", problem)
    return model


def _decoded(artifact: ModelArtifact, expected_hash: str) -> tuple[_Model | None, str]:
    """The artifact's model, or None and the warning that says why not."""
    path, doc = artifact.name, artifact.document
    if doc is None:
        return None, (f"{path} {artifact.problem}: training the principle model at run time "
                      "(run scripts/build_classifier.py)")
    if doc.get("content_hash") != expected_hash or doc.get("model_version") != MODEL_VERSION:
        return None, (f"{path} was built from other exemplars, lexicon or code: training the "
                      "principle model at run time (run scripts/build_classifier.py to rebuild)")
    try:
        terms = doc["vocabulary"].split("\n") if doc["vocabulary"] else []
        vocabulary = {t: i for i, t in enumerate(terms)}
        chars = doc["char_vocabulary"].split("\n") if doc["char_vocabulary"] else []
        char_vocabulary = {t: i for i, t in enumerate(chars)}
        model = _Model(vocabulary=vocabulary, idf=_unb64(doc["idf"]), coef=_unb64(doc["coef"]),
                       intercept=tuple(float(x) for x in doc["intercept"]),
                       prob_scale=tuple(float(x) for x in doc["prob_scale"]),
                       prior=tuple(float(x) for x in doc["prior"]),
                       skip_coef=_unb64(doc["skip_coef"]) if doc["skip_coef"] else None,
                       skip_intercept=float(doc["skip_intercept"]),
                       content_hash=expected_hash, source="artifact",
                       char_vocabulary=char_vocabulary, char_idf=_unb64(doc["char_idf"]))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return None, f"{path} is malformed ({exc}): training the principle model at run time"
    n = len(vocabulary)
    nc = len(char_vocabulary)
    if (len(model.idf) != n or len(model.char_idf) != nc or len(model.coef) != (n + nc) * _N
            or len(model.intercept) != _N
            or len(model.prob_scale) != _N or len(model.prior) != _N
            or (model.skip_coef is not None and len(model.skip_coef) != n + _N_EXTRA)):
        return None, f"{path} has inconsistent sizes: training the principle model at run time"
    return model, ""


def prepare_model(knowledge: Knowledge) -> PreparedModel | None:
    """The prebuilt model decoded for `knowledge`'s exemplars and lexicon, when it matches them
    (what `PrincipleClassifier` would use); None otherwise, quietly: the classifier then checks
    the artifact itself, says why it cannot use it, and trains. The loader keeps the result
    with the knowledge (and so in its cache, keyed by every knowledge file and source file)."""
    artifact, lexicon = knowledge.classifier_model, knowledge.lexicon
    if artifact is None or artifact.document is None or lexicon is None:
        return None
    exemplars = tuple(knowledge.exemplars)
    model, _ = _decoded(artifact, content_hash(exemplars, lexicon))
    if model is None:
        return None
    return PreparedModel(exemplars=exemplars, lexicon=lexicon, artifact=artifact, model=model)


@lru_cache(maxsize=4)
def _model_for(exemplars: tuple[Exemplar, ...], lexicon: Lexicon,
               artifact: ModelArtifact | None) -> _Model:
    expected = content_hash(exemplars, lexicon)
    model = model_from_artifact(artifact, expected)
    if model is not None:
        return model
    try:
        return train(exemplars, lexicon)
    except ImportError as exc:  # e.g. a bundle built without scikit-learn
        name = artifact.name if artifact is not None else "the prebuilt principle model"
        raise KnowledgeError(f"{name}: does not match the classifier exemplars and "
                             "scikit-learn is not available to retrain; run "
                             "scripts/build_classifier.py") from exc


# ---------------------------------------------------------------------------------------
# Public classifier


class PrincipleClassifier:
    """Ranks the 16 Leadership Principles for resume lines; built once per process."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._knowledge = knowledge
        self._names = {p.id: p.name for p in knowledge.principles}
        missing = [pid for pid in PRINCIPLE_IDS if pid not in self._names]
        if missing:  # pragma: no cover - guarded by the knowledge loader
            raise KnowledgeError(f"knowledge/principles.json: principle {missing[0]!r} is "
                                 "missing; the classifier needs all 16")
        self._built: _Model | None = None

    @property
    def lexicon(self) -> Lexicon:
        lexicon = self._knowledge.lexicon
        if lexicon is None:
            raise KnowledgeError("knowledge/classifier/lexicon.json: file is missing; reinstall "
                                 "LoopReady or restore the file")
        return lexicon

    @property
    def exemplars(self) -> tuple[Exemplar, ...]:
        return tuple(self._knowledge.exemplars)

    def _model(self) -> _Model:
        if self._built is None:  # the process-wide cache hashes every exemplar: ask it once
            ready = self._knowledge.prepared_model
            if (ready is not None and ready.exemplars is self._knowledge.exemplars
                    and ready.lexicon is self._knowledge.lexicon
                    and ready.artifact is self._knowledge.classifier_model):
                self._built = ready.model
                return ready.model
            self._built = _model_for(self.exemplars, self.lexicon,
                                     self._knowledge.classifier_model)
        return self._built

    @property
    def model_source(self) -> str:
        """"artifact" when the prebuilt model is used, else "trained at run time"."""
        return self._model().source

    def name(self, pid: str) -> str:
        return self._names.get(pid, pid)

    def raw_scores(self, texts: Sequence[str]
                   ) -> tuple[list[list[float]], list[list[float]], list[float]]:
        """Model probabilities (rescaled to 0..1), pattern scores and skip probabilities."""
        probs, hits, skip_p = self._score_lines([clean_line(t) for t in texts])
        pats = [[_noisy_or(h) for h in line_hits] for line_hits in hits]
        return probs, pats, skip_p

    def _score_lines(self, lines: Sequence[str]
                     ) -> tuple[list[list[float]], list[Any], list[float]]:
        if not lines:
            return [], [], []
        model = self._model()
        probs, skip_p = [], []
        for line in lines:
            row = model.row(_model_text(line))
            probs.append(model.scaled(row))
            skip_p.append(model.skip_probability(row, _skip_extra(line, self.lexicon)))
        hits = [_matches(line, self.lexicon) for line in lines]
        return probs, hits, skip_p

    def classify(self, texts: Sequence[str]) -> list[PrincipleResult]:
        """One result per line, in order; empty or non-achievement lines get no principles."""
        lines = [clean_line(t) for t in texts]
        probs, hits, skip_p = self._score_lines(lines)
        prior = self._model().prior if lines else ()
        results = []
        for i, line in enumerate(lines):
            pats = [_noisy_or(h) for h in hits[i]]
            blended = blend(probs[i], pats, prior)
            scores = {pid: round(blended[j], 4) for j, pid in enumerate(PRINCIPLE_IDS)}
            is_achievement = is_achievement_line(line, skip_p[i], self.lexicon)
            chosen = select_principles(scores) if is_achievement else ()
            results.append(PrincipleResult(chosen, scores, self._reason(line, chosen, hits[i]),
                                           is_achievement))
        return results

    def evidence(self, text: str) -> dict[str, tuple[str, ...]]:
        """Matched evidence phrases per principle for one line (pattern matches)."""
        return evidence_phrases(text, self.lexicon)

    def _reason(self, line: str, chosen: tuple[str, ...],
                hits: Sequence[Sequence[tuple[int, int, float]]]) -> str:
        if not line:
            return "Empty line."
        if not chosen:
            return ("Not an achievement: reads like a heading, contact line, skills list or "
                    "course name.")
        top = chosen[0]
        top_hits = hits[PRINCIPLE_IDS.index(top)]
        phrases = (_phrases(line, top_hits) if top_hits
                   else self._model().top_words(line, PRINCIPLE_IDS.index(top)))
        name = self.name(top)
        if not phrases:
            return f"The wording as a whole resembles our examples of {name}."
        quoted = " and ".join(f"\u201c{p}\u201d" for p in phrases[:2])
        return f"{quoted} {'are' if len(phrases[:2]) > 1 else 'is'} evidence of {name}."


def blend(model_probs: Sequence[float], pattern_scores: Sequence[float],
          prior: Sequence[float] = ()) -> list[float]:
    """The published score: model and evidence patterns, weighted, plus a small prior."""
    prior = prior or (0.0,) * len(model_probs)
    return [min(max(MODEL_WEIGHT * m + (1.0 - MODEL_WEIGHT) * p + PRIOR_WEIGHT * r, 0.0), 1.0)
            for m, p, r in zip(model_probs, pattern_scores, prior, strict=True)]


def select_principles(scores: dict[str, float]) -> tuple[str, ...]:
    """Ids worth showing, best first: the best if it clears MIN_SCORE, then close runners-up."""
    ranked = rank(scores)
    if not ranked or scores[ranked[0]] < MIN_SCORE:
        return ()
    best = scores[ranked[0]]
    chosen = [ranked[0]]
    for pid in ranked[1:MAX_PRINCIPLES]:
        if scores[pid] >= SECOND_MIN_SCORE and scores[pid] >= RELATIVE_CUTOFF * best:
            chosen.append(pid)
    return tuple(chosen)


def rank(scores: dict[str, float]) -> list[str]:
    """All ids by score, best first; ties broken by the fixed id order (stable)."""
    return sorted(scores, key=lambda pid: (-scores[pid], PRINCIPLE_IDS.index(pid)))
