"""knowledge/practice.json goes through the one loader: the real file loads, and each kind of
broken edit stops with a message naming the file and the field."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from json_edits import delete_at, set_at

from app.errors import KnowledgeError
from app.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parent.parent.parent
KNOWLEDGE = ROOT / "knowledge"


def test_real_file_is_listed_and_loads(knowledge) -> None:  # noqa: ANN001
    manifest = json.loads((KNOWLEDGE / "manifest.json").read_text(encoding="utf-8"))
    assert "practice.json" in manifest["files"]
    rules = knowledge.practice
    assert rules is not None
    assert sum(rules.weights.values()) == pytest.approx(100)
    assert rules.words_per_minute == 150 and rules.target_seconds == (90, 150)
    assert rules.timer_seconds == 120 and rules.wrap_up_seconds == 90
    assert rules.ready_score == 80 and rules.ready_times == 2
    assert [s.id for s in rules.states] == ["not-started", "drafted", "rehearsed", "ready"]
    assert set(rules.families) == set(knowledge.decodes)  # every question family listens
    assert rules.schedule.retry_after_days == 2
    assert rules.action.fullmatch("rewrote") and rules.action.fullmatch("analysed")
    assert not rules.action.fullmatch("helped")  # vague verbs are not actions


@pytest.fixture
def kcopy(tmp_path: Path) -> Path:
    dest = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, dest)
    return dest


def _edit(root: Path, change: Callable[[Any], None]) -> None:
    path = root / "practice.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")




@pytest.mark.parametrize(("change", "message"), [
    (set_at(["weights", "number"], 30), "knowledge/practice.json: weights must add up to 100"),
    (set_at(["weights", "speed"], 1), "knowledge/practice.json: weights.speed is not a known field"),
    (set_at(["measures", 0], "(unclosed"), "knowledge/practice.json: measures[0] is not a valid "
                                         "regular expression"),
    (set_at(["families", "gossip"], {"listens": [{"says": "x", "patterns": ["a"]},
                                              {"says": "y", "patterns": ["b"]}]}),
     "knowledge/practice.json: families.gossip 'gossip' is not a question family"),
    (delete_at(["families", "failure"]), "knowledge/practice.json: families 'failure' is missing"),
    (set_at(["families", "failure", "listens"], [{"says": "x", "patterns": ["a"]}]),
     "knowledge/practice.json: families.failure.listens needs at least 2"),
    (set_at(["wording", "number"], "Add the {figure}."),
     "knowledge/practice.json: wording.number placeholder {figure} is unknown"),
    (set_at(["wording", "compliment"], "Nice."),
     "knowledge/practice.json: wording.compliment is not a sentence practice mode uses"),
    (delete_at(["wording", "all_good"]), "knowledge/practice.json: wording.all_good is missing"),
    (set_at(["readiness", "states", 0, "id"], "fresh"),
     "knowledge/practice.json: readiness.states[0].id 'fresh': the states are, in order"),
    (set_at(["speech", "wrap_up_seconds"], 150),
     "knowledge/practice.json: speech.wrap_up_seconds must come before timer_seconds"),
    (set_at(["speech", "target_seconds"], [150, 90]),
     "knowledge/practice.json: speech.target_seconds must be [shortest, longest]"),
    (set_at(["schedule", "minutes", "nap"], 20),
     "knowledge/practice.json: schedule.minutes.nap is not a known field"),
    (set_at(["schedule", "retry_after_days"], 0),
     "knowledge/practice.json: schedule.retry_after_days 0 is out of range"),
    (set_at(["thresholds", "i_share_good"], 1.5),
     "knowledge/practice.json: thresholds.i_share_good 1.5 is out of range"),
])
def test_a_broken_edit_names_file_and_field(kcopy: Path, change, message: str) -> None:  # noqa: ANN001
    _edit(kcopy, change)
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(kcopy)
    assert info.value.message.startswith(message), info.value.message


def test_a_missing_file_says_so(kcopy: Path) -> None:
    (kcopy / "practice.json").unlink()
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(kcopy)
    assert "practice.json: file is missing" in info.value.message


def test_a_wording_change_is_a_data_change(kcopy: Path) -> None:
    """Rewording advice changes what the rubric says, with no code change."""
    from app.practice.rubric import score_answer

    _edit(kcopy, set_at(["wording", "number"], "Put a number on it."))
    rules = load_knowledge(kcopy).practice
    assert rules is not None
    r = score_answer("At my last job the exports were slow. My goal was to fix them. I rewrote "
                     "the export job myself. In the end everyone was happy with it.", rules)
    assert "Put a number on it." in r.advice
