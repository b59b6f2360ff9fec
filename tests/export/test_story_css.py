"""Each Story gets only the style rules that can match its HTML (app/export/story_css.py):
the same pages, fewer rules for MuPDF to match every element against."""

from __future__ import annotations

import pytest
from export_helpers import KNOWLEDGE
from report_factory import make_report

from app.export import render_cheatsheet_pdf, render_report_pdf, story_css

CSS = """/* a comment { with braces } */
@font-face { font-family: "LR"; src: url(DejaVuSans.ttf); }
@page { font-family: "LR"; }
* { font-family: "LR"; }
b, strong { font-weight: bold; }
.lead { font-size: 11pt; }
.toc td.pg { text-align: right; }
th.mark, td.mark { width: 62pt; }
.met, .strong { color: green; }
a:link { color: blue; }
td[colspan] { padding: 0; }
#cover .x { color: red; }
"""


def _kept(html: str, css: str = CSS) -> list[str]:
    return [line.split("{")[0].strip() for line in story_css.for_story(html, css).splitlines()]


def test_rules_naming_an_absent_class_are_left_out() -> None:
    html = '<p class="lead">x</p><table><tr><td class="mark">1</td></tr></table>'
    assert _kept(html) == ['@font-face', '@page', '*', 'b, strong', '.lead', 'th.mark, td.mark',
                           'a:link', 'td[colspan]', '#cover .x']


def test_every_class_of_a_selector_must_be_there() -> None:
    assert ".toc td.pg" not in _kept('<table class="toc"><tr><td>1</td></tr></table>')
    assert ".toc td.pg" in _kept('<table class="toc"><tr><td class="pg l1">1</td></tr></table>')
    assert ".met, .strong" in _kept('<span class="x strong">y</span>')


def test_whole_words_only_and_case_kept() -> None:
    assert ".lead" not in _kept('<p class="leader">x</p>')
    assert ".lead" not in _kept('<p class="Lead">x</p>')


@pytest.mark.parametrize("html", [
    "<p class='lead'>x</p>",  # quoted another way
    "<p class=lead>x</p>",
    '<p CLASS="lead">x</p>',
    '<p class = "lead">x</p>',
    '<p class="lead &amp; more">x</p>',  # an entity: MuPDF reads another value
])
def test_a_class_attribute_it_cannot_read_keeps_every_rule(html: str) -> None:
    assert story_css.for_story(html, CSS) == CSS


@pytest.mark.parametrize("css", [
    "@media print { .a { color: red; } } .b { color: blue; }",  # nested braces
    ".a { color: red; } stray } .b { color: blue; }",
    ".a { color: red; } .b { color: blue;",  # unclosed
])
def test_a_sheet_it_cannot_read_is_kept_whole(css: str) -> None:
    assert story_css.for_story('<p class="c">x</p>', css) == css


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_same_pdfs_as_with_every_rule(monkeypatch: pytest.MonkeyPatch, paper: str) -> None:
    """A report and a cheat sheet (their user text holds markup, braces and a class-like
    word) are the same bytes as when every Story gets the whole sheet."""
    report = make_report(long=paper == "a4")
    trimmed = (render_report_pdf(report, KNOWLEDGE, paper),
               render_cheatsheet_pdf(report, KNOWLEDGE, paper))
    monkeypatch.setattr(story_css, "for_story", lambda html, css, *_faces: css)
    whole = (render_report_pdf(report, KNOWLEDGE, paper),
             render_cheatsheet_pdf(report, KNOWLEDGE, paper))
    assert trimmed == whole


def test_font_faces_are_left_out_only_when_the_loader_answers_and_all_is_upright() -> None:
    html = '<p class="lead">x <b>y</b></p>'
    assert "@font-face" not in story_css.for_story(html, CSS, True)
    assert "@font-face" in _kept(html)  # no loader: the rules are MuPDF's only faces
    for slanted in ("<em>x</em>", "<p>an <I>aside</I></p>", "<cite>y</cite>", "<var>z</var>"):
        assert "@font-face" in story_css.for_story(html + slanted, CSS, True)
    for css in (CSS + ".x { font-style: italic; }", CSS + ".y { font: 9pt LR; }",
                CSS + ".z { font-variant: small-caps; }"):
        assert "@font-face" in story_css.for_story(html, css, True)
    # a word that only starts like a slanted tag is no such tag
    assert "@font-face" not in story_css.for_story(html + "<img src='x'><input>", CSS, True)


def test_class_values_are_what_the_word_bounded_pattern_finds() -> None:
    """story_css.class_values finds the class attributes `\\bclass="..."` finds (that
    pattern scanned every position of the HTML), on invented markup: classes after letters,
    digits, '_' and non-ASCII word characters (not attributes then), after spaces, quotes,
    tags and at the start, with '&' or no closing quote, and nested in text."""
    import random
    import re

    from app.export.story_css import class_values

    rng = random.Random(17)
    before = ["", " ", "<p ", "x", "9", "_", "é", "ß", "٣", "\u00b2", "-", '"', "=", "\n", ">", "<"]
    values = ["a", "a b", "", "x&y", "ph", "ü c-d", 'q" z', "blk-1 lines"]
    pattern = re.compile(r'\bclass="([^"&]*)"')
    for _ in range(400):
        html = "".join(rng.choice(before) + "class=\"" + rng.choice(values)
                       + rng.choice(['"', "", '"></p>', '" id="n"'])
                       + rng.choice(["", " text ", "classy ", "<b>class</b>"])
                       for _ in range(rng.randint(0, 6)))
        assert class_values(html) == pattern.findall(html), html
