"""The growth rule: how a solution's time grows against the reference's, and what that predicts.

Two answers come out of it. The verdict agrees with LeetCode's: a solution is
too slow only when its time at LeetCode's largest input (`scale.leetcode_max`,
predicted or measured) is over the problem's budget. The complexity answer,
`optimal`, compares the growth with the reference's at the sizes that separate
classes (up to `scale.max`, beyond LeetCode's where needed).

Figures behind the numbers: docs/timing.md.
"""

from __future__ import annotations

import math
import time

from ..report import Growth, Point

# A relative log-log slope at or above this is a worse class: O(n) and O(n log n) solutions
# measured -0.02..+0.08 against their reference, six O(n²) variants 0.68..1.07.
SUPERLINEAR = 0.45
# Between this and SUPERLINEAR the measurement is too close to call: measure again, never fail on it.
AMBIGUOUS = 0.25
# The budget itself (CPU seconds at LeetCode's largest input) is the problem's limits.budget_seconds,
# 10 s unless a problem says otherwise (problems.DEFAULT_LIMITS): the slowest LeetCode-accepted Python
# measured here, a nested-loop Two Sum on an adversarial 10^4 list, takes 4.8 s there (plain Word Search
# 1.2-1.9 s), so 10 s leaves room for noise; a cubic 3Sum at 3,000 is predicted at about 300 s.
# A solution is too slow only when it is also this many times the reference's time there: a problem
# whose reference itself is slow must not fail everything.
TLE_RATIO = 20.0
# When the prediction at LeetCode's size falls within this factor of the budget, that size is measured
# instead of predicted.
BORDERLINE = 2.0
# The machine's speed is measured only for times within this factor of the budget: it is kept within
# 0.5..4, so further away it cannot change a verdict.
REACH = 4.0
# Stop growing n once the learner's call takes this long: well above the timer's and the cache's noise.
ENOUGH_SIGNAL = 0.02
# ... or once the probe has spent this much CPU time, learner and reference together (every probe
# measured finished within 0.91 s). CPU time, not wall time: on a busy machine a wall-time budget stopped
# the probe at sizes too small to show a slope.
PROBE_SECONDS = 0.8
# Sizes grow by this factor: big enough steps to show a slope, small enough to stop early.
STEP = 4
# Advice about a worse class is pointless when the whole call takes less than this.
NEGLIGIBLE_SECONDS = 0.001


def sizes(start: int, top: int) -> list[int]:
    """top, top/4, top/16, ... down to start, smallest first (at least two sizes)."""
    out = [top]
    while out[0] // STEP >= start:
        out.insert(0, out[0] // STEP)
    if len(out) == 1:
        out.insert(0, max(1, top // 2))
    return out


def slope(t1: float, t2: float, n1: int, n2: int) -> float:
    t1, t2 = max(t1, 1e-6), max(t2, 1e-6)
    return math.log(t2 / t1) / math.log(n2 / n1)


def growth(points: list[Point], at_n: int, lower_bound: bool = False) -> Growth:
    """The growth between the last two points (the complexity evidence), and the times predicted at
    at_n, LeetCode's largest input (the verdict's evidence). With a lower bound (the last point timed
    out), the prediction comes from the points before it when there are two."""
    a, b = points[-2], points[-1]
    sl = slope(a.learner, b.learner, a.n, b.n)
    sr = slope(a.reference, b.reference, a.n, b.n)
    real = points[:-1] if lower_bound and len(points) > 2 else points
    pl, pr = predict(real, at_n)
    return Growth(points, 2**sl, 2**sr, pl, pr, at_n, any(p.n == at_n for p in real), lower_bound)


def predict(points: list[Point], n: int) -> tuple[float, float]:
    """(learner, reference) seconds at size n: interpolated between the two measured sizes around n, or
    extrapolated from the nearest two. Extrapolating upward uses the learner's own slope only when it is
    clearly worse than the reference's, so that noise never predicts a failure."""
    for p in points:
        if p.n == n:
            return p.learner, p.reference
    if n < points[0].n:
        a, b = points[0], points[1]
    elif n > points[-1].n:
        a, b = points[-2], points[-1]
    else:
        i = next(i for i, p in enumerate(points) if p.n > n)
        a, b = points[i - 1], points[i]
    sl, sr = slope(a.learner, b.learner, a.n, b.n), slope(a.reference, b.reference, a.n, b.n)
    if n > b.n:
        exponent = sl if sl - sr >= SUPERLINEAR else max(sr, 0.0)
        base = b
    else:
        exponent, base = max(sl, 0.0), a
    return base.learner * (n / base.n) ** exponent, base.reference * (n / base.n) ** max(sr, 0.0)


def too_slow(learner: float, reference: float, budget: float) -> bool:
    return learner > budget and learner > TLE_RATIO * reference


def borderline(learner: float, budget: float) -> bool:
    return budget / BORDERLINE < learner < budget * BORDERLINE


# ---------------------------------------------------------------- the machine's speed

# CPU seconds the calibration workload takes on the machine the budgets were tuned on (best of 5).
CALIBRATION_SECONDS = 0.0103
_SPEED: list[float] = []


def _workload() -> int:
    # What judged solutions spend their time on: dict look-ups, list appends, int arithmetic.
    seen: dict = {}
    out = []
    total = 0
    for i in range(40000):
        k = (i * 7919) & 4095
        if k in seen:
            total += seen[k]
        else:
            seen[k] = i
        out.append(total & 255)
    return len(out)


def machine_slowness() -> float:
    """How much slower this machine is than the one the budgets were tuned on, now (1.0 = the same).

    CPU time, best of 5, measured once per process, kept within 0.5..4: a slower or busier machine gets
    a proportionally larger budget, so that one solution gets one verdict everywhere."""
    if not _SPEED:
        best = math.inf
        for _ in range(5):
            start = time.thread_time()
            _workload()
            best = min(best, time.thread_time() - start)
        _SPEED.append(min(4.0, max(0.5, best / CALIBRATION_SECONDS)))
    return _SPEED[0]


def worse_class(g: Growth) -> bool:
    """Fast enough to pass, but growing like a worse complexity class."""
    return g.relative_slope >= SUPERLINEAR and g.points[-1].learner >= NEGLIGIBLE_SECONDS


def ambiguous(g: Growth) -> bool:
    return AMBIGUOUS <= g.relative_slope < SUPERLINEAR
