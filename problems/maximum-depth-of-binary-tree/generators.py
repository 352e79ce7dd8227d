import random

from hypothesis import strategies as st

from drill import constraints
from drill.strategies import chain_and_heap_tree, trees

MAX_NODES = 200  # random trees stay small and readable; scale_input goes far beyond
VALUE = 100

# A narrow range gives duplicates and zeros often; the wide one reaches the limits.
_values = st.integers(-5, 5) | st.integers(-VALUE, VALUE)


def random_input():
    return trees(_values, MAX_NODES).map(lambda tree: [tree])


def scale_input(n: int, rng: random.Random) -> list:
    # n nodes: a zigzag path of n/2 (the depth a recursive solution must survive)
    # ending in a complete tree whose wide levels load a breadth-first queue.
    return [chain_and_heap_tree(n, rng, -VALUE, VALUE)]


def check_input(root):
    # LeetCode's constraints (prompt.md): 0 to 10^4 nodes, -100 <= Node.val <= 100.
    return constraints.tree("root", root, (0, 10**4), "0 to 10^4", (-VALUE, VALUE), "from -100 to 100")
