"""The judge: edge cases, then random differential tests, then scale.

It stops at the first failure, like an online judge. The learner's code runs
only in sandbox workers (`drill.attempts`); the reference runs here, in the
trusted process, and in a worker of its own when its time is measured against
the learner's. Every verdict comes from `drill.decide`; each stage returns its
result and `check` puts them together.
"""

from __future__ import annotations

import sys
import time

from .. import bigstack
from ..attempts import TRUSTED_RECURSION, SandboxedSolution, TrustedSolution
from ..decide import ending
from ..errors import DrillError, JudgeError
from ..verdicts import Verdict
from . import cases, randomized, scale
from ..report import Failure, Growth, Note, Point, Report
from .stage import Run

__all__ = ["Failure", "Growth", "Kit", "Note", "Point", "Report", "check", "start", "trusted"]

STAGES = (("cases", cases.run), ("random", randomized.run), ("scale", scale.run))


class Kit:
    """What a check needs besides the learner's file: the reference, in this process, and the reference's
    own timing worker for the scale stage. A check makes its own; a watch session keeps one across checks
    (it never holds learner code, so nothing of one check reaches the next)."""

    def __init__(self, problem, keep_answers: bool = False):
        self.reference = TrustedSolution(problem, remember=keep_answers)
        # The timing worker boots while the earlier stages run.
        self.timer = scale.reference_timer(problem).start() if problem.scale.enabled else None

    def close(self) -> None:
        if self.timer is not None:
            self.timer.close()


def check(
    problem, path: str, thorough: bool = False, seed: int | None = None, progress=None, learner=None, kit: Kit | None = None
) -> Report:
    """Judge the file at `path`; every failure of the learner's code is a verdict. `learner` may be a
    SandboxedSolution of that file started earlier (see start), so its worker boots meanwhile; `kit` one
    kept warm by the caller (who closes it)."""
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)  # answers may hold huge ints; the worker allows them too
    learner = learner or start(problem, path)
    return trusted(lambda: _check(problem, learner, kit, thorough, seed, progress or (lambda stage: None)))


def start(problem, path: str) -> SandboxedSolution:
    """The learner's solution with its worker already starting: call as early as possible."""
    return SandboxedSolution(problem, path).start()


def trusted(fn):
    """Run trusted code (the judge, a reference) on a big stack, so deep recursion cannot crash drill."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, TRUSTED_RECURSION))
    value, error = bigstack.run(fn, name="judge")
    if error is not None:
        raise error
    return value


def _check(problem, learner: SandboxedSolution, kit: Kit | None, thorough: bool, seed: int | None, progress) -> Report:
    report = Report(problem.slug, Verdict.ACCEPTED, "load")
    started = time.perf_counter()
    own_kit = kit is None
    try:
        kit = kit or Kit(problem)
        progress("load")
        failed = learner.load()
        report.timings["load"] = time.perf_counter() - started
        if failed is not None:
            decision = ending(failed, problem.memory_mb)
            report.verdict = decision.verdict
            report.failure = Failure(
                case="loading your file", message=decision.message, traceback=failed.reply.traceback, stdout=failed.stdout
            )
            return report
        run = Run(problem, learner, kit.reference, thorough, seed, kit.timer)
        for stage, fn in STAGES:
            progress(stage)
            report.stage = stage
            t0 = time.perf_counter()
            result = fn(run)
            report.timings[stage] = time.perf_counter() - t0
            _merge(report, result)
            if not result.accepted:
                return report
        return report
    except JudgeError as e:
        report.verdict, report.error = Verdict.JUDGE_ERROR, str(e)
        return report
    except DrillError as e:  # a broken problem folder found while judging (generators.py, checker.py)
        report.verdict, report.error = Verdict.JUDGE_ERROR, e.message
        return report
    finally:
        learner.close()
        if own_kit and kit is not None:
            kit.close()
        report.timings["total"] = time.perf_counter() - started


def _merge(report: Report, result) -> None:
    report.verdict = result.verdict
    report.failure = result.failure or report.failure
    report.notes += [n for n in result.notes if n not in report.notes]
    if result.total:
        report.passed, report.total = result.passed, result.total
    if result.random_examples:
        report.random_examples = result.random_examples
    if result.seed is not None:
        report.seed = result.seed
    if result.growth is not None:
        report.growth = result.growth
    if result.optimal is not None:
        report.optimal = result.optimal
