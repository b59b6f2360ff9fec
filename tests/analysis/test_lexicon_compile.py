"""The principle lexicon is compiled once at load (case-sensitively, for lowercased lines);
its case-insensitive form compiles only when a line needs it, with the same matches."""

from __future__ import annotations

import json
from pathlib import Path

from app.analysis.principles import PRINCIPLE_IDS, _match_all
from app.knowledge.base import _load_lexicon


def _knowledge_with(tmp_path: Path, patterns: list[str]) -> Path:
    folder = tmp_path / "classifier"
    folder.mkdir()
    data = {"version": 1, "principles": {PRINCIPLE_IDS[0]: [
        {"pattern": p, "weight": 0.5} for p in patterns]}}
    (folder / "lexicon.json").write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


def test_lowercase_patterns_leave_the_case_insensitive_ones_uncompiled(tmp_path: Path) -> None:
    lexicon = _load_lexicon(_knowledge_with(tmp_path, [r"\bcut (?:costs|latency)\b"]),
                            PRINCIPLE_IDS)
    assert lexicon is not None and lexicon.lower is not None
    found = _match_all("Cut LATENCY by 40% for the checkout page", lexicon)
    assert found[0] == [(0, 11, 0.5)]
    assert "patterns" not in vars(lexicon)  # never compiled: the lowercased line sufficed
    # 'İ' lowercases to two characters: offsets would shift, so the case-insensitive
    # patterns are compiled and matched against the line itself
    found = _match_all("İstanbul team: cut costs by 10%", lexicon)
    assert "patterns" in vars(lexicon)
    assert found[0] == [(15, 24, 0.5)]
    assert lexicon.sources[PRINCIPLE_IDS[0]] == ((r"\bcut (?:costs|latency)\b", 0.5),)


def test_a_pattern_with_capitals_is_compiled_case_insensitively_at_load(tmp_path: Path) -> None:
    lexicon = _load_lexicon(_knowledge_with(tmp_path, [r"\bAWS\b"]), PRINCIPLE_IDS)
    assert lexicon is not None and lexicon.lower is None
    assert "patterns" in vars(lexicon)
    assert _match_all("moved the fleet to aws", lexicon)[0] == [(19, 22, 0.5)]
