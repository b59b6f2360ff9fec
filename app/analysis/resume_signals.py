"""Readings of a resume that several risks use: how it shows scale, failure stories,
vague claims, work described as a product rather than as the candidate's own, and dates that
contradict an employer's history. Each returns plain data; the wording lives in
knowledge/risks.json."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.analysis.experience import Experience, role_dates
from app.analysis.text import find_phrases
from app.models.knowledge import Company
from app.models.resume import Resume

SCALE_WORDS = ("scale", "scalable", "scaling", "large-scale", "distributed", "million*",
               "billion*", "throughput", "latency", "qps", "high-traffic", "petabyte*",
               "terabyte*", "real-time", "low-latency", "concurrent", "cluster*", "large data*",
               "big data", "high-volume", "at scale", "data-parallel", "parallel processing",
               "streaming", "hadoop", "mapreduce", "spark", "kafka", "kinesis", "cassandra",
               "bigtable", "bigquery", "hbase", "flink", "emr", "tpu", "tpus", "multi-gpu",
               "multi-node", "shard*", "horizontally", "load balanc*", "high availability",
               "fault-toleran*", "high-throughput", "web-scale", "worldwide", "company-wide",
               "bulk data", "large datasets")
# a count this large of people, requests or records is scale ("4 million daily users",
# "100,000 students", "80 million customer records", "2 TB a day", "10k QPS")
SCALE_UNITS = (r"users?|customers?|students?|learners?|members?|subscribers?|visitors?|"
               r"people|sellers?|buyers?|drivers?|devices?|sessions?|requests?|queries|"
               r"searches|transactions?|orders?|events?|messages?|records?|rows?|documents?|"
               r"images?|videos?|items?|products?|listings?|predictions?|calls?|pages?|"
               r"accounts?|merchants?|clicks?|impressions?|jobs?|files?|downloads?|installs?")
_MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6,
         "b": 1e9, "bn": 1e9, "billion": 1e9, "trillion": 1e12}
_COUNT = re.compile(
    r"(?i)(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m|mm|mn|b|bn|thousand|million|"
    r"billion|trillion)?\+?\s+(?:[a-z-]+\s+){0,2}?(?:" + SCALE_UNITS + r")\b")
_RATE = re.compile(r"(?i)\b\d[\d,.]*\s*(k|m)?\+?\s*(qps|rps|tps|req/s|requests per second|"
                   r"queries per second|events per second|messages per second)\b")
_DATA = re.compile(r"(?i)\b(\d[\d,.]*)\s*(tb|pb|eb|terabytes?|petabytes?|exabytes?|gb|gigabytes?)\b")
_MANY = ("millions", "billions", "hundreds of millions", "tens of millions", "hundreds of "
         "thousands", "trillions", "terabytes", "petabytes", "exabytes")
SCALE_COUNT = 10_000  # the smallest count of users, requests or records read as scale
FAILURE_WORDS = ("incident*", "outage*", "root cause*", "root-caus*", "postmortem*",
                 "post-mortem*", "debug*", "bug", "bugs", "bugfix*", "hotfix*", "traced",
                 "diagnos*", "regression*", "degrad*", "failure*", "failed", "mistake*",
                 "rollback*", "rolled back", "on-call", "on call", "troubleshoot*", "broke",
                 "broken", "firefight*", "postmortem", "leak", "leakage", "fixed")

def _number(raw: str) -> float:
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return 0.0


def scale_evidence(resume: Resume, large_scale: Sequence[Company] = ()) -> tuple[str, tuple[str, ...], str]:
    """How the resume shows scale: ('quantified', bullets, phrase) for a count of users,
    requests or records of SCALE_COUNT or more, a data size in TB/PB (or 100+ GB), a rate
    (QPS) or "millions of ..."; ('qualitative', bullets, phrase) for scale words without a
    number (distributed, Spark, large-scale); ('employer', (), company) when only a role at a
    company known for very large systems implies it; ('', (), '') for none."""
    quant: list[tuple[str, str]] = []
    for b in resume.bullets:
        text = " ".join(b.text.split())
        found = ""
        for m in _COUNT.finditer(text):
            if _number(m.group(1)) * _MULT.get((m.group(2) or "").lower(), 1.0) >= SCALE_COUNT:
                found = m.group(0)
                break
        if not found:
            rate = _RATE.search(text)
            found = rate.group(0) if rate else ""
        if not found:
            for m in _DATA.finditer(text):
                unit = m.group(2).lower()
                if not unit.startswith("g") or _number(m.group(1)) >= 100:
                    found = m.group(0)
                    break
        if not found:
            many = find_phrases(text, _MANY)
            found = many[0] if many else ""
        if found:
            quant.append((b.id, found))
    if quant:
        return "quantified", tuple(dict.fromkeys(b for b, _ in quant)), quant[0][1]
    words = [(b.id, find_phrases(b.text, SCALE_WORDS)) for b in resume.bullets]
    words = [(bid, hits) for bid, hits in words if hits]
    if words:
        return "qualitative", tuple(bid for bid, _ in words), words[0][1][0]
    for role in resume.roles:
        if any(re.search(r"(?<![\w])" + re.escape(a) + r"(?![\w])", (role.organization or "").lower())
               for c in large_scale for a in c.aliases):
            return "employer", (), role.organization.strip()
    return "", (), ""


# claims a bar raiser asks to back up: superlatives with no number beside them
VAGUE = ("high accuracy", "high degree of accuracy", "highly accurate", "revolutioniz*",
         "revolutionis*", "cutting-edge", "state-of-the-art", "world-class", "best-in-class",
         "game-changing", "seamless*", "significantly", "dramatically", "greatly",
         "various", "several", "numerous", "multiple projects", "robust", "innovative",
         "predicts stock prices", "stock prices")
# lines that describe a product or a task, not what the candidate did
PASSIVE_STARTS = re.compile(r"(?i)^(?:worked on|involved in|participated in|assisted|helped|"
                            r"contributed to|responsible for|working on|worked with|part of|"
                            r"duties included|tasks included|exposure to)\b")
PRODUCT_LINE = re.compile(r"^[A-Z][\w .&/+-]{1,40}:\s+(?:[A-Z][\w-]*\s){0,3}(?:is|are|a|an|the)\b")
TEAM_CLAIM = re.compile(r"(?i)\b(leading|led|lead|managing|managed) (?:a|the) team\b(?![^.;]{0,30}\d)")
WE_RESULT = re.compile(r"(?i)(?:^|\b)we\b")


def vague_claims(resume: Resume) -> list[str]:
    """Bullets that claim with superlatives and give no number."""
    return [b.text for b in resume.bullets
            if find_phrases(b.text, VAGUE) and not re.search(r"\d", b.text)]


def not_own_work(resume: Resume, exp: Experience) -> list[str]:
    """Bullets of full-time roles that describe a product or a task rather than the
    candidate's own work, and team claims without a size."""
    counted = {w.role for w in exp.work if w.counted}
    out = []
    for b in resume.bullets:
        if b.role not in counted:
            continue
        text = b.text.strip()
        if (PASSIVE_STARTS.search(text) or PRODUCT_LINE.search(text) or TEAM_CLAIM.search(text)
                or WE_RESULT.search(text)):
            out.append(text)
    return out


def timeline_conflicts(resume: Resume, companies: Sequence[Company],
                       as_of: int) -> list[tuple[str, str, int, int]]:
    """(role, employer, start year, founded) for roles dated before their employer existed."""
    out = []
    lines = [ln.strip() for ln in (resume.text or "").splitlines()]
    for role in resume.roles:
        org = (role.organization or "").lower()
        got = role_dates(role.title, role.organization, role.dates, lines, as_of, role.period)
        if got is None or not org:
            continue
        for c in companies:
            if c.founded is None:
                continue
            if any(a in org and re.search(r"(?<![\w])" + re.escape(a) + r"(?![\w])", org)
                   for a in c.aliases):  # (the pattern needs the alias: most are not there)
                start_year = got[0] // 12
                if start_year < c.founded:
                    out.append((role.title, c.name, start_year, c.founded))
                break
    return out
