"""The one Jinja environment for export templates (StrictUndefined, autoescape on).

User text is data: it reaches templates only as values, is escaped on output, and is never
compiled as a template. Placeholders ("[Add: ...]") are marked up here, escaping around them.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import Any

from app.models.report import PLACEHOLDER_PREFIX
from app.paths import resource

PLACEHOLDER_RE = re.compile(re.escape(PLACEHOLDER_PREFIX) + r"[^\]]*\]?")
# what an answer decode leaves for the user to add ("[add what was at stake, and for whom]")
DECODE_GAP_RE = re.compile(r"\[add [^\]]*\]")
_ANY_GAP = re.compile(PLACEHOLDER_RE.pattern + "|" + DECODE_GAP_RE.pattern)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")

#: the most characters of one text printed (a STAR field of 5,000 characters is ~850 words);
#: beyond it the text is cut where the reader sees it, and the app keeps the whole of it
MAX_PRINTED_CHARS = 5_000
LONG_WORD = 40  # a run of this many characters without a space gets break opportunities
_LONG_RUN = re.compile(r"[^\s\u200b]{" + str(LONG_WORD) + ",}")
_BREAK_EVERY = 20


def printable(text: str) -> str:
    """Text as the PDF prints it, in linear time: cut visibly past MAX_PRINTED_CHARS, and runs
    without spaces (a pasted URL, a held-down key) given zero-width break opportunities every
    20 characters so they wrap at the column's edge instead of running off it unseen."""
    if len(text) > MAX_PRINTED_CHARS:
        head = text[:MAX_PRINTED_CHARS]
        cut = head.rfind(" ", MAX_PRINTED_CHARS - 200)
        head = head[:cut] if cut > 0 else head
        more = len(text) - len(head)
        text = (f"{head.rstrip()} … [{more:,} more characters not printed here; the full text "
                "is kept in LoopReady]")
    if len(text) >= LONG_WORD and _LONG_RUN.search(text):
        text = _LONG_RUN.sub(lambda m: "\u200b".join(
            m.group(0)[i:i + _BREAK_EVERY] for i in range(0, len(m.group(0)), _BREAK_EVERY)), text)
    return text


def story_escape(text: str) -> Any:
    """Escape user text for PyMuPDF's Story, which decodes entities twice (parse, then text).

    Escaping once stops markup; escaping '&' once more keeps a typed "&amp;" or "&lt;b&gt;"
    literal instead of printing "&" or "<b>". Long text is cut and long words broken first
    (`printable`).
    """
    import markupsafe  # (not `from markupsafe import`: from a package, that runs importlib's
    # Python code for the names at every call: ~1 us, ~4,000 calls a report and cheat sheet)

    return markupsafe.Markup(str(markupsafe.escape(printable(_CONTROL.sub("", text))))
                             .replace("&", "&amp;"))


def _finalize(value: Any) -> Any:
    """Every printed value loses control characters (odd PDFs carry them); markup stays markup."""
    import markupsafe  # (see story_escape)

    if isinstance(value, markupsafe.Markup):
        return markupsafe.Markup(_CONTROL.sub("", value))
    if isinstance(value, str):
        return story_escape(value)
    return value


def split_placeholders(text: str) -> list[tuple[str, bool]]:
    """Split text into (segment, is_placeholder) pairs, in order."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    for m in _ANY_GAP.finditer(text):
        if m.start() > pos:
            parts.append((text[pos:m.start()], False))
        parts.append((m.group(0), True))
        pos = m.end()
    if pos < len(text):
        parts.append((text[pos:], False))
    return parts


def _marked(text: str) -> Any:
    """Escape text and wrap each placeholder in <span class="ph"> so it prints boxed."""
    from markupsafe import Markup

    out = []
    for seg, is_ph in split_placeholders(text):
        safe = story_escape(seg)
        out.append(Markup('<span class="ph">{}</span>').format(safe) if is_ph else safe)
    return Markup("").join(out)


def _join(items: Any, separator: str = "") -> Any:
    """`join` that escapes each item the way Story needs (see story_escape)."""
    from markupsafe import Markup

    def esc(value: Any) -> Any:
        return value if isinstance(value, Markup) else story_escape(str(value))

    return esc(separator).join(esc(item) for item in items)


#: app/resources/templates/compiled/: each template's Jinja bytecode, prebuilt by
#: `python scripts/compile_templates.py` (compiling them costs ~0.15 CPU s a process)
COMPILED = "compiled"


@lru_cache(maxsize=2)
def environment(prebuilt: bool = True) -> Any:
    """The shared environment; templates live in app/resources/templates. `prebuilt`: load
    each template's code from COMPILED where it was built from the same source, Jinja, Python
    and settings (else it is compiled here, as without it)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource("templates"))),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=_finalize,
        bytecode_cache=prebuilt_templates() if prebuilt else None,
    )
    env.filters["marked"] = _marked
    env.filters["join"] = _join
    return env


def settings_key(env: Any, name: str) -> str:
    """What a template's compiled code depends on besides its source (which Jinja checks,
    with its own and Python's version): the Jinja version, the syntax and whitespace
    settings, autoescaping for this name, finalize, and how each filter and test is called."""
    import jinja2

    calls = sorted((kind, key, str(getattr(func, "jinja_pass_arg", "")))
                   for kind, table in (("filter", env.filters), ("test", env.tests))
                   for key, func in table.items())
    fields = (jinja2.__version__, env.block_start_string, env.block_end_string,
              env.variable_start_string, env.variable_end_string, env.comment_start_string,
              env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
              env.trim_blocks, env.lstrip_blocks, env.newline_sequence,
              env.keep_trailing_newline, env.optimized, env.is_async,
              bool(env.autoescape(name) if callable(env.autoescape) else env.autoescape),
              env.finalize is not None, sorted(env.extensions), calls)
    return hashlib.sha1(f"{name}|{fields!r}".encode()).hexdigest()


def prebuilt_templates() -> Any:
    """A read-only Jinja bytecode cache over COMPILED: it never writes (the app writes only
    the user's files and its data folder), and a template whose prebuilt code is missing or
    stale is simply compiled as usual."""
    import jinja2

    folder = resource("templates", COMPILED)

    class Prebuilt(jinja2.BytecodeCache):
        def get_bucket(self, environment: Any, name: str, filename: str | None,
                       source: str) -> Any:
            bucket = jinja2.bccache.Bucket(environment, settings_key(environment, name),
                                           self.get_source_checksum(source))
            self.load_bytecode(bucket)
            return bucket

        def load_bytecode(self, bucket: Any) -> None:
            try:
                data = (folder / f"{bucket.key}.cache").read_bytes()
            except OSError:
                return
            bucket.bytecode_from_string(data)  # wrong magic or checksum: left empty

        def dump_bytecode(self, bucket: Any) -> None:
            return None

    return Prebuilt()


def render(template: str, **context: Any) -> str:
    """Render one template file with plain values."""
    return environment().get_template(template).render(**context)
