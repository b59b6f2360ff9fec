"""Hostile inputs, generated here byte by byte (nothing is downloaded or copied in): the file
classes of issue 14 and their neighbours. Each builder writes into a folder and returns the path.

The PDFs are written by hand (objects, streams, a correct cross-reference table) because the
point is what a real PDF producer would never write: forms that draw each other a billion
times, a compressed page of millions of glyphs, pages larger than a wall."""

from __future__ import annotations

import os
import zipfile
import zlib
from pathlib import Path

from .helpers import RESUME_EN, docx_file

# --------------------------------------------------------------------- a raw PDF writer


def _stream(body: bytes, extra: str = "", compress: bool = False) -> bytes:
    if compress:
        body = zlib.compress(body, 9)
        extra += " /Filter /FlateDecode"
    return (f"<< /Length {len(body)}{extra} >>\nstream\n".encode() + body + b"\nendstream")


def raw_pdf(path: Path, objects: list[bytes]) -> Path:
    """A PDF from numbered objects (1-based; object 1 is the catalog) with a correct xref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    path.write_bytes(bytes(out))
    return path


def _text_ops(lines: list[str], x: float = 50, top: float = 740, size: float = 10) -> bytes:
    ops = [f"BT /F1 {size} Tf {size * 1.4} TL {x} {top} Td"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({safe.encode('latin-1', 'replace').decode('latin-1')}) Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def nested_forms_pdf(path: Path, levels: int = 9, fanout: int = 10) -> Path:
    """One page whose content draws a Form XObject that draws the level below `fanout` times,
    `levels` deep: fanout**levels draws of a few glyphs (10**9 by default) in a 3 KB file.
    The page also carries a normal resume text, so it looks like a resume at a glance."""
    # objects: 1 catalog, 2 pages, 3 page, 4 font, 5 content, 6.. forms (level 0 first)
    forms = []
    for level in range(levels):
        if level == 0:
            body = b"BT /F1 1 Tf 0 0 Td (ab) Tj ET 0 0 m 1 1 l S"
            res = "<< /Font << /F1 4 0 R >> >>"
        else:
            below = 6 + level - 1
            body = b" ".join(b"q 1 0 0 1 0.01 0 cm /X Do Q" for _ in range(fanout))
            res = f"<< /XObject << /X {below} 0 R >> /Font << /F1 4 0 R >> >>"
        forms.append(_stream(body, f" /Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                                   f"/Resources {res}"))
    top = 6 + levels - 1
    content = _text_ops(RESUME_EN.splitlines()) + b"\nq 1 0 0 1 300 100 cm /X Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
         f"/Resources << /Font << /F1 4 0 R >> /XObject << /X {top} 0 R >> >> >>").encode(),
        _FONT,
        _stream(content),
        *forms,
    ]
    return raw_pdf(path, objects)


def glyph_bomb_pdf(path: Path, pages: int = 1, glyphs: int = 4_000_000) -> Path:
    """`pages` pages, each a compressed content stream of `glyphs` tiny glyphs (a few KB per
    page on disk, millions of characters for a text extractor)."""
    chunk = b"(" + b"resume " * 100 + b") Tj 0 0 Td "  # each run starts over at the same spot
    per_chunk = 700
    body = (b"BT /F1 0.5 Tf 60 400 Td " + chunk * max(1, glyphs // per_chunk) + b"ET\n"
            + _text_ops(RESUME_EN.splitlines()))
    stream = _stream(body, compress=True)
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _FONT, stream]
    kids = []
    for _ in range(pages):
        kids.append(len(objects) + 1)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>")
    objects[1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                  f"/Count {pages} >>").encode()
    return raw_pdf(path, objects)


def huge_pages_pdf(path: Path, pages: int = 3, side: float = 9000) -> Path:
    """`pages` pages of `side` x `side` points (the limit PDF allows is 14,400) with resume text
    in the middle: a 2 KB file that a renderer at 2x would turn into gigabytes of pixels."""
    content = _stream(_text_ops(RESUME_EN.splitlines(), top=side * 0.6))
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _FONT, content]
    kids = []
    for _ in range(pages):
        kids.append(len(objects) + 1)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {side:g} {side:g}] "
                       f"/Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>".encode())
    objects[1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                  f"/Count {pages} >>").encode()
    return raw_pdf(path, objects)


def surrogate_pdf(path: Path) -> Path:
    """A resume whose font maps one glyph to the lone surrogate U+D800 (a broken ToUnicode
    CMap, as some PDF producers write)."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
            b"/CMapName /Bad def 1 begincodespacerange <00> <FF> endcodespacerange "
            b"1 beginbfchar <7E> <D800> endbfchar endcmap CMapName currentdict /CMap "
            b"defineresource pop end end")
    lines = [ln.replace("Seattle", "Seattle~") for ln in RESUME_EN.splitlines()]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
        b"/ToUnicode 6 0 R >>",
        _stream(_text_ops(lines)),
        _stream(cmap),
    ]
    return raw_pdf(path, objects)


# --------------------------------------------------------------------- DOCX


def many_paragraphs_docx(path: Path, count: int = 30_000) -> Path:
    """A real DOCX (python-docx's own template) whose body holds `count` bulleted paragraphs;
    document.xml is written directly so building it takes a second, not a minute."""
    src = docx_file(path.with_suffix(".src.docx"), [("Jordan Rivera", None),
                                                     ("Built models", "List Bullet")])
    para = ('<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>Built a ranking model '
            'for {n} users and cut latency by 20%</w:t></w:r></w:p>')
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                at = xml.index("<w:sectPr")
                body = "".join(para.format(n=n) for n in range(count))
                data = (xml[:at] + body + xml[at:]).encode("utf-8")
            zout.writestr(item, data)
    src.unlink()
    return path


# --------------------------------------------------------------------- text


def encoded_text(path: Path, text: str, encoding: str, bom: bool = True) -> Path:
    """`text` in `encoding` ('utf-32', 'utf-16-be', ...), with or without a byte-order mark."""
    data = text.encode(encoding)
    if encoding in ("utf-32", "utf-16") and not bom:  # Python's codecs add one: drop it
        data = data[4:] if encoding == "utf-32" else data[2:]
    path.write_bytes(data)
    return path


def big_stream(megabytes: int) -> bytes:
    """`megabytes` MB of plausible job-description text (for standard input)."""
    line = b"We are looking for a machine learning engineer with Python and AWS experience.\n"
    return line * (megabytes * 1024 * 1024 // len(line))


# --------------------------------------------------------------------- special output paths


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def make_full_device(path: Path) -> Path | None:
    """A character device like /dev/full in a temp folder (needs CAP_MKNOD: root); None if
    this machine does not allow it. Tests never point the app at the real /dev files."""
    import stat

    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except (PermissionError, OSError):
        return None
    return path


def make_socket(path: Path) -> Path:
    import socket

    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(path))
    sock.close()  # the socket file stays
    return path
