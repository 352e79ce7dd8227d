import random

from hypothesis import strategies as st

from drill.strategies import chain_and_heap_tree, tree_notation, trees

MAX_NODES = 120  # random trees stay readable; scale_input reaches LeetCode's 10^4
VALUE = 10**4


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
def _instance(draw):
    shape = draw(trees(st.just(0), MAX_NODES).filter(bool))
    left, right = _children(shape)
    order = _in_order(left, right)
    n = len(order)
    # Distinct increasing values: from 0 with small gaps (shrinks to 0, 1, 2, ...),
    # ending at 10^4, or spread over the whole range.
    band = draw(st.sampled_from(["small", "top", "wide"]))
    if band == "wide":
        sorted_vals = sorted(draw(st.lists(st.integers(0, VALUE), min_size=n, max_size=n, unique=True)))
    else:
        gaps = draw(st.lists(st.integers(1, 3), min_size=n, max_size=n))
        start = 0 if band == "small" else VALUE - sum(gaps[1:])
        sorted_vals = [start]
        for g in gaps[1:]:
            sorted_vals.append(sorted_vals[-1] + g)
    vals = [0] * n
    for pos, node in enumerate(order):
        vals[node] = sorted_vals[pos]
    k = draw(st.integers(1, n) | st.just(n))
    return [tree_notation(vals, left, right), k]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # A BST shaped as a zigzag path of n/2 nodes over a complete tree; the answer
    # lies in the bottom part, so any descent passes the whole path, and k is
    # large, so an in-order walk visits most nodes before it stops.
    left, right = _children(chain_and_heap_tree(n, rng, 0, 0))
    order = _in_order(left, right)
    sorted_vals = sorted(rng.sample(range(VALUE + 1), n))
    vals = [0] * n
    for pos, node in enumerate(order):
        vals[node] = sorted_vals[pos]
    rank = {node: pos + 1 for pos, node in enumerate(order)}
    bottom = [rank[node] for node in range(n // 2, n)]
    k = max(bottom) if bottom else n
    return [tree_notation(vals, left, right), k]


def check_input(root, k):
    # LeetCode's constraints (prompt.md): n nodes with 1 <= k <= n <= 10^4,
    # 0 <= Node.val <= 10^4, and root is a binary search tree (smaller values to
    # the left, larger to the right, so no value twice).
    tree = root or []
    where = [i for i, v in enumerate(tree) if v is not None]  # list position of each node, in level order
    n = len(where)
    if not 1 <= n <= 10**4:
        return f"root has {n:,} nodes; the tree has 1 to 10^4"
    for i in where:
        if not 0 <= tree[i] <= VALUE:
            return f"root[{i}] is {tree[i]:,}; every value is from 0 to 10^4"
    left, right = _children(tree)
    order = [where[node] for node in _in_order(left, right)]
    for a, b in zip(order, order[1:]):
        if tree[a] >= tree[b]:
            return (
                f"root is not a binary search tree: root[{a}] = {tree[a]} sits left of root[{b}] = {tree[b]} "
                "(reading the tree left to right); a node's left subtree holds smaller values, its right subtree larger"
            )
    if not 1 <= k <= n:
        return f"k is {k:,}; it is from 1 to n, the number of nodes ({n:,})"
    return None
