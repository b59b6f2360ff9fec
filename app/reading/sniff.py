"""What kind of file is this? Decided from the bytes, not the name, with clear errors."""

from __future__ import annotations

import os
import re
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


def _wide_text(data: bytes) -> str | None:
    """UTF-32 or UTF-16 text: with a byte-order mark, or without one when the zero bytes say
    so (Latin text in UTF-16BE is 00 4A 00 6F...). None if it is neither."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-32",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    elif b"\x00" in data[:4096]:
        encodings = _wide_guess(data[:4096])
    else:
        return None
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            if exc.start < len(data) - 4:  # broken inside: not this encoding
                continue
            text = data[: exc.start].decode(enc)  # a sample cut inside a character
        if "\x00" not in text and _mostly_printable(text):
            return text.removeprefix("\ufeff")
    return None


def _wide_guess(sample: bytes) -> tuple[str, ...]:
    """Encodings a BOM-less sample may be in, from where its zero bytes fall: Latin text in
    UTF-16 has a zero in every other byte (odd offsets: little-endian), in UTF-32 three of four.
    A few zeros scattered through text are not an encoding: binary data."""
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if even + odd < 0.25 * len(sample):
        return ()
    guesses: tuple[str, ...] = ("utf-32-le", "utf-32-be") if even + odd >= 0.45 * len(sample) else ()
    if odd >= 4 * even:
        guesses += ("utf-16-le",)
    elif even >= 4 * odd:
        guesses += ("utf-16-be",)
    return guesses


def _mostly_printable(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return True
    bad = sum(
        1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x7F <= ord(ch) < 0xA0
    )
    return bad / len(sample) <= 0.01


def decode_text(data: bytes) -> str | None:
    """Decode plain-text bytes (UTF-8, UTF-16 and UTF-32 with or without a byte-order mark,
    cp1252); None when this is not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or b"\x00" in data[:4096]:
        return _wide_text(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _single_byte(data)
    return text if _mostly_printable(text) else None


# one-byte encodings a text file from a desktop may be in: Windows Western (the default),
# Windows Central European, classic Mac OS Roman and Windows Cyrillic
SINGLE_BYTE = ("cp1252", "cp1250", "mac_roman", "cp1251")
_WORD = re.compile(r"[^\W\d_]+")
_JOINERS = frozenset("\u2019\u2018'\u02bc-\u2010\u2011\u00b7.")


def _oddness(text: str) -> int:
    """How many signs of a wrong one-byte encoding a text shows: punctuation inside a word
    ('Espa–a'), a capital after a small letter ('cafŽ'), a word of two scripts or of accented
    letters only ('Ïðîãðàììà'), a stray symbol or lone letter opening a line ('¥ Built')."""
    sample = text[:20000]
    odd = 0
    for i, ch in enumerate(sample):
        if ord(ch) < 0x80 or i == 0 or i + 1 >= len(sample):
            continue
        before, after = sample[i - 1], sample[i + 1]
        if not ch.isalpha() and before.isalpha() and after.isalpha() and ch not in _JOINERS:
            odd += 1
        elif ch.isalpha() and ch.isupper() and before.isalpha() and before.islower():
            odd += 1
    for word in _WORD.findall(sample):
        cyrillic = sum(1 for c in word if "\u0400" <= c <= "\u04ff")
        if 0 < cyrillic < len(word):
            odd += 1
        elif len(word) >= 4 and all("\u00c0" <= c <= "\u024f" for c in word):
            odd += 1
    for line in sample.splitlines():
        head = line.lstrip()[:2]
        if head[:1] in ("\u00a5", "\u00ef", "\u00a1") or (
                len(head) == 2 and ord(head[0]) >= 0x80 and head[0].isalpha() and head[1] == " "
                and head[0] not in "àèéÀÉ"):
            odd += 1
    return odd


def _single_byte(data: bytes) -> str | None:
    """Text in a one-byte encoding: the one whose reading shows the fewest signs of a wrong
    choice (Windows Western first on a tie)."""
    best: tuple[int, str] | None = None
    for enc in SINGLE_BYTE:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if not _mostly_printable(text):
            continue
        score = _oddness(text)
        if best is None or score < best[0]:
            best = (score, text)
        if score == 0:
            break
    return best[1] if best else None


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
