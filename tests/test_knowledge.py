"""The knowledge base: the real files load and say what the product promises, and every kind
of broken edit is caught with a message naming the file and the field."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from json_edits import delete_at, set_at

from app.errors import KnowledgeError
from app.knowledge import (
    TOPIC_KINDS,
    clear_cache,
    get_role,
    list_roles,
    load_knowledge,
    questions_for_principle,
    role_for_title,
)
from app.models.knowledge import LEVELS, ROUNDS, Knowledge

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"

PRINCIPLE_IDS = (
    "customer-obsession", "ownership", "invent-and-simplify", "are-right-a-lot",
    "learn-and-be-curious", "hire-and-develop-the-best", "insist-on-the-highest-standards",
    "think-big", "bias-for-action", "frugality", "earn-trust", "dive-deep",
    "have-backbone-disagree-and-commit", "deliver-results", "strive-to-be-earths-best-employer",
    "success-and-scale-bring-broad-responsibility",
)


# --------------------------------------------------------------------------- the real files


def test_version_comes_from_manifest(knowledge: Knowledge) -> None:
    manifest = json.loads((KNOWLEDGE / "manifest.json").read_text(encoding="utf-8"))
    assert knowledge.version == manifest["version"] == "2026.12.59"
    for rel in manifest["files"]:
        assert (KNOWLEDGE / rel).is_file(), rel


def test_sixteen_principles_with_stable_ids(knowledge: Knowledge) -> None:
    assert knowledge.principle_ids == PRINCIPLE_IDS
    assert knowledge.principle("dive-deep").name == "Dive Deep"


def test_principle_content(knowledge: Knowledge) -> None:
    colours, shorts = set(), set()
    for p in knowledge.principles:
        assert 15 <= len(p.signals) <= 40, p.id
        assert all(s == s.lower() for s in p.signals), p.id
        assert 4 <= len(p.probes) <= 6, p.id
        assert all(q.endswith(("?", ".")) for q in p.probes), p.id
        assert 0 < p.ask_weight <= 1
        assert re.fullmatch(r"#[0-9a-f]{6}", p.color)
        assert 2 <= len(p.short) <= 4
        assert p.summary and p.looks_for and len(p.demonstrate_mle.split(". ")) >= 2, p.id
        colours.add(p.color)
        shorts.add(p.short)
    assert len(colours) == len(shorts) == 16


def _contrast_on_white(colour: str) -> float:
    def lin(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    return 1.05 / (lum + 0.05)


def test_colours_readable_on_white(knowledge: Knowledge) -> None:
    for p in knowledge.principles:
        assert _contrast_on_white(p.color) >= 3.0, (p.id, p.color)


def test_ask_weights_follow_public_counts(knowledge: Knowledge) -> None:
    """Ownership 51 > Dive Deep 26 > Customer Obsession 25 > D&C 18 > Bias for Action 14 >
    Earn Trust 11 of 189 reports; every other principle is below Earn Trust."""
    w = {p.id: p.ask_weight for p in knowledge.principles}
    ranked = ["ownership", "dive-deep", "customer-obsession",
              "have-backbone-disagree-and-commit", "bias-for-action", "earn-trust"]
    assert [w[r] for r in ranked] == sorted((w[r] for r in ranked), reverse=True)
    assert w["ownership"] == 1.0
    others = [v for k, v in w.items() if k not in ranked]
    assert max(others) < w["earn-trust"]


def test_question_bank(knowledge: Knowledge) -> None:
    qs = knowledge.questions
    assert len(qs) >= 150
    assert len({q.id for q in qs}) == len(qs)
    covered = Counter(p for q in qs for p in q.principles)
    assert all(covered[pid] >= 6 for pid in PRINCIPLE_IDS), covered
    for q in qs:
        assert 1 <= len(q.principles) <= 3
        assert set(q.rounds) <= set(ROUNDS) and set(q.levels) <= set(LEVELS)
        assert 0 <= q.frequency <= 1 and q.source and q.looks_for
        assert q.text.endswith(("?", ".")), q.id
    ml = [q for q in qs if "ml" in q.tags]
    assert len(ml) >= 40
    assert any("skew" in q.text for q in ml) and any("drift" in q.text for q in ml)
    assert {q.source for q in qs} >= {"LoopReady editorial", "tech-interview-handbook (MIT)"}


def test_frequencies_follow_principle_weights(knowledge: Knowledge) -> None:
    """The most-asked principle's questions are, on average, the most frequent."""
    by_primary: dict[str, list[float]] = {}
    for q in knowledge.questions:
        by_primary.setdefault(q.principles[0], []).append(q.frequency)
    mean = {k: sum(v) / len(v) for k, v in by_primary.items()}
    assert max(mean, key=mean.get) == "ownership"
    assert mean["ownership"] > mean["success-and-scale-bring-broad-responsibility"]


