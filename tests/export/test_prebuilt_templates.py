"""The export templates' prebuilt Jinja code (app/resources/templates/compiled/): current,
used only when it matches the source and settings, and never written at run time."""

from __future__ import annotations

import sys
from pathlib import Path

import jinja2

from app.export.render import COMPILED, environment, prebuilt_templates, settings_key
from app.paths import resource

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = resource("templates")


def _names() -> list[str]:
    return sorted(p.name for p in TEMPLATES.iterdir() if p.is_file())


def test_prebuilt_code_is_current_for_every_template() -> None:
    """After editing a template: `python scripts/compile_templates.py` (else the app compiles
    it at every start, ~0.1 CPU s for the report body)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import compile_templates
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert compile_templates.main(["--check"]) == 0
    cache, env = prebuilt_templates(), environment(prebuilt=False)
    for name in _names():
        source = (TEMPLATES / name).read_text(encoding="utf-8")
        assert cache.get_bucket(env, name, None, source).code is not None, name


def test_prebuilt_and_freshly_compiled_templates_print_the_same(monkeypatch) -> None:
    from export_helpers import KNOWLEDGE
    from report_factory import make_report

    from app.export import render as render_mod
    from app.export import render_cheatsheet_pdf, render_report_pdf

    report = make_report()
    prebuilt = (render_report_pdf(report, KNOWLEDGE), render_cheatsheet_pdf(report, KNOWLEDGE))
    fresh = render_mod.environment(prebuilt=False)
    monkeypatch.setattr(render_mod, "environment", lambda prebuilt=True: fresh)
    assert (render_report_pdf(report, KNOWLEDGE), render_cheatsheet_pdf(report, KNOWLEDGE)) \
        == prebuilt


def test_an_edited_template_is_compiled_from_its_source_and_nothing_is_written() -> None:
    cache, env = prebuilt_templates(), environment(prebuilt=False)
    source = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    before = sorted((TEMPLATES / COMPILED).iterdir())
    edited = cache.get_bucket(env, "report.css", None, source + "\n/* edited */\n")
    assert edited.code is None  # the checksum differs: not the prebuilt code
    cache.set_bucket(edited)  # what Jinja does after compiling: must not write
    assert sorted((TEMPLATES / COMPILED).iterdir()) == before
    loaded = jinja2.Environment(loader=jinja2.DictLoader({"t.css": "a {{ x }} b"}),
                                bytecode_cache=prebuilt_templates())
    assert loaded.get_template("t.css").render(x=1) == "a 1 b"


def test_the_key_changes_with_any_setting_that_changes_the_code() -> None:
    env = environment(prebuilt=False)
    key = settings_key(env, "report_body.html")
    assert settings_key(env, "report_body.html") == key
    assert settings_key(env, "report.css") != key
    other = env.overlay(trim_blocks=False)
    assert settings_key(other, "report_body.html") != key
    other = env.overlay(finalize=None)
    assert settings_key(other, "report_body.html") != key
    other = env.overlay()
    other.filters = dict(env.filters, marked=jinja2.pass_context(lambda ctx, v: v))
    assert settings_key(other, "report_body.html") != key
