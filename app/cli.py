"""Command line: JSON to stdout, one line on stderr for errors, exit codes.

Every command calls the same use cases as the window (`app.workflow.Workflow`). Heavy modules
are imported inside the commands so `--version` and the GUI start fast.

Exit codes: 0 ok, 1 unexpected, 2 usage, 3 unreadable input, 4 knowledge, 5 session, 6 export,
130 interrupted (Ctrl+C) or cancelled. Output paths are checked before any work (`app.outputs`); what
reaches the terminal never carries its control characters (`app.safe_text.for_terminal`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from app import APP_NAME, __version__
from app.errors import ExportError, InputError, LoopReadyError
from app.safe_text import escape_json_text, for_terminal

if TYPE_CHECKING:
    from app.models.report import Report
    from app.models.session import Session
    from app.workflow import Workflow

COMMANDS = ("parse", "parse-jd", "classify", "analyze", "rubric", "eval")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not a usage dump
        self.exit(2, f"loopready: {message} (see {self.prog} --help)\n")


def invoked_as() -> str:
    """How the user started us, for help and examples: `python -m app`, `loopready`, ..."""
    argv0 = sys.argv[0] if sys.argv and sys.argv[0] else ""
    name = Path(argv0).name
    if not name or name in ("__main__.py", "-c") or name.startswith("python"):
        return "python -m app"
    return Path(name).stem if name.lower().endswith(".exe") else name


def _table(rows: Sequence[tuple[str, str]]) -> str:
    width = max(len(left) for left, _ in rows) + 3
    return "\n".join(f"  {left.ljust(width)}{right}" for left, right in rows)


def _help_text(prog: str) -> tuple[str, str, str]:
    """Usage, description and epilog of `--help`: how to open the window comes first."""
    usage = (f"{prog} [RESUME [JD] | SESSION.loopready.json | --sample]   (opens the window)\n"
             f"       {prog} COMMAND [ARGS]   (no window: {', '.join(COMMANDS)})")
    description = f"""\
{APP_NAME}: your interview-prep kit, built on your machine from your resume and a job
description. Nothing leaves your computer.

open the window:
{_table([
    (prog, "the start screen: drop your resume and the job description"),
    (f"{prog} --sample", "a complete example (an invented candidate)"),
    (f"{prog} RESUME [JD]", "analyse RESUME (PDF, DOCX, TXT, MD) against JD (the posting"),
    ("", "as a TXT, PDF or DOCX file); the analysis starts at once"),
    (f"{prog} SESSION.loopready.json", "reopen a saved session, with your edits"),
])}"""
    epilog = f"""\
examples without a window:
  {prog} analyze resume.pdf job.txt --report report.pdf --cheatsheet sheet.pdf
  {prog} analyze --session mine.loopready.json --stories stories.docx
  {prog} analyze resume.pdf job.txt --interview-date 2026-12-15 --ics plan.ics
  {prog} rubric answer.txt --question dive-deep-01
  {prog} parse resume.pdf --out resume.json
  {prog} COMMAND --help      (the options of one command)

exit codes: 0 ok, 1 unexpected error (please report it), 2 usage, 3 unreadable input,
4 knowledge files, 5 session file, 6 export, 130 interrupted (Ctrl+C; the window saves first).