def test_questions_for_principle_sorted(knowledge: Knowledge) -> None:
    hits = questions_for_principle(knowledge, "dive-deep")
    assert len(hits) >= 6
    assert all("dive-deep" in q.principles for q in hits)
    assert [q.frequency for q in hits] == sorted((q.frequency for q in hits), reverse=True)


def test_mle_role_pack(knowledge: Knowledge) -> None:
    mle = get_role(knowledge, "amazon-mle")
    assert (mle.company, mle.company_name, mle.role, mle.timeline, mle.reapply_wait) == (
        "amazon", "Amazon", "Machine Learning Engineer", "3-4 weeks", "6 months")
    assert [s.id for s in mle.stages] == list(ROUNDS)
    assert [s.duration for s in mle.stages] == ["45 min", "4-5 hours", "45-60 min"]
    assert all(6 <= len(s.prepare) <= 10 for s in mle.stages)
    assert [(lv.id, lv.title, lv.total_comp_usd) for lv in mle.levels] == [
        ("L4", "ML Engineer", 176000), ("L5", "ML Engineer II", 265000),
        ("L6", "Sr. ML Engineer", 399000), ("L7", "Principal ML Engineer", 0)]
    assert len(mle.topics) >= 16
    kinds = Counter(t.kind for t in mle.topics)
    assert set(kinds) == set(TOPIC_KINDS) and min(kinds.values()) >= 4
    ids = {t.id for t in mle.topics}
    assert {"training-serving-skew", "drift-detection", "model-monitoring", "ab-testing",
            "feature-stores", "debugging-degradation", "similarity-functions",
            "nn-forward-pass", "feature-normalisation", "ranking-losses"} <= ids
    top3 = sorted(mle.emphasis, key=mle.emphasis.get, reverse=True)[:3]
    assert set(top3) == {"ownership", "customer-obsession", "dive-deep"}
    assert {"deployed", "monitoring", "on-call", "retraining", "rollback"} <= set(
        mle.production_signals)
    assert len(mle.questions_to_ask) >= 12
    assert all("{team}" in q or "{product}" in q for q in mle.questions_to_ask[:10])


def test_question_templates_read_well_when_filled(knowledge: Knowledge) -> None:
    """The analysis puts "the <name> team" for {team}: templates must not wrap it again."""
    for pack in list_roles(knowledge):
        for tpl in pack.questions_to_ask:
            assert "the {team}" not in tpl and "{team} team" not in tpl, tpl
            assert not tpl.startswith("{") and tpl.endswith("?"), tpl


def test_sde_pack_is_data_only(knowledge: Knowledge) -> None:
    sde = get_role(knowledge, "amazon-sde")
    assert sde.role == "Software Development Engineer"
    assert all(lv.total_comp_usd == 0 for lv in sde.levels)  # 0 = unknown
    assert [r.id for r in list_roles(knowledge)] == ["amazon-mle", "amazon-sde", "general"]


def test_role_for_title(knowledge: Knowledge) -> None:
    assert role_for_title(knowledge, "Machine Learning Engineer II, Search").id == "amazon-mle"
    assert role_for_title(knowledge, "Software Development Engineer II").id == "amazon-sde"
    assert role_for_title(knowledge, "AMAZON Software Dev Engineer II").id == "amazon-sde"
    assert role_for_title(
        knowledge, "Software Development Engineer - Machine Learning").id == "amazon-mle"
    assert role_for_title(knowledge, "Barista").id == "amazon-mle"


