"""The verdicts: one closed set, and everything the product says about each.

Every part of drill speaks in these values: the worker's replies are mapped to
them in one place (`drill.attempts`), reports and the state file store their
`value`, and rendering takes the title and colour from here.
"""

from __future__ import annotations

from enum import Enum


class Verdict(str, Enum):
    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    RUNTIME_ERROR = "runtime_error"
    TIME_LIMIT_EXCEEDED = "time_limit_exceeded"
    MEMORY_LIMIT_EXCEEDED = "memory_limit_exceeded"
    COMPILE_ERROR = "compile_error"
    JUDGE_ERROR = "judge_error"  # the judge's or the problem author's fault, never the learner's

    def __str__(self) -> str:
        return self.value

    @property
    def title(self) -> str:
        return _TITLES[self]

    @property
    def colour(self) -> str:
        return "green" if self is Verdict.ACCEPTED else ("yellow" if self.blame == "judge" else "red")

    @property
    def blame(self) -> str:
        """Whose failure it is: "none" (accepted), "learner" or "judge"."""
        if self is Verdict.ACCEPTED:
            return "none"
        return "judge" if self is Verdict.JUDGE_ERROR else "learner"

    @property
    def status(self) -> str:
        """The machine-readable result: pass, fail, or error (nothing could be judged)."""
        if self is Verdict.ACCEPTED:
            return "pass"
        return "error" if self in (Verdict.COMPILE_ERROR, Verdict.JUDGE_ERROR) else "fail"

    @property
    def is_limit(self) -> bool:
        """A resource limit was hit: retrying or shrinking the input would take as long again."""
        return self in (Verdict.TIME_LIMIT_EXCEEDED, Verdict.MEMORY_LIMIT_EXCEEDED)

    @classmethod
    def learner_failures(cls) -> tuple[Verdict, ...]:
        """What a wrong solution can get (what a mutant may declare)."""
        return tuple(v for v in cls if v.blame == "learner")


_TITLES = {
    Verdict.ACCEPTED: "Accepted",
    Verdict.WRONG_ANSWER: "Wrong Answer",
    Verdict.RUNTIME_ERROR: "Runtime Error",
    Verdict.TIME_LIMIT_EXCEEDED: "Time Limit Exceeded",
    Verdict.MEMORY_LIMIT_EXCEEDED: "Memory Limit Exceeded",
    Verdict.COMPILE_ERROR: "Compile Error",
    Verdict.JUDGE_ERROR: "Judge Error",
}
