"""Every unreadable input becomes an InputError with one actionable sentence; the CLI exits 3
with one line on stderr. The broken files are made here, for real."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.errors import InputError
from app.reading.resume import extract_document_text, read_resume

ROOT = Path(__file__).resolve().parents[2]
SOURCE = "resumes/pdf/mle_harvey_dent__resume-matcher_moderncv.pdf"


def _expect(path: Path, *words: str) -> str:
    with pytest.raises(InputError) as info:
        read_resume(path)
    message = info.value.message
    assert "\n" not in message and message.endswith(".")
    for w in words:
        assert w.lower() in message.lower(), message
    with pytest.raises(InputError):
        extract_document_text(path)
    return message


def test_encrypted_pdf(tmp_path: Path, corpus: Path) -> None:
    import pymupdf

    path = tmp_path / "locked.pdf"
    with pymupdf.open(corpus / SOURCE) as doc:
        doc.save(
            str(path), encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner"
        )
    _expect(path, "password")


def test_owner_password_only_pdf_still_reads(tmp_path: Path, corpus: Path) -> None:
    import pymupdf

    path = tmp_path / "restricted.pdf"
    with pymupdf.open(corpus / SOURCE) as doc:
        doc.save(str(path), encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", permissions=0)
    assert len(read_resume(path).bullets) == 4


def test_scanned_pdf_without_text_layer(tmp_path: Path, corpus: Path) -> None:
    import pymupdf

    path = tmp_path / "scan.pdf"
    with pymupdf.open(corpus / SOURCE) as src:
        pix = src[0].get_pixmap(dpi=40)
    out = pymupdf.open()
    page = out.new_page()
    page.insert_image(page.rect, pixmap=pix)
    out.save(str(path))
    message = _expect(path, "no text layer")
    assert message == (
        "This PDF has no text layer (scanned?). Export it from your editor as PDF or DOCX, "
        "or paste the text."
    )


def test_truncated_pdf(tmp_path: Path, corpus: Path) -> None:
    data = (corpus / SOURCE).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    _expect(path, "damaged")


def test_zero_bytes(tmp_path: Path) -> None:
    for name in ("empty.pdf", "empty.docx", "empty.txt"):
        path = tmp_path / name
        path.write_bytes(b"")
        _expect(path, "empty")


@pytest.mark.parametrize("name", ["noise.pdf", "noise.docx", "noise.txt", "noise"])
def test_random_bytes(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 40 + os.urandom(4096))
    _expect(path)


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "resume.docx"
    path.write_text("Jordan Rivera, engineer. " * 40, encoding="utf-8")
    _expect(path, "docx", "zip")


def test_docx_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(
            "word/document.xml", b"<w:document>" + b" " * (120 * 1024 * 1024) + b"</w:document>"
        )
    assert path.stat().st_size < 1024 * 1024
    _expect(path, "zip bomb")


def test_corrupt_docx_part(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<not xml")
    _expect(path, "docx")


def test_plain_zip_and_image(tmp_path: Path) -> None:
    z = tmp_path / "archive.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("a.txt", "hello")
    _expect(z, "zip")
    png = tmp_path / "photo.pdf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    _expect(png, "image")


def test_sixteen_page_pdf(tmp_path: Path) -> None:
    import pymupdf

    doc = pymupdf.open()
    for i in range(16):
        doc.new_page().insert_text((72, 72), f"Experience page {i}: built and shipped systems")
    path = tmp_path / "long.pdf"
    doc.save(str(path))
    _expect(path, "16 pages")


def test_file_over_20_mb(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.seek(21 * 1024 * 1024)
        fh.write(b"\n%%EOF\n")
    _expect(path, "20 MB")


def test_text_file_without_words(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n  -- 12 --\n", encoding="utf-8")
    _expect(path, "no readable text")


def test_missing_file(tmp_path: Path) -> None:
    _expect(tmp_path / "nope.pdf", "no such file")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_cli_exit_code_3_with_one_stderr_line(tmp_path: Path, corpus: Path) -> None:
    import pymupdf

    locked = tmp_path / "locked.pdf"
    with pymupdf.open(corpus / SOURCE) as doc:
        doc.save(str(locked), encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    for path in (locked, empty):
        proc = _cli("parse", str(path))
        assert proc.returncode == 3
        assert proc.stdout == ""
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("loopready: ")
        assert "Traceback" not in proc.stderr


def test_cli_parse_prints_contract_json(corpus: Path) -> None:
    import json

    proc = _cli("parse", str(corpus / SOURCE))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["source"]["type"] == "pdf"
    assert len(data["bullets"]) == 4 and data["bullets"][0]["page"] == 1


def test_opendocument_saved_as_docx_says_so(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content/>")
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
    with pytest.raises(InputError, match="OpenDocument file"):
        read_resume(path)


def test_docx_holding_only_a_picture_says_so(tmp_path: Path) -> None:
    import docx
    import pymupdf

    png = tmp_path / "page.png"
    pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 60), False).save(str(png))
    d = docx.Document()
    d.add_picture(str(png))
    path = tmp_path / "scan.docx"
    d.save(str(path))
    with pytest.raises(InputError, match="picture of a resume"):
        read_resume(path)
