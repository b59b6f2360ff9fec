"""Text repair: examples plus property tests (idempotent, no ligatures or odd spaces left)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.reading.cleanup import (
    LIGATURES,
    clean_line,
    collapse_ws,
    fix_mojibake,
    join_lines,
    strip_bullet,
    unspace_letters,
)

TEXTS = st.lists(
    st.sampled_from(list("abcdeFGH -–,.:()\n\t\u00a0\u00adﬁﬂﬀﬃﬄâ€™ÂÃ©•◦") + ["fi", "  ", "â€™"]),
    max_size=40,
).map("".join)
ANY = st.text(max_size=120)


@given(ANY)
@settings(max_examples=300, deadline=None)
def test_clean_line_is_idempotent(text: str) -> None:
    once = clean_line(text)
    assert clean_line(once) == once


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_no_ligatures_odd_spaces_or_soft_hyphens_left(text: str) -> None:
    out = clean_line(text)
    assert not any(ch in out for ch in LIGATURES)
    assert "\u00a0" not in out and "\u00ad" not in out and "\t" not in out and "\n" not in out
    assert "  " not in out and out == out.strip()


@given(st.lists(st.text(alphabet=st.sampled_from(list("abcXY- ")), max_size=20), max_size=6))
@settings(max_examples=300, deadline=None)
def test_join_lines_keeps_every_letter(lines: list[str]) -> None:
    out = join_lines(lines)
    letters = [ch for ch in "".join(lines) if ch.isalpha()]
    assert [ch for ch in out if ch.isalpha()] == letters
    assert out == collapse_ws(out)


@given(ANY)
@settings(max_examples=200, deadline=None)
def test_unspace_letters_is_idempotent(text: str) -> None:
    once = unspace_letters(text)
    assert unspace_letters(once) == once


def test_examples() -> None:
    assert clean_line("e\ufb03cient work\ufb02ow \ufb01rst") == "efficient workflow first"
    assert fix_mojibake("teamâ€™s â€œbestâ€\x9d") == "team’s “best”"
    assert clean_line("Caf\u00c3\u00a9 \u00c2\u00a0menu") == "Café menu"
    assert clean_line("cross\u00adcluster  and\ttabs\r\n") == "cross-cluster and tabs"
    assert clean_line("(909) 555-\u00ad\u20105555") == "(909) 555-5555"
    assert unspace_letters("E X P E R I E N C E") == "EXPERIENCE"
    assert unspace_letters("W O R K  E X P E R I E N C E") == "WORK EXPERIENCE"
    assert unspace_letters("Work Experience") == "Work Experience"
    assert strip_bullet("• Built it") == ("Built it", True)
    assert strip_bullet("- Built it") == ("Built it", True)
    assert strip_bullet("-5% cost") == ("-5% cost", False)


def test_join_lines_hyphenation() -> None:
    assert join_lines(["deep experi-", "ence in ML"]) == "deep experience in ML"
    assert join_lines(["Scikit-", "learn and Keras"]) == "Scikit-learn and Keras"
    assert join_lines(["end-", "to-end tests"]) == "end-to-end tests"
    assert join_lines(["Con-", "sul and Kuma"], hints=["soft", ""]) == "Consul and Kuma"
    assert join_lines(["community-", "driven work"], hints=["keep", ""]) == "community-driven work"
    assert join_lines(["high-", "impact work"], vocab={"high-impact"}) == "high-impact work"
    assert join_lines(["multi-", "scale"], vocab={"multiscale"}) == "multiscale"
    assert join_lines(["see github.com/", "user"]) == "see github.com/user"


def test_an_icon_glyph_at_an_unassigned_code_point_is_dropped() -> None:
    """Some icon fonts map their calendar and pin glyphs to code points Unicode never
    assigned (U+1F58 sits in a gap of Greek Extended): no text, so no organisation named '὘'."""
    from app.reading.cleanup import clean_chars

    assert clean_chars("\u1f58 2019/06 – 2019/12 • Beijing").strip() == "2019/06 – 2019/12 • Beijing"
    assert clean_chars("Ἀθῆναι") == "Ἀθῆναι"  # assigned Greek letters stay


def test_plain_ascii_takes_the_short_way_to_the_same_text() -> None:
    """ASCII text without control characters (but line breaks) is only shortened in its runs
    of hyphens: what every repair of _clean_chars_once leaves of it (invented texts, with
    control characters and hyphen runs too)."""
    import random

    from app.reading import cleanup

    rng = random.Random(5)
    alphabet = [chr(i) for i in range(128)] + ["-"] * 20 + list("ab \n")
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        assert cleanup._clean_chars_once(text) == cleanup._clean_chars_slow(text), repr(text)
