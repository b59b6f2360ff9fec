"""A posting copied from an Indian job board (invented): the employer's legal name with its
country in brackets is the company, and the board's facts line, rating, buttons and summary
fields ("Education", "UG:", "Key Skills") are not requirements."""

from __future__ import annotations

from app.knowledge import load_knowledge
from app.reading.jobs import read_job_text

PAGE = """Senior Backend Engineer, Ledger Services
Tarnwick Software Solutions (India) Pvt. Ltd.
4.1 ★  |  2,310 Reviews

5 - 10 years    |    Not Disclosed    |    Pune
Posted: 3 days ago   Openings: 4   Applicants: 50+

Apply on company site        Save

Job description
Tarnwick builds the ledger behind payments for 40 banks.

Responsibilities
- Design and build the services that post and reconcile ledger entries

Required qualifications
- 5+ years of professional backend development in Java
- Experience with PostgreSQL

Preferred qualifications
- Experience with Kafka

Tarnwick is an equal opportunity employer and does not discriminate on the basis of any
protected characteristic under applicable law; all qualified applicants will be considered.

Role: Backend Developer
Industry Type: IT Services & Consulting
Department: Engineering - Software & QA
Employment Type: Full Time, Permanent
Role Category: Software Development
Education
UG: B.Tech/B.E. in Any Specialization
PG: Any Postgraduate

Key Skills
Java   Spring Boot   PostgreSQL   Kafka   Microservices
"""


def test_an_indian_job_board_page_keeps_only_the_employers_asks() -> None:
    job = read_job_text(PAGE, load_knowledge())
    assert job.company.startswith("Tarnwick")
    asked = [(r.kind, r.text) for r in job.requirements if r.kind != "responsibility"]
    assert asked == [
        ("basic", "5+ years of professional backend development in Java"),
        ("basic", "Experience with PostgreSQL"),
        ("preferred", "Experience with Kafka"),
    ], asked


def test_a_private_limited_without_dots_is_not_part_of_the_name() -> None:
    page = PAGE.replace("Tarnwick Software Solutions (India) Pvt. Ltd.", "Kestrelwick Analytics Pvt Ltd")
    assert read_job_text(page, load_knowledge()).company == "Kestrelwick Analytics"
