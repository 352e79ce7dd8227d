import random

from hypothesis import strategies as st

from drill.strategies import chain_and_heap_tree, trees

MAX_NODES = 300  # random trees stay readable; scale_input reaches LeetCode's 3000
VALUE = 3000


def _children(tree: list) -> tuple[list, list]:
    """Level-order notation (no nulls for the root) -> left/right child indices by node (-1: none)."""
    n = sum(v is not None for v in tree)
    left, right = [-1] * n, [-1] * n
    queue, nxt, k = [0], 1, 1  # node numbers in level order; k walks the notation
    head = 0
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


def _traversals(vals: list, left: list, right: list) -> tuple[list, list]:
    """Pre-order and in-order of the tree rooted at node 0, iteratively (trees may be deep)."""
    pre, ino = [], []
    stack, node = [], 0
    while stack or node != -1:
        while node != -1:
            pre.append(vals[node])
            stack.append(node)
            node = left[node]
        node = stack.pop()
        ino.append(vals[node])
        node = right[node]
    return pre, ino


@st.composite
def _instance(draw):
    shape = draw(trees(st.just(0), MAX_NODES).filter(bool))
    left, right = _children(shape)
    n = len(left)
    # Distinct values: small ones by default (they shrink to 0, 1, -1, ...), the
    # whole range (with its ends) sometimes.
    vals = draw(st.lists(st.integers(-VALUE, VALUE), min_size=n, max_size=n, unique=True))
    return list(_traversals(vals, left, right))


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # A zigzag path of n/2 nodes over a complete tree: every path node's root sits at
    # one end of its in-order range, so a linear search per node is quadratic overall.
    left, right = _children(chain_and_heap_tree(n, rng, 0, 0))
    vals = rng.sample(range(-VALUE, VALUE + 1), n)
    return list(_traversals(vals, left, right))


def check_input(preorder, inorder):
    # LeetCode's constraints (prompt.md): 1 <= preorder.length <= 3000, inorder.length == preorder.length,
    # -3000 <= values <= 3000, all values different, the same values in both, and the two lists are
    # the pre-order and in-order walks of one tree.
    n = len(preorder)
    if not 1 <= n <= 3000:
        return f"preorder has {n:,} values; it takes 1 to 3000"
    if len(inorder) != n:
        return f"inorder has {len(inorder):,} value{'' if len(inorder) == 1 else 's'} and preorder {n:,}; both walk the same tree"
    for name, walk in (("preorder", preorder), ("inorder", inorder)):
        for i, v in enumerate(walk):
            if not -VALUE <= v <= VALUE:
                return f"{name}[{i}] is {v:,}; every value is from -3000 to 3000"
    seen = {}
    for i, v in enumerate(preorder):
        if v in seen:
            return f"preorder[{i}] is {v}, as is preorder[{seen[v]}]; the values are all different"
        seen[v] = i
    where = {}
    for i, v in enumerate(inorder):
        if v not in seen:
            return f"inorder[{i}] is {v}, which preorder does not hold; both lists hold the same values"
        if v in where:
            return f"inorder[{i}] is {v}, as is inorder[{where[v]}]; the values are all different"
        where[v] = i
    # Rebuild without recursion: each part of the tree is a run of preorder (its root first) and the
    # run of inorder with the same values, so the root must lie inside that inorder run.
    parts = [(0, 0, n)]  # (start in preorder, start in inorder, size)
    while parts:
        pre, ino, size = parts.pop()
        if size == 0:
            continue
        root = preorder[pre]
        k = where[root]
        if not ino <= k < ino + size:
            return (
                f"inorder does not fit preorder: preorder[{pre}] ({root}) is the root of the part "
                f"inorder[{ino}..{ino + size - 1}] holds, yet it is not among them; the two are not walks of one tree"
            )
        left = k - ino
        parts.append((pre + 1 + left, k + 1, size - 1 - left))
        parts.append((pre + 1, ino, left))  # the left part first, as a pre-order walk meets it
    return None
