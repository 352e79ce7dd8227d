import random
from collections import deque

from hypothesis import strategies as st

from drill.strategies import tree_notation, trees

MAX_ROOT = 200  # random trees stay small and readable (LeetCode allows 2000 and 1000)
MAX_SUB = 60
VALUE = 10**4

# A narrow range makes equal values (and so near-matches) common; the wide one
# reaches the limits and mixes digit counts (12 against 2) for string-based solutions.
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


def _subtree(vals, left, right, top) -> tuple[list, list, list]:
    """The subtree under node `top`, re-indexed so that `top` becomes node 0."""
    order, queue = [], deque([top])
    while queue:
        k = queue.popleft()
        order.append(k)
        queue.extend(c for c in (left[k], right[k]) if c >= 0)
    new = {k: i for i, k in enumerate(order)}
    return (
        [vals[k] for k in order],
        [new[left[k]] if left[k] >= 0 else -1 for k in order],
        [new[right[k]] if right[k] >= 0 else -1 for k in order],
    )


@st.composite
def _instance(draw):
    root = draw(trees(_values, MAX_ROOT).filter(len))
    vals, left, right = _parse(root)
    # 0 (where shrinking goes): a genuine subtree; 1-4: a subtree with one small change; 5: an unrelated tree.
    how = draw(st.integers(0, 5))
    if how == 5:
        return [root, draw(trees(_values, MAX_SUB).filter(len))]
    top = draw(st.integers(0, len(vals) - 1))
    sv, sl, sr = _subtree(vals, left, right, top)
    m = len(sv)
    k = draw(st.integers(0, m - 1))
    if how == 1:  # one value changed
        sv[k] = draw(_values.filter(lambda v: v != sv[k]))
    elif how == 2:  # one leaf added: the match would need an extra node
        side = sl if draw(st.booleans()) else sr
        if side[k] == -1:
            sv.append(draw(_values))
            sl.append(-1)
            sr.append(-1)
            side[k] = m
    elif how == 3 and k > 0:  # one subtree cut off: root's copy has extra nodes below the match
        sl = [c if c != k else -1 for c in sl]
        sr = [c if c != k else -1 for c in sr]
    elif how == 4:  # the two children of one node swapped
        sl[k], sr[k] = sr[k], sl[k]
    return [root, tree_notation(sv, sl, sr)]


def random_input():
    return _instance()


def _chain(values: list, side: int) -> list:
    """A path of the given values, every child on one side (0 left, 1 right)."""
    n = len(values)
    down = [k + 1 if k + 1 < n else -1 for k in range(n)]
    none = [-1] * n
    return tree_notation(values, down, none) if side == 0 else tree_notation(values, none, down)


def scale_input(n: int, rng: random.Random) -> list:
    # n nodes in root, n/2 in subRoot: two one-sided paths of one repeated value
    # whose last node differs. Every top tried by an O(n·m) check matches for
    # about m steps before the last node fails it; only the bottom-most
    # candidate matches, so the answer is true after (n - m)·m comparisons.
    m = n // 2
    v = rng.randint(-VALUE, VALUE)
    last = v + 1 if v < VALUE else v - 1
    side = rng.randint(0, 1)
    return [_chain([v] * (n - 1) + [last], side), _chain([v] * (m - 1) + [last], side)]


def check_input(root, subRoot):
    # LeetCode's constraints (prompt.md): root has 1 to 2000 nodes, subRoot 1 to 1000,
    # -10^4 <= Node.val <= 10^4 in both.
    for name, tree, most in (("root", root or [], 2000), ("subRoot", subRoot or [], 1000)):
        nodes = sum(v is not None for v in tree)
        if not 1 <= nodes <= most:
            return f"{name} has {nodes:,} nodes; it takes 1 to {most:,}"
        for i, v in enumerate(tree):
            if v is not None and not -VALUE <= v <= VALUE:
                return f"{name}[{i}] is {v:,}; every value is from -10^4 to 10^4"
    return None
