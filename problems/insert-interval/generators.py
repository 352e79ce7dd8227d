import random

from hypothesis import strategies as st

VALUE = 10**5


@st.composite
def _ranges(draw, gaps, lengths, first):
    # Sorted ranges with a gap of at least 1 between neighbours, so no two of
    # them share a point (LeetCode's input never overlaps or touches).
    pairs = draw(st.lists(st.tuples(gaps, lengths), max_size=25))
    out, pos = [], draw(first)
    for gap, length in pairs:
        if pos + length > VALUE:
            break
        out.append([pos, pos + length])
        pos += length + gap
    return out


@st.composite
def _short(draw):
    if draw(st.booleans()):
        # Narrow band: touching ends, ranges swallowed whole and single points are common.
        intervals = draw(_ranges(st.integers(1, 3), st.integers(0, 3), st.integers(0, 3)))
        point = st.integers(0, (intervals[-1][1] + 3) if intervals else 12)
    else:
        intervals = draw(_ranges(st.integers(1, 20000), st.integers(0, 20000), st.integers(0, 100)))
        point = st.integers(0, VALUE)
    a, b = draw(point), draw(point)
    return [intervals, [min(a, b), max(a, b)]]


@st.composite
def _long(draw):
    # Hundreds to thousands of ranges from a drawn seed: one draw, not thousands.
    gen = random.Random(draw(st.integers(0, 2**16)))
    n = gen.randint(200, 3000)
    return _spread(n, gen)


def _spread(n, gen):
    # n sorted ranges spaced over the value range, and a new range that
    # usually covers a run of them.
    width = VALUE // n
    intervals = []
    for k in range(n):
        s = k * width + gen.randint(0, width // 3)
        intervals.append([s, s + gen.randint(0, width // 3)])
    a = gen.randint(0, VALUE)
    b = min(VALUE, a + gen.randint(0, VALUE // 2))
    return [intervals, [a, b]]


@st.composite
def _instance(draw):
    # Mostly short inputs (they shrink to readable counterexamples), sometimes long ones.
    if draw(st.integers(0, 19)) < 19:
        return draw(_short())
    return draw(_long())


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n sorted, separate ranges (n <= 10^4); the new range covers the half of
    # them from 45% to 95% of the way along. About n/2 ranges survive, n/2
    # merges happen, and each sits 0.45·n ranges in: a loop that rescans from
    # the start after every merge does about n²/4 steps.
    width = VALUE // n
    intervals = []
    for k in range(n):
        s = k * width + rng.randint(0, width // 3)
        intervals.append([s, s + rng.randint(0, width // 3)])
    lo, hi = intervals[45 * n // 100][0] + 1, intervals[95 * n // 100][1]
    return [intervals, [lo, hi]]


def check_input(intervals, newInterval):
    # LeetCode's constraints (prompt.md): 0 <= intervals.length <= 10^4, each a pair with
    # 0 <= start_i <= end_i <= 10^5, sorted by start with no two sharing a point;
    # newInterval a pair with 0 <= start <= end <= 10^5.
    if len(intervals) > 10**4:
        return f"intervals has {len(intervals):,} ranges; at most 10^4"
    for i, pair in enumerate(intervals):
        if len(pair) != 2:
            return f"intervals[{i}] has {len(pair)} number{'' if len(pair) == 1 else 's'}; every range is a pair [start, end]"
        start, end = pair
        if not 0 <= start <= end <= VALUE:
            return f"intervals[{i}] is [{start},{end}]; every range has 0 <= start <= end <= 10^5"
        if i and start <= intervals[i - 1][1]:
            before = intervals[i - 1]
            if start < before[0]:
                return f"intervals is not sorted by start: intervals[{i - 1}] is [{before[0]},{before[1]}], intervals[{i}] is [{start},{end}]"
            return f"intervals[{i - 1}] and intervals[{i}] share a point ([{before[0]},{before[1]}] and [{start},{end}]); no two ranges do"
    if len(newInterval) != 2:
        return f"newInterval has {len(newInterval)} number{'' if len(newInterval) == 1 else 's'}; it is a pair [start, end]"
    start, end = newInterval
    if not 0 <= start <= end <= VALUE:
        return f"newInterval is [{start},{end}]; it has 0 <= start <= end <= 10^5"
    return None