From a source checkout, `python -m app` needs the project's virtual environment: activate it
(`source .venv/bin/activate`, on Windows `.venv\\Scripts\\Activate.ps1`) or call
.venv/bin/python directly; ./scripts/run.sh (scripts\\run.ps1 on Windows) sets it up first."""
    return usage, description, epilog


def written_files(args: argparse.Namespace) -> list[tuple[str, str]]:
    """The files a finished `analyze` wrote, as (what, path), for the line on stderr."""
    if getattr(args, "command", None) != "analyze":
        return []
    named = [("the analysis JSON", args.json if args.json not in (None, "-") else None),
             ("the full report", args.report), ("the cheat sheet", args.cheatsheet),
             ("the STAR stories", args.stories), ("the calendar plan", args.ics)]
    return [(what, path) for what, path in named if path]


#: standard input is read up to this size and refused beyond it, while reading (a job
#: description is at most 100,000 characters: 400 KB even in UTF-32)
STDIN_MAX_BYTES = 4 * 1024 * 1024


class _StdoutFailed(ExportError):
    """Standard output could not take the result (disk full, a closed terminal...)."""


def _write_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _StdoutFailed(f"Cannot write the result to standard output ({exc.strerror or exc}). "
                            "Free some disk space, or write it to a file with --json/--out.") from None


def _dump(data: Any, out: str | None = None, inputs: dict[str, str] | None = None) -> None:
    text = escape_json_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)) + "\n"
    if out and out != "-":
        from app.atomic import write_text
        from app.outputs import check_output

        target = check_output(out, "JSON", inputs)
        try:
            write_text(target, text)
        except OSError as exc:
            raise ExportError(f"Cannot write the JSON to {out} ({exc.strerror or exc}). "
                              "Choose a file in a folder you can write to.") from None
    else:
        _write_stdout(text)


def _read_stdin_text() -> str:
    """Standard input as text: refused as soon as it passes STDIN_MAX_BYTES (never read in
    full first); any encoding the file reader knows (UTF-8/16/32, cp1252)."""
    from app.workflow import text_from_bytes

    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("There is no standard input to read. Give a file instead of '-'.")
    data = stream.read(STDIN_MAX_BYTES + 1)
    if len(data) > STDIN_MAX_BYTES:
        raise InputError(f"Standard input holds more than {STDIN_MAX_BYTES // (1024 * 1024)} MB; "
                         "a job description is far shorter. Give only the posting's text.")
    return text_from_bytes(data)


def _workflow(reads: int = 0) -> Workflow:
    """The use cases, with a reading worker forked where that is safe and cheaper: a Linux
    command line has no other threads when it starts one (the window and macOS/Windows use
    spawn). LOOPREADY_READER_START=spawn|fork overrides it (measurements). `reads`: the
    files the command reads in all (0: not known); the worker stops once they are read."""
    from app.sandbox import ReaderPool
    from app.workflow import Workflow

    return Workflow(reader=ReaderPool(method=_reader_start(), keep=1, warm=(),  # imports on demand
                                      requests=reads))


def _reader_start() -> str:
    import os

    method = os.environ.get("LOOPREADY_READER_START", "")
    if method not in ("spawn", "fork"):
        method = "fork" if sys.platform.startswith("linux") else "spawn"
    return method


def _import_before_fork(args: argparse.Namespace, workflow: Workflow) -> None:
    """A forked reading worker inherits this process's modules. The exports need PyMuPDF
    (PDF) here anyway, and python-docx for the stories when the parts it writes for its
    template are not kept yet (`app.export.docx_parts`); imported before the worker forks,
    the worker reads a PDF or DOCX resume without importing them a second time. The same
    holds for the resume model, which both sides use (the worker builds it, the analysis
    reads it), and for the reading modules: the worker needs them at once, and imported here
    their patterns come from the compile cache like the rest (`app.compile_cache`
    learns only in the process that loaded it, not in a worker). So too the knowledge with
    its skills matcher (the loader builds the matcher, or takes it from its cache): the worker
    reads the posting with it and the analysis matches with it."""
    if _reader_start() != "fork":
        return
    import gc

    import app.models.resume  # noqa: F401
    from app.skills import SkillMatcher
    from app.workflow import import_reading_modules

    import_reading_modules()
    _import_reader_of(args.resume)
    SkillMatcher.for_skills(workflow.knowledge().skills)  # the loader's own matcher, loaded
    if args.report or args.cheatsheet:
        import pymupdf  # noqa: F401
    if args.stories:
        from app.workflow import prepare_stories_export

        # python-docx only where the stories need it: the parts it writes for its template
        # are kept between runs (built with it, and it imported here, when they are not)
        prepare_stories_export()
    # What is alive now (modules, knowledge, matcher) lives until the exit: frozen, the
    # collector never scans it again in either process, and the worker's collections do not
    # write to (and so copy) the pages it shares with this process.
    gc.freeze()
    _collect_again()


#: the module that reads a resume of each kind (`app.reading.resume._lines_of` imports it
#: when it reads one), by the file's suffix; the text reader is imported for every kind
_READERS = {".pdf": "app.reading.pdf", ".docx": "app.reading.docx_reader"}


def _import_reader_of(resume: str) -> None:
    """Import here the module that will read `resume` (guessed from its suffix; the worker
    still sniffs the content and imports what it needs): imported in the worker, its
    patterns and dataclass methods were compiled again at every run, since the compile cache
    learns nothing in a worker (~59 M instructions, 14% of the worker's, for a PDF)."""
    import importlib

    for name in (_READERS.get(Path(resume).suffix.lower()), "app.reading.text"):
        if name:
            importlib.import_module(name)


#: whether the cyclic collector ran when `run_cli` held it off (see `_hold_collector`)
_COLLECTOR: dict[str, bool] = {"held": False}


def _hold_collector() -> None:
    """Hold the cyclic collector off while `analyze` imports its modules and loads the
    knowledge: nothing they build is garbage (its ~240 passes over the growing heap found a
    few hundred objects to free and cost ~0.03 CPU s, a full pass among them). Released by
    `_collect_again` once that is done, or when the command ends."""
    import gc

    if gc.isenabled():
        gc.disable()
        _COLLECTOR["held"] = True


def _collect_again() -> None:
    """The collector runs again (if `_hold_collector` held it off)."""
    import gc

    if _COLLECTOR["held"]:
        _COLLECTOR["held"] = False
        gc.enable()


def _job_source(source: str) -> dict[str, str]:
    """`Workflow.read_job` arguments for a file path, or standard input when `source` is '-'."""
    if source == "-":
        return {"text": _read_stdin_text(), "source": "-"}
    return {"path": source}


def cmd_parse(args: argparse.Namespace) -> int:
    inputs = {args.file: "resume"}
    _check_outputs([("JSON", args.out)], inputs)
    _dump(_workflow().read_resume(args.file).to_dict(), args.out, inputs)
    return 0


def cmd_parse_jd(args: argparse.Namespace) -> int:
    inputs = {args.file: "job description"}
    _check_outputs([("JSON", args.out)], inputs)
    src = _job_source(args.file)
    job = _workflow().read_job(src.get("path", ""), src.get("text", ""), src.get("source", "-"))
    _dump(job.to_dict(), args.out, inputs)
    return 0


def _check_outputs(outputs: list[tuple[str, str | None]], inputs: dict[str, str]) -> None:
    from app.outputs import check_outputs

    check_outputs(outputs, inputs)


def cmd_classify(args: argparse.Namespace) -> int:
    if args.file in (None, "-"):
        text = _read_stdin_text()
    else:
        from app.workflow import text_from_bytes

        path = Path(args.file)
        if not path.is_file():
            raise InputError(f"No such file: {args.file}. Give a text file with one bullet per line, or '-' for standard input.")
        if path.stat().st_size > STDIN_MAX_BYTES:  # checked before it is read
            raise InputError(f"{path.name} is larger than {STDIN_MAX_BYTES // (1024 * 1024)} MB; "
                             "give a text file with one resume bullet per line.")
        text = text_from_bytes(path.read_bytes())
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    out = [escape_json_text(json.dumps({"text": line, "principles": list(result.principles),
                                        "scores": result.scores}, ensure_ascii=False)) + "\n"
           for line, result in zip(lines, _workflow().classify(lines), strict=True)]
    _write_stdout("".join(out))
    return 0


def _plan_report(workflow: Workflow, args: argparse.Namespace, session: Session,
                 report: Report) -> Report | None:
    """The report with the day-by-day plan when an interview date is known (`--interview-date`
    or the session's), else None. `--today` stands in for today's date (plans made ahead)."""
    import dataclasses

    from app.workflow import parse_day

    today = parse_day(args.today, "--today date") if args.today else workflow.clock.today()
    interview = parse_day(args.interview_date, "interview date") if args.interview_date else None
    if interview is None and not session.plan.interview_date:
        if args.ics:
            raise InputError("--ics needs the interview date: add --interview-date YYYY-MM-DD.")
        return None
    plan = workflow.schedule(session, interview, args.hours, today)
    return dataclasses.replace(report, schedule=plan.days)


def cmd_analyze(args: argparse.Namespace) -> int:
    if not args.session and (not args.resume or not args.job):
        raise InputError("analyze needs RESUME and JD (or --session FILE). Example: python -m app analyze resume.pdf job.txt --json out.json")
    inputs = {p: role for p, role in ((args.resume, "resume"), (args.job, "job description"),
                                      (args.session, "session")) if p}
    outputs = [("report", args.report), ("cheat sheet", args.cheatsheet),
               ("stories", args.stories), ("analysis JSON", args.json), ("calendar", args.ics)]
    _check_outputs(outputs, inputs)  # before any work: a bad output costs nothing
    if args.interview_date or args.today:  # a mistyped date costs nothing either
        from app.workflow import parse_day

        for value, what in ((args.interview_date, "interview date"), (args.today, "--today date")):
            if value:
                parse_day(value, what)
    if args.ics and not args.interview_date and not args.session:
        raise InputError("--ics needs the interview date: add --interview-date YYYY-MM-DD.")
    workflow = _workflow(reads=0 if args.session else 2)  # the resume and the posting
    workflow.knowledge()  # a broken knowledge folder is reported before anything is read
    if args.session:
        _collect_again()
        # Exports include the user's edits: the analysis comes from the saved session.
        session = workflow.open_session(args.session)
        report = session.effective_report()
    else:
        from app.sessions import new_session

        job = _job_source(args.job)
        _import_before_fork(args, workflow)
        _collect_again()
        report = workflow.analyse_files(args.resume, job.get("path", ""), job.get("text", ""),
                                        role=args.role)
        session = new_session(report)
    planned = _plan_report(workflow, args, session, report)
    report = planned or report
    for kind, path in (("report", args.report), ("cheatsheet", args.cheatsheet),
                       ("stories", args.stories), ("calendar", args.ics)):
        if path:
            workflow.export(report, kind, path, paper=args.paper, inputs=inputs)
    if args.json or not (args.report or args.cheatsheet or args.stories or args.ics):
        _dump(report.to_dict(), args.json, inputs)  # "schedule" is [] without a date
    return 0


def cmd_rubric(args: argparse.Namespace) -> int:
    """One told answer in, its rubric out: exactly the keys of `Rubric.contract()`."""
    from app.models.practice import MAX_ANSWER_BYTES
    from app.workflow import answer_from_bytes

    if args.file in (None, "-"):
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError("There is no standard input to read. Give a file instead of '-'.")
        data = stream.read(MAX_ANSWER_BYTES + 1)
        name = "Standard input"
    else:
        path = Path(args.file)
        if not path.is_file():
            raise InputError(f"No such file: {args.file}. Give a text file holding your answer, "
                             "or '-' for standard input.")
        if path.stat().st_size > MAX_ANSWER_BYTES:  # checked before it is read
            raise InputError(f"{path.name} is larger than 1 MB; a told answer is a few hundred "
                             "words. Give only the answer's text.")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"Cannot read {path.name} ({exc.strerror or exc}).") from None
        name = path.name
    text = answer_from_bytes(data, name)
    workflow = _workflow()
    if args.question:
        if not workflow.has_question(args.question):
            sys.stderr.write(f"loopready: no question has the id {_one_line(args.question)!r}; "
                             "use an id from the analysis JSON's questions (see "
                             f"{invoked_as()} rubric --help)\n")
            return 2
    _write_stdout(escape_json_text(json.dumps(workflow.rubric(text, args.question).contract(),
                                              ensure_ascii=False, indent=2)) + "\n")
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
    prog = invoked_as()
    usage, description, epilog = _help_text(prog)
    parser = _Parser(prog=prog, usage=usage, description=description, epilog=epilog,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, title="commands (no window)",
                                metavar="COMMAND", prog=prog)

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

    p = sub.add_parser("analyze", help="analyse a resume against a job description; JSON and exports",
                       description="Analyse RESUME against JD and print the analysis as JSON, or "
                                   "write the exports you name (each written file is listed on "
                                   "stderr). With --session, export a saved session with your edits.",
                       epilog=f"example: {prog} analyze resume.pdf job.txt --report report.pdf "
                              "--cheatsheet sheet.pdf --paper a4")
    p.add_argument("resume", nargs="?", metavar="RESUME", help="your resume: PDF, DOCX, TXT or MD")
    p.add_argument("job", nargs="?", metavar="JD",
                   help="the job description: a text, PDF or DOCX file, or '-' for stdin")
    p.add_argument("--json", help="write the analysis JSON here ('-' for stdout)")
    p.add_argument("--report", help="write the full PDF report here")
    p.add_argument("--cheatsheet", help="write the one-page cheat sheet PDF here")
    p.add_argument("--stories", help="write the STAR stories as DOCX here")
    p.add_argument("--paper", choices=("letter", "a4"), default="letter",
                   help="paper size of the PDFs (default: letter)")
    p.add_argument("--role", default="auto",
                   help="role pack id, e.g. amazon-mle or amazon-sde (default: auto, from the posting's title)")
    p.add_argument("--session", help="export from a saved session (includes your edits)")
    p.add_argument("--interview-date", metavar="YYYY-MM-DD",
                   help="plan each day from today to the day before: adds \"schedule\" to the "
                        "JSON and a schedule section to the report")
    p.add_argument("--today", metavar="YYYY-MM-DD",
                   help="the date the plan starts from (default: today)")
    p.add_argument("--hours", type=float, metavar="H",
                   help="hours a day you have for preparing (default: 1)")
    p.add_argument("--ics", metavar="FILE",
                   help="write the plan as a calendar file (.ics); needs --interview-date")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("rubric", help="score one told answer (STAR, result, I vs we, length); JSON",
                       description="Read one told answer as plain text (with or without "
                                   "'Situation:' / 'Task:' / 'Action:' / 'Result:' labels) and "
                                   "print its rubric as one JSON object.",
                       epilog=f"example: {prog} rubric answer.txt --question dive-deep-01")
    p.add_argument("file", nargs="?", default="-", metavar="FILE",
                   help="the answer as a text file, or '-' (the default) for standard input")
    p.add_argument("--question", default="", metavar="ID",
                   help="the question it answers (an id from the analysis JSON's questions): "
                        "adds how well it fits what that question listens for")
    p.set_defaults(func=cmd_rubric)

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
    """Messages may quote file names or input; stderr gets exactly one line regardless, and no
    control character from a file name reaches the terminal."""
    if any(ch in text for ch in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"):
        text = " ".join(text.split())
    return for_terminal(text)


def _silence_stdout() -> None:
    """After standard output failed, point it at the null device so the interpreter's final
    flush does not print a second error."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def run_cli(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.error("choose a command")
    if args.command == "analyze" and not args.session and not (args.resume and args.job):
        parser.exit(2, f"loopready: analyze needs RESUME and JD, or --session FILE (see {parser.prog} analyze --help)\n")
    if args.command == "analyze":
        _hold_collector()
    try:
        code = func(args)
        written = written_files(args) if code == 0 else []
        if written:
            sys.stderr.write("loopready: wrote " + "; ".join(
                f"{what} to {_one_line(str(Path(path).resolve()))}" for what, path in written) + "\n")
        return code
    except LoopReadyError as exc:
        if isinstance(exc, _StdoutFailed):
            _silence_stdout()
        sys.stderr.write(f"loopready: {_one_line(exc.message)}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("loopready: interrupted\n")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except MemoryError:
        sys.stderr.write("loopready: out of memory while reading the input; try a smaller file\n")
        return 3
    except Exception as exc:  # never a traceback for the user
        sys.stderr.write(f"loopready: unexpected error ({type(exc).__name__}: {_one_line(str(exc))}); "
                         "please report it\n")
        return 1
    finally:
        _collect_again()
