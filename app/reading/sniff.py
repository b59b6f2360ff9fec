"""What kind of file is this? Decided from the bytes, not the name, with clear errors."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from app.errors import InputError

MAX_BYTES = 20 * 1024 * 1024
MAX_PAGES = 15
MAX_DOCX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_DOCX_RATIO = 200

_IMAGE_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"BM": "a bitmap image",
    b"RIFF": "a media file",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7z archive",
    b"Rar!": "a RAR archive",
    b"\xd0\xcf\x11\xe0": "an old Word (.doc) file",
    b"{\\rtf": "an RTF file",
    b"\x7fELF": "a program",
    b"MZ": "a program",
}


def check_file(path: str | os.PathLike) -> Path:
    """The path as a readable, non-empty file under the size cap, or an InputError."""
    if not str(path).strip():
        raise InputError("No file was given. Choose a PDF, DOCX or TXT file.")
    p = Path(path)
    if not p.exists():
        raise InputError(f"No such file: {p}. Check the path and try again.")
    if not p.is_file():
        raise InputError(f"{p} is not a file. Choose a PDF, DOCX or TXT file.")
    size = p.stat().st_size
    if size == 0:
        raise InputError(f"{p.name} is empty. Choose the resume file itself (PDF, DOCX or TXT).")
    if size > MAX_BYTES:
        raise InputError(
            f"{p.name} is larger than 20 MB. Export a smaller PDF or DOCX, or paste the text."
        )
    return p


def decode_text(data: bytes) -> str | None:
    """Decode plain-text bytes (UTF-8/16, cp1252); None when this is not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data[:4096]:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return None
    sample = text[:20000]
    if not sample:
        return text
    bad = sum(
        1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x7F <= ord(ch) < 0xA0
    )
    if bad / len(sample) > 0.01:
        return None
    return text


def sniff_type(path: str | os.PathLike) -> str:
    """'pdf', 'docx' or 'txt' from the content; InputError for anything else."""
    p = check_file(path)
    with open(p, "rb") as fh:
        head = fh.read(8192)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(p) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise InputError(
                f"{p.name} looks like a damaged DOCX/ZIP file. Open it in Word, save it again, and retry."
            ) from exc
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names and "mimetype" in names:  # LibreOffice / OpenDocument
            raise InputError(
                f"{p.name} is an OpenDocument file (LibreOffice), not Word. Save it as .docx or "
                "export a PDF, then choose that file."
            )
        raise InputError(
            f"{p.name} is a ZIP archive, not a resume. Choose a PDF, DOCX or TXT file."
        )
    for magic, what in _IMAGE_MAGIC.items():
        if head.startswith(magic):
            if what.endswith("image"):
                raise InputError(
                    f"{p.name} is {what}, not a document. Export your resume as PDF or DOCX, or paste the text."
                )
            raise InputError(
                f"{p.name} is {what}. Save your resume as PDF, DOCX or TXT and try again."
            )
    suffix = p.suffix.lower()
    if suffix in (".docx", ".pdf") and decode_text(head) is None:
        kind = "DOCX" if suffix == ".docx" else "PDF"
        raise InputError(
            f"{p.name} is not a valid {kind} file (damaged or another format). Export it again from your editor."
        )
    if suffix == ".docx":
        raise InputError(
            f"{p.name} is not a valid DOCX file (it is not a ZIP package). Open it in Word and save it as .docx again."
        )
    if suffix == ".pdf":
        raise InputError(
            f"{p.name} is not a valid PDF file (no PDF header). Export it again from your editor."
        )
    if decode_text(head if len(head) < 8192 else head[:8000]) is None:
        raise InputError(
            f"{p.name} is not a text document (binary data). Choose a PDF, DOCX or TXT file."
        )
    return "txt"


def check_docx_zip(path: Path) -> None:
    """Refuse zip bombs and broken packages before python-docx inflates anything."""
    try:
        with zipfile.ZipFile(path) as zf:
            total = 0
            for info in zf.infolist():
                total += info.file_size
                if (
                    info.compress_size
                    and info.file_size / max(info.compress_size, 1) > MAX_DOCX_RATIO
                    and info.file_size > 1024 * 1024
                ):
                    raise InputError(
                        f"{path.name} expands to an unreasonable size (a zip bomb?). Save the resume again from Word."
                    )
            if total > MAX_DOCX_UNCOMPRESSED:
                raise InputError(
                    f"{path.name} expands to more than 50 MB. Save a smaller DOCX or export it as PDF."
                )
            bad = zf.testzip() if total < 5 * 1024 * 1024 else None
            if bad:
                raise InputError(
                    f"{path.name} is damaged (corrupt part {bad}). Open it in Word, save it again, and retry."
                )
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(
            f"{path.name} is a damaged DOCX file. Open it in Word, save it again, and retry."
        ) from exc
