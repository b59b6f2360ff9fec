"""The style sheet a Story is given: only the rules that can match its HTML.

MuPDF matches every element of a Story against every rule of its style sheets (its own
default one for HTML and ours), and parses our sheet again for each Story: a report lays out
~60 Stories, and most of report.css is for other parts (the cover, the contents, the
appendix...). A rule whose every selector names a class that no element of the HTML carries
can match nothing there, so leaving it out changes nothing that is drawn (MuPDF's class test
is a whole word of the class attribute, case-sensitive); the rules kept stay in their order.
Anything this cannot read for sure (a pseudo-class, an attribute or id selector, an at-rule,
nested braces, a class attribute it cannot see whole) keeps the sheet, or the rule, as is.
While MuPDF asks our font loader for our families' faces (`fonts.faces_loaded`), the
@font-face rules go too, unless the Story could ask for an italic or small-caps face.
"""

from __future__ import annotations

import re
from functools import lru_cache

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS_NAME = re.compile(r"\.([A-Za-z0-9_-]+)")
# a class attribute's value: where `class="` opens a word (as `\bclass="` would say; a \b
# in front keeps the engine from skipping ahead to the literal, ~3 ms over a report's HTML)
_CLASS_ATTR = re.compile(r'class="([^"&]*)"')
_ANY_CLASS_ATTR = re.compile(r"class\s*=")  # searched for in the lowercased HTML

# (rule text, the classes each of its selectors needs), or None when a selector may match
# without any class
_Rules = tuple[tuple[str, tuple[frozenset[str], ...] | None], ...]


@lru_cache(maxsize=16)
def _rules(css: str) -> _Rules | None:
    """The sheet's rules in order, or None when it is not a flat list of rules."""
    text = _COMMENT.sub("", css)
    out: list[tuple[str, tuple[frozenset[str], ...] | None]] = []
    end = 0
    for m in _RULE.finditer(text):
        if text[end:m.start()].strip():
            return None  # something between rules (nesting, a stray brace): keep the sheet
        end = m.end()
        selectors = m.group(1).strip()
        needs: tuple[frozenset[str], ...] | None = None
        if not selectors.startswith("@") and not re.search(r"[:\[#\\]", selectors):
            needs = tuple(frozenset(_CLASS_NAME.findall(s)) for s in selectors.split(","))
            if any(not need for need in needs):
                needs = None  # a selector without a class (a tag, '*'): may match
        out.append((m.group(0).strip(), needs))
    if text[end:].strip():
        return None
    return tuple(out)


def for_story(html: str, css: str, loaded_faces: bool = False) -> str:
    """`css` without the rules that cannot match any element of `html`; `loaded_faces`
    (`fonts.faces_loaded()`): without its @font-face rules too when nothing in the Story can
    ask for a face they do not declare (see `_upright`)."""
    rules = _rules(css)
    if rules is None:
        return css
    lowered = html.lower()  # (a case-blind pattern has no literal prefix to skip ahead by)
    found = class_values(html)
    if len(found) != len(_ANY_CLASS_ATTR.findall(lowered)):
        return css  # a class attribute written another way: keep every rule
    classes = {name for value in found for name in value.split()}
    faces = not (loaded_faces and _upright(lowered, css))
    return "\n".join(text for text, needs in rules
                     if (needs is None and (faces or not text.startswith("@font-face")))
                     or (needs is not None and any(need <= classes for need in needs)))


def class_values(html: str) -> list[str]:
    r"""What `re.findall(r'\bclass="([^"&]*)"', html)` finds: the class attribute values.
    A match after a word character is not one, and the search goes on from the next
    character (a value left open can hold the next attribute's `class="`)."""
    out = []
    at = 0
    while (m := _CLASS_ATTR.search(html, at)) is not None:
        if m.start() and _word(html[m.start() - 1]):
            at = m.start() + 1
            continue
        out.append(m.group(1))
        at = m.end()
    return out


def _word(ch: str) -> bool:
    r"""Whether `\w` matches the character (what `\b` looks at): Unicode letters and
    digits, and '_'."""
    return ch.isalnum() or ch == "_"


# what can ask MuPDF for an italic or small-caps face: MuPDF's own style sheet sets these
# elements in italics (source/html/html-parse.c), and a style sheet may ask for either
# (both searched for in lowercased text: tag names and CSS words are case-blind)
_SLANTED_TAG = re.compile(r"<(?:address|cite|em|emphasis|i|var)\b")
_SLANTED_CSS = re.compile(r"italic|oblique|small-caps|font-style|font-variant|font\s*:")


@lru_cache(maxsize=16)
def _slanted_css(css: str) -> bool:
    return _SLANTED_CSS.search(css.lower()) is not None


def _upright(lowered: str, css: str) -> bool:
    """Whether every face a Story asks for is upright, without small capitals: then MuPDF's
    font loader (`fonts._load_system_font`) gives it the very face its @font-face rule would
    (MuPDF asks a loader only for a family and weight it holds no face for; for a slanted
    face the rules' match and the loader's answer could differ)."""
    return not (_slanted_css(css) or _SLANTED_TAG.search(lowered))
