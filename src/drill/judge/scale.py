"""Stage 3: large inputs, the learner timed against the reference in the same run.

CPU time of the call alone, best of three, learner and reference interleaved
on the same worst-case inputs; the reference runs in a sandbox worker of its
own, started the same way, so both pay the same costs. Sizes grow by 4 from
`scale.start` until the learner's call takes long enough to measure (see
`growth`), then the growth decides.
"""

from __future__ import annotations

import json
import math
import random
import time

from ..attempts import SandboxedSolution
from ..decide import Decision, decide
from ..errors import JudgeError
from ..verdicts import Verdict
from . import growth as rule
from .report import Failure, Note, Point
from .stage import Run, StageResult, failure

CALL_SECONDS = 3.0  # the ceiling on one call at scale; past it the growth is a lower bound
REFERENCE_SECONDS = 60.0  # the trusted reference's own ceiling (a judge error past it)
REFERENCE_MEMORY_MB = 2048  # the reference at scale may hold more than a learner is allowed
BEST_OF = 3
LONG_CALL = 0.15  # a call this long is measured well enough once


def inputs_at(problem, n: int) -> list:
    """The scale input of size n: deterministic for the problem and n."""
    return json.loads(json.dumps(problem.generators().scale_input(n, random.Random(f"{problem.slug}:{n}"))))


def run(r: Run) -> StageResult:
    problem = r.problem
    result = StageResult()
    if not problem.scale.enabled:
        result.notes.append(Note.NO_SCALE_STAGE)
        return result
    memory = max(problem.memory_mb, REFERENCE_MEMORY_MB)
    with SandboxedSolution(problem, str(problem.reference_path), memory_mb=memory, snapshot=False) as timer:
        if timer.load() is not None:
            raise JudgeError("the reference does not load in a worker")
        points: list[Point] = []
        spent = time.perf_counter()
        for n in rule.sizes(problem.scale.start, problem.scale.max):
            point = _measure(r, timer, inputs_at(problem, n), n, result)
            if not result.accepted:
                if point is not None and points:
                    # Timed out: the ceiling is a lower bound on the learner's time at this size.
                    points.append(point)
                    result.growth = rule.growth(points, problem.scale.max, lower_bound=True)
                return result
            points.append(point)
            if len(points) >= 2 and (point.learner >= rule.ENOUGH_SIGNAL or time.perf_counter() - spent > rule.PROBE_SECONDS):
                break
        g = rule.growth(points, problem.scale.max)
        if rule.ambiguous(g):
            # Too close to call: measure the last two sizes again, never fail on noise.
            again = [_measure(r, timer, inputs_at(problem, p.n), p.n, result) for p in points[-2:]]
            if not result.accepted:
                return result
            points[-2:] = again
            g = rule.growth(points, problem.scale.max)
    result.growth = g
    if rule.too_slow(g):
        where = "measured" if g.measured_at_max else "predicted"
        message = (
            f"too slow at n = {g.max_n:,}: {where} {g.predicted_learner:.2f} s against the reference's "
            f"{g.predicted_reference * 1000:.1f} ms"
        )
        result.verdict = Verdict.TIME_LIMIT_EXCEEDED
        result.failure = Failure(case=f"scale, n = {points[-1].n:,}", message=message)
    elif rule.worse_class(g):
        result.notes.append(Note.WORSE_GROWTH)
    return result


def _measure(r: Run, timer: SandboxedSolution, inputs: list, n: int, result: StageResult) -> Point | None:
    """Best of three CPU times, learner and reference interleaved.

    After a failure the verdict is in `result`, and the return value is None,
    or for a timeout a Point whose learner time is the ceiling (a lower bound).
    """
    problem = r.problem
    best_l = best_r = math.inf
    for _ in range(BEST_OF):
        att = r.learner.attempt(inputs, CALL_SECONDS, timed=True)
        ref = timer.attempt(inputs, REFERENCE_SECONDS, timed=True)
        if not ref.returned:
            raise JudgeError(f"the reference failed at scale, n = {n:,}: {ref.ending.value} {ref.reply.message}".rstrip())
        best_r = min(best_r, ref.cpu)
        # Every repetition is judged, not only the first: a failure on a repeated call (a timeout, a
        # crash, another answer) must be the verdict, never a measurement of 0 s.
        decision = decide(problem, inputs, ref.got, att)
        if decision.verdict is Verdict.TIME_LIMIT_EXCEEDED:
            decision = Decision(decision.verdict, f"no answer within {CALL_SECONDS:g} s at n = {n:,} (the reference took {ref.cpu * 1000:.1f} ms)")
        if not decision.accepted:
            result.fail(decision, failure(problem, f"scale, n = {n:,}", inputs, ref.got, att, decision, limit=120))
            return Point(n, CALL_SECONDS, ref.cpu) if decision.verdict is Verdict.TIME_LIMIT_EXCEEDED else None
        best_l = min(best_l, att.cpu)
        if att.cpu > LONG_CALL:
            break
    return Point(n, best_l, best_r)
