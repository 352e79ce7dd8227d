"""Stage 3: large inputs, the learner timed against the reference in the same run.

CPU time of the call alone, best of three, learner and reference interleaved
on the same worst-case inputs; the reference runs in a sandbox worker of its
own, started the same way, so both pay the same costs. Sizes grow by 4 from
`scale.start` until the learner's call takes long enough to measure (see
`growth`). Two answers come out:

- the verdict, at LeetCode's largest input (`scale.leetcode_max`): too slow
  only when the time there, predicted or measured, is over the budget;
- the complexity: `optimal` unless the growth shows a worse class than the
  reference's, at sizes up to `scale.max`.

A time or memory limit hit beyond LeetCode's sizes is evidence of a worse
class, never a verdict.
"""

from __future__ import annotations

import json
import math
import random

from ..attempts import SandboxedSolution
from ..decide import Decision, decide
from ..errors import JudgeError
from ..verdicts import Verdict
from . import growth as rule
from .randomized import cache_path, cached
from ..report import Failure, Note, Point
from .stage import Run, StageResult, failure

CALL_SECONDS = 3.0  # the ceiling on one call beyond LeetCode's sizes, where only the growth is measured
REFERENCE_SECONDS = 60.0  # the trusted reference's own ceiling (a judge error past it)
REFERENCE_MEMORY_MB = 2048  # the reference at scale may hold more than a learner is allowed
BEST_OF = 3
LONG_CALL = 0.15  # a call this long is measured well enough once
# A short call is timed again until these many runs or this much CPU time: its best is then steady.
SMALL_REPS = 8
SMALL_TOTAL = 0.02


def reference_timer(problem) -> SandboxedSolution:
    """The reference in a sandbox worker of its own, started the way the learner's is (not yet loaded)."""
    memory = max(problem.memory_mb, REFERENCE_MEMORY_MB)
    return SandboxedSolution(problem, str(problem.reference_path), memory_mb=memory, snapshot=False)


def inputs_at(problem, n: int) -> list:
    """The scale input of size n: deterministic for the problem and n (so it is cached)."""

    def make():
        return json.loads(json.dumps(problem.generators().scale_input(n, random.Random(f"{problem.slug}:{n}"))))

    return cached(cache_path(problem, f"scale{n}"), make)


class _Probe:
    """The measurements of one scale stage."""

    def __init__(self, r: Run, timer: SandboxedSolution, result: StageResult):
        self.r, self.timer, self.result = r, timer, result
        self.scale = r.problem.scale
        self.spent = 0.0  # CPU seconds of learner and reference calls so far
        self.bounded: set[int] = set()  # sizes beyond LeetCode's where the learner hit a limit
        self._budget: float | None = None

    def budget(self) -> float:
        """The problem's budget on this machine, now (calibrated only when a verdict depends on it)."""
        if self._budget is None:
            self._budget = self.scale.budget_seconds * rule.machine_slowness()
        return self._budget

    def ceiling(self, n: int) -> float:
        """How long one call at size n may run: well past the budget within LeetCode's sizes (so that the
        budget, not the ceiling, decides), CALL_SECONDS beyond them."""
        if n <= self.scale.leetcode_max:
            return max(CALL_SECONDS, self.scale.budget_seconds * rule.BORDERLINE)
        return CALL_SECONDS

    def measure(self, n: int) -> Point | None:
        """Best CPU times of learner and reference, interleaved: three calls each, and more (up to
        SMALL_REPS) of whichever is short, where a machine's noise weighs most; one call of a long one.

        A failure within LeetCode's sizes is the verdict (in `result`, and None is returned); a time or
        memory limit beyond them is a lower bound (a Point at the ceiling, n in `bounded`). Every
        repetition is judged, not only the first: a failure on a repeated call must be the verdict,
        never a measurement of 0 s.
        """
        problem, inputs, ceiling = self.r.problem, inputs_at(self.r.problem, n), self.ceiling(n)
        best_l = best_r = math.inf
        runs_l = runs_r = 0
        spent_l = spent_r = 0.0
        while True:
            wants_l = runs_l < BEST_OF and best_l <= LONG_CALL or runs_l < SMALL_REPS and spent_l < SMALL_TOTAL
            wants_r = runs_r < BEST_OF and best_r <= LONG_CALL or runs_r < SMALL_REPS and spent_r < SMALL_TOTAL
            if not (wants_l or wants_r):
                break
            if wants_l:
                att = self.r.learner.attempt(inputs, ceiling, timed=True)
                runs_l += 1
            ref = self.timer.attempt(inputs, REFERENCE_SECONDS, timed=True)
            runs_r += 1
            if not ref.returned:
                raise JudgeError(f"the reference failed at scale, n = {n:,}: {ref.ending.value} {ref.reply.message}".rstrip())
            spent_r += ref.cpu
            best_r = min(best_r, ref.cpu)
            if not wants_l:
                continue
            decision = decide(problem, inputs, ref.got, att)
            if decision.verdict.is_limit and n > self.scale.leetcode_max:
                self.bounded.add(n)
                return Point(n, ceiling, best_r)  # beyond LeetCode's sizes: evidence, not a verdict
            if decision.verdict is Verdict.TIME_LIMIT_EXCEEDED:
                decision = Decision(decision.verdict, f"no answer within {ceiling:g} s at n = {n:,} (the reference took {ref.cpu * 1000:.1f} ms)")
            if not decision.accepted:
                self.result.fail(decision, failure(problem, f"scale, n = {n:,}", inputs, ref.got, att, decision, limit=120))
                return None
            spent_l += att.cpu
            best_l = min(best_l, att.cpu)
        self.spent += spent_l + spent_r
        return Point(n, best_l, best_r)


