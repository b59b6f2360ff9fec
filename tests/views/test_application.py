"""Command-line arguments of the GUI, the theme template, the settings file, the resume view parts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import QT_LOG_IGNORE

from app.models.resume import Bullet, bullet_id
from app.views.application import LaunchRequest, parse_args

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]
ROOT = Path(__file__).resolve().parents[2]


def test_parse_args(tmp_path: Path) -> None:
    resume, job = tmp_path / "cv.pdf", tmp_path / "job.txt"
    session = tmp_path / "mine.loopready.json"
    for p in (resume, job, session):
        p.write_text("x")
    assert parse_args([]) == LaunchRequest()
    assert parse_args(["--sample"]) == LaunchRequest(sample=True)
    assert parse_args([str(resume)]) == LaunchRequest(resume=str(resume.resolve()))
    assert parse_args([str(resume), str(job)]) == LaunchRequest(str(resume.resolve()), str(job.resolve()))
    assert parse_args([str(session)]) == LaunchRequest(session=str(session.resolve()))
    for bad in (["--nope"], [str(tmp_path / "missing.pdf")], [str(resume), str(job), str(job)],
                ["--sample", str(resume)], [str(session), str(job)]):
        with pytest.raises(ValueError):
            parse_args(bad)


def test_gui_usage_error_is_one_line_and_exit_2() -> None:
    result = subprocess.run([sys.executable, "-m", "app", "/no/such/resume.pdf"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 2
    assert result.stderr.startswith("loopready: no such file: /no/such/resume.pdf")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_theme_template_fills_every_placeholder() -> None:
    from app.views.theme import colours, stylesheet

    for scheme in ("light", "dark"):
        css = stylesheet(scheme)
        assert "${" not in css and colours(scheme)["accent"] in css
    assert colours("light")["window"] != colours("dark")["window"]


def test_theme_applies_palette(theme, qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QPalette

    theme.apply("dark")
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.colours["window"]
    theme.apply("light")
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.colours["window"]


def test_settings_round_trip_and_damaged_file(tmp_path: Path) -> None:
    from PySide6.QtCore import QByteArray

    from app.views.settings import Settings

    path = tmp_path / "settings.json"
    s = Settings(path)
    s.set("paper", "a4")
    s.set_bytes("geometry", QByteArray(b"\x00\x01binary"))
    s.save()
    again = Settings(path)
    assert again.get("paper") == "a4" and bytes(again.get_bytes("geometry").data()) == b"\x00\x01binary"
    path.write_text("{damaged", encoding="utf-8")
    assert Settings(path).get("paper", "letter") == "letter"


def test_bullets_are_matched_to_text_lines() -> None:
    from app.views.resume_view import match_bullets_to_lines

    lines = ["Jane Roe", "Experience", "• Mentored 3 interns who shipped a ranking",
             "model to production in 2023", "• Cut p99 latency from 120 ms to 40 ms", "Education"]
    texts = ["Mentored 3 interns who shipped a ranking model to production in 2023",
             "Cut p99 latency from 120 ms to 40 ms"]
    bullets = [Bullet(bullet_id(t), t, "Experience") for t in texts]
    mapping = match_bullets_to_lines(lines, bullets)
    assert mapping == {2: bullets[0].id, 3: bullets[0].id, 4: bullets[1].id}


def test_unexpected_exception_in_a_slot_becomes_a_message(window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer

    from app.views.application import install_excepthook

    def broken_slot() -> None:
        raise RuntimeError("panel bug")

    restore = install_excepthook(window)
    try:
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: "panel bug" in window.start.error_text(), timeout=3000)
    finally:
        restore()
    assert "Nothing was lost" in window.start.error_text()
    assert window.isVisible()


def test_smoke_exit_shows_the_window_prints_the_time_and_quits(tmp_path) -> None:  # noqa: ANN001
    """Packaging and benchmarks rely on --smoke-exit; it must not leave a crash marker behind."""
    result = subprocess.run([sys.executable, "-m", "app", "--smoke-exit"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                 "LOOPREADY_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith("window shown after ")
    assert float(result.stdout.split()[3]) > 0
    assert not (tmp_path / "running.json").exists()
