"""Postings from European employers and Amazon's team lines: an Italian 'Costituisce titolo
preferenziale' list is preferred, a heading in two languages is read from the half we know
('Chi siamo / About us'), Polish 'Wymagania' / 'Mile widziane' are required and preferred; pay
written '45.000 – 58.000 €' or '23 000 – 30 000 PLN net + VAT per month' is the pay; a company
named only in capitals at the top or by its legal name in the footer is the company; on an
Amazon posting the words after the title are the team ('Prime Video Search and Discovery'),
even when the title line wraps."""

from __future__ import annotations

import pytest

from app.knowledge import load_knowledge
from app.reading.jobs import read_job_text
from app.reading.posting_headings import heading_kind
from app.reading.posting_text import pay_range

ITALIAN = """VETRERIE ORSENIGO · Lavora con noi

Machine Vision Engineer
Lecco · Ufficio R&D · Tempo indeterminato

Chi siamo / About us
Vetrerie Orsenigo produce vetro tecnico per l'illuminazione: 180 persone e due stabilimenti.

Cosa farai / What you will do
- Train defect-detection models for glass surfaces and deploy them at the line
- Coordinare un collega junior

Requisiti
- Laurea in Ingegneria Informatica o affini
- Almeno 3 anni di esperienza in computer vision su sistemi in produzione

Costituisce titolo preferenziale
- Conoscenza di PLC e protocolli industriali (OPC UA)
- Esperienza con telecamere line-scan

Cosa offriamo / What we offer
- Contratto a tempo indeterminato, RAL 42.000 – 52.000 € in base all'esperienza

Vetrerie Orsenigo S.p.A. · P.IVA 00000000000 · Privacy
"""

AMAZON = """Skip to main content
amazon.jobs
Senior Machine Learning Engineer, Music Search and Discovery
Job ID: 3399001 | Amazon Development Centre (London) Limited
GBR, LND, London

DESCRIPTION
Amazon Music Search and Discovery builds the retrieval and ranking models behind search.

BASIC QUALIFICATIONS
- 5+ years of non-internship professional software development experience

PREFERRED QUALIFICATIONS
- Experience with learning to rank
"""

WRAPPED = """amazon.jobs
Machine Learning Engineer II, Sponsored
Display Ranking
USA, NY, New York · Job ID: 3399002 · Amazon.com Services LLC

DESCRIPTION
You will build the ranking models for sponsored display ads.

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
"""


def test_an_italian_posting_reads_its_preferred_list_pay_and_company() -> None:
    job = read_job_text(ITALIAN, load_knowledge())
    kinds = {r.text: r.kind for r in job.requirements}
    assert kinds["Conoscenza di PLC e protocolli industriali (OPC UA)"] == "preferred"
    assert kinds["Esperienza con telecamere line-scan"] == "preferred"
    assert kinds["Almeno 3 anni di esperienza in computer vision su sistemi in produzione"] == "basic"
    assert not any("180 persone" in t for t in kinds)
    assert job.pay == "RAL 42.000 – 52.000 €"
    assert job.company in ("Vetrerie Orsenigo", "Vetrerie Orsenigo S.p.A.")


@pytest.mark.parametrize(("heading", "kind"), [
    ("Costituisce titolo preferenziale", "preferred"), ("Chi siamo / About us", "skip"),
    ("Il ruolo / The role", "intro"), ("Wymagania", "basic"), ("Mile widziane", "preferred"),
    ("Zakres obowiązków", "responsibility"), ("Oferujemy", "skip"), ("Se valorará", "preferred"),
    ("Requisiti richiesti", "basic")])
def test_headings_in_more_languages(heading: str, kind: str) -> None:
    assert heading_kind(heading) == kind


@pytest.mark.parametrize(("text", "pay"), [
    ("Salary: 23 000 – 30 000 PLN net + VAT per month", "23 000 – 30 000 PLN net + VAT per month"),
    ("Gehalt: 72.000 – 95.000 € brutto", "72.000 – 95.000 € brutto"),
    ("CHF 120'000 - 140'000", "CHF 120'000 - 140'000"),
    ("EGP 40,000 - 55,000 per month", "EGP 40,000 - 55,000 per month"),
    ("3 - 5 years of experience with 1 000 – 2 000 users", "")])
def test_pay_written_the_european_way(text: str, pay: str) -> None:
    assert pay_range(text) == pay


def test_the_team_after_an_amazon_title() -> None:
    k = load_knowledge()
    assert read_job_text(AMAZON, k).team == "Music Search and Discovery"
    job = read_job_text(WRAPPED, k)
    assert (job.title, job.team) == ("Machine Learning Engineer II", "Sponsored Display Ranking")