def test_get_role_unknown_lists_choices(knowledge: Knowledge) -> None:
    with pytest.raises(KnowledgeError, match="amazon-mle, amazon-sde"):
        get_role(knowledge, "amazon-chef")


def test_exemplars_loaded_when_present(knowledge: Knowledge) -> None:
    path = KNOWLEDGE / "classifier" / "exemplars.jsonl"
    if not path.is_file():
        assert knowledge.exemplars == ()
        return
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(knowledge.exemplars) == len(lines)


def test_skills_come_from_the_taxonomy(knowledge: Knowledge) -> None:
    assert len(knowledge.skills) >= 300


def test_cached_per_root(knowledge: Knowledge) -> None:
    assert load_knowledge() is knowledge
    assert load_knowledge(KNOWLEDGE) is knowledge


# --------------------------------------------------------------------------- broken copies


@pytest.fixture
def kcopy(tmp_path: Path) -> Path:
    """A private copy of the real knowledge folder, safe to break."""
    dest = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, dest)
    return dest


def _edit(root: Path, rel: str, change: Callable[[Any], None]) -> None:
    path = root / rel
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _error(root: Path) -> str:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(root)
    return info.value.message




BROKEN = [
    ("principles.json", delete_at(["principles", 3, "color"]),
     "knowledge/principles.json: principles[3].color is missing"),
    ("principles.json", set_at(["principles", 0, "color"], "#12345"),
     "knowledge/principles.json: principles[0].color '#12345' must be a colour"),
    ("principles.json", set_at(["principles", 2, "color"], "#D55E00"),
     "knowledge/principles.json: principles[2].color colour '#d55e00' is already used"),
    ("principles.json", set_at(["principles", 5, "id"], "ownership"),
     "knowledge/principles.json: principles[5].id id 'ownership' is already used by principles[1].id"),
    ("principles.json", set_at(["principles", 4, "ask_weight"], 1.7),
     "knowledge/principles.json: principles[4].ask_weight 1.7 is out of range (0..1)"),
    ("principles.json", set_at(["principles", 6, "signals"], "testing"),
     "knowledge/principles.json: principles[6].signals must be a list of strings"),
    ("principles.json", set_at(["principles", 7, "signals", 0], "Platform"),
     "knowledge/principles.json: principles[7].signals[0] 'Platform' must be lower-case"),
    ("questions.json", set_at(["questions", 17, "principles", 0], "ownersihp"),
     "knowledge/questions.json: questions[17].principles[0] 'ownersihp' is not a principle id"),
    ("questions.json", set_at(["questions", 2, "rounds", 0], "final-round"),
     "knowledge/questions.json: questions[2].rounds[0] 'final-round' is not a round"),
    ("questions.json", set_at(["questions", 9, "levels"], ["L9"]),
     "knowledge/questions.json: questions[9].levels[0] 'L9' is not a level"),
    ("questions.json", set_at(["questions", 5, "frequency"], "often"),
     "knowledge/questions.json: questions[5].frequency must be a number"),
    ("questions.json", delete_at(["questions", 11, "text"]),
     "knowledge/questions.json: questions[11].text is missing"),
    ("questions.json", set_at(["questions", 12, "principels"], ["ownership"]),
     "knowledge/questions.json: questions[12].principels is not a known field"),
    ("questions.json", set_at(["questions", 1, "id"], "ownership-01"),
     "knowledge/questions.json: questions[1].id id 'ownership-01' is already used by questions[0].id"),
    ("questions.json", set_at(["questions", 3, "principles"], []),
     "knowledge/questions.json: questions[3].principles needs at least 1 item"),
    ("roles/amazon-mle.json", set_at(["levels", 0, "id"], "L9"),
     "knowledge/roles/amazon-mle.json: levels[0].id 'L9' is not a level"),
    ("roles/amazon-mle.json", set_at(["stages", 1, "id"], "lunch"),
     "knowledge/roles/amazon-mle.json: stages[1].id 'lunch' is not a round"),
    ("roles/amazon-mle.json", delete_at(["stages", 0, "prepare"]),
     "knowledge/roles/amazon-mle.json: stages[0].prepare is missing"),
    ("roles/amazon-mle.json", set_at(["emphasis", "ownersihp"], 0.2),
     "knowledge/roles/amazon-mle.json: emphasis.ownersihp 'ownersihp' is not a principle id"),
    ("roles/amazon-mle.json", set_at(["emphasis", "ownership"], 4),
     "knowledge/roles/amazon-mle.json: emphasis.ownership 4 is out of range"),
    ("roles/amazon-mle.json", set_at(["topics", 2, "kind"], "trivia"),
     "knowledge/roles/amazon-mle.json: topics[2].kind 'trivia' is not a topic kind"),
    ("roles/amazon-mle.json", set_at(["levels", 1, "total_comp_usd"], "265K"),
     "knowledge/roles/amazon-mle.json: levels[1].total_comp_usd must be a whole number"),
    ("roles/amazon-mle.json", set_at(["levels", 1, "years_max"], 1),
     "knowledge/roles/amazon-mle.json: levels[1].years_max 1 is out of range"),
    ("roles/amazon-mle.json", set_at(["id"], "amazon-ml"),
     "knowledge/roles/amazon-mle.json: id 'amazon-ml' must match the file name"),
    ("roles/amazon-mle.json", set_at(["questions_to_ask", 0], "What does {teem} own?"),
     "knowledge/roles/amazon-mle.json: questions_to_ask[0] placeholder {teem} is unknown"),
    ("skills.json", set_at(["skills", 71, "serves_models"], "yes"),
     "knowledge/skills.json: skills[71].serves_models must be true or false"),
    ("skills.json", set_at(["skills", 263, "kinds"], ["cloud-platform"]),
     "knowledge/skills.json: skills[263].kinds[0] 'cloud-platform' is not a kind of skill "
     "(allowed: oo-language, dl-framework, cloud)"),
    ("skills.json", set_at(["skills", 41, "programming"], False),
     "knowledge/skills.json: skills[41].programming may be false only for a skill of category "
     "'language'"),
    ("manifest.json", set_at(["version"], "latest"),
     "knowledge/manifest.json: version 'latest' must look like"),
    ("manifest.json", set_at(["files", 0], "principals.json"),
     "knowledge/principals.json: file is missing (listed in knowledge/manifest.json files[0])"),
]


