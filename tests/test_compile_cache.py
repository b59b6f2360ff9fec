"""The compile cache (app/compile_cache.py): the same patterns and dataclass methods as Python
builds, only static ones kept, a corrupt or foreign file ignored and rewritten."""

from __future__ import annotations

import dataclasses
import importlib.machinery
import re
from pathlib import Path

import pytest

from app import compile_cache
from app.compile_cache import CompileCache, read_cache, write_cache

pytestmark = pytest.mark.skipif(not compile_cache.installed(), reason="another Python: not installed")

PATTERNS = [(r"(?P<year>\d{4})\s*[-–]\s*(?P<end>\d{4}|present)\b", re.IGNORECASE),
            (r"(?<![\w'’])(?:led|owned|built)(?![\w'’])", 0),
            (r"^\s*(?:[•·*-]\s*)?(.+?)\s*$", re.MULTILINE)]


APP_MODULE = str(Path(compile_cache.__file__).parent / "invented_module.py")  # never written


def _at_import(cache: CompileCache, filename: str = APP_MODULE) -> None:
    """Compile PATTERNS as an app module's module-level code does while it is imported (the
    import system marks the module's spec as initialising until its body has run)."""
    source = "for p, f in PATTERNS:\n    cache.compile(p, f)\n"
    spec = importlib.machinery.ModuleSpec("invented_module", None)
    spec._initializing = True  # type: ignore[attr-defined]
    exec(compile(source, filename, "exec"),  # noqa: S102
         {"__name__": "invented_module", "__spec__": spec, "cache": cache, "PATTERNS": PATTERNS})


def _original(p: str, flags: int) -> re.Pattern[str]:
    return compile_cache._state["cache"]._original(p, flags)


