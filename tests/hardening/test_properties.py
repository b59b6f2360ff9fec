"""Property-based tests: text repair, the job and TXT resume readers, the models' JSON round trip,
and hostile session contents. (tests/reading/test_cleanup.py covers clean_line on short texts;
these widen the alphabet to all of Unicode and add the readers and the models.)"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import InputError, SessionError
from app.models.resume import Bullet, JobDescription, Requirement, Resume, Role, Section, SourceInfo
from app.reading.cleanup import LIGATURES, ZERO_WIDTH, clean_chars, clean_line, collapse_ws

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ANY_TEXT = st.text(max_size=400)  # every code point class, surrogates excluded
NASTY = st.text(alphabet=st.sampled_from(
    list("ab Z9\n\t\r\x00\x07\x1b\x7f\x85\u00a0\u00ad\u200b\u200d\u2028\u2029\ufeff\ufffd\ue000"
         "ﬁﬂﬀﬃﬄ•◦▪·–—-*#|:;.,()[]{}<>&%$@!?\"'é漢字عبריתΩ🚀")), max_size=400)


def _bad_char(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return (cat == "Cc" and ch != "\n") or ch in ZERO_WIDTH or ch in LIGATURES or ch == "\ufffd" \
        or 0xE000 <= ord(ch) <= 0xF8FF


@given(st.one_of(ANY_TEXT, NASTY))
@FAST
def test_clean_chars_is_idempotent_and_leaves_no_control_or_ligature(text: str) -> None:
    once = clean_chars(text)
    assert clean_chars(once) == once
    assert not [ch for ch in once if _bad_char(ch)], repr(once)
    assert once.count("\n") <= text.count("\n") + text.count("\r")  # line structure kept, not grown
    assert unicodedata.is_normalized("NFC", once)


@given(st.one_of(ANY_TEXT, NASTY))
@FAST
def test_clean_line_collapses_all_whitespace(text: str) -> None:
    out = clean_line(text)
    assert out == out.strip() and "  " not in out
    assert not any(ch in out for ch in "\n\t\r\f\v\u00a0\u2028\u2029")
    assert clean_line(out) == out
    assert collapse_ws(out) == out


# Characters whose UTF-8 bytes all decode in cp1252: the classic double-encoding victims.
_MOJIBAKE_ALPHABET = [ch for ch in "éèêëàâäçñóòôöúùûüíÉÀÇÑÖÜß’‘“”–—…•€™°±×" if
                      all(b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) for b in ch.encode("utf-8"))]


@given(st.lists(st.one_of(st.sampled_from(_MOJIBAKE_ALPHABET), st.sampled_from(list("abc XYZ.,"))),
                min_size=1, max_size=40).map("".join))
@FAST
def test_utf8_read_as_cp1252_is_repaired(text: str) -> None:
    broken = text.encode("utf-8").decode("cp1252")
    assert clean_line(broken) == clean_line(text)


@given(st.one_of(ANY_TEXT, NASTY, st.text(max_size=3000)))
@FAST
def test_read_job_text_raises_nothing_but_input_error(text: str) -> None:
    from app.knowledge import load_knowledge
    from app.reading.jobs import read_job_text

    knowledge = load_knowledge()
    for candidate in (text, "Machine Learning Engineer\nBasic Qualifications\n- " + text):
        try:
            job = read_job_text(candidate, knowledge)
        except InputError as exc:
            assert exc.message and "\n" not in exc.message
            continue
        assert isinstance(job, JobDescription)
        assert all(r.text and r.kind in ("responsibility", "basic", "preferred") for r in job.requirements)
        assert len({r.id for r in job.requirements}) == len(job.requirements)
        json.dumps(job.to_dict())  # what parse-jd prints must always be JSON


_TMP = Path(tempfile.mkdtemp(prefix="loopready-props-"))
atexit.register(shutil.rmtree, _TMP, True)


@given(st.one_of(ANY_TEXT.map(lambda t: t.encode("utf-8")), NASTY.map(lambda t: t.encode("utf-8")),
                 st.binary(max_size=2000),
                 st.text(max_size=600).map(lambda t: ("Jane Doe\nEXPERIENCE\n- " + t).encode("utf-16"))))
@FAST
def test_txt_resume_reader_raises_nothing_but_input_error(data: bytes) -> None:
    from app.reading.resume import read_resume

    path = _TMP / "resume.txt"
    path.write_bytes(data)
    try:
        resume = read_resume(path)
    except InputError as exc:
        assert exc.message and "\n" not in exc.message
        return
    assert isinstance(resume, Resume) and resume.source.type == "txt"
    for bullet in resume.bullets:
        assert bullet.text and bullet.text == bullet.text.strip()
        assert not any(_bad_char(ch) for ch in bullet.text)
    json.dumps(resume.to_dict())


# ------------------------------------------------------------------ models: exact JSON round trip

_TEXTS = st.text(max_size=60)
_FLOATS = st.floats(allow_nan=False, allow_infinity=False, width=64)
_JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), _FLOATS, _TEXTS)
_JSON = st.recursive(_JSON_LEAF, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_TEXTS, inner, max_size=4)), max_leaves=12)

_TUPLE_TEXT = st.lists(_TEXTS, max_size=4).map(tuple)
_SOURCE = st.builds(SourceInfo, path=_TEXTS, type=st.sampled_from(["pdf", "docx", "txt"]),
                    pages=st.one_of(st.none(), st.integers(0, 500)))
_BBOX = st.one_of(st.none(), st.tuples(_FLOATS, _FLOATS, _FLOATS, _FLOATS))
_BULLET = st.builds(Bullet, id=_TEXTS, text=_TEXTS, section=_TEXTS,
                    role=st.one_of(st.none(), st.integers(0, 50)),
                    page=st.one_of(st.none(), st.integers(1, 50)), bbox=_BBOX)
_RESUMES = st.builds(
    Resume, source=_SOURCE,
    sections=st.lists(st.builds(Section, title=_TEXTS, kind=_TEXTS), max_size=4).map(tuple),
    roles=st.lists(st.builds(Role, title=_TEXTS, organization=_TEXTS, dates=_TEXTS, section=_TEXTS),
                   max_size=3).map(tuple),
    bullets=st.lists(_BULLET, max_size=5).map(tuple), skills=_TUPLE_TEXT, name=_TEXTS, text=_TEXTS)
_JOBS = st.builds(
    JobDescription, source=_SOURCE, title=_TEXTS, company=_TEXTS,
    level_hints=st.dictionaries(_TEXTS, _JSON, max_size=4),
    requirements=st.lists(st.builds(Requirement, id=_TEXTS, text=_TEXTS, kind=_TEXTS,
                                    skills=_TUPLE_TEXT,
                                    years=st.one_of(st.none(), _FLOATS)), max_size=4).map(tuple),
    skills=_TUPLE_TEXT, text=_TEXTS)


def _round_trip(cls: type, obj: Any) -> Any:
    text = json.dumps(obj.to_dict(), ensure_ascii=False)
    return cls.from_dict(json.loads(text))


@given(_RESUMES)
@FAST
def test_resume_round_trips_exactly(resume: Resume) -> None:
    assert _round_trip(Resume, resume) == resume


@given(_JOBS)
@FAST
def test_job_round_trips_exactly(job: JobDescription) -> None:
    assert _round_trip(JobDescription, job) == job


def _session_dict() -> dict[str, Any]:
    """A real saved session (from a small real report) as the dict in its file."""
    import sys

    from app import sessions

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
    from report_factory import make_report  # the export engineer's complete in-code Report

    session = sessions.new_session(make_report(), "/tmp/r.pdf", "/tmp/j.txt")
    session = session.with_story_edit(session.report.stories[0].id, "action", "I did it", "t")
    return json.loads(sessions.session_to_json(session))


_SESSION = None


def _base_session() -> dict[str, Any]:
    global _SESSION
    if _SESSION is None:
        _SESSION = _session_dict()
    return json.loads(json.dumps(_SESSION))


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value[:3]):
            out += _paths(v, prefix + (i,))
    return out


@given(st.data())
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_damaged_session_gives_a_session_or_a_session_error(data: st.DataObject) -> None:
    from app import sessions

    doc = _base_session()
    paths = [p for p in _paths(doc) if p and p[0] not in ("format", "schema")]
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]] = data.draw(_JSON)
        except (KeyError, IndexError, TypeError):
            continue
    file = _TMP / "fuzz.loopready.json"
    raw = json.dumps(doc, ensure_ascii=False)
    file.write_text(raw, encoding="utf-8")
    try:
        session = sessions.load_session(file)
    except SessionError as exc:
        assert exc.message and "\n" not in exc.message
    else:
        session.effective_report()  # usable, not just constructed
        json.dumps(session.to_dict())
    assert file.read_text(encoding="utf-8") == raw  # loading never writes


# ------------------------------------------------------------------ PDF and DOCX readers on odd text

_LINE = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFF), max_size=80),
    st.sampled_from(["EXPERIENCE", "Education", "SKILLS", "• Built a model", "- Led a team of 4",
                     "2019 – Present", "Acme Corp, Seattle", "", "    ", "Python, SQL"]),
)


@given(st.lists(_LINE, min_size=1, max_size=30))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_pdf_resume_reader_raises_nothing_but_input_error(lines: list[str]) -> None:
    import pymupdf

    from app.reading.resume import read_resume

    from .helpers import FONT

    doc = pymupdf.open()
    page = doc.new_page()
    y = 50.0
    for i, line in enumerate(lines):
        size = 14 if i % 7 == 0 else 10
        page.insert_text((50 + (i % 3) * 12, y), line, fontsize=size, fontname="F0",
                         fontfile=str(FONT))
        y += size + 4
        if y > page.rect.height - 40:
            page, y = doc.new_page(), 50.0
    path = _TMP / "fuzz.pdf"
    doc.save(str(path))
    doc.close()
    try:
        resume = read_resume(path)
    except InputError as exc:
        assert exc.message and "\n" not in exc.message
        return
    assert resume.source.type == "pdf"
    for bullet in resume.bullets:
        assert bullet.text.strip() and bullet.page is not None
    json.dumps(resume.to_dict())


@given(st.lists(st.tuples(_LINE, st.sampled_from([None, "List Bullet", "Heading 1", "Title",
                                                  "List Number"])), min_size=1, max_size=25))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_docx_resume_reader_raises_nothing_but_input_error(paragraphs: list[tuple[str, str | None]]) -> None:
    from app.reading.resume import read_resume

    from .helpers import docx_file

    clean = [("".join(ch for ch in text if ch.isprintable() or ch == " "), style)
             for text, style in paragraphs]  # XML cannot hold control characters
    path = docx_file(_TMP / "fuzz.docx", clean)
    try:
        resume = read_resume(path)
    except InputError as exc:
        assert exc.message and "\n" not in exc.message
        return
    assert resume.source.type == "docx"
    json.dumps(resume.to_dict())
