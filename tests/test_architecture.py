"""The core is Qt-free: nothing outside app/views/ imports PySide6 (or qtawesome)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_MODULES = ("PySide6", "shiboken6", "qtawesome", "PyQt5", "PyQt6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_qt_import_outside_views() -> None:
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        rel = path.relative_to(ROOT)
        if rel.parts[:2] == ("app", "views"):
            continue
        bad = _imports(path) & set(QT_MODULES)
        if bad:
            offenders.append(f"{rel}: {sorted(bad)}")
    assert offenders == [], "core modules import Qt: " + "; ".join(offenders)


def test_core_runs_without_qt_loaded() -> None:
    """Importing every core module at run time loads no Qt binding (catches indirect imports)."""
    core = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in (ROOT / "app").rglob("*.py")
        if "views" not in p.relative_to(ROOT).parts and p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {core!r}:\n"
        "    importlib.import_module(m.removesuffix('.__init__'))\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_views_are_the_only_qt_users_and_exist() -> None:
    """The guard above must be able to fail: views really import Qt."""
    views = list((ROOT / "app" / "views").rglob("*.py"))
    assert any("PySide6" in _imports(p) for p in views)
