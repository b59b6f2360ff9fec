"""Certificates and professional registrations a qualification asks for: a line that holds a
certificate for one of the things asked (not the tool used at work), an entry-level certificate
as part of the way to a role's, and a registration with a professional body by its name or
designation."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.analysis.resume_lines import Facet, Index
from app.analysis.text import clip
from app.models.resume import Requirement

# "Tableau or Power BI certification", "AWS Certified Solutions Architect"
CERTIFICATION = re.compile(r"(?i)\b(certification|certified|certificate)s?\b|"
                           r"\b(?:professional )?registration (?:with|as)\b|\bchartered\b")
# a line that holds a certificate ("AWS Certified ...", "Tableau Desktop Specialist
# certification (2023)"), not work on certificates ("automated certificate rotation")
CERT_LINE = re.compile(r"(?i)\b(?:certified|certification|certificate\b(?!\s+(?:rotation|"
                       r"renewal|management|authorit\w+|pinning|chain|store|expir\w+)))")


# a certificate not (or no longer) held: "in progress", "preparing for", "exam booked",
# "expired 2023", "(lapsed)"
NOT_HELD = re.compile(r"(?i)\b(?:in progress|in-progress|ongoing|preparing(?: for)?|studying for|"
                      r"working (?:towards?|on)|pursuing|planned|exam (?:booked|scheduled)|"
                      r"expected|(?:to be|will be) (?:taken|completed)|expired|lapsed|"
                      r"no longer (?:valid|active))\b")


# an entry-level certificate ("Azure Data Fundamentals", "AWS Cloud Practitioner") and a
# certification asked for a role ("a data engineering certification", "Solutions Architect")
ENTRY_CERT = re.compile(r"(?i)\b(?:fundamentals|foundations?|foundational|practitioner|essentials|"
                        r"introduction to|intro to)\b")
ROLE_CERT = re.compile(r"(?i)\b(?:engineer(?:ing)?|architect|developer|specialist|professional|"
                       r"associate|expert|administrator|scientist)\b")


# a certificate with its track and tier: "AWS Certified Solutions Architect – Associate"
TIERED = re.compile(r"(?i)\bcertified\s+((?:[a-z][\w&/.+-]*\s+){0,4}?[a-z][\w&/.+-]*)\s*[-–—:,]?\s*"
                    r"(practitioner|associate|professional|specialty|expert)\b")
TIERS = {"practitioner": 0, "associate": 1, "professional": 2, "specialty": 2, "expert": 2}


def _tiers(text: str) -> dict[str, int]:
    """Track -> tier of each tiered certificate a text names."""
    return {" ".join(m.group(1).lower().split()): TIERS[m.group(2).lower()]
            for m in TIERED.finditer(text)}


def _lower_tier(asked: dict[str, int], held: dict[str, int]) -> str | None:
    """The track held below the tier every asked certificate of that track needs, when no
    certificate asked is held at its tier."""
    if not asked or not held:
        return None
    if any(track in held and held[track] >= tier for track, tier in asked.items()):
        return None
    return next((track for track in held if track in asked and held[track] < asked[track]), None)


REGISTRATION = re.compile(r"(?i)\bregist(?:ration|ered)\s+(?:with|as)\b|\bchartered\b|"
                          r"\bmembership (?:of|with|in)\b")
_BODY = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,4}(?:Society|Institute|Institution|Association|"
                   r"Council|Board|College|Chamber|Academy)\b")


def registration_facet(req: Requirement, index: Index) -> Facet:
    """"Professional registration with the Royal Statistical Society (GradStat or CStat)": a
    line naming the body or one of the designations it lists; using the subject is not it."""
    names = _BODY.findall(req.text) + [
        w for inner in re.findall(r"\(([^)]*)\)", req.text)
        for w in re.findall(r"\b[A-Z][A-Za-z]{2,}\b", inner) if w.lower() not in ("or", "and")]
    for text in (index.exp_text or "").splitlines():
        if any(re.search(r"\b" + re.escape(n) + r"\b", text) for n in names):
            line = next((ln for ln in index.lines if ln.text.strip() == text.strip()), None)
            return Facet("met", f"you list it ('{clip(text.strip(' •-'), 70)}')", line)
    return Facet("not-met", "no such registration or membership is on the resume", None)


def certification_facet(req: Requirement, index: Index, find: Callable[[str], list[str]]) -> Facet:
    """A certification asked: a line that names a certificate for one of the things asked, not
    the tool used at work."""
    if REGISTRATION.search(req.text):
        return registration_facet(req, index)
    asked = {n.lower(): n for n in find(req.text)}
    names = set(asked)
    # without a skill LoopReady knows, the names the line prints ("Epic Clarity")
    proper = {w.lower() for w in re.findall(r"\b[A-Z][\w+.-]{2,}", req.text)} - {
        "certification", "certified", "certificate", "experience", "professional", "an", "a"}

    def names_it(text: str) -> bool:
        if names:
            return bool(names & {n.lower() for n in find(text)})
        return not proper or any(re.search(r"(?i)\b" + re.escape(w) + r"\b", text)
                                 for w in proper)

    entry: Facet | None = None
    for text in (index.exp_text or "").splitlines():  # a certifications section is no bullet
        if CERT_LINE.search(text) and names_it(text):
            line = next((ln for ln in index.lines if ln.text.strip() == text.strip()), None)
            cert = clip(text.strip(' •-'), 70)
            if (ENTRY_CERT.search(text) and ROLE_CERT.search(req.text)
                    and not ENTRY_CERT.search(req.text)):
                # "Azure Data Fundamentals" against "an Azure data engineering certification":
                # the entry-level certificate of the field, not the engineer's
                entry = entry or Facet("partly", f"you list an entry-level certificate "
                                       f"('{cert}'), not the one for the role asked", line)
                continue
            if NOT_HELD.search(text):  # on the way, or expired: not held today
                entry = entry or Facet("partly", f"you list the certificate as not held today "
                                       f"('{cert}')", line)
                continue
            low = _lower_tier(_tiers(req.text), _tiers(text))
            if low is not None:  # "Solutions Architect – Associate" for "... – Professional"
                entry = entry or Facet("partly", f"you list a lower tier of the certificate "
                                       f"asked ('{cert}')", line)
                continue
            return Facet("met", f"you list the certificate ('{cert}')", line)
    if entry is not None:
        return entry
    shown = sorted(asked[n] for n in names if index.find([asked[n]]))
    return Facet("partly" if shown else "not-met",
                 ("you use " + ", ".join(shown) + " but list no certificate for it") if shown
                 else "no certificate of the kind asked is on the resume", None)
