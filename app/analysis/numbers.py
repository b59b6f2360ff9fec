"""Metrics quoted from resume bullets (percentages, money, x-fold, counts with units).

Only text that is in the resume is returned: each metric keeps the exact characters of the
bullet, so a story or cheat sheet can quote it without inventing a number."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.models.resume import Bullet

UNITS = (
    "users|customers|clients|members|subscribers|requests|queries|transactions|orders|events|"
    "records|rows|documents|images|videos|samples|datapoints|data points|records|tokens|"
    "parameters|params|models|features|services|microservices|pipelines|dashboards|servers|"
    "nodes|gpus|machines|clusters|engineers|developers|people|interns|students|members|teams|"
    "countries|markets|languages|stores|sellers|products|skus|items|pages|apis|endpoints|"
    "deployments|releases|experiments|tests|papers|publications|patents|citations|stars|"
    "downloads|installs|tickets|incidents|hours|hrs|days|weeks|months|minutes|mins|seconds|"
    "ms|milliseconds|tb|gb|pb|mb|qps|rps|tps|k|m|b|"
    "articles|lectures|questions|applicants|children|units|business units|cities|courses|"
    "sessions|commits|contributors|apps|applications|websites|sites|repositories|repos|"
    "partners|accounts|warehouses|devices|vehicles|patients|hospitals|schools|universities|"
    "labs|companies|brands|merchants|vendors|suppliers|locations|offices|regions|sensors|"
    "jobs|workflows|reports|bugs|vulnerabilities|tables|databases|queries|calls|messages|"
    "emails|visits|visitors|views|impressions|clicks|sales|leads|signups|sign-ups|"
    "employees|staff|reports|hires|mentees|attendees|participants|speakers|talks|"
    "countries|years|times|fps|frames|flights|words|books|sentences|stations|listeners|"
    "streams|bridges"
)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?:k|m|mm|b|bn|thousand|million|billion|trillion))?"
# a before and after ("pages per week fell from 25 to 6", "from 1.4 s to 0.38 s", "Gini from 0.58
# to 0.66"): a measured change whatever its unit
_AMOUNT = r"(?:about\s|~|under\s|over\s)?[$\u20ac\u00a3]?(?:" + _NUM + r")" + _SCALE + \
    r"(?:\s?(?:%|[a-z]{1,12}\b))?"
METRIC_RE = re.compile(
    r"(?:(?P<change>\bfrom\s" + _AMOUNT + r"\s(?:down\s|up\s)?to\s" + _AMOUNT + r")"
    r"|(?P<money>[$\u20ac\u00a3]\s?(?:" + _NUM + r")" + _SCALE + r"\+?)"
    r"|(?P<pct>(?:" + _NUM + r")\s?(?:%|percent\b|pp\b|percentage points))"
    r"|(?P<fold>(?:" + _NUM + r")\s?(?:x\b|\u00d7|-fold\b|fold\b|times\b))"
    r"|(?P<count>(?:" + _NUM + r")" + _SCALE + r"\+?\s?(?:(?:[a-z]+[- ]){0,2})(?:" + UNITS + r")\b)"
    r"|(?P<plus>(?:" + _NUM + r")\+\s[a-z][a-z-]+)"
    r"|(?P<ratio>(?:" + _NUM + r") out of (?:" + _NUM + r")))",
    re.IGNORECASE,
)
_YEARISH = re.compile(r"^(?:19|20)\d\d$")
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
           "billion": 1e9, "trillion": 1e12}


@dataclass(frozen=True)
class Metric:
    """One metric as written in a bullet, with a few words of context."""

    text: str  # the metric as written, e.g. "35%"
    kind: str  # "money" | "pct" | "fold" | "change" ("from 25 to 6") | "count" ("N+ things" and
    # "N out of M" are counts)
    context: str  # the metric with a few words around it, quoted from the bullet
    bullet_id: str
    impact: float  # how impressive, for ranking (0..~10)


def _value(raw: str) -> float:
    m = re.search(_NUM, raw)
    if not m:
        return 0.0
    value = float(m.group(0).replace(",", ""))
    scale = re.search(r"(?i)(thousand|million|billion|trillion|bn|mm|k|m|b)\b", raw[m.end():])
    if scale:
        value *= _SCALES[scale.group(1).lower()]
    return value


def _impact(kind: str, raw: str) -> float:
    if kind == "change":  # as a fold of the larger over the smaller ("from 25 to 6": 4.2x)
        before, _, after = raw.partition(" to ")
        values = [_value(before), _value(after)]
        lo, hi = min(values), max(values)
        return 2.0 + min(math.log10(hi / lo) * 3.0 if lo > 0 else 3.0, 5.0)
    v = _value(raw)
    if kind == "pct":
        return 2.0 + min(v, 100.0) / 20.0
    if kind == "fold":
        return 3.0 + min(math.log10(max(v, 1.0)) * 3.0, 5.0)
    if kind == "money":
        return 2.0 + min(math.log10(max(v, 1.0)), 9.0) * 0.8
    return 1.0 + min(math.log10(max(v, 1.0)), 9.0) * 0.6


CLAUSE_MAX_WORDS = 14


def _clause(text: str, start: int, end: int) -> str | None:
    """The clause around the metric (between ', ', '; ' or '. '), when it is short enough."""
    cuts = [m.end() for m in re.finditer(r"[,;.!?]\s", text[:start])]
    left = cuts[-1] if cuts else 0
    m = re.search(r"[,;.!?](?:\s|$)", text[end:])
    right = end + m.start() if m else len(text)
    clause = " ".join(text[left:right].split()).strip(" ,;:-")
    if clause.startswith("(") and clause.endswith(")"):
        clause = clause[1:-1].strip()
    n = len(clause.split())
    return clause if 3 <= n <= CLAUSE_MAX_WORDS else None


def _context(text: str, start: int, end: int, before: int = 5, after: int = 4) -> str:
    """The metric with a few words of context, as an exact slice of the bullet: its whole
    clause when short, else a few words either side; never half a bracket."""
    out = _unbalanced_cut(_slice(text, start, end, before, after), text[start:end])
    return out


def _unbalanced_cut(out: str, metric: str) -> str:
    """The context without a bracket it does not open or close ("250 m range) from training
    to the truck: ..." keeps what follows the stray ")"), as long as the metric stays in it."""
    close = out.find(")")
    if close >= 0 and "(" not in out[:close]:
        rest = out[close + 1:].strip(" ,;:-")
        if metric in rest and len(rest.split()) >= 3:
            out = rest
        elif metric in out[:close]:
            out = out[:close].strip(" ,;:-")
    opened = out.rfind("(")
    if opened >= 0 and ")" not in out[opened:]:
        head = out[:opened].strip(" ,;:-")
        if metric in head and len(head.split()) >= 3:
            out = head
        elif metric in out[opened + 1:]:
            out = out[opened + 1:].strip(" ,;:-")
    return out


