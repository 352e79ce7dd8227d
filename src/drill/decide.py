"""The one place a verdict is decided.

First from how an attempt ended (the worker's status, the signal that ended
the process, the memory the judge measured), then, for an answer, from the
problem's comparison. Nothing here reads message text: messages are made here,
from facts.
"""

from __future__ import annotations

import signal
from dataclasses import dataclass

from . import checkers
from .attempts import Attempt
from .errors import DrillError
from .protocol import Status
from .sandbox import Ending
from .verdicts import Verdict

HELD_MEMORY_WORTH_SAYING = 256  # MB: a timeout that also held this much says so


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    message: str = ""

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED


def ending(att: Attempt, memory_mb: int) -> Decision | None:
    """The verdict of an attempt that gave no usable answer; None when it answered within the limits."""
    d = _ending(att, memory_mb)
    if d is not None and att.step and att.step != "load":
        return Decision(d.verdict, f"{att.step}: {d.message}" if d.message else d.message)
    return d


def _ending(att: Attempt, memory_mb: int) -> Decision | None:
    r = att.reply
    peak = att.peak_mb or 0
    replied = att.ending is Ending.REPLIED
    if (att.ending is Ending.TIMEOUT or replied and r.status is Status.OK) and peak > memory_mb:
        # RLIMIT_AS is only a backstop (it counts reserved address space): a solution that filled more
        # than memory_mb, whether it then answered or ran into the deadline, broke the memory limit.
        message = f"the solution held {peak:,} MB of memory, more than the {memory_mb} MB allowed"
        if att.ending is Ending.TIMEOUT:
            message += f" (and gave no answer within {att.timeout:g} s)"
        return Decision(Verdict.MEMORY_LIMIT_EXCEEDED, message)
    if att.ending is Ending.TIMEOUT:
        message = f"no answer within {att.timeout:g} s"
        if peak >= HELD_MEMORY_WORTH_SAYING:
            message += f" (by then it held {peak:,} MB of memory)"
        return Decision(Verdict.TIME_LIMIT_EXCEEDED, message)
    if att.ending is Ending.DIED:
        cpu_limit = att.signal == signal.SIGXCPU  # RLIMIT_CPU, the backstop of the deadline
        return Decision(Verdict.TIME_LIMIT_EXCEEDED if cpu_limit else Verdict.RUNTIME_ERROR, att.detail)
    if att.ending is Ending.CORRUPTED:
        return Decision(Verdict.RUNTIME_ERROR, att.detail)
    if r.status is Status.OK:
        return None
    if r.status is Status.COMPILE_ERROR:
        return Decision(Verdict.COMPILE_ERROR, r.message)
    if r.status is Status.EXCEPTION:
        message = f"{r.exception}: {r.message}" if r.message else r.exception
        if r.exception == "RecursionError":
            message += " (recursion too deep)"
        return Decision(Verdict.RUNTIME_ERROR, message)
    if r.status is Status.BAD_RESULT:
        return Decision(Verdict.WRONG_ANSWER, r.message)
    if r.status is Status.MEMORY:
        return Decision(Verdict.MEMORY_LIMIT_EXCEEDED, f"MemoryError: the solution used more than the {memory_mb} MB allowed")
    if r.status is Status.BAD_INPUT:
        return Decision(Verdict.JUDGE_ERROR, f"malformed input: {r.message}")
    return Decision(Verdict.JUDGE_ERROR, f"the worker refused the request: {r.message}")


def compare(problem, inputs: list, expected, got) -> checkers.Comparison:
    """The problem's comparison of an answer; CheckerError when a custom checker breaks."""
    named = {p["name"]: v for p, v in zip(problem.params, inputs)}
    kind = problem.compare["kind"]
    if kind == "custom":
        try:
            check = problem.checker()
        except DrillError as e:
            raise checkers.CheckerError(e.message) from None
        result = checkers.custom(check, named, expected, got)
    else:
        result = checkers.CHECKERS[kind](named, expected, got, problem.compare)
    if not result.ok and not result.why and problem.entry.mismatch:
        return checkers.Comparison(False, problem.entry.mismatch)
    return result


def decide(problem, inputs: list, expected, att: Attempt) -> Decision:
    """The verdict of one attempt on one input."""
    d = ending(att, problem.memory_mb)
    if d is not None:
        return d
    try:
        result = compare(problem, inputs, expected, att.got)
    except checkers.CheckerError as e:
        return Decision(Verdict.JUDGE_ERROR, str(e))
    return Decision(Verdict.ACCEPTED) if result.ok else Decision(Verdict.WRONG_ANSWER, result.why)