def test_cached_patterns_are_the_patterns_re_builds(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    first = CompileCache(path)
    _at_import(first)
    assert first.save() and path.is_file()
    second = CompileCache(path)
    assert set(second.patterns) == {(p, int(f) | re.UNICODE) for p, f in PATTERNS}
    for p, f in PATTERNS:
        got = second.compile(p, int(f))
        assert got == _original(p, int(f))  # same text, flags and engine code
        assert got.groupindex == _original(p, int(f)).groupindex
    text = "Led the team 2019 - Present.\n  • owned search\n"
    assert second.compile(*PATTERNS[0]).findall(text) == [("2019", "Present")]
    assert second.compile(PATTERNS[1][0], re.UNICODE) == _original(PATTERNS[1][0], 0)
    assert not second.save()  # nothing new learnt (the same pattern, spelt as unpickling does)


def test_a_pattern_built_at_run_time_is_never_kept(tmp_path: Path) -> None:
    """A pattern built from a resume's words is compiled by a function, not at import; a
    test's or a script's module-level code (which may analyse a file) does not count."""
    cache = CompileCache(tmp_path / "regex.bin")
    assert cache.compile(re.escape("Jane Roe, Acme Corp"), 0).search("by Jane Roe, Acme Corp")
    _at_import(cache, filename=str(tmp_path / "a_test_module.py"))
    assert not any(cache.learnt.values()) and not cache.save()
    assert not (tmp_path / "regex.bin").exists()


def test_a_corrupt_or_foreign_file_is_ignored_and_rewritten(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "regex.bin"
    learning = CompileCache(path)
    _at_import(learning)
    assert learning.save()
    data = bytearray(path.read_bytes())
    for damaged in (bytes(data[:-1]) + bytes([data[-1] ^ 1]), bytes(data[: len(data) // 2]), b""):
        path.write_bytes(damaged)
        assert read_cache(path) is None
        cache = CompileCache(path)
        assert cache.patterns == {}
        assert cache.compile(*PATTERNS[1]) == _original(*PATTERNS[1])
        _at_import(cache)
        assert cache.save() and read_cache(path) is not None  # a good file again
    monkeypatch.setattr(compile_cache, "_header", lambda: "another python")
    assert read_cache(path) is None
    write_cache(path, {"re": {}, "dc": {}})
    monkeypatch.undo()
    assert read_cache(path) is None and CompileCache(path).patterns == {}


def test_the_installed_cache_is_what_re_uses() -> None:
    p = r"(?P<n>\d+)\s*(?:k|m)\b(?# an invented pattern for this test)"
    assert re.compile(p) == _original(p, 0)
    assert re._compiler.compile == compile_cache._state["cache"].compile  # type: ignore[attr-defined]


def test_a_settled_process_writes_what_it_learnt_then_nothing(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The reading worker settles after its imports: files it reads later teach nothing."""
    path = tmp_path / "regex.bin"
    cache = CompileCache(path)
    monkeypatch.setitem(compile_cache._state, "cache", cache)
    _at_import(cache)
    compile_cache.settle()
    assert set((read_cache(path) or {})["re"]) == {(p, int(f) | re.UNICODE) for p, f in PATTERNS}
    cache.patterns.clear()
    _at_import(cache)
    assert not any(cache.learnt.values()) and not cache.save()


_CLASS = '''
import dataclasses

@dataclasses.dataclass(frozen=True, order=True)
class Invented:
    name: str
    years: float = 0.0
    tags: tuple = dataclasses.field(default_factory=tuple)
'''


def _define(cache: CompileCache, monkeypatch: pytest.MonkeyPatch) -> type:
    """The class above, defined at import time (a module's code) with `cache` in use."""
    import sys
    import types

    monkeypatch.setattr(dataclasses, "exec", cache.exec)
    module = types.ModuleType("invented_module")
    module.__spec__ = importlib.machinery.ModuleSpec("invented_module", None)
    module.__spec__._initializing = True  # type: ignore[attr-defined]  # as while imported
    monkeypatch.setitem(sys.modules, "invented_module", module)
    exec(compile(_CLASS, APP_MODULE, "exec", dont_inherit=True), module.__dict__)  # noqa: S102
    return module.Invented  # type: ignore[no-any-return]


def test_dataclass_methods_come_back_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "compiled.bin"
    first = CompileCache(path)
    plain = _define(first, monkeypatch)
    assert len(first.learnt["dc"]) >= 5 and first.save()  # __init__, __repr__, __eq__, order...
    second = CompileCache(path)
    cached = _define(second, monkeypatch)
    assert not second.learnt["dc"]  # every method from the file
    a, b = cached("Ada", 3.5), cached("Ada", 3.5, ("ml",))
    assert (repr(a), a == cached("Ada", 3.5), a < b, a.tags) == (
        "Invented(name='Ada', years=3.5, tags=())", True, True, ())
    assert repr(plain("Ada", 3.5)) == repr(a)
    # annotations evaluated as dataclasses' own exec does (not as strings: this test module
    # and the cache's are compiled with `from __future__ import annotations`)
    assert cached.__init__.__annotations__ == plain.__init__.__annotations__
    assert cached.__init__.__annotations__["years"] is float
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.name = "Bo"  # type: ignore[misc]
    assert compile_cache._state["cache"].exec.__func__ is CompileCache.exec


def test_a_word_list_pattern_is_the_same_text_in_every_process() -> None:
    """Alternatives of equal length come in alphabetical order, not in a set's order (which
    changes with each process's hash seed): a pattern of the same words is the same text, so
    the next process finds it in the cache. Eight invented verbs of one length: a set's order
    is alphabetical by chance once in 40,320 seeds."""
    from app.knowledge.practice import _phrase_pattern

    verbs = ["tuned", "built", "wrote", "moved", "fixed", "ran it", "cut it", "led it"]
    body = _phrase_pattern(verbs).pattern.split("(?:", 1)[1].split(")(?!", 1)[0]
    assert body.split("|") == sorted((v.replace(" ", r"\s+") for v in verbs),
                                     key=lambda a: (-len(a), a))
    assert _phrase_pattern(list(reversed(verbs))).pattern == _phrase_pattern(verbs).pattern


def test_a_literal_pattern_of_an_app_function_is_kept(tmp_path: Path) -> None:
    """`re.search(r"...", line)` in an app function: the pattern is the app's source text,
    whatever the line; one built from the line in the same function is not kept."""
    cache = CompileCache(tmp_path / "regex.bin")
    source = ("def numbers(line, cache):\n"
              "    cache.compile(r'[,;.!?]\\s', 0)\n"
              "    cache.compile(re.escape(line.split()[0]) + r'\\b', 0)\n")
    scope: dict = {"re": re}
    exec(compile(source, APP_MODULE, "exec"), scope)  # noqa: S102
    scope["numbers"]("Jane Roe shipped it", cache)
    assert set(cache.learnt["re"]) == {(r"[,;.!?]\s", re.UNICODE)}
    outside: dict = {"re": re}  # the same function in a test's module: not the app's code
    exec(compile(source, str(tmp_path / "a_test_module.py"), "exec"), outside)  # noqa: S102
    other = CompileCache(tmp_path / "other.bin")
    outside["numbers"]("Jane Roe shipped it", other)
    assert not any(other.learnt.values())


def _literal_in_app_function(cache: CompileCache, text: str) -> None:
    """`re.search(<literal>, line)` as an app function spells it: the text is a constant of
    the function's code (compiled here from source whose file is in the app)."""
    source = f"def read(line):\n    return cache.compile({text!r}, 0)\n"
    scope: dict = {"cache": cache}
    exec(compile(source, APP_MODULE, "exec"), scope)  # noqa: S102
    scope["read"]("a line")


def test_a_settled_worker_reports_the_literals_it_compiled_and_the_app_learns_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker learns nothing itself; the keys of the literal patterns it compiled go back
    to the process that started it, which keeps each one whose text is a string constant of
    its own app code (not a text the worker names: never a resume's words)."""
    worker = CompileCache(tmp_path / "worker.bin")
    worker.closed = True  # settled
    monkeypatch.setitem(compile_cache._state, "cache", worker)
    literal = r"(?<![\w'’])(?:ideal candidate|bonus)(?![\w'’])"
    _literal_in_app_function(worker, literal)
    worker.compile("Jane Doe|Acme Corp", 0)  # built from a file's words: not a literal
    seen = compile_cache.seen_since_settled()
    assert seen == [(literal, re.UNICODE)] and compile_cache.seen_since_settled() == []
    parent = CompileCache(tmp_path / "parent.bin")
    monkeypatch.setattr(compile_cache, "_app_constants", lambda: {literal, "Jane Doe"})
    junk = [("Jane Doe", 32), ("not in the app", 32), ("x", "32"), [literal, 32], "text", (1, 2)]
    assert parent.learn_from_worker(seen + junk) == 2  # the literal, and an app constant
    assert set(parent.learnt["re"]) == {(literal, re.UNICODE), ("Jane Doe", re.UNICODE)}
    assert parent.learn_from_worker(seen) == 0 and parent.learn_from_worker("junk") == 0
    assert parent.save()
    again = CompileCache(tmp_path / "parent.bin")
    assert again.compile(literal, 0) == _original(literal, 0)
    assert again.learn_from_worker(seen) == 0  # known: nothing to check or compile


def test_the_apps_constants_include_cached_and_class_functions() -> None:
    import app.reading.posting_headings  # noqa: F401

    constants = compile_cache._app_constants()
    assert r"\bideal candidate\b" in constants  # heading_kind, behind functools.lru_cache
    assert len(constants) > 100
