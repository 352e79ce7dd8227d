import random
from collections import deque

from hypothesis import strategies as st

MAX_NODES = 200  # random trees stay small and readable; scale_input covers 10^4
VALUE = 1000


def _notation(vals, left, right):
    """Level order with None for a missing child, trailing Nones trimmed."""
    if not vals:
        return []
    out = []
    queue = deque([0])
    while queue:
        i = queue.popleft()
        if i is None:
            out.append(None)
            continue
        out.append(vals[i])
        queue.append(left[i] if left[i] >= 0 else None)
        queue.append(right[i] if right[i] >= 0 else None)
    while out and out[-1] is None:
        out.pop()
    return out


def _grow(vals, picks):
    """Attach node k to the free child slot picks[k] (mod the number of free slots).

    The free slots are kept in the order they appeared, so picks of 0 fill the
    tree level by level: a shrunk example is a small complete tree.
    """
    n = len(vals)
    left = [-1] * n
    right = [-1] * n
    free = [(0, 0), (0, 1)] if n else []
    for k in range(1, n):
        parent, side = free.pop(picks[k] % len(free))
        if side == 0:
            left[parent] = k
        else:
            right[parent] = k
        free.append((k, 0))
        free.append((k, 1))
    return _notation(vals, left, right)


# A narrow range gives duplicates, 0 and -1 often; the wide one reaches +-1000.
_values = st.integers(-5, 5) | st.integers(-VALUE, VALUE)


@st.composite
def _any_shape(draw, big=False):
    # Plain lists average a handful of nodes; the `big` variant first draws a
    # size so that trees near the node limit show up too (it shrinks to 0).
    low = draw(st.integers(0, MAX_NODES)) if big else 0
    pairs = st.tuples(_values, st.integers(0, 1000))
    nodes = draw(st.lists(pairs, min_size=low, max_size=MAX_NODES))
    return _grow([v for v, _ in nodes], [p for _, p in nodes])


@st.composite
def _path(draw):
    # Each node has at most one child, on a side chosen per step: chains and zigzags.
    nodes = draw(st.lists(st.tuples(_values, st.booleans()), max_size=MAX_NODES))
    n = len(nodes)
    left = [-1] * n
    right = [-1] * n
    for k in range(1, n):
        if nodes[k][1]:
            right[k - 1] = k
        else:
            left[k - 1] = k
    return _notation([v for v, _ in nodes], left, right)


def random_input():
    return st.one_of(_any_shape(), _path(), _any_shape(big=True)).map(lambda tree: [tree])


def scale_input(n: int, rng: random.Random) -> list:
    # Half the nodes form a zigzag path (depth n/2: a recursive codec needs a
    # deep stack), the other half a complete tree hanging from its end, with
    # values spread over the whole range so most tokens are several characters.
    vals = [rng.randint(-VALUE, VALUE) for _ in range(n)]
    left = [-1] * n
    right = [-1] * n
    chain = n // 2
    for k in range(1, chain):
        if rng.random() < 0.5:
            left[k - 1] = k
        else:
            right[k - 1] = k
    base = max(chain - 1, 0)
    for k in range(max(chain, 1), n):
        # heap layout of the bottom part, rooted at node `base`
        j = k - base
        parent = (j - 1) // 2 + base
        if j % 2 == 1:
            left[parent] = k
        else:
            right[parent] = k
    return [_notation(vals, left, right)]
