"""Posting text that is not the posting's own words: the page furniture a browser print or a
job board adds (print date, page title, address, page numbers, ID lines), the pay range (a
fact, never a requirement), and the years of experience a requirement asks for."""

from __future__ import annotations

import re

__all__ = ["parse_years", "pay_range", "strip_page_noise"]

_PAGE_NOISE = re.compile(
    r"^\s*(?:"
    r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\b.*"  # print stamp + page title
    r"|(?:https?://|www\.)\S+(?:\s+\d{1,3}\s*/\s*\d{1,3})?"  # the page's address (+ 'n/N')
    r"|(?:page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}|page\s+\d{1,3}|-\s*\d{1,3}\s*-"
    r"|(?:job|req(?:uisition)?|posting|reference|ref|vacancy)\.?\s*(?:id|#|no\.?|number|code)"
    r"\s*[:#.]?\s*[\w-]+(?:\s*[|·•]\s*.*)?"
    r"|(?:posted|reposted|updated)\s+(?:\d+\s+\w+\s+ago|on\s+.*|today|yesterday)"
    r"|apply(?:\s+now)?|save(?:\s+job)?|share(?:\s+this\s+job)?|easy apply|report job"
    r"|#[A-Za-z][\w-]*(?:\s+#[A-Za-z][\w-]*)*"  # '#LI-Hybrid': a job board's tags
    # a job board's own notes and buttons (LinkedIn, Indeed, Glassdoor)
    r"|promoted by hirer.*|.*actively (?:reviewing|recruiting)(?: applicants)?|(?:over )?\d+\+? applicants"
    r"|.*matches your job preferences.*|see how you compare.*|your profile matches.*"
    r"|.*\bskills? match(?:es)? your profile.*|…?\s*show (?:more|less)|set alert for similar jobs"
    r"|report this job|seniority level|employment type|job function|industries"
    r"|show match details|tailor my resume|create cover letter|meet the hiring team|message"
    r"|how your profile and resume fit this job|about the company|\d[\d,]* followers"
    # LinkedIn's page bar and assistant buttons ("Home  My Network  Jobs  Messaging ...")
    r"|skip to main content|.*\bmy network\b.*\b(?:messaging|notifications)\b.*"
    r"|.*\btry premium\b.*|am i a good fit for this job\?.*|how can i best position myself\?"
    r"|easy apply is not available.*"
    # an Indian job board's facts and buttons ("3 - 8 years | Not Disclosed | Hyderabad",
    # "3.9 ★ | 41,200 Reviews", "Posted: 12 days ago  Openings: 2", "Apply on company site")
    r"|\d{1,2}\s*[-–]\s*\d{1,2}\s*(?:years?|yrs?)\s*[|·•].*|.*[|·•]\s*not disclosed\b.*"
    r"|\d(?:\.\d)?\s*★.*|posted\s*:.*|apply on company site.*"
    r"|(?:industry type|department|employment type|role category|functional area)\s*:.*"
    # a job site's fields and tag chips ("Job Expertise: AI Engineer", "Job Domain: Banking",
    # "Skills: Python   Computer Vision   PyTorch", tags set apart by wide gaps)
    r"|job (?:expertise|domain|category|type|level|function)\s*:.*"
    r"|skills?\s*:\s*(?:[^\s,;]+(?: [^\s,;]+)?\s{3,}){2,}[^\s,;]+(?: [^\s,;]+)?"
    # LinkedIn's own skills chip line ("Skills: Playwright, Python, Test Automation, +7 more")
    r"|skills:.*\+\d+ more"
    r"|(?:(?:full-time|part-time|contract|temporary|internship|permanent|hybrid|remote|on-site|onsite"
    r"|entry level|associate|mid-senior level|senior level|director|executive|not applicable)"
    r"\s*(?:[·|,/]\s*)?)+"
    r")\s*$",
    re.IGNORECASE,
)


def strip_page_noise(text: str) -> str:
    """Lines a browser print or a job board puts around a posting: the print date and page
    title, the page address and 'n/N', 'Page 2 of 3', 'Job ID: ...', 'Posted 3 days ago'."""
    return "\n".join(ln for ln in text.split("\n") if not _PAGE_NOISE.match(ln))


_CODES = (r"(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|INR|SGD|HKD|SEK|NOK|DKK|PLN|KRW|CNY|BRL|MXN|EGP|AED|SAR|"
          r"ZAR|NGN|KES|GHS|PKR|BDT|IDR|MYR|PHP|VND|THB|TRY|CZK|HUF|RON|UAH|ILS|ARS|CLP|COP|PEN)")
