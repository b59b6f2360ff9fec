"""Entry point of the frozen app (PyInstaller): the same main() as `python -m app`.

`freeze_support()` comes first: the reading worker (app.sandbox) is this same executable
started by multiprocessing, and must run the worker, not open a second window or CLI.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from app.__main__ import main

    sys.exit(main())
