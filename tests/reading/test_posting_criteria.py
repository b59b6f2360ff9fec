"""Postings that name their qualifications as criteria (a UK public-sector person
specification): "Essential criteria" are required, "Desirable criteria" preferred, and the
behaviours, Success Profiles, assessed skill names and nationality rules are no qualification a
resume shows. Invented posting text."""

from __future__ import annotations

import pytest

from app.knowledge import load_knowledge
from app.reading.jobs import read_job_text
from app.reading.posting_headings import heading_kind

SPEC = """Policy Analyst (Higher Executive Officer)
Job summary
The Office for Coastal Planning advises ministers on harbour funding.
Job description
As a Policy Analyst you will:
• Build forecasts of harbour traffic for funding rounds
• Present findings to ministers' offices
Person specification
Essential criteria
• Experience analysing survey data in R or Python
• Ability to explain uncertainty to non-specialists
Desirable criteria
• Experience with geospatial tools such as QGIS
• Experience of working in a regulated environment
Behaviours
We'll assess you against these behaviours during the selection process:
• Seeing the Big Picture
• Making Effective Decisions
Technical skills
We'll assess you against these technical skills during the selection process:
• Data analysis (government framework)
• Statistical methods (government framework)
Selection process details
This vacancy is using Success Profiles and will assess your Behaviours and Experience.
Nationality requirements
This job is broadly open to the following groups: UK nationals; nationals of the Republic of Ireland; nationals of Commonwealth countries who have the right to work in the UK.
"""


def test_essential_and_desirable_criteria_are_basic_and_preferred() -> None:
    job = read_job_text(SPEC, load_knowledge(), "-")
    quals = [(r.text, r.kind) for r in job.requirements if r.kind != "responsibility"]
    assert quals == [
        ("Experience analysing survey data in R or Python", "basic"),
        ("Ability to explain uncertainty to non-specialists", "basic"),
        ("Experience with geospatial tools such as QGIS", "preferred"),
        ("Experience of working in a regulated environment", "preferred"),
        # who may apply: one line the user confirms (posting_items._eligibility_items)
        ("Nationality requirements: This job is broadly open to the following groups: UK "
         "nationals; nationals of the Republic of Ireland; nationals of Commonwealth countries "
         "who have the right to work in the UK.", "basic"),
    ], quals


@pytest.mark.parametrize(("heading", "kind"), [
    ("Essential criteria", "basic"), ("Desirable criteria", "preferred"),
    ("Essential skills/experience", "basic"), ("Desirable skills", "preferred"),
    ("Person specification", "basic"), ("Criteria", "neutral"), ("Selection criteria", "neutral"),
    ("Behaviours", "skip"), ("Success Profiles", "skip"), ("Nationality requirements", "skip"),
])
def test_criteria_headings(heading: str, kind: str) -> None:
    assert heading_kind(heading) == kind
