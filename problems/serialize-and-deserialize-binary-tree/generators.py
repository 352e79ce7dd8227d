import random

from hypothesis import strategies as st

from drill import constraints
from drill.strategies import chain_and_heap_tree, trees

MAX_NODES = 200  # random trees stay small and readable; scale_input goes far beyond
VALUE = 1000

# A narrow range gives duplicates, 0 and -1 often; the wide one reaches the limits.
_values = st.integers(-5, 5) | st.integers(-VALUE, VALUE)


def random_input():
    return trees(_values, MAX_NODES).map(lambda tree: [tree])


def scale_input(n: int, rng: random.Random) -> list:
    # A deep zigzag path (a recursive codec needs a deep stack) and a complete tree,
    # values over the whole range so most tokens are several characters.
    return [chain_and_heap_tree(n, rng, -VALUE, VALUE)]


def check_input(root):
    # LeetCode's constraints (prompt.md): 0 to 10^4 nodes, -1000 <= Node.val <= 1000.
    return constraints.tree("root", root, (0, 10**4), "0 to 10^4", (-VALUE, VALUE), "from -1000 to 1000")
