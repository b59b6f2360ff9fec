"""Command line: JSON to stdout, one line on stderr for errors, exit codes.

Every command calls the same core functions as the GUI. Heavy modules are imported
inside the commands so `--version` and the GUI start fast.

Exit codes: 0 ok, 1 unexpected, 2 usage, 3 unreadable input, 4 knowledge, 5 session, 6 export.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app import APP_NAME, __version__
from app.errors import ExportError, InputError, LoopReadyError

COMMANDS = ("parse", "parse-jd", "classify", "analyze", "eval")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not a usage dump
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _dump(data: Any, out: str | None = None) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    if out and out != "-":
        from app.atomic import write_text

        target = Path(out)
        if target.is_dir():
            raise ExportError(f"Cannot write the JSON: {out} is a folder. Give a file name, e.g. {target / 'out.json'}.")
        try:
            write_text(target, text)
        except OSError as exc:
            raise ExportError(f"Cannot write the JSON to {out} ({exc.strerror or exc}). "
                              "Choose a file in a folder you can write to.") from None
    else:
        sys.stdout.write(text)


def _read_stdin_text() -> str:
    data = sys.stdin.buffer.read()
    for enc in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def load_job(source: str, knowledge: Any):
    """A job description from a file path, or from standard input when `source` is '-'."""
    from app.reading.jobs import read_job, read_job_text

    if source == "-":
        return read_job_text(_read_stdin_text(), knowledge, path="-")
    return read_job(source, knowledge)


def cmd_parse(args: argparse.Namespace) -> int:
    from app.reading.resume import read_resume

    _dump(read_resume(args.file).to_dict(), args.out)
    return 0


def cmd_parse_jd(args: argparse.Namespace) -> int:
    from app.knowledge import load_knowledge

    _dump(load_job(args.file, load_knowledge()).to_dict(), args.out)
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    from app.analysis.principles import PrincipleClassifier
    from app.knowledge import load_knowledge

    if args.file in (None, "-"):
        text = _read_stdin_text()
    else:
        path = Path(args.file)
        if not path.is_file():
            raise InputError(f"No such file: {args.file}. Give a text file with one bullet per line, or '-' for standard input.")
        text = path.read_text(encoding="utf-8", errors="replace")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    classifier = PrincipleClassifier(load_knowledge())
    for line, result in zip(lines, classifier.classify(lines), strict=True):
        sys.stdout.write(json.dumps({"text": line, "principles": list(result.principles),
                                     "scores": result.scores}, ensure_ascii=False) + "\n")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from app.analysis.pipeline import analyze
    from app.knowledge import load_knowledge
    from app.reading.resume import read_resume

    if not args.session and (not args.resume or not args.job):
        raise InputError("analyze needs RESUME and JD (or --session FILE). Example: python -m app analyze resume.pdf job.txt --json out.json")
    knowledge = load_knowledge()
    if args.session:
        # Exports include the user's edits: the analysis comes from the saved session.
        from app.sessions import load_session

        session = load_session(args.session)
        report = session.effective_report()
    else:
        resume = read_resume(args.resume)
        job = load_job(args.job, knowledge)
        report = analyze(resume, job, knowledge, role=args.role)
    if args.report or args.cheatsheet or args.stories:
        from app.export import write_cheatsheet, write_report, write_stories_docx

        if args.report:
            write_report(report, knowledge, args.report, paper=args.paper)
        if args.cheatsheet:
            write_cheatsheet(report, knowledge, args.cheatsheet, paper=args.paper)
        if args.stories:
            write_stories_docx(report, knowledge, args.stories)
    if args.json or not (args.report or args.cheatsheet or args.stories):
        _dump(report.to_dict(), args.json)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import importlib

    module = importlib.import_module(f"app.evaluation.{args.what}")
    if args.what == "judgments":
        options = ["--split", args.split] + (["--verbose"] if args.verbose else [])
        options += (["--json"] if args.as_json else [])
        options += ["--judgments", args.judgments] if args.judgments else []
        options += ["--base", args.base] if args.base else []
        return int(module.main(corpus=args.corpus, argv=options) or 0)
    if args.what == "principles":
        options = [x for f in args.lines or () for x in ("--lines", f)]
        return int(module.main(corpus=args.corpus, argv=options) or 0)
    return int(module.main(corpus=args.corpus) or 0)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="loopready", description=f"{APP_NAME}: your interview-prep kit, on your machine.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("parse", help="read a resume (PDF, DOCX, TXT, MD) and print JSON")
    p.add_argument("file")
    p.add_argument("--out", help="write JSON here instead of stdout")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("parse-jd", help="read a job description (file or '-' for stdin) and print JSON")
    p.add_argument("file")
    p.add_argument("--out", help="write JSON here instead of stdout")
    p.set_defaults(func=cmd_parse_jd)

    p = sub.add_parser("classify", help="one bullet per line in, one JSON line of principles out")
    p.add_argument("file", nargs="?", default="-")
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser("analyze", help="analyse a resume against a job description")
    p.add_argument("resume", nargs="?")
    p.add_argument("job", nargs="?", help="job description file, or '-' for stdin")
    p.add_argument("--json", help="write the analysis JSON here ('-' for stdout)")
    p.add_argument("--report", help="write the full PDF report here")
    p.add_argument("--cheatsheet", help="write the one-page cheat sheet PDF here")
    p.add_argument("--stories", help="write the STAR stories as DOCX here")
    p.add_argument("--paper", choices=("letter", "a4"), default="letter")
    p.add_argument("--role", default="auto",
                   help="role pack id, e.g. amazon-mle or amazon-sde (default: auto, from the posting's title)")
    p.add_argument("--session", help="export from a saved session (includes your edits)")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("eval", help="print accuracy tables on the corpus")
    p.add_argument("what", choices=("reading", "jobs", "principles", "judgments"))
    p.add_argument("--corpus", default=None, help="corpus folder (default: ../shared/corpus)")
    p.add_argument("--split", choices=("all", "a", "b"), default="all",
                   help="judgments: score one stable half of the resumes (tune on one, check the other)")
    p.add_argument("--verbose", action="store_true", help="judgments: print every disagreement")
    p.add_argument("--json", dest="as_json", action="store_true", help="judgments: the measures as JSON")
    p.add_argument("--judgments", help="judgments: a judgments file of your own (default: the corpus's)")
    p.add_argument("--base", help="judgments: folder that file's resume/job paths are relative to")
    p.add_argument("--lines", action="append",
                   help="principles: another labelled line file to score beside the dev file "
                        "and our held-back lines (repeatable)")
    p.set_defaults(func=cmd_eval)
    return parser


def _one_line(text: str) -> str:
    """Messages may quote file names or input; stderr gets exactly one line regardless."""
    return " ".join(text.split()) if any(ch in text for ch in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029") else text


def run_cli(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.error("choose a command")
    try:
        return func(args)
    except LoopReadyError as exc:
        sys.stderr.write(f"loopready: {_one_line(exc.message)}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("loopready: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        sys.stderr.write("loopready: out of memory while reading the input; try a smaller file\n")
        return 3
    except Exception as exc:  # never a traceback for the user
        sys.stderr.write(f"loopready: unexpected error ({type(exc).__name__}: {_one_line(str(exc))}); "
                         "please report it\n")
        return 1
