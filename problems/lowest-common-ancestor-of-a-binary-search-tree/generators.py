import random

from hypothesis import strategies as st

from drill.strategies import tree_notation, trees

MAX_NODES = 120  # random trees stay readable; scale_input reaches LeetCode's 10^5
LOW, HIGH = -(10**9), 10**9


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


def _bst(left: list, right: list, sorted_vals: list) -> list:
    """The shape filled with increasing values in in-order: a binary search tree, in notation."""
    vals = [0] * len(left)
    for pos, node in enumerate(_in_order(left, right)):
        vals[node] = sorted_vals[pos]
    return vals


@st.composite
def _increasing(draw, n):
    # Distinct increasing values: a small band around 0 (shrinks there), a run
    # touching one end of the range, negatives only, or spread over all of it.
    band = draw(st.sampled_from(["small", "bottom", "top", "negative", "wide"]))
    if band == "wide":
        return sorted(draw(st.lists(st.integers(LOW, HIGH), min_size=n, max_size=n, unique=True)))
    gaps = draw(st.lists(st.integers(1, 3), min_size=n, max_size=n))
    if band == "small":
        start = draw(st.integers(-3, 3))
    elif band == "bottom":
        start = LOW
    elif band == "top":
        start = HIGH - sum(gaps[1:])
    else:
        start = -1 - sum(gaps[1:]) - draw(st.integers(0, 10))
    vals = [start]
    for g in gaps[1:]:
        vals.append(vals[-1] + g)
    return vals


@st.composite
def _instance(draw):
    shape = draw(trees(st.just(0), MAX_NODES).filter(lambda t: sum(v is not None for v in t) >= 2))
    left, right = _children(shape)
    n = len(left)
    vals = _bst(left, right, draw(_increasing(n)))
    parent = [-1] * n
    for node in range(n):
        for child in (left[node], right[node]):
            if child != -1:
                parent[child] = node
    # p and q anywhere, or one of them an ancestor of the other (the answer is
    # then p or q itself), given in either order.
    q = draw(st.integers(0, n - 1))
    ancestors = []
    node = parent[q]
    while node != -1:
        ancestors.append(node)
        node = parent[node]
    if ancestors and draw(st.booleans()):
        p = draw(st.sampled_from(ancestors))
    else:
        p = draw(st.integers(0, n - 1).filter(lambda i: i != q))
    if draw(st.booleans()):
        p, q = q, p
    return [tree_notation(vals, left, right), vals[p], vals[q]]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n nodes: the root; on its left a zigzag path of n/2 nodes (a search of the
    # whole tree recurses 50,000 deep through it); on its right a complete tree
    # holding the rest, with p and q its last two nodes in level order (deepest,
    # rightmost). The BST walk goes right and down about log n levels, while a
    # search of the whole tree, depth-first or level by level, touches all n.
    # (The bushy part stays near the root on purpose. CPython 3.11 keeps frames
    # in 16 KB chunks and mmaps/munmaps one each time a recursion crosses a
    # chunk boundary; when a boundary falls inside a complete subtree, as it
    # does under a path of a few hundred nodes for some path lengths, a plain
    # whole-tree recursion pays that for most nodes: up to 50x slower at some
    # sizes and not at others, which the probe extrapolated to a time-limit
    # failure of the standard recursive solution. Near the root, the bushy
    # part sits in the first chunk.)
    left, right = [-1] * n, [-1] * n
    chain = n // 2
    for k in range(2, chain + 1):
        (left if rng.random() < 0.5 else right)[k - 1] = k
    left[0] = 1
    base = chain + 1  # heap layout of the right part, rooted at node `base`
    rest = n - base
    if rest:
        right[0] = base
    for j in range(1, rest):
        parent = (j - 1) // 2 + base
        (left if j % 2 == 1 else right)[parent] = base + j
    vals = _bst(left, right, sorted(rng.sample(range(LOW, HIGH + 1), n)))
    p, q = vals[n - 1], vals[n - 2]
    if rng.random() < 0.5:
        p, q = q, p
    return [tree_notation(vals, left, right), p, q]


def check_input(root, p, q):
    # LeetCode's constraints (prompt.md): 2 to 10^5 nodes, -10^9 <= Node.val <= 10^9, all values distinct,
    # a binary search tree (the in-order walk increases), p != q and both nodes of the tree
    # (drill checks that a given p or q is a value of root; null is refused here).
    vals = [v for v in root if v is not None]
    n = len(vals)
    if not 2 <= n <= 10**5:
        return f"root has {n:,} node{'' if n == 1 else 's'}; the tree has 2 to 10^5"
    for v in vals:
        if not LOW <= v <= HIGH:
            return f"root holds {v:,}; every value is from -10^9 to 10^9"
    if len(set(vals)) != n:
        seen = set()
        twice = next(v for v in vals if v in seen or seen.add(v))
        return f"root holds {twice} twice; all values are distinct"
    why = _not_bst(root)
    if why:
        return f"root is not a binary search tree: {why}"
    if p is None:
        return "p is null; it takes the value of a node of root"
    if q is None:
        return "q is null; it takes the value of a node of root"
    if p == q:
        return f"q is {q}, the same node as p; p and q are two different nodes"
    return None


def _not_bst(root: list) -> str | None:
    """Why a level-order tree (distinct values, at least one node) is not a binary search tree, or None.

    One pass in level order: every node carries the open range its ancestors leave it
    (below each ancestor it hangs left of, above each it hangs right of)."""
    ranges = [(None, None)]  # by node, in level order: (the nearest ancestor it must exceed, ... stay under)
    nodes = [root[0]]
    head, k = 0, 1
    while k < len(root):
        low, high = ranges[head]
        parent = nodes[head]
        head += 1
        for is_left in (True, False):
            if k >= len(root):
                break
            v = root[k]
            k += 1
            if v is None:
                continue
            if is_left and v > parent or not is_left and v < parent:
                side = "left" if is_left else "right"
                return f"{v:,} is the {side} child of {parent:,}, so it must be {'smaller' if is_left else 'larger'}"
            if low is not None and v < low:
                return f"{v:,} lies in the right subtree of {low:,}, so it must be larger"
            if high is not None and v > high:
                return f"{v:,} lies in the left subtree of {high:,}, so it must be smaller"
            nodes.append(v)
            ranges.append((low, parent) if is_left else (parent, high))
    return None
