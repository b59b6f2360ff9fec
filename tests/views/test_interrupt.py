"""Ctrl+C (SIGINT) and SIGTERM in the terminal close the real window the normal way: pending
edits are saved, the layout is kept, the process exits 130, and the next start does not say
"did not close properly last time". A SIGKILL'd run, as the control, does leave that offer.

Every check runs the real app in a child process (offscreen) and sends it a real signal."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app import sessions

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

# A child that runs the real run_gui() and, from inside its event loop, does one scripted thing.
RUNNER = textwrap.dedent(
    r"""
    import json, os, signal, sys
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from app.views.application import run_gui
    from app.views.main_window import MainWindow

    MODE = {mode!r}
    if __name__ == "__main__":
        app = QApplication(["loopready"])

    def window():
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        return found[0] if found else None

    def edit_then_interrupt():
        w = window()
        if w is None or not w.showing_workspace() or w.session() is None:
            QTimer.singleShot(50, edit_then_interrupt)
            return
        sid = w.session().report.stories[0].id
        w.edit_story(sid, "result", {edited!r})  # autosave is debounced: only closing saves it
        print(json.dumps({{"story": sid}}), flush=True)
        os.kill(os.getpid(), signal.SIGINT)

    def report_start_screen():
        w = window()
        if w is None:
            QTimer.singleShot(50, report_start_screen)
            return
        def report():
            banner = w.start.restore_banner
            print(json.dumps({{"restore_offered": not banner.isHidden(), "text": banner.message()}}),
                  flush=True)
            os.kill(os.getpid(), signal.SIGTERM)
        QTimer.singleShot(300, report)

    if __name__ == "__main__":  # the reader's worker process re-imports this script (spawn)
        QTimer.singleShot(0, edit_then_interrupt if MODE == "edit" else report_start_screen)
        sys.exit(run_gui(["--sample"] if MODE == "edit" else []))
    """
)


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def _run_runner(tmp_path: Path, mode: str, edited: str = "") -> subprocess.CompletedProcess[str]:
    script = tmp_path / f"runner-{mode}.py"
    script.write_text(RUNNER.format(root=str(ROOT), mode=mode, edited=edited), encoding="utf-8")
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120, env=_env(), cwd=tmp_path)


def _start_screen_after(tmp_path: Path) -> dict:
    """Start the app again (no arguments) and read its start screen's restore offer."""
    result = _run_runner(tmp_path, "report")
    assert result.returncode == 130, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def _launch_sample_and_wait_for_autosave() -> subprocess.Popen[str]:
    """`python -m app --sample` as a user starts it; returns once its first autosave is recorded."""
    proc = subprocess.Popen([sys.executable, "-m", "app", "--sample"], cwd=ROOT,
                            env=_env(LOOPREADY_TRACE="1"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    marker = sessions.user_data_dir() / "running.json"
    deadline = time.time() + 180
    assert proc.stderr is not None
    for line in proc.stderr:
        if "loopready-trace view-ready" in line or time.time() > deadline:
            break
    while time.time() < deadline:
        try:
            if json.loads(marker.read_text(encoding="utf-8"))["autosave"]:
                return proc
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.1)
    proc.kill()
    raise AssertionError("the app never recorded its autosave")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_closes_the_window_cleanly_with_exit_130(sig: signal.Signals, tmp_path: Path) -> None:
    proc = _launch_sample_and_wait_for_autosave()
    try:
        proc.send_signal(sig)
        assert proc.stderr is not None
        rest = proc.stderr.read()
        code = proc.wait(60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 130, rest[-3000:]
    assert f"loopready: {sig.name} received: saving your work and closing" in rest
    assert "Traceback" not in rest
    home = sessions.user_data_dir()
    assert not (home / "running.json").exists()
    assert "geometry" in json.loads((home / "settings.json").read_text(encoding="utf-8"))  # closeEvent ran
    assert sessions.unclean_exit_autosave() is None
    offer = _start_screen_after(tmp_path)
    assert offer["restore_offered"] is False, offer


def test_ctrl_c_right_after_an_edit_saves_it(tmp_path: Path) -> None:
    edited = "Cut p99 latency by 35% (typed a moment before Ctrl+C)."
    result = _run_runner(tmp_path, "edit", edited)
    assert result.returncode == 130, result.stderr[-3000:]
    assert "SIGINT received" in result.stderr and "Traceback" not in result.stderr
    story_id = json.loads(result.stdout.strip().splitlines()[-1])["story"]
    saved = sessions.latest_autosave()
    assert saved is not None
    assert sessions.load_session(saved).story(story_id).result == edited
    assert not (sessions.user_data_dir() / "running.json").exists()


def test_a_killed_app_is_offered_for_restore_at_next_start(tmp_path: Path) -> None:
    """The control: without a clean close, the next start does offer the autosave."""
    proc = _launch_sample_and_wait_for_autosave()
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    offer = _start_screen_after(tmp_path)
    assert offer["restore_offered"] is True
    assert "did not close properly last time" in offer["text"]


X11_SCRIPT = r"""
"$PY" -m app >/dev/null 2>"$TRACE" &
app=$!
for _ in $(seq 1 600); do grep -q "loopready-trace shown" "$TRACE" 2>/dev/null && break; sleep 0.1; done
xwininfo -root -tree
kill -TERM $app
wait $app
echo "exit=$?"
"""


@pytest.mark.skipif(not all(map(shutil.which, ("xvfb-run", "xwininfo"))),
                    reason="needs Xvfb and xwininfo (apt-get install xvfb x11-utils)")
def test_real_x11_window_has_the_app_class_and_closes_on_sigterm(tmp_path: Path) -> None:
    """On a real X server: WM_CLASS is ("loopready", "LoopReady"), never "__main__.py"."""
    env = {k: v for k, v in _env().items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update(PY=sys.executable, TRACE=str(tmp_path / "trace.txt"), LOOPREADY_TRACE="1")
    result = subprocess.run(["xvfb-run", "-a", "bash", "-c", X11_SCRIPT], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=180)
    assert "exit=130" in result.stdout, (result.stdout[-2000:], result.stderr[-2000:])
    windows = [line for line in result.stdout.splitlines() if '("loopready" "LoopReady")' in line]
    assert windows, result.stdout[-3000:]
    assert "__main__" not in result.stdout
    assert not (sessions.user_data_dir() / "running.json").exists()
