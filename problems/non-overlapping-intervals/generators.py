import random

from hypothesis import strategies as st

VALUE = 5 * 10**4


@st.composite
def _interval(draw):
    # start < end always. A narrow band makes touching, nested and repeated
    # ranges common; the full range covers the extremes (negatives included).
    if draw(st.booleans()):
        a = draw(st.integers(-3, 6))
        return [a, a + draw(st.integers(1, 4))]
    a = draw(st.integers(-VALUE, VALUE - 1))
    return [a, draw(st.integers(a + 1, VALUE))]


@st.composite
def _long(draw):
    # Hundreds of ranges from a drawn seed: one draw, not hundreds.
    gen = random.Random(draw(st.integers(0, 2**16)))
    return [_ranges(gen.randint(200, 800), gen)]


def _ranges(n, gen):
    out = []
    for _ in range(n):
        a = gen.randint(-VALUE, VALUE - 1)
        out.append([a, min(VALUE, a + gen.choice((1, 2, 5, 50, 500, 5000)))])
    return out


@st.composite
def _instance(draw):
    # Mostly short lists (they shrink to readable counterexamples), sometimes long ones.
    if draw(st.integers(0, 19)) < 19:
        return [draw(st.lists(_interval(), min_size=1, max_size=30))]
    return draw(_long())


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n ranges (n <= 10^5) in random order, short and long mixed, so chains
    # are long and overlaps many: the chain DP compares every pair.
    return [_ranges(n, rng)]


def check_input(intervals):
    # LeetCode's constraints (prompt.md): 1 <= intervals.length <= 10^5, each a pair [start, end]
    # with -5 * 10^4 <= start < end <= 5 * 10^4.
    if not 1 <= len(intervals) <= 10**5:
        return f"intervals has {len(intervals):,} intervals; it takes 1 to 10^5"
    for i, interval in enumerate(intervals):
        if len(interval) != 2:
            return f"intervals[{i}] has {len(interval)} number{'' if len(interval) == 1 else 's'}; every interval is a pair [start, end]"
        start, end = interval
        if not -VALUE <= start < end <= VALUE:
            return f"intervals[{i}] is [{start},{end}]; every interval has -5 * 10^4 <= start < end <= 5 * 10^4"
    return None