@pytest.mark.parametrize(("rel", "change", "expected"), BROKEN,
                         ids=[f"{b[0]}:{b[2].split(': ', 1)[1][:40]}" for b in BROKEN])
def test_broken_field_is_named(kcopy: Path, rel: str, change: Callable[[Any], None],
                               expected: str) -> None:
    _edit(kcopy, rel, change)
    assert _error(kcopy).startswith(expected)


@pytest.mark.parametrize("rel", ["manifest.json", "principles.json", "questions.json",
                                 "roles/amazon-mle.json", "roles/amazon-sde.json"])
def test_malformed_json_names_file_line_and_column(kcopy: Path, rel: str) -> None:
    path = kcopy / rel
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2] + ",,"  # a stray comma on line 3
    path.write_text("\n".join(lines), encoding="utf-8")
    message = _error(kcopy)
    assert message.startswith(f"knowledge/{rel}: invalid JSON at line 3, column ")


@pytest.mark.parametrize("rel", ["principles.json", "questions.json", "manifest.json"])
def test_missing_file_is_named(kcopy: Path, rel: str) -> None:
    (kcopy / rel).unlink()
    message = _error(kcopy)
    assert f"knowledge/{rel}" in message and "missing" in message


def test_no_role_pack(kcopy: Path) -> None:
    shutil.rmtree(kcopy / "roles")
    _edit(kcopy, "manifest.json", lambda m: m.__setitem__(
        "files", [f for f in m["files"] if not f.startswith("roles/")]))
    assert "knowledge/roles" in _error(kcopy)


def test_broken_skills_file_is_named(kcopy: Path) -> None:
    (kcopy / "skills.json").write_text('{"skills": [', encoding="utf-8")
    assert "skills.json" in _error(kcopy)


