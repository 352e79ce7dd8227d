import random

from hypothesis import strategies as st

VALUE = 10**4
MAX_LEN = 10**4

# A narrow band makes overlaps, touching ends, duplicates and zero-length
# intervals common; the full range covers the extremes.
_point = st.integers(0, 12) | st.integers(0, VALUE)


@st.composite
def _interval(draw):
    a, b = draw(_point), draw(_point)
    return [min(a, b), max(a, b)]


@st.composite
def _long(draw):
    # Hundreds to thousands of intervals from a drawn seed: one draw, not thousands.
    n = draw(st.integers(200, 3000))
    gen = random.Random(draw(st.integers(0, 2**16)))
    out = []
    for _ in range(n):
        s = gen.randint(0, VALUE)
        out.append([s, min(VALUE, s + gen.choice((0, 1, 2, 5, 20)))])
    return [out]


@st.composite
def _instance(draw):
    # Mostly short lists (they shrink to readable counterexamples), sometimes long ones.
    if draw(st.integers(0, 19)) < 19:
        return [draw(st.lists(_interval(), min_size=1, max_size=30))]
    return draw(_long())


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n intervals (n <= 10^4) in random order, mostly single points at distinct
    # positions that share nothing with each other, so most of the n intervals
    # stay groups of their own: a pairwise check or a scan over the groups built
    # so far does quadratic work. One in ten spans the next three starts, so
    # real merges happen too.
    starts = sorted(rng.sample(range(0, VALUE + 1), n))
    out = []
    for i, s in enumerate(starts):
        if rng.random() < 0.1 and i + 3 < n:
            out.append([s, starts[i + 3]])
        else:
            out.append([s, s])
    rng.shuffle(out)
    return [out]


def check_input(intervals):
    # LeetCode's constraints (prompt.md): 1 <= intervals.length <= 10^4, each a pair,
    # 0 <= start_i <= end_i <= 10^4.
    if not 1 <= len(intervals) <= MAX_LEN:
        return f"intervals has {len(intervals):,} ranges; it takes 1 to 10^4"
    for i, pair in enumerate(intervals):
        if len(pair) != 2:
            return f"intervals[{i}] has {len(pair)} number{'' if len(pair) == 1 else 's'}; every range is a pair [start, end]"
        start, end = pair
        if not 0 <= start <= end <= VALUE:
            return f"intervals[{i}] is [{start},{end}]; every range has 0 <= start <= end <= 10^4"
    return None