def run(r: Run) -> StageResult:
    problem = r.problem
    result = StageResult()
    if not problem.scale.enabled:
        result.notes.append(Note.NO_SCALE_STAGE)
        result.optimal = True  # nothing grows: every accepted solution is of the reference's class
        return result
    timer = r.timer or reference_timer(problem)
    try:
        if timer.load() is not None:
            raise JudgeError("the reference does not load in a worker")
        probe = _Probe(r, timer, result)
        g = _grow(probe)
        if g is not None:
            g = _at_leetcode_size(probe, g)
    finally:
        if r.timer is None:
            timer.close()  # made here: closed here (a given timer is its owner's)
    if g is None:
        return result
    result.growth = g
    if rule.too_slow(g.predicted_learner, g.predicted_reference, g.budget):
        where = "measured" if g.measured_at_max else "predicted"
        message = (
            f"too slow at n = {g.max_n:,}, LeetCode's largest input: {where} {g.predicted_learner:.2f} s against a budget "
            f"of {g.budget:.1f} s (the reference: {g.predicted_reference * 1000:.1f} ms)"
        )
        result.verdict = Verdict.TIME_LIMIT_EXCEEDED
        result.failure = Failure(case=f"scale, n = {g.max_n:,}", message=message)
        return result
    last = g.points[-1]
    worse = g.confirmed if g.confirmed is not None else rule.worse_class(g)
    result.optimal = not (worse or g.lower_bound and last.learner > rule.TLE_RATIO * last.reference)
    return result


def _grow(probe: _Probe):
    """Measure growing sizes until the growth is clear; the Growth, or None after a verdict."""
    scale = probe.scale
    points: list[Point] = []
    for n in rule.sizes(scale.start, scale.max):
        point = probe.measure(n)
        if point is None:
            return None
        points.append(point)
        if n in probe.bounded:
            return _bounded(probe, points)
        if len(points) >= 2 and (point.learner >= rule.ENOUGH_SIGNAL or probe.spent > rule.PROBE_SECONDS):
            break
    return _settled(probe, points, rule.growth(points, scale.leetcode_max))


def _settled(probe: _Probe, points: list[Point], g):
    """A growth that shows a worse class, or is too close to call, measured once more at the same two sizes:
    noise can fake one slope (millisecond timings, or a long call timed once on a busy machine), so the
    second measurement decides, and a worse class must show in both. None after a verdict."""
    if not (rule.ambiguous(g) or rule.worse_class(g)):
        return g
    first = g
    again = [probe.measure(p.n) for p in points[-2:]]
    if any(p is None for p in again):
        return None
    if not any(p.n in probe.bounded for p in again):
        points[-2:] = again
        g = rule.growth(points, probe.scale.leetcode_max)
        g.confirmed = rule.worse_class(g) and first.relative_slope >= rule.AMBIGUOUS
    return g


def _bounded(probe: _Probe, points: list[Point]):
    """The learner hit a limit at the last size (beyond LeetCode's). A limit says little by itself when the
    reference is slow there too, so the size halfway (x2 instead of x4) is measured: a real slope, or a
    lower bound over a shorter step. None after a verdict."""
    scale = probe.scale
    if len(points) == 1:
        # A limit at the very first size: LeetCode's size gives the other point.
        below = probe.measure(scale.leetcode_max)
        if below is None:
            return None
        points.insert(0, below)
    prev, top = points[-2], points[-1]
    middle = int(math.sqrt(prev.n * top.n))
    if prev.n not in probe.bounded and prev.n < middle < top.n:
        point = probe.measure(middle)
        if point is None:
            return None
        points[-1:] = [point]
        if middle not in probe.bounded:
            # A real slope over the shorter step: decided as any other, twice when it is close or worse.
            return _settled(probe, points, rule.growth(points, scale.leetcode_max))
    return rule.growth(points, scale.leetcode_max, lower_bound=True)


def _at_leetcode_size(probe: _Probe, g):
    """The verdict's evidence at LeetCode's largest input: the prediction, unless it is close to the
    budget (or rests on a lower bound above that size): then that size is measured. None after a verdict."""
    bound_above = g.lower_bound and not g.measured_at_max and g.points[-1].n > probe.scale.leetcode_max
    if not g.measured_at_max and (bound_above or rule.borderline(g.predicted_learner, _budget_for(probe, g))):
        point = probe.measure(probe.scale.leetcode_max)
        if point is None:
            return None
        g.predicted_learner, g.predicted_reference, g.measured_at_max = point.learner, point.reference, True
    g.budget = _budget_for(probe, g)
    return g


def _budget_for(probe: _Probe, g) -> float:
    """The budget to hold a time against: calibrated to this machine only when the time is within reach
    of it (the calibration costs about 50 ms)."""
    nominal = probe.scale.budget_seconds
    within_reach = nominal / rule.REACH < g.predicted_learner < nominal * rule.REACH
    return probe.budget() if within_reach else nominal
