import random

from hypothesis import strategies as st

VALUE = 10**6


@st.composite
def _feasible(draw, narrow):
    # Back-to-back or spaced meetings in time order: never a clash.
    gaps = st.integers(0, 2) if narrow else st.integers(0, 100000)
    lengths = st.integers(1, 3) if narrow else st.integers(1, 100000)
    pos = draw(st.integers(0, 3) if narrow else st.integers(0, 1000))
    out = []
    for gap, length in draw(st.lists(st.tuples(gaps, lengths), max_size=20)):
        start = pos + gap
        if start + length > VALUE:
            break
        out.append([start, start + length])
        pos = start + length
    return out


@st.composite
def _instance(draw):
    narrow = draw(st.booleans())
    out = draw(_feasible(narrow))
    if out and draw(st.booleans()):
        # Add one meeting that clashes with meeting k by at least one unit.
        k = draw(st.integers(0, len(out) - 1))
        s, e = out[k]
        a = draw(st.integers(max(0, s - 3), e - 1))
        b = draw(st.integers(max(a, s) + 1, min(VALUE, e + 3)))
        out.append([a, b])
    # Any order: shrinks toward the sorted one.
    return [draw(st.permutations(out))]


@st.composite
def _any(draw):
    # Unconstrained meetings: clashes are likely but not certain.
    def meeting(a, length):
        return [a, min(VALUE, a + length)]

    narrow = st.builds(meeting, st.integers(0, 8), st.integers(1, 3))
    wide = st.builds(meeting, st.integers(0, VALUE - 1), st.integers(1, VALUE))
    return [draw(st.lists(narrow | wide, max_size=6))]


@st.composite
def _long(draw):
    # Hundreds to a thousand or so meetings from a drawn seed, clash-free or with one clash.
    gen = random.Random(draw(st.integers(0, 2**16)))
    out = _schedule(gen.randint(200, 1500), gen)
    if gen.random() < 0.5:
        s, e = out[gen.randrange(len(out))]
        out.append([max(0, e - 1), e + 1])
    gen.shuffle(out)
    return [out]


def _schedule(n, gen):
    # n clash-free meetings, about a third of them touching the next one.
    width = VALUE // n
    out, pos = [], 0
    for _ in range(n):
        start = pos + gen.choice((0, 0, gen.randint(0, width // 4)))
        end = start + gen.randint(1, width // 2)
        out.append([start, end])
        pos = end
    return out


@st.composite
def _mixed(draw):
    # Mostly built schedules (half with one clash), some unconstrained ones,
    # and now and then a long one; the shrinker moves toward the first kind.
    pick = draw(st.integers(0, 19))
    if pick < 14:
        return draw(_instance())
    if pick < 19:
        return draw(_any())
    return draw(_long())


def random_input():
    return _mixed()


def scale_input(n: int, rng: random.Random) -> list:
    # n meetings (n <= 10^4), clash-free and shuffled: the answer is true, so
    # a pairwise check can never stop early.
    out = _schedule(n, rng)
    rng.shuffle(out)
    return [out]


def check_input(intervals):
    # LeetCode's constraints (prompt.md): 0 <= intervals.length <= 10^4, 0 <= start < end <= 10^6.
    if len(intervals) > 10**4:
        return f"intervals has {len(intervals):,} meetings; at most 10^4"
    for i, (start, end) in enumerate(intervals):
        if not 0 <= start < end <= VALUE:
            return f"intervals[{i}] is [{start},{end}]; every meeting has 0 <= start < end <= 10^6"
    return None
