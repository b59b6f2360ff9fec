"""A LinkedIn page pasted whole: the posting's own title keeps 'in Test', and the page's
buttons and chips ('Show match details', 'Skills: X, Y, +7 more', 'Create cover letter') are
not requirements."""

from __future__ import annotations

from app.knowledge import load_knowledge
from app.reading.jobs import read_job_text

PAGE = """Harrowfield
Senior Software Engineer in Test, Payments Platform
Denver, CO · Reposted 3 days ago · Over 100 applicants

About the job
We are looking for a Senior Software Engineer in Test to own test strategy for our payments
services.

What you'll do
• Design and own automated test frameworks across UI and API services
• Run performance and load testing ahead of peak season

What we're looking for
• 5+ years of experience in test automation or software engineering in test
• Strong coding skills in Python or TypeScript
• Experience with API testing and CI/CD pipelines

Nice to have
• Contract testing (Pact)

Skills: Playwright, Python, Test Automation, +7 more

Show match details
Tailor my resume
Create cover letter

About the company
Harrowfield
4,120 followers
Meet the hiring team
Message
"""


def test_linkedin_page_furniture_is_not_a_requirement() -> None:
    job = read_job_text(PAGE, load_knowledge(), "-")
    assert job.title == "Senior Software Engineer in Test"
    texts = [r.text for r in job.requirements]
    assert not any(t.startswith(("Skills:", "Show match", "Create cover", "Tailor", "Message"))
                   for t in texts), texts
    assert sum(r.kind == "basic" for r in job.requirements) == 3


def test_an_engineer_in_test_posting_is_a_test_role() -> None:
    """A tester applying to a test role is not told the loop tests building product software."""
    from app.analysis.experience import TESTER_TITLE

    assert TESTER_TITLE.search("Senior Software Engineer in Test")
    assert not TESTER_TITLE.search("Senior Software Engineer")


TOP_BAR = """Skip to main content
Home   My Network   Jobs   Messaging   Notifications   Me   For Business   Try Premium for EUR0

Tollgate Devices
Firmware Engineer II - Battery Sensors
Tampere, Finland · 2 days ago · 31 applicants
Promoted by hirer · Actively reviewing applicants
Hybrid   Full-time   Mid-Senior level
Easy Apply is not available · Apply   Save
Am I a good fit for this job?   Tailor my resume   How can I best position myself?

About the job
Requirements
- 3+ years of firmware development in C
- Experience with an RTOS such as FreeRTOS or Zephyr
"""


def test_linkedins_page_bar_and_assistant_buttons_are_not_the_posting() -> None:
    """The bar above a LinkedIn page ('Skip to main content', 'Home  My Network  Jobs ...  Try
    Premium for EUR0') and its assistant's buttons were read as the top of the posting: the
    title became 'EUR0 Amazon Software Development Engineer' across three lines."""
    job = read_job_text(TOP_BAR, load_knowledge(), "-")
    assert job.title.startswith("Firmware Engineer II"), job.title
    assert "\n" not in job.title
    assert [r.text for r in job.requirements] == [
        "3+ years of firmware development in C",
        "Experience with an RTOS such as FreeRTOS or Zephyr"]
