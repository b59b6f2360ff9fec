"""Text from hostile sources: idempotent repair, lone surrogates made writable, terminal-safe
messages, JSON that any UTF-8 writer takes, wide encodings, page images within their budget."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from app.page_images import PAGE_PIXELS, page_scale
from app.reading.cleanup import clean_chars, clean_line
from app.reading.sniff import decode_text
from app.safe_text import escape_json_text, for_terminal, utf8_safe, utf8_safe_tree

MANY = settings(max_examples=400, deadline=None)
# the characters whose order of repair matters: the garbled-pair leads, what joins them to a
# space once dropped (private use, zero-width, U+FFFD, surrogates), odd spaces and separators
TRICKY = st.text(alphabet=st.sampled_from(list(
    "ÂÃâ€™©¨ ab0\n\t\u00a0\u2002\u2028\u2029\u200b\ufeff\ufffd\ue000\U000f0000\U0010fffd"
    "\ud800\udfff\x85\x9d\u0302A\u00adﬁ·")), max_size=30)


@given(TRICKY)
@MANY
def test_clean_line_is_idempotent_where_repairs_meet(text: str) -> None:
    once = clean_line(text)
    assert clean_line(once) == once, (text, once)
    assert clean_chars(clean_chars(text)) == clean_chars(text)


def test_the_counter_example_of_issue_14() -> None:
    once = clean_line("Â\U000f0000 0")
    assert once == clean_line(once) == "0"


@given(st.text(alphabet=st.characters(min_codepoint=0xD000, max_codepoint=0xE100), max_size=40)
       | st.text(max_size=40))
@MANY
def test_utf8_safe_always_encodes_and_keeps_everything_else(text: str) -> None:
    safe = utf8_safe(text)
    safe.encode("utf-8")
    if not any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        assert safe == text


def test_a_split_surrogate_pair_is_joined_and_a_lone_one_replaced() -> None:
    assert utf8_safe("a\ud83d\ude80b") == "a\U0001F680b"
    assert utf8_safe("a\ud800b\udfff") == "a\ufffdb\ufffd"
    assert utf8_safe_tree({"k\ud800": ["x\udc80", 3, None]}) == {"k\ufffd": ["x\ufffd", 3, None]}


@given(st.recursive(st.text(max_size=10) | st.integers(),
                    lambda kids: st.lists(kids, max_size=3)
                    | st.dictionaries(st.text(max_size=5), kids, max_size=3), max_leaves=10))
@MANY
def test_escaped_json_reads_back_to_the_same_values(value: object) -> None:
    text = escape_json_text(json.dumps(value, ensure_ascii=False))
    text.encode("utf-8")  # always writable
    assert json.loads(text) == value
    assert not any(0x7F <= ord(c) <= 0x9F for c in text)  # no C1 control reaches a terminal


def test_terminal_text_shows_controls_instead_of_obeying_them() -> None:
    shown = for_terminal("cv\x1b[31m\x9b2J\x07\u202eFDP\udce9.pdf")
    assert shown == "cv\\x1b[31m\\x9b2J\\x07\\u202eFDP\\udce9.pdf"
    assert for_terminal("Résumé 履歴書.pdf") == "Résumé 履歴書.pdf"


def test_wide_encodings_are_told_apart_from_binary() -> None:
    text = "Jordan Rivera\nML Engineer, Zürich\n" * 20
    for enc in ("utf-32", "utf-32-le", "utf-32-be", "utf-16", "utf-16-le", "utf-16-be"):
        assert decode_text(text.encode(enc)) == text, enc
    assert decode_text(("Jordan Rivera\x00" * 300).encode()) is None  # NULs are not UTF-16
    assert decode_text(bytes(range(256)) * 16) is None


def test_giant_pages_get_a_scale_within_the_pixel_budget() -> None:
    assert page_scale(612, 792, 2.0, PAGE_PIXELS) == 2.0  # a letter page stays sharp
    s = page_scale(9000, 9000, 2.0, PAGE_PIXELS)
    assert (9000 * s) ** 2 <= PAGE_PIXELS * 1.0001 and s < 0.25
    s = page_scale(14400, 200, 2.0, PAGE_PIXELS)  # a long strip
    assert 14400 * s * 200 * s <= PAGE_PIXELS * 1.0001
