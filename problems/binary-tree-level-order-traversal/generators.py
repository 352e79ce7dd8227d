import random

from hypothesis import strategies as st

from drill import constraints
from drill.strategies import chain_and_heap_tree, trees

MAX_NODES = 200  # random trees stay small and readable; scale_input goes far beyond
VALUE = 1000

# A narrow range gives duplicates and zeros often; the wide one reaches the limits.
_values = st.integers(-5, 5) | st.integers(-VALUE, VALUE)


def random_input():
    return trees(_values, MAX_NODES).map(lambda tree: [tree])


def scale_input(n: int, rng: random.Random) -> list:
    # n nodes: a zigzag path of n/2 (n/2 levels of one node: a walk per level is
    # quadratic) over a complete tree whose bottom level is about n/4 wide.
    return [chain_and_heap_tree(n, rng, -VALUE, VALUE)]


def check_input(root):
    # LeetCode's constraints (prompt.md): 0 to 2000 nodes, -1000 <= Node.val <= 1000.
    return constraints.tree("root", root, (0, 2000), "0 to 2,000", (-VALUE, VALUE), "from -1000 to 1000")
