"""The employer a posting names: a whole name used in the possessive and again ("Harbour
Mutual Bank's team", not "Bank"), and a public body named with its initials. Invented lines."""

from __future__ import annotations

from app.knowledge import load_knowledge
from app.reading.jobs import read_job_text


def test_a_company_named_in_the_possessive_keeps_its_whole_name() -> None:
    """'Harbour Mutual Bank's platform team' and 'Harbour Mutual Bank is committed to...': the
    company is the whole name the posting uses twice, not its last word 'Bank'."""
    text = """Senior Platform Engineer
About the role
Harbour Mutual Bank's platform team runs the services our advisors use every day.
What you need to succeed
- 5+ years of experience in platform engineering
- Experience with Kubernetes and Terraform
Harbour Mutual Bank is committed to an accessible candidate experience.
"""
    assert read_job_text(text, load_knowledge(), "-").company == "Harbour Mutual Bank"


def test_a_public_body_named_with_its_initials_is_the_employer() -> None:
    """A government posting names its department once with its initials and then uses them
    ('DHS contributes ...'); a team's possessive ('the Lab's code reviews') is not the employer."""
    text = """Statistician (Higher Executive Officer)
Job summary
The Office for Harbour Statistics (OHS) publishes the official figures on port traffic.
Our Methods Lab is a team of 12 statisticians.
Job description
- Build seasonal adjustment models for monthly releases
- Contribute to the Lab's code reviews
Essential criteria
- Experience with time series models in R or Python
Benefits
OHS contributes to your pension; the Lab's training budget is generous.
"""
    assert read_job_text(text, load_knowledge(), "-").company == "Office for Harbour Statistics"
