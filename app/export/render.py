"""The one Jinja environment for export templates (StrictUndefined, autoescape on).

User text is data: it reaches templates only as values, is escaped on output, and is never
compiled as a template. Placeholders ("[Add: ...]") are marked up here, escaping around them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from app.models.report import PLACEHOLDER_PREFIX
from app.paths import resource

PLACEHOLDER_RE = re.compile(re.escape(PLACEHOLDER_PREFIX) + r"[^\]]*\]?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def story_escape(text: str) -> Any:
    """Escape user text for PyMuPDF's Story, which decodes entities twice (parse, then text).

    Escaping once stops markup; escaping '&' once more keeps a typed "&amp;" or "&lt;b&gt;"
    literal instead of printing "&" or "<b>".
    """
    from markupsafe import Markup, escape

    return Markup(str(escape(_CONTROL.sub("", text))).replace("&", "&amp;"))


def _finalize(value: Any) -> Any:
    """Every printed value loses control characters (odd PDFs carry them); markup stays markup."""
    from markupsafe import Markup

    if isinstance(value, Markup):
        return Markup(_CONTROL.sub("", value))
    if isinstance(value, str):
        return story_escape(value)
    return value


def split_placeholders(text: str) -> list[tuple[str, bool]]:
    """Split text into (segment, is_placeholder) pairs, in order."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    for m in PLACEHOLDER_RE.finditer(text):
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


@lru_cache(maxsize=1)
def environment() -> Any:
    """The shared environment; templates live in app/resources/templates."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource("templates"))),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=_finalize,
    )
    env.filters["marked"] = _marked
    env.filters["join"] = _join
    return env


def render(template: str, **context: Any) -> str:
    """Render one template file with plain values."""
    return environment().get_template(template).render(**context)
