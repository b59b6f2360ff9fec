"""The validated knowledge kept between runs (app/knowledge/cache.py): used when its key
matches, rebuilt when a knowledge file changed or the cache file is damaged."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.knowledge import load_knowledge
from app.knowledge.cache import cache_path, cached_knowledge, knowledge_key, through_cache
from app.models.knowledge import Knowledge


class _Loader:
    """Stands in for the full load (0.1 s): counts the times the folder is really read."""

    def __init__(self) -> None:
        self.calls = 0
        real = load_knowledge()  # without its 4.5 MB of model and exemplars: a quick test
        self.knowledge = dataclasses.replace(
            real, exemplars=real.exemplars[:3],
            classifier_model=dataclasses.replace(real.classifier_model, document=None))

    def __call__(self) -> Knowledge:
        self.calls += 1
        return self.knowledge


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "knowledge"
    (root / "roles").mkdir(parents=True)
    (root / "principles.json").write_text('{"principles": []}\n', encoding="utf-8")
    (root / "roles" / "general.json").write_text('{"id": "general"}\n', encoding="utf-8")
    return root


def test_the_cache_is_used_while_the_files_are_the_same(tmp_path: Path) -> None:
    root, load = _folder(tmp_path), _Loader()
    first = through_cache(root, load)
    assert load.calls == 1 and cache_path(root).is_file()
    again = through_cache(root, load)
    assert load.calls == 1  # unpickled, not loaded
    assert again.version == first.version and again.questions == first.questions
    assert again.lexicon.sources == first.lexicon.sources
    assert again.practice.action.pattern == first.practice.action.pattern


def test_the_models_arrays_come_back_the_same(tmp_path: Path) -> None:
    """The arrays of the prepared model are kept after the pickle, out of band, and read back
    from the mapped file into arrays of their own: the same type code and numbers."""
    from array import array

    root, load = _folder(tmp_path), _Loader()
    through_cache(root, load)
    again = through_cache(root, load)
    assert load.calls == 1
    before, after = load.knowledge.prepared_model.model, again.prepared_model.model
    for name in ("idf", "coef", "skip_coef", "char_idf"):
        old, new = getattr(before, name), getattr(after, name)
        assert type(new) is array and new.typecode == old.typecode and new == old, name
    assert after.vocabulary == before.vocabulary


def test_a_changed_file_or_a_damaged_cache_is_loaded_again(tmp_path: Path) -> None:
    root, load = _folder(tmp_path), _Loader()
    through_cache(root, load)
    key = knowledge_key(root)
    # the same size and an edit a date check could miss: the content is in the key
    (root / "roles" / "general.json").write_text('{"id": "genera1"}\n', encoding="utf-8")
    assert knowledge_key(root) != key
    through_cache(root, load)
    assert load.calls == 2
    through_cache(root, load)
    assert load.calls == 2
    path = cache_path(root)
    data = path.read_bytes()
    for damaged in (data[:-1] + bytes([data[-1] ^ 1]), data[: len(data) // 2], b"not a cache"):
        path.write_bytes(damaged)
        calls = load.calls
        assert through_cache(root, load) is load.knowledge  # loaded, never the damaged file
        assert load.calls == calls + 1
        assert path.read_bytes() != damaged  # and written again
    through_cache(root, load)
    assert load.calls == calls + 1


def test_only_the_bundled_folder_is_cached(tmp_path: Path) -> None:
    """A folder given with LOOPREADY_KNOWLEDGE is read from its files; nothing is written."""
    root, load = _folder(tmp_path), _Loader()
    cached_knowledge(root.resolve(), load)
    cached_knowledge(root.resolve(), load)
    assert load.calls == 2 and not cache_path(root).parent.exists()


def test_a_posting_is_read_with_the_skills_already_loaded(tmp_path: Path) -> None:
    """A worker forked from the app holds its knowledge: reading a posting does not parse
    skills.json again (the knowledge may come from the cache, which never parsed it)."""
    from app.knowledge import load_skill_taxonomy, posting_skills
    from app.paths import knowledge_dir

    assert posting_skills() is load_knowledge().skills
    other = tmp_path / "other"
    other.mkdir()
    (other / "skills.json").write_bytes((knowledge_dir() / "skills.json").read_bytes())
    assert posting_skills(other) == load_skill_taxonomy(other / "skills.json") == load_knowledge().skills


def test_the_cache_keeps_the_model_file_by_path_and_reads_it_when_asked(tmp_path: Path) -> None:
    """The classifier's artifact is cached without its document (the decoded model is kept
    instead); asked for, the document is read again, and only if the file is the same bytes."""
    import io
    import pickle

    from app.knowledge import read_model_artifact
    from app.knowledge.cache import _Pickler

    model = tmp_path / "model.json"
    model.write_text('{"content_hash": "abc", "coef": "AAAA"}\n', encoding="utf-8")
    artifact = read_model_artifact(model)

    def cached() -> object:
        out = io.BytesIO()
        _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(artifact)
        assert b"AAAA" not in out.getvalue()
        return pickle.loads(out.getvalue())

    again = cached()
    assert again.document == artifact.document and again.problem == ""
    lazy = cached()
    model.write_text('{"content_hash": "abd", "coef": "AAAA"}\n', encoding="utf-8")
    assert lazy.document is None and lazy.problem == "changed after the knowledge was loaded"
    assert load_knowledge().classifier_model.document["content_hash"]  # the real one, read


def test_file_status_stands_for_reading_only_when_settled(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """Each knowledge file's size and CRC are recorded with its status: a later key takes
    them from the record while the status is the same and was older than the recording by
    the settling time, and reads the file otherwise (a file just written is always read:
    an edit in the same clock tick could keep its status)."""
    import os

    from app.knowledge import cache

    root = _folder(tmp_path)
    reads: list[str] = []
    real_crc = cache._crc

    def counted(path: str) -> tuple[int, int]:
        reads.append(os.path.basename(path))
        return real_crc(path)

    monkeypatch.setattr(cache, "_crc", counted)
    first = knowledge_key(root)
    assert sorted(reads) == ["general.json", "principles.json"]
    assert cache.status_path(root).is_file()
    reads.clear()
    assert knowledge_key(root) == first and len(reads) == 2  # too fresh to be trusted
    # recorded well after the files last changed: taken from the record
    later = cache._now_ns() + 10 * cache._SETTLED_NS
    monkeypatch.setattr(cache, "_now_ns", lambda: later)
    knowledge_key(root)
    reads.clear()
    assert knowledge_key(root) == first and reads == []
    # an edit of the same size moves the change time: read again, a new key
    (root / "roles" / "general.json").write_text('{"id": "genera1"}\n', encoding="utf-8")
    changed = knowledge_key(root)
    assert reads == ["general.json"] and changed != first
    # a damaged record: every file is read, the key is the same
    cache.status_path(root).write_bytes(b"\x00garbage")
    reads.clear()
    assert knowledge_key(root) == changed and len(reads) == 2
