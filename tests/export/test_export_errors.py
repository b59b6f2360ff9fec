"""Export failures become ExportError with a sentence that says what to do; writes are atomic."""

from __future__ import annotations

import os

import pytest
from export_helpers import KNOWLEDGE
from report_factory import make_report

from app.errors import ExportError
from app.export import write_cheatsheet, write_report, write_stories_docx


@pytest.fixture(scope="module")
def report():
    return make_report()


def test_missing_folder(tmp_path, report) -> None:
    target = tmp_path / "no" / "such" / "folder" / "sheet.pdf"
    with pytest.raises(ExportError, match="does not exist. Choose an existing folder"):
        write_cheatsheet(report, KNOWLEDGE, target)
    assert not (tmp_path / "no").exists()


def test_target_is_a_folder(tmp_path, report) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        write_report(report, KNOWLEDGE, tmp_path)


def test_parent_is_a_file(tmp_path, report) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="does not exist"):
        write_stories_docx(report, KNOWLEDGE, blocker / "stories.docx")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root ignores folder permissions")
def test_permission_denied(tmp_path, report) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission denied"):
            write_cheatsheet(report, KNOWLEDGE, locked / "sheet.pdf")
    finally:
        locked.chmod(0o700)


def test_unknown_paper(tmp_path, report) -> None:
    with pytest.raises(ExportError, match="choose letter or a4"):
        write_cheatsheet(report, KNOWLEDGE, tmp_path / "x.pdf", paper="legal")
    assert list(tmp_path.iterdir()) == []


def test_overwrite_is_atomic_and_leaves_no_temp_files(tmp_path, report) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    write_cheatsheet(report, KNOWLEDGE, target, paper="a4")
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
    assert target.stat().st_mode & 0o644 == 0o644  # readable like any document the user saves
