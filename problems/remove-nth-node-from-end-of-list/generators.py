import random

from hypothesis import strategies as st

VALUE = 100
MAX_NODES = 30

# A narrow band makes equal values common, so removing "a node with that value"
# instead of that node shows; the full range covers the extremes.
_values = st.integers(0, 3) | st.integers(0, VALUE)


@st.composite
def _instance(draw):
    values = draw(st.lists(_values, min_size=1, max_size=MAX_NODES))
    # Shrinks toward n = 1 (the last node).
    n = draw(st.integers(1, len(values)))
    return [values, n]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n nodes and a target among the last eight: every approach walks the whole
    # list, and one that measures the rest of the list from every node it passes
    # does about n²/2 steps before it reaches the target.
    values = [rng.randint(0, VALUE) for _ in range(n)]
    return [values, rng.randint(1, min(8, n))]


def check_input(head, n):
    # LeetCode's constraints (prompt.md): the list has sz nodes, 1 <= sz <= 30, 0 <= Node.val <= 100, 1 <= n <= sz.
    size = len(head)
    if not 1 <= size <= MAX_NODES:
        return f"head has {size:,} nodes; the list has 1 to 30"
    for i, v in enumerate(head):
        if not 0 <= v <= VALUE:
            return f"head[{i}] is {v:,}; every value is from 0 to 100"
    if not 1 <= n <= size:
        return f"n is {n:,} and the list has {size} node{'' if size == 1 else 's'}; n is from 1 to sz, the list's length"
    return None
