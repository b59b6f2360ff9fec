"""A product manager's posting read the way a hiring manager reads it (resumes and a posting
written here, read by the real readers):

- "5+ years of technical product or program management" counts product and programme roles,
  whose years are no engineering years; "years of working with engineering teams" counts an
  engineer's and a product manager's years alike;
- "managing technical products" and "owning a product roadmap" are shown by a product role's
  own header and lines (a roadmap only by a line that owns one), never by an engineer's line;
- the product ladder counts product and engineering years; senior levels rest on about five
  years of product work itself, with scope beyond one team; an engineer with no product role
  has not started on it (below L4).
"""

from __future__ import annotations

from pathlib import Path

from judge_helpers import judge

POSTING = """
Senior Product Manager - Technical, Fulfilment Planning
Amazon

BASIC QUALIFICATIONS
- Bachelor's degree
- 5+ years of technical product or program management experience
- 7+ years of working directly with engineering teams experience
- Experience managing technical products or online services
- Experience owning a product roadmap and defining requirements with engineering teams
"""

SENIOR_PM = """
Lena Marsh
lena@example.com

EXPERIENCE
Senior Technical Product Manager, Parcel Routing, Kestrel Freight
Jan 2020 – Present
- Own the routing platform used by 6 internal teams; roadmap, PRDs and prioritisation for 3 engineering squads.
- Launched dynamic re-routing behind an A/B test; late parcels fell from 9% to 6%.

Senior Software Engineer, Kestrel Freight
Jan 2015 – Dec 2019
- Built the parcel-tracking API in Java used by 4 teams.

EDUCATION
B.Sc. Computer Science, Leeds Beckett University, 2014
"""

ENGINEER = """
Omar Falk
omar@example.com

EXPERIENCE
Senior Data Engineer, Kestrel Freight
Jan 2016 – Present
- Built the Kafka and Spark pipelines behind parcel-tracking events; 40M events a day.
- Worked with the product manager on the roadmap for the tracking data platform.

EDUCATION
B.Sc. Computer Science, Leeds Beckett University, 2015
"""


def test_product_years_and_areas_are_read_from_product_roles(tmp_path: Path) -> None:
    pm = judge(tmp_path, SENIOR_PM, POSTING, "pm")
    assert pm.of("5+ years of technical product") == "met", pm.why("5+ years of technical product")
    assert pm.of("7+ years of working directly") == "met", pm.why("7+ years of working directly")
    assert pm.of("Experience managing technical products") == "met"
    assert pm.of("Experience owning a product roadmap") == "met"
    engineer = judge(tmp_path, ENGINEER, POSTING, "eng")
    assert engineer.of("5+ years of technical product") == "not-met"
    # an engineer's line that worked with a product manager owns no roadmap
    assert engineer.of("Experience owning a product roadmap") != "met"
    assert engineer.of("Experience managing technical products") != "met"
    assert engineer.of("7+ years of working directly") == "met"  # engineering years count


def test_the_product_ladder(tmp_path: Path) -> None:
    pm = judge(tmp_path, SENIOR_PM, POSTING, "pm")
    assert pm.level == "L6", pm.report.fit.level_reason
    junior = judge(tmp_path, SENIOR_PM.replace("Jan 2020 – Present", "Jan 2023 – Present")
                   .replace("Jan 2015 – Dec 2019", "Jan 2013 – Dec 2019"), POSTING, "junior")
    assert junior.level == "L5", junior.report.fit.level_reason
    assert "product work itself" in junior.report.fit.level_reason
    engineer = judge(tmp_path, ENGINEER, POSTING, "eng")
    assert engineer.level == "below-L4", engineer.report.fit.level_reason
    assert engineer.verdict == "not-yet"


def test_a_product_posting_beside_ml_does_not_ask_the_candidate_to_build_ml(
        tmp_path: Path) -> None:
    """A product manager's posting for a team that ships ML models asks them to manage such
    products, not to train models: no 'machine-learning work' gate on the verdict."""
    ml_posting = POSTING.replace("BASIC QUALIFICATIONS", """Key job responsibilities
- Own the roadmap for our machine learning models that predict delivery times
- Work with applied scientists on model training data and deep learning experiments

BASIC QUALIFICATIONS""")
    pm = judge(tmp_path, SENIOR_PM, ml_posting, "pm")
    assert "machine-learning" not in pm.report.fit.verdict_reason, pm.report.fit.verdict_reason
    assert pm.verdict in ("strong", "apply"), pm.report.fit.verdict_reason
