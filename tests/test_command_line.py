"""What a newcomer meets on the command line: `--help` says how to open the window, usage
errors exit 2 with one line, `analyze` names the files it wrote, exports render in a second PDF
engine (poppler's pdftoppm), and a machine without a display gets one line, not a Qt abort.

Everything runs as a real `python -m app` child process on the bundled sample (no corpus)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "app" / "resources" / "sample"
RESUME, JOB = SAMPLE / "sample_resume.pdf", SAMPLE / "sample_job.txt"
REQUIRE_PDFTOPPM = os.environ.get("LOOPREADY_REQUIRE_PDFTOPPM", "") not in ("", "0")


def app(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT,
        timeout: float = 180) -> subprocess.CompletedProcess[str]:
    base = dict(os.environ, QT_QPA_PLATFORM="offscreen") if env is None else dict(env)
    # this checkout's app, whatever the working folder (relative file names resolve there)
    base["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), base.get("PYTHONPATH", "")]))
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=cwd, env=base,
                          capture_output=True, text=True, timeout=timeout)


def test_help_tells_a_newcomer_how_to_open_the_window() -> None:
    result = app("--help")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    head = text.split("options:")[0]  # the window comes first, before any option or command
    for needle in ("opens the window", "python -m app --sample", "RESUME [JD]",
                   "SESSION.loopready.json"):
        assert needle in head, needle
    for command in ("parse", "parse-jd", "classify", "analyze", "eval"):
        assert f"\n    {command} " in text, command
    assert "exit codes: 0 ok" in text and "2 usage" in text and "130 interrupted" in text
    assert ".venv/bin/python" in text and "scripts/run.sh" in text  # source checkouts
    assert app("-h").stdout == text


def test_subcommand_help_names_its_inputs() -> None:
    result = app("analyze", "--help")
    assert result.returncode == 0
    assert "usage: python -m app analyze" in result.stdout
    assert "RESUME" in result.stdout and "JD" in result.stdout and "--session" in result.stdout


@pytest.mark.parametrize("argv", [
    ["analyze"],                              # no inputs at all
    ["analyze", str(RESUME)],                 # a resume but no job description
    ["analyze", "--report", "out.pdf"],       # exports asked for, nothing to analyse
    ["analyze", str(RESUME), str(JOB), "--paper", "a5"],
    ["parse"],
    ["no-such-command-or-file"],              # the window's own usage check
    ["--nope"],
])
def test_usage_errors_exit_2_with_one_line(argv: list[str], tmp_path: Path) -> None:
    result = app(*argv, cwd=tmp_path)
    assert result.returncode == 2, (argv, result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("loopready: ") and "Traceback" not in result.stderr
    assert "help" in lines[0] or "usage:" in lines[0]
    assert result.stdout == ""
    assert not (tmp_path / "out.pdf").exists()


def test_analyze_without_inputs_says_what_it_needs() -> None:
    result = app("analyze")
    assert "needs RESUME and JD, or --session FILE" in result.stderr
    assert "python -m app analyze --help" in result.stderr


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """`analyze` with exports only (no --json), run once: the folder and the finished process."""
    out = tmp_path_factory.mktemp("exports")
    home = tmp_path_factory.mktemp("home")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOOPREADY_HOME=str(home))
    result = app("analyze", str(RESUME), str(JOB), "--report", "report.pdf",
                 "--cheatsheet", "sheet.pdf", env=env, cwd=out)
    return out, result


def test_analyze_names_the_files_it_wrote_on_stderr(exported) -> None:  # noqa: ANN001
    out, result = exported
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # no JSON asked for, none printed
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("loopready: wrote ")
    assert f"the full report to {out / 'report.pdf'}" in line
    assert f"the cheat sheet to {out / 'sheet.pdf'}" in line

    import pymupdf

    with pymupdf.open(out / "report.pdf") as doc:
        assert doc.page_count > 2
    with pymupdf.open(out / "sheet.pdf") as doc:
        assert doc.page_count == 1


def test_analyze_with_json_to_stdout_lists_only_the_files(tmp_path: Path) -> None:
    result = app("analyze", str(RESUME), str(JOB), "--stories", "stories.docx", "--json", "-",
                 cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.lstrip().startswith("{")  # the JSON still goes to stdout
    assert result.stderr.strip() == f"loopready: wrote the STAR stories to {tmp_path / 'stories.docx'}"


def _ink(pgm: bytes) -> float:
    """Share of pixels that are not paper-white in a binary PGM (P5) image."""
    parts = pgm.split(maxsplit=4)
    assert parts[0] == b"P5", parts[0]
    width, height, maxval = int(parts[1]), int(parts[2]), int(parts[3])
    pixels = parts[4][: width * height]
    assert len(pixels) == width * height and maxval == 255
    return sum(1 for value in pixels if value < 200) / len(pixels)


@pytest.mark.parametrize("name", ["sheet.pdf", "report.pdf"])
def test_exported_pdf_first_page_renders_in_poppler(exported, name: str) -> None:  # noqa: ANN001
    """pdftoppm (poppler, the engine behind many PDF viewers) draws the first page: real text."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        message = "pdftoppm not installed (apt-get install poppler-utils); .ci/run installs it"
        if REQUIRE_PDFTOPPM:
            pytest.fail(message + " and LOOPREADY_REQUIRE_PDFTOPPM=1", pytrace=False)
        pytest.skip(message)
    out, result = exported
    assert result.returncode == 0, result.stderr
    render = subprocess.run([pdftoppm, "-f", "1", "-l", "1", "-r", "40", "-gray", str(out / name)],
                            capture_output=True, timeout=60)
    assert render.returncode == 0, render.stderr.decode(errors="replace")
    ink = _ink(render.stdout)
    assert 0.01 < ink < 0.6, f"{name} page 1: {ink:.1%} of pixels inked"


def test_without_a_display_the_window_says_so_in_one_line(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the display check is for Linux (X11/Wayland)")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["LOOPREADY_HOME"] = str(tmp_path)
    result = app(env=env, timeout=60)
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "no display" in result.stderr and "python -m app --help" in result.stderr
    assert not (tmp_path / "running.json").exists()


def test_a_mistyped_command_is_named_with_the_likely_one(tmp_path: Path) -> None:
    result = app("analyse", "cv.pdf", "job.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("loopready: unknown command or file: analyse (did you mean analyze?)")
    assert "python -m app --help" in result.stderr and len(result.stderr.splitlines()) == 1


def test_the_collector_is_held_only_while_analyze_loads(tmp_path: Path) -> None:
    """`analyze` holds the cyclic collector off while its modules and knowledge load
    (app.cli._hold_collector), and it runs again afterwards, whatever the outcome; a
    collector someone else turned off stays off."""
    import gc

    from app import cli

    assert gc.isenabled()
    cli._hold_collector()
    assert not gc.isenabled()
    cli._collect_again()
    assert gc.isenabled()
    # a failure before the loading is done (an output folder that does not exist)
    code = cli.run_cli(["analyze", str(RESUME), str(JOB), "--report",
                        str(tmp_path / "missing" / "r.pdf")])
    assert code == 6 and gc.isenabled()
    gc.disable()
    try:
        cli._hold_collector()
        cli._collect_again()
        assert not gc.isenabled()
    finally:
        gc.enable()
