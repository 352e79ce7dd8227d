import random

from hypothesis import strategies as st

from drill.strategies import chain_and_heap_tree, trees

MAX_NODES = 100  # random trees stay small and readable; scale_input goes far beyond
VALUE = 100

# A narrow range gives duplicates, 0 and -1 often; the wide one reaches the limits.
_values = st.integers(-5, 5) | st.integers(-VALUE, VALUE)


def random_input():
    return trees(_values, MAX_NODES).map(lambda tree: [tree])


def scale_input(n: int, rng: random.Random) -> list:
    # Half the nodes form a zigzag path (fatal to a recursion with the default stack).
    return [chain_and_heap_tree(n, rng, -VALUE, VALUE)]


def check_input(root):
    # LeetCode's constraints (prompt.md): 0 to 100 nodes, -100 <= Node.val <= 100.
    values = [v for v in root or [] if v is not None]
    if len(values) > MAX_NODES:
        return f"root has {len(values)} nodes; at most {MAX_NODES}"
    for v in values:
        if not -VALUE <= v <= VALUE:
            return f"root holds {v}; every value is from -100 to 100"
    return None