_PER = r"(?:\s*(?:per|/|a|an)\s*(?:year|yr|annum|hour|hr|month)|\s*annually)?"
# thousands grouped by a comma, a point, a space or an apostrophe ('124,500', '45.000', '23 000',
# "120'000"): what tells pay from '3 - 5 years'
_GROUPED = r"\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+(?:[.,]\d\d)?"
# words between a currency and its period ('PLN net + VAT per month', '€ lordi annui')
_TERMS = r"(?:\s+(?:net|gross|brutto|netto|lordi|lordo|annui|annuo|\+\s*VAT|b2b))*"
_PAY_WORD = re.compile(r"(?i)\b(?:salary|pay|ral|stipendio|retribuzione|wynagrodzenie|gehalt|"
                       r"salaire|sueldo|salário|compensation|ctc|b2b|rate|brutto|netto)\b|"
                       r"^\W*$")
_NOT_PAY = re.compile(r"(?i)\b(?:bonus|budget|allowance|relocation|stipend for)\b")
_PAY_RE = re.compile(
    r"[$€£¥₩₹]\s?\d[\d,.]*\s*[kK]?\s*(?:-|–|—|to)\s*[$€£¥₩₹]?\s?\d[\d,.]*\s*[kK]?"
    rf"(?:\s*{_CODES}\b)?{_PER}"
    # a range with its currency after it ('124,500.00 - 205,900.00 CAD annually', 'RAL 45.000 –
    # 58.000 €', '23 000 – 30 000 PLN net + VAT per month') or before it ('CAD 95,000 - 120,000')
    rf"|(?<![\w.,])(?:RAL\s+)?{_GROUPED}\s*(?:-|–|—|to)\s*{_GROUPED}"
    rf"\s*(?:{_CODES}\b|€|zł){_TERMS}{_PER}"
    rf"|\b{_CODES}\s?{_GROUPED}\s*(?:-|–|—|to)\s*(?:{_CODES}\s?)?{_GROUPED}{_PER}"
)
# 'ranges from $151,300/year in our lowest geographic market up to $261,500/year in ...'
_PAY_FROM_TO = re.compile(
    r"\bfrom\s+([$€£¥₩₹]\s?\d[\d,.]*\s*[kK]?(?:\s*/\s*(?:year|yr|hour|hr))?)[^.$€£¥₩₹\n]{0,80}?"
    r"\bup to\s+([$€£¥₩₹]\s?\d[\d,.]*\s*[kK]?(?:\s*/\s*(?:year|yr|hour|hr))?)")


def pay_range(text: str) -> str:
    """The pay range the posting states ('$140,000 - $180,000 per year'), kept as a fact."""
    for m in _PAY_RE.finditer(text):
        said = m.group(0).strip()
        line_start = text.rfind("\n", 0, m.start()) + 1  # the words before it on its own line
        before = text[max(line_start, m.start() - 50):m.start()]
        # a range written with grouped thousands and no currency sign first ('23 000 - 30 000
        # PLN'): pay only beside a pay word, not a relocation bonus or a training budget
        if _NOT_PAY.search(before):
            continue  # a relocation bonus, a training budget
        if said[:1] in "$€£¥₩₹" or re.match(r"[A-Z]{3}\s?\d", said) or _PAY_WORD.search(before) \
                or re.search(r"(?i)(?:year|yr|annum|annually|month|hour|hr|annui)$", said):
            return said
    span = _PAY_FROM_TO.search(text)
    return f"{span.group(1).strip()} to {span.group(2).strip()}" if span else ""



_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15}
_YEARS_RE = re.compile(
    r"(?<![\w.])(\d{1,2}(?:\.\d)?|" + "|".join(_NUMBER_WORDS) + r")\s*(?:\(\d{1,2}\)\s*)?\+?\s*"
    r"(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:or more\s+|plus\s+)?(?:years?|yrs?|años|anos|anni)\b"
    r"(?!\s*(?:of age|old|de edad|de idade|di età))",  # (Spanish, Portuguese, Italian)
    re.IGNORECASE)


# an age asked ("age 27 – 38 years", "aged 25-35 years"): no years of experience
_AGE_BEFORE = re.compile(r"(?i)\b(?:age[ds]?|edad|idade|età)\s*(?:between\s*|entre\s*|of\s*|:\s*)?$")


def parse_years(text: str) -> float | None:
    """The years of experience a line asks for ("3+ years of...", "at least five years") or None.

    A range gives its lower end ("1-3 years" -> 1); "18 years of age" is not experience."""
    values = []
    for m in _YEARS_RE.finditer(text):
        if _AGE_BEFORE.search(text[:m.start()]):
            continue
        raw = m.group(1).lower()
        values.append(float(_NUMBER_WORDS.get(raw, raw)))
    values = [v for v in values if 0 <= v <= 30]
    return values[0] if values else None  # the headline figure; later ones qualify it


