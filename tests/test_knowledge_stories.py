"""The knowledge behind stories, questions and gap scripts: evidence rules, answer decodes,
coaching wording and the questions' families. Loaded through the one door, validated with
errors that name the file and the field, complete enough for every question and principle."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from json_edits import delete_at, set_at

from app.errors import KnowledgeError
from app.knowledge import WORDING_PLACEHOLDERS, load_knowledge
from app.models.knowledge import Knowledge

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"


# --------------------------------------------------------------------------- the real files


def test_every_principle_has_an_evidence_rule_and_coaching(knowledge: Knowledge) -> None:
    ids = set(knowledge.principle_ids)
    assert set(knowledge.evidence.rules) == ids
    assert set(knowledge.coaching) == ids
    for pid, rule in knowledge.evidence.rules.items():
        assert rule.shows and rule.needs, pid
        coach = knowledge.coaching[pid]
        assert coach.find_example and coach.frame.startswith("a time you"), pid
        assert pid not in coach.adjacent


def test_evidence_rules_follow_the_guide(knowledge: Knowledge) -> None:
    """Customer Obsession needs an explicit customer and their benefit; Hire and Develop needs
    teaching or growing people; a build verb or a bare metric is not evidence of either."""
    shows = knowledge.evidence.shows
    assert shows("customer-obsession", "Interviewed 12 customers and redesigned onboarding, "
                 "cutting their setup time in half")
    assert not shows("customer-obsession", "Rewrote the C++ matching engine, cutting p99 "
                     "latency by 40%")
    assert shows("hire-and-develop-the-best", "Mentored two junior engineers through their "
                  "first launches")
    assert not shows("hire-and-develop-the-best", "Built a Kafka pipeline for the data team")
    assert shows("earn-trust", "Wrote the public postmortem and kept customers informed daily")
    assert not shows("earn-trust", "Containerized model serving with Docker")
    assert not shows("ownership", "Raised $18M Series A led by Sequoia Capital")
    assert not shows("frugality", "Raised $18M Series A led by Sequoia Capital")
    assert shows("frugality", "Cut the AWS bill by 30% with reserved instances")


def test_every_question_has_a_decode_family(knowledge: Knowledge) -> None:
    for q in knowledge.questions:
        assert q.family in knowledge.decodes, (q.id, q.family)
    amazon = [q for q in knowledge.questions if q.amazon_only]
    assert amazon and all(re.search(r"\bAmazon\b", q.text) for q in amazon)
    assert any("Why do you want to work at Amazon" in q.text for q in amazon)


def test_decodes_are_complete_and_fill_the_story_in(knowledge: Knowledge) -> None:
    for fid, d in knowledge.decodes.items():
        assert d.listens_for and d.strong_vs_adequate and d.story_kind and d.find_example, fid
        assert 2 <= len(d.pitfalls) <= 3 and d.follow_ups, fid
        assert len(d.shape) >= 3
        assert any("{action}" in step or "{result}" in step or "{title}" in step
                   for step in d.shape), fid
    # what a failure or a model-in-production question needs is data, not code
    assert knowledge.decodes["failure"].story_needs
    assert knowledge.decodes["model-production"].story_needs
    assert knowledge.decodes["disagreement"].story_needs


def test_wording_templates_are_all_present(knowledge: Knowledge) -> None:
    assert set(knowledge.wording.templates) == set(WORDING_PLACEHOLDERS)
    filled = knowledge.wording.get("gap.none.title", principle="Earn Trust")
    assert filled == "No evidence yet for Earn Trust"


# --------------------------------------------------------------------------- broken copies


@pytest.fixture
def kcopy(tmp_path: Path) -> Path:
    dest = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, dest)
    return dest


def _edit(root: Path, rel: str, change: Callable[[Any], None]) -> None:
    path = root / rel
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")




BROKEN = [
    ("evidence.json", delete_at(["principles", "earn-trust"]),
     "knowledge/evidence.json: principles 'earn-trust' is missing"),
    ("evidence.json", set_at(["principles", "ownersihp"], {"shows": "x", "needs": [["a"]]}),
     "knowledge/evidence.json: principles.ownersihp 'ownersihp' is not a principle id"),
    ("evidence.json", set_at(["principles", "frugality", "needs", 0, 0], "(unclosed"),
     "knowledge/evidence.json: principles.frugality.needs[0][0] is not a valid regular expression"),
    ("evidence.json", set_at(["principles", "frugality", "floor"], 2),
     "knowledge/evidence.json: principles.frugality.floor 2 is out of range"),
    ("evidence.json", set_at(["principles", "ownership", "floor_when", 0], "(unclosed"),
     "knowledge/evidence.json: principles.ownership.floor_when[0] is not a valid regular "
     "expression"),
    ("evidence.json", set_at(["principles", "frugality", "cap_unless", 0], "(unclosed"),
     "knowledge/evidence.json: principles.frugality.cap_unless[0] is not a valid regular "
     "expression"),
    ("evidence.json", set_at(["principles", "frugality", "cap"], 1.5),
     "knowledge/evidence.json: principles.frugality.cap 1.5 is out of range"),
    ("decodes.json", delete_at(["families", 1, "adjacent_kind"]),
     "knowledge/decodes.json: families[1].adjacent_kind adjacent_needs and adjacent_kind go "
     "together"),
    ("evidence.json", delete_at(["principles", "dive-deep", "shows"]),
     "knowledge/evidence.json: principles.dive-deep.shows is missing"),
    ("evidence.json", delete_at(["substance", "result"]),
     "knowledge/evidence.json: substance.result is missing"),
    ("decodes.json", set_at(["families", 3, "pitfalls"], ["only one"]),
     "knowledge/decodes.json: families[3].pitfalls needs at least 2 item"),
    ("decodes.json", set_at(["families", 0, "shape", 0], "Start with {stakes}"),
     "knowledge/decodes.json: families[0].shape[0] placeholder {stakes} is unknown"),
    ("decodes.json", set_at(["families", 1, "id"], "ownership"),
     "knowledge/decodes.json: families[1].id id 'ownership' is already used by families[0].id"),
    ("decodes.json", set_at(["families", 2, "takes_story"], "no"),
     "knowledge/decodes.json: families[2].takes_story must be true or false"),
    ("coaching.json", set_at(["wording", "gap.find"], "Find one: {example}"),
     "knowledge/coaching.json: wording.gap.find placeholder {example} is unknown"),
    ("coaching.json", delete_at(["wording", "angle.story"]),
     "knowledge/coaching.json: wording.angle.story is missing"),
    ("coaching.json", set_at(["wording", "angle.storry"], "x"),
     "knowledge/coaching.json: wording.angle.storry is not a template the analysis uses"),
    ("coaching.json", set_at(["principles", "earn-trust", "adjacent"], ["trust-me"]),
     "knowledge/coaching.json: principles.earn-trust.adjacent[0] 'trust-me' is not a principle id"),
    ("coaching.json", delete_at(["principles", "frugality"]),
     "knowledge/coaching.json: principles 'frugality' is missing"),
    ("questions.json", set_at(["questions", 4, "family"], "gossip"),
     "knowledge/questions.json: questions[4].family 'gossip' is not a decode family"),
    ("questions.json", set_at(["questions", 4, "amazon_only"], "yes"),
     "knowledge/questions.json: questions[4].amazon_only must be true or false"),
]


@pytest.mark.parametrize(("rel", "change", "message"), BROKEN,
                         ids=[f"{b[0]}:{b[2].split(': ', 1)[1][:40]}" for b in BROKEN])
def test_broken_field_is_named(kcopy: Path, rel: str, change: Callable[[Any], None],
                               message: str) -> None:
    _edit(kcopy, rel, change)
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(kcopy)
    assert message in info.value.message, info.value.message


@pytest.mark.parametrize("rel", ["evidence.json", "decodes.json", "coaching.json"])
def test_missing_file_is_named(kcopy: Path, rel: str) -> None:
    (kcopy / rel).unlink()
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(kcopy)
    assert f"knowledge/{rel}" in info.value.message and "missing" in info.value.message


def test_reworded_gap_script_is_a_data_change(kcopy: Path, knowledge: Knowledge) -> None:
    """A new wording reaches the report without a code change."""
    from app.analysis.scripts import principle_script

    _edit(kcopy, "coaching.json", set_at(["wording", "gap.none.title"],
                                        "Nothing on your resume shows {principle} yet"))
    edited = load_knowledge(kcopy)
    rating = next(r for r in _none_ratings(edited))
    script = principle_script(rating, (), edited, {})
    assert script.title == f"Nothing on your resume shows {rating.name} yet"


def _none_ratings(knowledge: Knowledge):  # noqa: ANN202
    from app.models.report import PrincipleRating

    return [PrincipleRating(p.id, p.name, "none", ()) for p in knowledge.principles]


def test_standards_need_a_bar_the_person_raised_not_the_domain_they_work_in(
        knowledge: Knowledge) -> None:
    """Insist on the Highest Standards is a quality bar the person raised (tests, reviews,
    defects or errors driven down, audits passed), not the subject of a model: a defect
    detector's recall, a forecast's error, a detector's false alarms, a product's alerts, a
    randomised test or a test set, an audit committee or a certification held are domain or
    metric words (labelled lines of the held-back sets: 254 -> 155 lines shown without the
    labellers' credit, 347 -> 339 with it)."""
    shows = knowledge.evidence.shows
    ihs = "insist-on-the-highest-standards"
    for line in ("Trained a scratch-defect detector for glass panels; 93% recall on chipped-edge "
                 "defects",
                 "Segmentation of weld defects with a U-Net on 3,000 X-ray images",
                 "Built the demand forecast for 300 pharmacies; forecast error (MAPE) 24% to 17%",
                 "Tuned the intrusion detector to 0.4% false alarms at equal recall",
                 "Built the price-watch alerts and saved-search alerts for the mobile app",
                 "Ran a randomised test of two onboarding emails with the growth team",
                 "Presented the loss forecast to the Audit Committee each quarter",
                 "AWS Certified Solutions Architect - Associate (2024)",
                 "Object detection for shelf gaps; mAP 0.78 on the held-out test set"):
        assert not shows(ihs, line), line
    for line in ("Cut escaped defects per release from 14 to 3 by adding release checklists",
                 "Defined SLOs and error budgets for 12 payment services",
                 "Passed the external ISO 27001 audit with no findings",
                 "Added drift alerts and data-quality checks to every training pipeline",
                 "Wrote unit and integration tests for the billing service; coverage 45% to 88%",
                 "Led the safety certification of the braking controller software"):
        assert shows(ihs, line), line


def test_think_big_needs_a_vision_of_scope_not_computer_vision(knowledge: Knowledge) -> None:
    """"Vision" is Think Big when it is a plan larger than the task (a product's or a team's
    long-term vision), not when it names the field of images (a vision-inference accelerator, a
    computer vision model, vision transformers): an RTL line about a vision chip was rated a
    strong Think Big on held-back set 20 though both labellers found no such story."""
    shows = knowledge.evidence.shows
    assert shows("think-big", "Set the team's long-term vision for the search platform")
    assert shows("think-big", "Defined the product vision for seller tools with two directors")
    for line in ("Designed the SystemVerilog RTL for the matrix engine of a vision-inference "
                 "accelerator, from micro-architecture to tape-out",
                 "Built computer vision models for shelf monitoring in 40 stores",
                 "Trained vision transformers for weld defect detection",
                 "Ported the vision-language model to the edge device"):
        assert not shows("think-big", line), line


def test_earths_best_employer_needs_people_not_the_same_words_about_products(
        knowledge: Knowledge) -> None:
    """Customers' onboarding, speech recognition, flexible pricing, a data culture and a
    study's inclusion criteria are no team's well-being (held-back set 21: 'Ran 6 pricing and
    onboarding A/B tests' became an Earth's Best Employer story)."""
    shows = knowledge.evidence.shows
    pid = "strive-to-be-earths-best-employer"
    for line in ("Onboarded 3 new engineers and paired with each for their first month",
                 "Redesigned the engineering onboarding for new hires",
                 "Started a peer recognition program for the support team",
                 "Ran the team health check each quarter and acted on burnout signals"):
        assert shows(pid, line), line
    for line in ("Ran 6 pricing and onboarding A/B tests; the nudge raised prepaid plans 14%",
                 "Built the speech recognition model for Korean call-centre audio",
                 "Launched flexible pricing for 40,000 small merchants",
                 "Defined the inclusion criteria for the clinical cohort",
                 "Cut merchant onboarding time from 5 days to 2 hours"):
        assert not shows(pid, line), line
