"""Text repair shared by every reader: ligatures, mojibake, odd hyphens and spaces,
bullet glyphs, line-end hyphenation. Pure functions, idempotent, no I/O."""

from __future__ import annotations

import re
import unicodedata

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u0132": "IJ",
    "\u0133": "ij",
}

# UTF-8 text decoded as cp1252 (the classic "â€™"). Longest keys first.
_MOJIBAKE = {
    "â€™": "\u2019",
    "â€˜": "\u2018",
    "â€œ": "\u201c",
    "â€\x9d": "\u201d",
    "â€": "\u201d",
    "â€“": "\u2013",
    "â€”": "\u2014",
    "â€¢": "\u2022",
    "â€¦": "\u2026",
    "Ã©": "é",
    "Ã¨": "è",
    "Ã¼": "ü",
    "Ã¶": "ö",
    "Ã¤": "ä",
    "Ã±": "ñ",
    "Ã§": "ç",
    "Ã¡": "á",
    "Ã³": "ó",
    "Ãº": "ú",
    "Ã\xad": "í",
    "Â·": "·",
    "Â ": " ",
    "Â\xa0": " ",
}
_MOJIBAKE_RE = re.compile("|".join(re.escape(k) for k in sorted(_MOJIBAKE, key=len, reverse=True)))
_MOJIBAKE_HINT = re.compile(
    "[ÂÃâ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)

SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
HYPHENS = "\u00ad\u2010\u2011\u2212"

# Glyphs that start a bullet item (text and PDF symbol fonts map to these).
BULLET_GLYPHS = "•◦▪▫■□●○◆◇◊⋄♦►▶▸▹‣⁃∙·・･➢➤➔→✓✔❖❑⚫⦁›»-–—*+"
_BULLET_START = re.compile(
    r"^\s*(?:[•◦▪▫■□●○◆◇◊⋄♦►▶▸▹‣⁃∙·・･➢➤➔→✓✔❖❑⚫⦁›»]|[-–—*+](?=\s))\s*"
)

# Han, kana, CJK punctuation and full-width forms: scripts written without spaces between words
_CJK = (
    "\u2e80-\u2fdf\u3000-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f"
)
CJK_RE = re.compile(f"[{_CJK}]")
# Hebrew and Arabic letters (the right-to-left scripts resumes are written in)
RTL_LETTERS = "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
RTL_RE = re.compile(f"[{RTL_LETTERS}]")


_PRESENTATION_RE = re.compile("[\ufb1d-\ufdff\ufe70-\ufefc]+")


def _private_use(ch: str) -> bool:
    return 0xE000 <= ord(ch) <= 0xF8FF or 0xF0000 <= ord(ch)


# dropped before any repair: zero-width marks, private-use icon glyphs, replacement characters
# and lone surrogates (broken text layers; they cannot even be written as UTF-8)
_DROPPED_RE = re.compile(f"[{ZERO_WIDTH}\ue000-\uf8ff\U000f0000-\U0010ffff\ufffd\ud800-\udfff]")


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 read as cp1252/latin-1 ("â€™" -> "’", "Â " -> " ")."""
    if not _MOJIBAKE_HINT.search(text) and "Â" not in text:
        return text
    try:  # whole-string round trip when it is consistently double-encoded
        fixed = text.encode("cp1252").decode("utf-8")
        if fixed != text:
            return fixed
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    return _MOJIBAKE_RE.sub(lambda m: _MOJIBAKE[m.group(0)], text)


def expand_ligatures(text: str) -> str:
    """Replace typographic ligature characters by their letters."""
    return "".join(LIGATURES.get(ch, ch) for ch in text)


def clean_chars(text: str) -> str:
    """Character-level repair: ligatures, mojibake, odd spaces/hyphens, icon glyphs, NFC.

    Keeps line structure (newlines) intact; does not collapse spaces. Idempotent: one repair
    can expose another (dropping a glyph joins 'Â' to a space), so it runs until nothing
    changes (twice for most text)."""
    for _ in range(_PASSES):
        cleaned = _clean_chars_once(text)
        if cleaned == text:
            break
        text = cleaned
    return text


_PASSES = 6


# ASCII text without a control character other than the line break: every step below leaves
# it as it is (what they drop, repair or replace is outside ASCII, or a control character),
# except the last, which shortens runs of hyphens
_ASCII_CONTROL_RE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")
_HYPHEN_RUN_RE = re.compile(r"-{2,}")


def _clean_chars_once(text: str) -> str:
    if not text:
        return ""
    if text.isascii() and not _ASCII_CONTROL_RE.search(text):
        return _HYPHEN_RUN_RE.sub("-", text)  # what the steps below make of such text
    return _clean_chars_slow(text)


def _clean_chars_slow(text: str) -> str:
    text = _DROPPED_RE.sub("", text)  # before the pair repair: 'Â\U000f0000 ' is 'Â '
    text = "".join(" " if (unicodedata.category(ch) == "Cc" and ch != "\n") else ch for ch in text)
    for _ in range(3):  # double-encoded text needs more than one pass
        fixed = fix_mojibake(text)
        if fixed == text:
            break
        text = fixed
    text = expand_ligatures(text)
    text = unicodedata.normalize("NFC", text)
    if _PRESENTATION_RE.search(text):  # Arabic/Hebrew presentation forms (shaped PDF text)
        text = _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in ZERO_WIDTH or _private_use(ch) or ch == "\ufffd" or (ord(ch) > 0x7F and cat == "Cn"):
            continue  # an icon font's glyph at an unassigned code point carries no text
        if ch in SPACES:
            out.append(" ")
        elif ch in HYPHENS:
            out.append("-")
        elif cat == "Cc" and ch != "\n":
            out.append(" ")
        else:
            out.append(ch)
    text = "".join(out)
    text = re.sub(r"-{2,}", "-", text)
    return text


def collapse_ws(text: str) -> str:
    """Collapse runs of whitespace to one space and strip; also fixes ' ,' spacing."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ([,;:.!?)])(?=\s|$)", r"\1", text)
    text = re.sub(r"\( ", "(", text)
    return text


