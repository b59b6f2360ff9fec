"""Text that can always be written: lone surrogates replaced, terminal controls made visible.

Python strings may hold lone UTF-16 surrogates (U+D800..U+DFFF): some PDF text layers, a
broken clipboard or a JSON file with a "\\ud800" escape produce them, and file names that are
not valid UTF-8 arrive with them (surrogateescape). Such a string cannot be encoded as UTF-8,
so every save, export or print of it fails. Text is made safe where it enters the app
(`utf8_safe`, `utf8_safe_tree`); what is written for a terminal or a JSON reader keeps file
names intact but escaped (`for_terminal`, `escape_json_text`).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["escape_json_text", "for_terminal", "utf8_safe", "utf8_safe_tree"]

_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls (ESC starts terminal escape sequences; U+009B is a one-character CSI),
# DEL, lone surrogates and the bidirectional overrides that can make a name read backwards
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e"
                          "\u2066-\u2069]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def utf8_safe(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (a split pair is joined into its
    character); anything else is returned unchanged, and fast."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def utf8_safe_tree(value: Any) -> Any:
    """`utf8_safe` applied to every string (keys too) in nested dicts and lists (JSON data)."""
    if isinstance(value, str):
        return utf8_safe(value)
    if isinstance(value, dict):
        return {utf8_safe_tree(k): utf8_safe_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [utf8_safe_tree(v) for v in value]
    return value


def escape_json_text(text: str) -> str:
    """JSON text (from `json.dumps(..., ensure_ascii=False)`) that any UTF-8 writer accepts and
    no terminal acts on: lone surrogates (non-UTF-8 file names) and C1 controls become
    \\uXXXX escapes. These characters only occur inside JSON strings, so the JSON still reads
    back to exactly the same values."""
    if not _JSON_UNSAFE.search(text):
        return text
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def for_terminal(text: str) -> str:
    """One message line as a terminal should show it: control characters (escape sequences
    hidden in a file name), lone surrogates and direction overrides shown as visible escapes
    (`\\x1b`, `\\udce9`, `\\u202e`), never acted on."""
    if not _UNPRINTABLE.search(text):
        return text

    def visible(m: re.Match[str]) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNPRINTABLE.sub(visible, text)
