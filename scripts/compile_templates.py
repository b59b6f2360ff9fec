"""`python scripts/compile_templates.py [--check]`: prebuild the export templates' Jinja code.

Writes app/resources/templates/compiled/KEY.cache for each template (KEY: its name and the
environment's settings, `app.export.render.settings_key`), in Jinja's own bytecode-cache
format, which carries the Jinja and Python versions and the template source's checksum: at run
time a template whose prebuilt code does not match is compiled as before, never used stale.
Run it after editing a template (tests/export/test_prebuilt_templates.py checks they are
current). `--check`: write nothing, exit 1 if any is missing or stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    import jinja2

    from app.atomic import write_bytes
    from app.export.render import COMPILED, environment, settings_key

    check = "--check" in (argv if argv is not None else sys.argv[1:])
    env = environment(prebuilt=False)
    templates = ROOT / "app" / "resources" / "templates"
    folder = templates / COMPILED
    wanted: dict[str, bytes] = {}  # file name -> bytes to write (stale or missing ones only)
    kept: set[str] = set()
    stale: list[str] = []
    for name in sorted(p.name for p in templates.iterdir() if p.is_file()):
        source = (templates / name).read_text(encoding="utf-8")
        bucket = jinja2.bccache.Bucket(env, settings_key(env, name),
                                       jinja2.BytecodeCache().get_source_checksum(source))
        path = folder / f"{bucket.key}.cache"
        if path.is_file():
            bucket.bytecode_from_string(path.read_bytes())
        if bucket.code is None:
            stale.append(name)
            bucket.code = env.compile(source, name, name)
            wanted[path.name] = bucket.bytecode_to_string()
        else:  # current: left as it is (marshal output is not byte-for-byte repeatable)
            kept.add(path.name)
    extra = sorted(p.name for p in folder.glob("*.cache")
                   if p.name not in wanted and p.name not in kept) if folder.is_dir() else []
    if check:
        for name in stale:
            print(f"stale or missing: {name}")
        for name in extra:
            print(f"left over: {COMPILED}/{name}")
        return 1 if stale or extra else 0
    folder.mkdir(exist_ok=True)
    for file, data in wanted.items():
        write_bytes(folder / file, data)
    for name in extra:
        (folder / name).unlink()
    print(f"{len(wanted) + len(kept)} templates, {len(stale)} compiled anew, {len(extra)} removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
