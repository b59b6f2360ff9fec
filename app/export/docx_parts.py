"""The stories document's parts that do not depend on the report, kept between runs.

python-docx's import costs ~0.04 CPU s (hundreds of element classes built at import), and
opening its template and writing it back ~0.01 s more, in every process that exports the
stories; yet all but two of the document's 17 parts are the same bytes every time (the
template's styles with Normal at 11 pt, its settings, numbering, relationships...). So the
first export builds them with python-docx itself (`template`, saved with no
content) and keeps them in `app/__pycache__/`, with the ids python-docx gives the paragraph
styles the export names; later exports write the document from them with lxml (which
python-docx itself uses to read and write parts), without importing python-docx:

- `word/document.xml`: the kept part parsed as python-docx parses parts, the paragraphs put
  before its section properties, serialized as python-docx serializes a part;
- `docProps/core.xml`: the same, with the title, author and comments set as python-docx sets
  them (refusing a value over 255 characters with its very error);
- every other part as kept, in python-docx's order, deflated into the zip as it writes them.

The file is keyed by the Python build, this format, the python-docx and lxml files that make
these bytes (their sizes and modification times: an install or upgrade rewrites them) and
this module and `app.export.docx` (the code that builds it); a file that does not match, is
damaged (CRC) or cannot be read is rebuilt, and where it cannot be written, or in a frozen
build, or with LOOPREADY_DOCX_CACHE=0, python-docx writes the document as before. Nothing in
it comes from a report: it is built from the template alone.
"""

from __future__ import annotations

import functools
import io
import marshal
import os
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zlib import crc32

__all__ = ["STYLES", "Skeleton", "StyleIds", "check_core", "skeleton", "template"]

_FORMAT = "loopready-docx-parts 1"
_APP = Path(__file__).resolve().parent.parent
CACHE_PATH = _APP / "__pycache__" / f"stories-docx.{sys.implementation.cache_tag}.bin"
_DOCUMENT = "word/document.xml"
_CORE = "docProps/core.xml"
_DC = "{http://purl.org/dc/elements/1.1/}"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# the core properties the export sets, in its order: (element, python-docx's name)
_CORE_FIELDS = ((f"{_DC}title", "title"), (f"{_DC}creator", "author"),
                (f"{_DC}description", "comments"))
# the files of python-docx and lxml whose code or data make the kept bytes
_DOCX_FILES = ("__init__.py", "templates/default.docx", "opc/oxml.py", "opc/phys_pkg.py",
               "opc/pkgwriter.py", "opc/package.py", "opc/part.py", "oxml/parser.py",
               "oxml/coreprops.py", "oxml/text/font.py", "text/font.py", "styles/__init__.py",
               "styles/styles.py", "styles/style.py", "document.py", "api.py")


class Skeleton:
    """The parts python-docx writes for the export's template, and its paragraph style ids."""

    def __init__(self, parts: list[tuple[str, bytes]], ids: dict[str, str | None]) -> None:
        self.parts = parts
        self.ids = ids

    def style_id(self, name: str) -> str | None:
        """The id python-docx gives the paragraph style `name` (None: the default style)."""
        return self.ids[name]

    def write(self, core: tuple[str, str, str], fragment: str | None,
              insert: Callable[[Any, Any], None]) -> bytes:
        """The document: `core` (title, author, comments) set, the paragraphs of `fragment`
        (a `<w:body>` of them, or None) put in the body by `insert(body, fragment)`."""
        from lxml import etree

        parser = _parser()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as package:
            for name, data in self.parts:
                if name == _DOCUMENT and fragment is not None:
                    root = etree.fromstring(data, parser)
                    insert(root.find(f"{{{_W}}}body"), etree.fromstring(fragment, parser))
                    data = _serialized(root)
                elif name == _CORE:
                    root = etree.fromstring(data, parser)
                    for (tag, _name), value in zip(_CORE_FIELDS, core, strict=True):
                        root.find(tag).text = value
                    data = _serialized(root)
                package.writestr(name, data)
        return out.getvalue()


