import random
from collections import deque

from hypothesis import strategies as st

from drill.strategies import chain_and_heap_tree, tree_notation, trees

MAX_NODES = 100  # LeetCode's limit; scale_input goes far beyond
VALUE = 10**4

# A narrow range gives equal values (so only the shape can differ); the wide one reaches the limits.
_values = st.integers(-3, 3) | st.integers(-VALUE, VALUE)


def _parse(notation: list) -> tuple[list, list, list]:
    """Level-order notation -> (vals, left, right) with node 0 the root (-1: no child)."""
    vals, left, right = [], [], []
    if not notation:
        return vals, left, right
    vals.append(notation[0])
    left.append(-1)
    right.append(-1)
    queue, i = deque([0]), 1
    while queue and i < len(notation):
        k = queue.popleft()
        for side in (left, right):
            if i < len(notation) and notation[i] is not None:
                vals.append(notation[i])
                left.append(-1)
                right.append(-1)
                side[k] = len(vals) - 1
                queue.append(len(vals) - 1)
            i += 1
    return vals, left, right


@st.composite
def _pair(draw):
    p = draw(trees(_values, MAX_NODES))
    # 0 (where shrinking goes): an identical copy; then one small difference; 5: unrelated trees.
    how = draw(st.integers(0, 5))
    vals, left, right = _parse(p)
    n = len(vals)
    if how == 0 or n == 0 and how < 5:
        q = list(p)
    elif how == 1:  # one value changed
        k = draw(st.integers(0, n - 1))
        vals[k] = draw(_values.filter(lambda v: v != vals[k]))
        q = tree_notation(vals, left, right)
    elif how == 2:  # the two children of one node swapped
        k = draw(st.integers(0, n - 1))
        left[k], right[k] = right[k], left[k]
        q = tree_notation(vals, left, right)
    elif how == 3:  # one subtree cut off (the root's cut leaves the empty tree)
        k = draw(st.integers(0, n - 1))
        q = [] if k == 0 else tree_notation(vals, [c if c != k else -1 for c in left], [c if c != k else -1 for c in right])
    elif how == 4:  # one leaf added under a free slot
        k = draw(st.integers(0, n - 1))
        side = left if draw(st.booleans()) else right
        if side[k] == -1:
            vals.append(draw(_values))
            left.append(-1)
            right.append(-1)
            side[k] = n
        q = tree_notation(vals, left, right)
    else:
        q = draw(trees(_values, MAX_NODES))
    return [q, p] if draw(st.booleans()) else [p, q]


def random_input():
    return _pair()


def scale_input(n: int, rng: random.Random) -> list:
    # Two identical trees of n nodes (a deep zigzag path over a complete tree):
    # only "true" makes every solution compare every pair of nodes.
    tree = chain_and_heap_tree(n, rng, -VALUE, VALUE)
    return [tree, list(tree)]


def check_input(p, q):
    # LeetCode's constraints (prompt.md): each tree 0 to 100 nodes, -10^4 <= Node.val <= 10^4.
    for name, tree in (("p", p), ("q", q)):
        nodes = sum(1 for v in tree if v is not None)
        if nodes > MAX_NODES:
            return f"{name} has {nodes:,} nodes; at most 100"
        for i, v in enumerate(tree):
            if v is not None and not -VALUE <= v <= VALUE:
                return f"{name}[{i}] is {v:,}; every value is from -10^4 to 10^4"
    return None
