import random

from hypothesis import strategies as st

VALUE = 10**6


def _meeting(a, length):
    return [a, min(VALUE, a + length)]


# start < end always. A narrow band makes shared starts, shared ends and
# back-to-back meetings common; the full range covers the extremes.
_narrow = st.builds(_meeting, st.integers(0, 8), st.integers(1, 4))
_wide = st.builds(_meeting, st.integers(0, VALUE - 1), st.integers(1, VALUE))


@st.composite
def _long(draw):
    # Hundreds of meetings from a drawn seed: one draw, not hundreds.
    gen = random.Random(draw(st.integers(0, 2**16)))
    return [_day(gen.randint(200, 1000), gen)]


def _day(n, gen):
    # Meetings of every length from one unit to the whole day; a quarter of
    # them last at least half the day, so many run at once.
    out = []
    for _ in range(n):
        length = gen.choice((1, gen.randint(1, 1000), gen.randint(1, VALUE), gen.randint(VALUE // 2, VALUE)))
        a = gen.randint(0, VALUE - length)
        out.append([a, a + length])
    return out


@st.composite
def _instance(draw):
    # Mostly short lists (they shrink to readable counterexamples), sometimes long ones.
    if draw(st.integers(0, 19)) < 19:
        return [draw(st.lists(_narrow | _wide, min_size=1, max_size=30))]
    return draw(_long())


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n meetings (n <= 10^4) of mixed lengths at random times: at the peak
    # about two fifths of them run at once, so any per-meeting scan over the
    # open rooms or over all meetings does quadratic work.
    return [_day(n, rng)]


def check_input(intervals):
    # LeetCode's constraints (prompt.md): 1 <= intervals.length <= 10^4, 0 <= start_i < end_i <= 10^6.
    if not 1 <= len(intervals) <= 10**4:
        return f"intervals has {len(intervals):,} meetings; it takes 1 to 10^4"
    for i, (start, end) in enumerate(intervals):
        if not 0 <= start < end <= VALUE:
            return f"intervals[{i}] is [{start},{end}]; every meeting has 0 <= start < end <= 10^6"
    return None
