"""The growth rule: how a solution's time grows against the reference's, and what that predicts.

Figures behind each number are in ../shared/JUDGING-NOTES.md ("Telling
complexity classes apart on a noisy machine").
"""

from __future__ import annotations

import math

from .report import Growth, Point

# A relative log-log slope at or above this is a worse class: O(n) and O(n log n) solutions
# measured -0.02..+0.08 against their reference, six O(n²) variants 0.68..1.07.
SUPERLINEAR = 0.45
# Between this and SUPERLINEAR the measurement is too close to call: measure again, never fail on it.
AMBIGUOUS = 0.25
# A call predicted to take longer than this at the largest n fails ...
TLE_SECONDS = 1.0
# ... but only when it is also this many times the reference's: an absolute limit alone would fail
# correct solutions on a slow or busy machine.
TLE_RATIO = 20.0
# Stop growing n once the learner's call takes this long: well above the timer's and the cache's noise.
ENOUGH_SIGNAL = 0.02
# ... or once the probe has spent this long (every probe measured finished within 0.91 s).
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


def growth(points: list[Point], max_n: int, lower_bound: bool = False) -> Growth:
    """The growth between the last two points, and the times it predicts at max_n."""
    a, b = points[-2], points[-1]
    sl = slope(a.learner, b.learner, a.n, b.n)
    sr = slope(a.reference, b.reference, a.n, b.n)
    at_max = b.n >= max_n
    if at_max:
        pl, pr = b.learner, b.reference
    else:
        pr = b.reference * (max_n / b.n) ** max(sr, 0.0)
        # Extrapolate with the learner's own slope only when it is clearly worse; otherwise the
        # reference's, so that noise never predicts a failure.
        exponent = sl if sl - sr >= SUPERLINEAR else max(sr, 0.0)
        pl = b.learner * (max_n / b.n) ** exponent
    return Growth(points, 2**sl, 2**sr, pl, pr, max_n, at_max, lower_bound)


def too_slow(g: Growth) -> bool:
    return g.predicted_learner > TLE_SECONDS and g.predicted_learner > TLE_RATIO * g.predicted_reference


def worse_class(g: Growth) -> bool:
    """Fast enough to pass, but growing like a worse complexity class."""
    return g.relative_slope >= SUPERLINEAR and g.points[-1].learner >= NEGLIGIBLE_SECONDS


def ambiguous(g: Growth) -> bool:
    return AMBIGUOUS <= g.relative_slope < SUPERLINEAR and not g.measured_at_max
