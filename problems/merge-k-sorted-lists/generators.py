import random

from hypothesis import strategies as st

VALUE = 10**4
MAX_LIST = 500
MAX_TOTAL = 10**4
MAX_K = 10**4

# A narrow band makes equal values across lists (and so heap ties) common; the
# full range covers the extremes.
_values = st.integers(-3, 3) | st.integers(-VALUE, VALUE)
_sorted_list = st.lists(_values, max_size=10).map(sorted)


@st.composite
def _large(draw):
    # Many lists (up to 10^4), most of them short or empty, at most 10^4 nodes
    # in all. Drawn from a seed so a large input costs hypothesis a few draws.
    k = draw(st.integers(1, MAX_K))
    total = min(draw(st.integers(0, MAX_TOTAL)), k * MAX_LIST)
    gen = random.Random(draw(st.integers(0, 2**16)))
    sizes = [0] * k
    for _ in range(total):
        i = gen.randrange(k)
        while sizes[i] >= MAX_LIST:
            i = gen.randrange(k)
        sizes[i] += 1
    narrow = gen.random() < 0.5
    lo, hi = (-50, 50) if narrow else (-VALUE, VALUE)
    return [[sorted(gen.randint(lo, hi) for _ in range(s)) for s in sizes]]


@st.composite
def _instance(draw):
    # About one input in ten is large; shrinking moves toward a few short lists.
    if draw(st.integers(0, 9)) < 9:
        return [draw(st.lists(_sorted_list, max_size=8))]
    return draw(_large())


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n lists of one node each (LeetCode allows k = 10^4 with 10^4 nodes in
    # all), so k is as large as it can be, and later lists hold larger values.
    # Merging the lists into the result one by one then walks the whole
    # growing result every time (n²/2 steps), and scanning all k heads for each
    # of the n nodes costs n²; the heap costs n log n.
    values = sorted(rng.randint(-VALUE, VALUE) for _ in range(n))
    return [[[v] for v in values]]


def check_input(lists):
    # LeetCode's constraints (prompt.md): 0 <= k <= 10^4 lists, each 0 to 500 nodes, -10^4 <= values <= 10^4,
    # each list sorted in ascending order, at most 10^4 nodes in all.
    if len(lists) > MAX_K:
        return f"lists has {len(lists):,} lists; k is at most 10^4"
    total = 0
    for i, values in enumerate(lists):
        if len(values) > MAX_LIST:
            return f"lists[{i}] has {len(values):,} nodes; a list has at most 500"
        for j, v in enumerate(values):
            if not -VALUE <= v <= VALUE:
                return f"lists[{i}][{j}] is {v:,}; every value is from -10^4 to 10^4"
        for j in range(1, len(values)):
            if values[j] < values[j - 1]:
                return f"lists[{i}] is not in ascending order: {values[j - 1]} comes before {values[j]} (positions {j - 1} and {j})"
        total += len(values)
    if total > MAX_TOTAL:
        return f"lists holds {total:,} nodes in all; at most 10^4"
    return None