def clean_line(text: str) -> str:
    """One display line: character repair plus whitespace collapse (idempotent: collapsing a
    line break can join a pair the repair fixes, so it repeats until nothing changes)."""
    for _ in range(_PASSES):
        cleaned = collapse_ws(clean_chars(text))
        if cleaned == text:
            break
        text = cleaned
    return text


def unspace_letters(text: str) -> str:
    """'E X P E R I E N C E' -> 'EXPERIENCE' (letter-spaced headings); words split by 2+ spaces."""
    if not re.fullmatch(r"(?:\S ){3,}\S(?:\s+(?:\S ?)+)*", text.strip()):
        return text
    words = re.split(r"\s{2,}| (?=\S{2,})", text.strip())
    return " ".join(w.replace(" ", "") for w in words if w)


def strip_bullet(text: str) -> tuple[str, bool]:
    """Remove a leading bullet glyph; returns (text, had_glyph)."""
    m = _BULLET_START.match(text)
    if m and m.end() < len(text):
        return text[m.end() :], True
    return text, False


def join_lines(
    lines: list[str], hints: list[str] | None = None, vocab: set[str] | None = None
) -> str:
    """Join wrapped lines into one paragraph, undoing line-end hyphenation.

    'experi-' + 'ence' -> 'experience'; 'Scikit-' + 'learn' and 'end-' + 'to-end' keep the hyphen.
    `hints[i]` says how line i ended: 'soft' (a soft hyphen: always join), 'keep' (the producer
    does not hyphenate: keep unless `vocab` knows the joined word) or '' (decide by the letters).
    `vocab` is the set of lowercase words seen elsewhere in the document."""
    out = ""
    prev_hint = ""
    for i, raw in enumerate(lines):
        line = collapse_ws(raw)
        hint = hints[i] if hints and i < len(hints) else ""
        if not line:
            continue
        if not out:
            out, prev_hint = line, hint
            continue
        if CJK_RE.match(out.rstrip("-")[-1:] or " ") and CJK_RE.match(line[0]):
            out = out + line  # wrapped CJK text: no word spaces to restore
            prev_hint = hint
            continue
        m = re.search(r"(\w+)-$", out)
        if m and line[:1].isalpha() and not CJK_RE.search(m.group(1)[-1] + line[0]):
            word = m.group(1)
            nxt = re.match(r"[^\W\d_]+", line)
            tail = nxt.group(0) if nxt else ""
            joined, hyphenated = (word + tail).lower(), (word + "-" + tail).lower()
            if prev_hint == "soft":
                keep = False
            elif vocab and joined in vocab and hyphenated not in vocab:
                keep = False
            elif vocab and hyphenated in vocab:
                keep = True
            elif prev_hint == "keep":
                keep = True
            else:
                compound = nxt is not None and nxt.end() < len(line) and line[nxt.end()] == "-"
                if vocab is not None:
                    # both halves are words the document uses ('data-driven'): a compound;
                    # otherwise ('experi-ence', 'Devel-oping') a hyphenation break
                    both_words = word.lower() in vocab and tail.lower() in vocab and len(word) > 1
                    keep = both_words or not word.isalpha() or not line[:1].islower() or compound
                else:
                    keep = (
                        not word.isalpha()
                        or not word.islower()
                        or not line[:1].islower()
                        or compound
                    )
            out = out + line if keep else out[:-1] + line
        elif out.endswith("/"):
            out = out + line
        else:
            out = out + " " + line
        prev_hint = hint
    return collapse_ws(out)


_HEBREW_FINALS = "ךםןףץ"
_ARABIC_FINALS = "ةى"
_RTL_WORD = re.compile(f"[{RTL_LETTERS}]{{2,}}")
_RTL_RUN = re.compile(f"[{RTL_LETTERS}](?:[{RTL_LETTERS}\\s,،\"'׳״]*[{RTL_LETTERS}])?")


def rtl_reversed(texts: list[str]) -> bool:
    """Do these Hebrew/Arabic lines read backwards (a PDF that drew its right-to-left text
    in visual order)? Letters that only end words (Hebrew final forms, Arabic taa marbuta and
    alif maqsura) then start them."""
    forward = backward = 0
    for text in texts:
        if not RTL_RE.search(text):
            continue
        for word in _RTL_WORD.findall(text):
            forward += word[-1] in _HEBREW_FINALS or word[-1] in _ARABIC_FINALS
            backward += word[0] in _HEBREW_FINALS or word[0] in _ARABIC_FINALS
            if len(word) >= 4:
                forward += word.startswith("ال")
                backward += word.endswith("لا")
    return backward >= 2 and backward > 2 * forward


def reverse_rtl_runs(text: str) -> str:
    """Put right-to-left runs read in visual order back in logical order; digits and Latin
    words between them keep their place. Spaces and commas that precede a run which a number
    follows belonged to the run ('טק בע"מ, 2020' comes out as ' ,מ"עב קט2020')."""
    out: list[str] = []
    pos = 0
    for m in _RTL_RUN.finditer(text):
        start = m.start()
        if text[m.end() : m.end() + 1].isdigit():
            while start > pos and text[start - 1] in " ,،":
                start -= 1
        out.append(text[pos:start])
        out.append(text[start : m.end()][::-1])
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)
