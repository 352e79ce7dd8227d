"""`drill run`: a solution on the learner's own inputs, beside the reference's answer.

LeetCode's "Run" with custom input. Facts only: per case the input, the
learner's answer (or how the attempt ended, as a verdict), the reference's
answer, whether they match under the problem's comparison, the printed output
and the CPU time of the call. The learner's file runs in the sandbox exactly
as in a check; the reference answers in the trusted process and is never
shown. A run is recorded as a run (`State.record_run`), never as a check.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .decide import decide, ending
from .errors import JudgeError
from .inputs import InputError
from .verdicts import Verdict


@dataclass
class CaseRun:
    """One case: what went in, what came out on both sides, and whether they match."""

    number: int
    inputs: list
    expected: object  # the reference's answer
    got: object = None  # the learner's answer, when it answered
    verdict: Verdict = Verdict.ACCEPTED  # accepted: the answers match; wrong_answer: they differ; else how it ended
    message: str = ""  # why they differ, or what ended the attempt
    stdout: str = ""
    stdout_truncated: bool = False
    cpu: float = 0.0  # CPU seconds of the learner's call(s)
    traceback: str = ""  # the learner's own traceback (their file only)
    operation: int | None = None  # design problems: the operation that failed

    @property
    def matched(self) -> bool:
        return self.verdict is Verdict.ACCEPTED

    @property
    def answered(self) -> bool:
        return self.verdict in (Verdict.ACCEPTED, Verdict.WRONG_ANSWER)


@dataclass
class LoadFailure:
    """The file did not load (a syntax error, no entry point, a crash at import): no case ran."""

    verdict: Verdict
    message: str
    traceback: str = ""
    stdout: str = ""


@dataclass
class RunResult:
    slug: str
    source: str  # "examples" (the prompt's) or "input" (the learner's)
    cases: list[CaseRun] = field(default_factory=list)
    load_failure: LoadFailure | None = None

    @property
    def matched(self) -> int:
        return sum(c.matched for c in self.cases)

    @property
    def all_matched(self) -> bool:
        return self.load_failure is None and bool(self.cases) and all(c.matched for c in self.cases)


REFERENCE_SECONDS_FLOOR = 2.0  # the reference's time for one case, at least (a slow machine's start-up)


def reference_answers(problem, cases: list[list]) -> list:
    """The reference's answer to each input, computed before the learner's code runs.

    The reference runs in a sandbox worker of its own (never the learner's), under the problem's memory
    limit and a deadline per case, because the learner's input is not trusted: an input the problem's
    constraint checks let through may still be far outside what the reference was written for (an
    amount of 10^12, a string of ten million letters). A reference that fails or runs out of time is
    told as an input error, without the reference's own words."""
    from .attempts import SandboxedSolution
    from .decide import ending as how_it_ended

    seconds = max(REFERENCE_SECONDS_FLOOR, 2 * problem.call_seconds)
    out = []
    with SandboxedSolution(problem, str(problem.reference_path), snapshot=False) as ref:
        failed = ref.load()
        if failed is not None:
            raise JudgeError(f"the reference does not load ({how_it_ended(failed, problem.memory_mb).verdict.value})")
        for number, inputs in enumerate(cases, 1):
            att = ref.attempt(inputs, seconds)
            if not att.returned:
                d = how_it_ended(att, problem.memory_mb)
                what = d.verdict.title.lower() if d is not None else "no answer"
                raise InputError(
                    f"case {number}: the reference cannot answer this input ({what}); it is probably outside the "
                    "problem's constraints (see the prompt's Constraints)"
                )
            out.append(att.got)
    return out


def run(problem, path: str, cases: list[list], source: str) -> RunResult:
    """Run the learner's file on each input (in the sandbox, as a check does) and set it beside the reference."""
    import sys

    from .attempts import SandboxedSolution

    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)  # answers may hold huge ints, as in a check
    expected = reference_answers(problem, cases)
    result = RunResult(problem.slug, source)
    with SandboxedSolution(problem, path) as learner:
        failed = learner.load()
        if failed is not None:
            d = ending(failed, problem.memory_mb)
            result.load_failure = LoadFailure(d.verdict, d.message, failed.reply.traceback, failed.stdout)
            return result
        for number, (inputs, answer) in enumerate(zip(cases, expected), 1):
            att = learner.attempt(inputs, problem.call_seconds)
            d = decide(problem, inputs, answer, att)
            result.cases.append(
                CaseRun(
                    number=number,
                    inputs=inputs,
                    expected=answer,
                    got=att.got if d.verdict in (Verdict.ACCEPTED, Verdict.WRONG_ANSWER) else None,
                    verdict=d.verdict,
                    message=d.message,
                    stdout=att.stdout,
                    stdout_truncated=att.stdout_truncated,
                    cpu=att.cpu,
                    traceback=att.reply.traceback,
                    operation=att.reply.op_index,
                )
            )
    return result