def _slice(text: str, start: int, end: int, before: int, after: int) -> str:
    whole = _clause(text, start, end)
    if whole:
        return whole
    left = start
    for _ in range(before):
        m = re.search(r"(\S+)\s*$", text[:left])
        if not m or m.group(1)[-1] in ".;!?,":
            break
        left = m.start()
    head = text[:left]
    # where the clause starts: the last mark before the context that is no decimal point or
    # thousands comma ("fell from 1.8% to 0.2%" has none inside its numbers)
    clause = max((m.start() for m in re.finditer(r"[;!?]|[.,](?!\d)", text) if m.start() < left),
                 default=-1)
    if len(head[clause + 1:].split()) <= CLAUSE_REACH:  # the clause starts a few words earlier
        left = clause + 1 if clause >= 0 else 0
    right = end
    if right > 0 and text[right - 1] not in ".;!?":
        for _ in range(after):
            m = re.match(r"\s*(\S+)", text[right:])
            if not m:
                break
            right += m.end()
            if m.group(1)[-1] in ".;!?":
                break
    out = " ".join(text[left:right].split()).strip(" ,;:-(").rstrip(".")
    words = out.split()
    while len(words) > 3 and words[0].lower() in _EDGE_WORDS:
        words = words[1:]
    while len(words) > 3 and words[-1].lower().strip(",;") in _EDGE_WORDS:
        words = words[:-1]
    return " ".join(words).strip(" ,;:-(")


CLAUSE_REACH = 4  # extra words taken to start the context where its clause starts
_EDGE_WORDS = {"a", "an", "the", "to", "by", "and", "or", "in", "on", "with", "for", "of", "that",
               "which", "at", "from", "as", "while", "than", "compared", "into", "per", "such"}


def metrics_in(bullet: Bullet) -> list[Metric]:
    """Every metric in one bullet, in reading order."""
    out: list[Metric] = []
    for m in METRIC_RE.finditer(bullet.text):
        kind = next(k for k in ("change", "money", "pct", "fold", "count", "plus", "ratio")
                    if m.group(k))
        raw = m.group(kind).strip()
        digits = re.sub(r"[^\d]", "", raw)
        if kind in ("count", "plus") and (_YEARISH.match(digits) or len(digits) == 0):
            continue
        if kind == "change" and all(_YEARISH.match(re.sub(r"[^\d]", "", n))
                                    for n in re.findall(_NUM, raw)):
            continue  # "from 2019 to 2023" is a span of years, not a change
        if kind in ("plus", "ratio"):
            kind = "count"
        out.append(Metric(raw, kind, _context(bullet.text, m.start(), m.end()), bullet.id,
                          _impact(kind, raw)))
    return out


def has_metric(bullet: Bullet) -> bool:
    """True when the bullet quotes at least one metric."""
    return bool(metrics_in(bullet))


def numbers_to_remember(bullets: Sequence[Bullet], limit: int = 8) -> tuple[str, ...]:
    """Metrics quoted from the bullets, each with its context, deduplicated, most impressive
    first (ties keep resume order)."""
    found: list[tuple[float, int, Metric]] = []
    for order, bullet in enumerate(bullets):
        for metric in metrics_in(bullet):
            found.append((metric.impact, order, metric))
    found.sort(key=lambda t: (-round(t[0], 6), t[1]))
    seen: set[str] = set()
    quoted: dict[str, list[str]] = {}  # bullet id -> contexts already chosen from it
    out: list[str] = []
    for _, _, metric in found:
        key = metric.text.lower().replace(" ", "") + "|" + metric.context.lower()[:40]
        if metric.context.lower() in seen or key in seen:
            continue
        if any(metric.text in c for c in quoted.get(metric.bullet_id, [])):
            continue  # already quoted with a neighbouring metric of the same bullet
        seen.update((key, metric.context.lower()))
        quoted.setdefault(metric.bullet_id, []).append(metric.context)
        out.append(metric.context)
        if len(out) >= limit:
            break
    return tuple(out)
