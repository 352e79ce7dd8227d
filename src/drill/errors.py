"""One domain error type, turned into a one-line message and an exit code at the edge."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1  # the solution failed (any verdict but accepted), or an author check failed
EXIT_USAGE = 2  # usage or input error
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130


class DrillError(Exception):
    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.message = message
        self.code = code


class JudgeError(Exception):
    """The judge's or the problem author's fault, never the learner's: becomes the judge_error verdict."""
