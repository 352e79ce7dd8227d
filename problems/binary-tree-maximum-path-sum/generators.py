import random

from hypothesis import strategies as st

from drill.strategies import chain_and_heap_tree, trees

MAX_NODES = 200  # random trees stay small and readable; scale_input goes to LeetCode's 3·10^4
VALUE = 1000

# A narrow band around 0 mixes signs (and gives zeros); the wide one reaches the limits.
_values = st.integers(-5, 5) | st.integers(-VALUE, VALUE)
# Trees of only negative values, where the answer is the largest single node.
_negative = st.integers(-5, -1) | st.integers(-VALUE, -1)


def random_input():
    tree = trees(_values, MAX_NODES) | trees(_negative, MAX_NODES)
    return tree.filter(len).map(lambda t: [t])


def scale_input(n: int, rng: random.Random) -> list:
    # n nodes: a zigzag path of n/2 over a complete tree, values over the whole
    # range, so the brute force's re-walks of every subtree cost about n²/8 steps.
    return [chain_and_heap_tree(n, rng, -VALUE, VALUE)]


LEETCODE_NODES = 3 * 10**4


def check_input(root):
    # LeetCode's constraints (prompt.md): 1 to 3 * 10^4 nodes, -1000 <= Node.val <= 1000.
    values = [v for v in root if v is not None]
    if not 1 <= len(values) <= LEETCODE_NODES:
        return f"root has {len(values):,} nodes; the tree has 1 to 3 * 10^4"
    for i, v in enumerate(root):
        if v is not None and not -VALUE <= v <= VALUE:
            return f"root[{i}] is {v:,}; every value is from -1000 to 1000"
    return None
