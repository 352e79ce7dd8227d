import random

from hypothesis import strategies as st

VALUE = 10**5

# A narrow band makes duplicates and negative middles common; the full range
# covers the extremes.
_values = st.integers(-3, 3) | st.integers(-VALUE, VALUE)
# A call is a number (addNum) or None (findMedian).
_call = st.one_of(_values, st.none())


def _block(numbers_and_queries: list, first: int) -> tuple[list, list]:
    # One instance: a constructor, then the calls; a findMedian before any
    # addNum is not allowed, so the block starts with the number `first`.
    ops, args = ["MedianFinder", "addNum"], [[], [first]]
    for item in numbers_and_queries:
        if item is None:
            ops.append("findMedian")
            args.append([])
        else:
            ops.append("addNum")
            args.append([item])
    ops.append("findMedian")
    args.append([])
    return ops, args


@st.composite
def _small(draw):
    # One to four instances, each with its own calls, so numbers kept on the
    # class instead of the instance leak into the next instance's medians.
    blocks = draw(st.lists(st.tuples(_values, st.lists(_call, max_size=15)), min_size=1, max_size=4))
    ops, args = [], []
    for first, calls in blocks:
        o, a = _block(calls, first)
        ops += o
        args += a
    return [ops, args]


@st.composite
def _large(draw):
    # One long instance (up to 5,000 calls) from a seed: drifting values, so
    # the median wanders and values move between the halves many times.
    length = draw(st.integers(1, 5000))
    wide = draw(st.booleans())
    gen = random.Random(draw(st.integers(0, 2**16)))
    span = VALUE if wide else 50
    calls = []
    for _ in range(length):
        if gen.random() < 0.3:
            calls.append(None)
        else:
            calls.append(gen.randint(-span, span))
    ops, args = _block(calls, gen.randint(-span, span))
    return [ops, args]


@st.composite
def _instance(draw):
    # About one input in ten is long; shrinking moves toward the small branch.
    if draw(st.integers(0, 9)) < 9:
        return draw(_small())
    return draw(_large())


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # One instance and n calls: a constructor, then two addNum to each
    # findMedian, values uniform over the whole range. Sorting on every
    # findMedian re-reads all numbers n/3 times; a sorted-list insertion shifts
    # half the list on average (a C memmove with bisect.insort, a Python loop
    # when the position is searched by hand).
    ops, args = ["MedianFinder"], [[]]
    for i in range(n - 1):
        if i % 3 == 2:
            ops.append("findMedian")
            args.append([])
        else:
            ops.append("addNum")
            args.append([rng.randint(-VALUE, VALUE)])
    return [ops, args]


MAX_CALLS = 5 * 10**4


def check_input(operations, arguments):
    # LeetCode's constraints (prompt.md): -10^5 <= num <= 10^5, findMedian only after an addNum on
    # the same instance, at most 5 * 10^4 calls in total to addNum and findMedian.
    calls = sum(1 for op in operations if op != "MedianFinder")
    if calls > MAX_CALLS:
        return f"operations makes {calls:,} calls to addNum and findMedian; at most 5 * 10^4"
    count = 0  # numbers added to the current instance
    for i, (op, args) in enumerate(zip(operations, arguments)):
        if op == "MedianFinder":
            count = 0
        elif op == "addNum":
            if not -VALUE <= args[0] <= VALUE:
                return f"arguments[{i}] is [{args[0]:,}]; every num is from -10^5 to 10^5"
            count += 1
        elif count == 0:
            return f"operations[{i}] is findMedian on an instance with no numbers; call addNum on it first"
    return None