def template() -> Any:
    """python-docx's template as this export sets it up before any content: Normal 11 pt."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    return document


#: the paragraph styles the export names (their ids are kept with the template's parts)
STYLES = ("Title", "Heading 1", "Heading 2", "List Bullet")


class StyleIds:
    """`document.part.get_style_id(name, PARAGRAPH)` of a python-docx document: the named
    style's id, None for the default paragraph style; the default looked up once (python-docx
    scans every style for it on each call)."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.ids: dict[str, str | None] = {}

    def __call__(self, name: str) -> str | None:
        if name not in self.ids:
            from docx.enum.style import WD_STYLE_TYPE

            styles = self.document.styles
            style = styles[name]
            if style.type != WD_STYLE_TYPE.PARAGRAPH:
                raise ValueError(f"assigned style is type {style.type}, need type "
                                 f"{WD_STYLE_TYPE.PARAGRAPH}")
            if "" not in self.ids:  # (the default's id, under a name no style has)
                default = styles.default(WD_STYLE_TYPE.PARAGRAPH)
                self.ids[""] = None if default is None else default.style_id
            default_id = self.ids[""]
            self.ids[name] = None if default_id is not None and style.style_id == default_id \
                else style.style_id
        return self.ids[name]


def check_core(core: tuple[str, str, str]) -> None:
    """What python-docx's core properties refuse, refused with its error."""
    for value in core:
        if len(value) > 255:
            tmpl = "exceeded 255 char limit for property, got:\n\n'%s'"
            raise ValueError(tmpl % value)


@functools.lru_cache(maxsize=1)
def _parser() -> Any:
    """The parser python-docx reads parts with (`docx.oxml.parser.oxml_parser`'s options)."""
    from lxml import etree

    return etree.XMLParser(remove_blank_text=True, resolve_entities=False)


def _serialized(root: Any) -> bytes:
    """A part as python-docx serializes it (`docx.opc.oxml.serialize_part_xml`)."""
    from lxml import etree

    return etree.tostring(root, encoding="UTF-8", standalone=True)


def _key() -> str | None:
    """What the kept parts are made from (None: a file is not where it should be)."""
    import importlib.util

    try:
        docx_spec = importlib.util.find_spec("docx")
        lxml_spec = importlib.util.find_spec("lxml.etree")
        if docx_spec is None or lxml_spec is None or not docx_spec.submodule_search_locations:
            return None
        base = Path(list(docx_spec.submodule_search_locations)[0])
        files = [base / name for name in _DOCX_FILES]
        files += [Path(str(lxml_spec.origin)), Path(__file__), _APP / "export" / "docx.py"]
        stats = [(str(f), st.st_size, st.st_mtime_ns) for f in files for st in (f.stat(),)]
    except (ImportError, OSError, ValueError):
        return None
    return repr((_FORMAT, sys.version, stats))


def _read(path: Path, key: str) -> Skeleton | None:
    try:
        stored_key, digest, payload = marshal.loads(path.read_bytes())
        if stored_key != key or digest != crc32(payload):
            return None
        parts, ids = marshal.loads(payload)
        if not (isinstance(parts, list) and isinstance(ids, dict)
                and all(type(n) is str and type(d) is bytes for n, d in parts)):
            return None
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return Skeleton(parts, ids)


def build() -> Skeleton | None:
    """The parts python-docx writes for the template with no content, and the style ids;
    None when python-docx cannot give them (then it writes each document itself)."""
    try:
        document = template()
        style_id = StyleIds(document)
        ids = {name: style_id(name) for name in STYLES}
        buf = io.BytesIO()
        document.save(buf)
        with zipfile.ZipFile(buf) as package:
            parts = [(info.filename, package.read(info)) for info in package.infolist()]
    except Exception:  # noqa: BLE001 - the export then runs python-docx, which says what is wrong
        return None
    names = [name for name, _data in parts]
    if names.count(_DOCUMENT) != 1 or names.count(_CORE) != 1:
        return None
    from lxml import etree

    core = etree.fromstring(dict(parts)[_CORE], _parser())
    if any(core.find(tag) is None for tag, _name in _CORE_FIELDS):
        return None  # python-docx would add the element: not what `write` does
    return Skeleton(parts, ids)


@functools.lru_cache(maxsize=1)
def skeleton() -> Skeleton | None:
    """The kept parts (read, or built and kept), or None: python-docx writes the document."""
    if getattr(sys, "frozen", False) or os.environ.get("LOOPREADY_DOCX_CACHE") == "0":
        return None
    key = _key()
    if key is None:
        return None
    found = _read(CACHE_PATH, key)
    if found is not None:
        return found
    made = build()
    if made is None:
        return None
    from app.atomic import write_bytes

    payload = marshal.dumps((made.parts, made.ids))
    try:
        CACHE_PATH.parent.mkdir(exist_ok=True)
        write_bytes(CACHE_PATH, marshal.dumps((key, crc32(payload), payload)))
    except OSError:
        return None  # kept nowhere: python-docx writes the documents, as before
    return made
