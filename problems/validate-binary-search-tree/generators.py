import random

from hypothesis import strategies as st

from drill import constraints
from drill.strategies import chain_and_heap_tree, tree_notation, trees

MAX_NODES = 120  # random trees stay readable; scale_input reaches LeetCode's 10^4
LOW, HIGH = -(2**31), 2**31 - 1


def _children(tree: list) -> tuple[list, list]:
    """Level-order notation -> left/right child indices by node (-1: none), nodes numbered in level order."""
    n = sum(v is not None for v in tree)
    left, right = [-1] * n, [-1] * n
    queue, head, nxt, k = [0], 0, 1, 1
    while head < len(queue) and k < len(tree):
        parent = queue[head]
        head += 1
        for side in (left, right):
            if k < len(tree) and tree[k] is not None:
                side[parent] = nxt
                queue.append(nxt)
                nxt += 1
            k += 1
    return left, right


def _in_order(left: list, right: list) -> list:
    """Node indices in in-order, iteratively (trees may be deep)."""
    out, stack, node = [], [], 0 if left else -1
    while stack or node != -1:
        while node != -1:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        out.append(node)
        node = right[node]
    return out


@st.composite
def _increasing(draw, n):
    # Strictly increasing values: a small band near 0 (shrinks there), a run
    # touching one end of the 32-bit range, or values spread over all of it.
    band = draw(st.sampled_from(["small", "bottom", "top", "wide"]))
    if band == "wide":
        return sorted(draw(st.lists(st.integers(LOW, HIGH), min_size=n, max_size=n, unique=True)))
    gaps = draw(st.lists(st.integers(1, 3), min_size=n, max_size=n))
    if band == "small":
        start = draw(st.integers(-3, 3))
    elif band == "bottom":
        start = LOW
    else:
        start = HIGH - sum(gaps[1:])
    vals = [start]
    for g in gaps[1:]:
        vals.append(vals[-1] + g)
    return vals


@st.composite
def _instance(draw):
    shape = draw(trees(st.just(0), MAX_NODES).filter(bool))
    left, right = _children(shape)
    order = _in_order(left, right)
    n = len(order)
    sorted_vals = draw(_increasing(n))
    vals = [0] * n
    for pos, node in enumerate(order):
        vals[node] = sorted_vals[pos]
    # About a third stay valid; the rest get one flaw: an equal neighbour in
    # in-order, two values swapped, or one value replaced by another value.
    flaw = draw(st.sampled_from(["none", "equal", "swap", "replace"]))
    if flaw != "none" and n >= 2:
        i = draw(st.integers(0, n - 2))
        if flaw == "equal":
            a, b = (order[i], order[i + 1]) if draw(st.booleans()) else (order[i + 1], order[i])
            vals[a] = vals[b]
        elif flaw == "swap":
            j = draw(st.integers(i + 1, n - 1))
            vals[order[i]], vals[order[j]] = vals[order[j]], vals[order[i]]
        else:
            j = draw(st.integers(0, n - 1))
            shift = draw(st.integers(-1, 1))
            vals[order[i]] = min(HIGH, max(LOW, sorted_vals[j] + shift))
    return [tree_notation(vals, left, right)]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # A valid BST (so no check may stop early) shaped as a zigzag path of n/2
    # nodes over a complete tree, holding both ends of the 32-bit range.
    left, right = _children(chain_and_heap_tree(n, rng, 0, 0))
    order = _in_order(left, right)
    sorted_vals = sorted({LOW, HIGH, *rng.sample(range(LOW + 1, HIGH), n - 2)})
    vals = [0] * n
    for pos, node in enumerate(order):
        vals[node] = sorted_vals[pos]
    return [tree_notation(vals, left, right)]


def check_input(root):
    # LeetCode's constraints (prompt.md): 1 to 10^4 nodes, -2^31 <= Node.val <= 2^31 - 1.
    # (Whether the tree is a binary search tree is the question, not a promise.)
    return constraints.tree("root", root, (1, 10**4), "1 to 10^4", (LOW, HIGH), "from -2^31 to 2^31 - 1")
