"""Errors the user can act on. Each carries one sentence: what is wrong and what to do."""

from __future__ import annotations


class LoopReadyError(Exception):
    """Base for every error that is shown to the user as a message, never as a traceback."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(LoopReadyError):
    """A resume or job description that cannot be read (CLI exit code 3)."""

    exit_code = 3


class KnowledgeError(LoopReadyError):
    """A knowledge file is missing or malformed; the message names the file and field."""

    exit_code = 4


class SessionError(LoopReadyError):
    """A session file that cannot be opened safely."""

    exit_code = 5


class ExportError(LoopReadyError):
    """An export that could not be written."""

    exit_code = 6


class Cancelled(LoopReadyError):
    """The user stopped the work (the Cancel button, Ctrl+C); nothing was changed."""

    exit_code = 130

    def __init__(self, message: str = "Stopped. Nothing was changed.") -> None:
        super().__init__(message)
