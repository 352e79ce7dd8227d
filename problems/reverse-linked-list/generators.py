import random

from hypothesis import strategies as st

VALUE = 5000
MAX_NODES = 5000

# A narrow band makes equal neighbours common; the full range covers the extremes.
_values = st.integers(-3, 3) | st.integers(-VALUE, VALUE)


@st.composite
def _long(draw):
    # Past 1,000 nodes, where step caps and recursion limits bite. The values come
    # from a drawn seed so a long list costs hypothesis one draw, not 5,000.
    length = draw(st.integers(1001, MAX_NODES))
    gen = random.Random(draw(st.integers(0, 2**16)))
    return [[gen.randint(-VALUE, VALUE) for _ in range(length)]]


@st.composite
def _instance(draw):
    # About one input in ten is long; shrinking moves toward short lists.
    if draw(st.integers(0, 9)) < 9:
        return [draw(st.lists(_values, max_size=40))]
    return draw(_long())


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n nodes of random values. Every correct approach walks the whole list;
    # one that walks to the tail again for each node does n²/2 steps.
    return [[rng.randint(-VALUE, VALUE) for _ in range(n)]]


def check_input(head):
    # LeetCode's constraints (prompt.md): 0 to 5000 nodes, -5000 <= Node.val <= 5000.
    if len(head) > MAX_NODES:
        return f"head has {len(head):,} nodes; at most 5000"
    for i, v in enumerate(head):
        if not -VALUE <= v <= VALUE:
            return f"head[{i}] is {v:,}; every value is from -5000 to 5000"
    return None