def test_broken_exemplar_line_is_named(kcopy: Path) -> None:
    path = kcopy / "classifier" / "exemplars.jsonl"
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        '{"text": "Mentored two interns", "principles": ["hire-and-develop-the-best"]}\n'
        '\n'
        '{"text": "Cut GPU spend by a third", "principles": ["frugalty"]}\n',
        encoding="utf-8")
    assert _error(kcopy) == (
        "knowledge/classifier/exemplars.jsonl: line 3, field principles[0] 'frugalty' "
        "is not a principle id")
    path.write_text('{"text": "Mentored two interns", "principles": [}\n', encoding="utf-8")
    assert _error(kcopy).startswith("knowledge/classifier/exemplars.jsonl: line 1 is not valid JSON")


def test_exemplars_optional(kcopy: Path) -> None:
    shutil.rmtree(kcopy / "classifier", ignore_errors=True)
    assert load_knowledge(kcopy).exemplars == ()


def test_exemplar_negative_lines_allowed(kcopy: Path) -> None:
    path = kcopy / "classifier" / "exemplars.jsonl"
    path.parent.mkdir(exist_ok=True)
    path.write_text('{"text": "Skills: Python, SQL", "principles": []}\n', encoding="utf-8")
    ex = load_knowledge(kcopy).exemplars
    assert len(ex) == 1 and ex[0].principles == ()


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="Knowledge folder not found"):
        load_knowledge(tmp_path / "nowhere")


# --------------------------------------------------------------------------- data-only roles


def test_new_role_file_is_listed_without_code_changes(kcopy: Path) -> None:
    pack = json.loads((kcopy / "roles" / "amazon-mle.json").read_text(encoding="utf-8"))
    pack.update(id="amazon-applied-scientist", role="Applied Scientist",
                title_keywords=["applied scientist", "research scientist"])
    (kcopy / "roles" / "amazon-applied-scientist.json").write_text(
        json.dumps(pack), encoding="utf-8")
    knowledge = load_knowledge(kcopy)
    assert [r.id for r in list_roles(knowledge)] == [
        "amazon-applied-scientist", "amazon-mle", "amazon-sde", "general"]
    assert get_role(knowledge, "amazon-applied-scientist").role == "Applied Scientist"
    assert role_for_title(knowledge, "Senior Research Scientist").id == "amazon-applied-scientist"


def test_kinds_of_skill_are_data(kcopy: Path) -> None:
    """A new serving tool, cloud platform or markup language is a change to skills.json: the
    kinds a skill counts as come from its entry, not from a list in the code."""
    from app.analysis.skillkinds import taxonomy_kinds

    def add(data: Any) -> None:
        data["skills"] += [
            {"name": "Kestrel Serve", "category": "ml-framework", "synonyms": [],
             "serves_models": True},
            {"name": "Kestrel Train", "category": "ml-framework", "synonyms": [],
             "kinds": ["dl-framework"]},
            {"name": "Nimbus Cloud", "category": "cloud", "synonyms": [], "kinds": ["cloud"]},
            {"name": "Nimbus Functions", "category": "cloud", "synonyms": []},
            {"name": "KML", "category": "language", "synonyms": [], "programming": False}]

    _edit(kcopy, "skills.json", add)
    kinds = taxonomy_kinds(load_knowledge(kcopy).skills)
    assert "kestrel serve" not in kinds  # serves models: no ML framework models are built in
    assert kinds["kestrel train"] == ("dl-framework", "ml-framework")
    assert kinds["nimbus cloud"] == ("cloud",)
    assert "nimbus functions" not in kinds  # a service on a cloud, not a cloud platform
    assert "kml" not in kinds  # markup: no programming language
    _edit(kcopy, "skills.json", lambda data: data["skills"][-5].pop("serves_models"))
    clear_cache()
    assert taxonomy_kinds(load_knowledge(kcopy).skills)["kestrel serve"] == ("ml-framework",)


def test_cache_and_clear(kcopy: Path) -> None:
    first = load_knowledge(kcopy)
    assert load_knowledge(kcopy) is first
    _edit(kcopy, "manifest.json", set_at(["version"], "2027.1.1"))
    assert load_knowledge(kcopy).version == first.version  # cached until cleared
    clear_cache()
    assert load_knowledge(kcopy).version == "2027.1.1"


def test_env_override_selects_folder(kcopy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _edit(kcopy, "manifest.json", set_at(["version"], "2027.1.2"))
    monkeypatch.setenv("LOOPREADY_KNOWLEDGE", str(kcopy))
    assert load_knowledge().version == "2027.1.2"
