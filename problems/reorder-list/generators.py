import random

from hypothesis import strategies as st

VALUE = 1000

# A narrow band makes repeated values common (code that finds nodes by value
# then picks the wrong one); the full range covers the extremes.
_values = st.integers(1, 3) | st.integers(1, VALUE)


@st.composite
def _long(draw):
    # Past a thousand nodes; the values come from a drawn seed so a long list
    # costs hypothesis one draw.
    gen = random.Random(draw(st.integers(0, 2**16)))
    return [[gen.randint(1, VALUE) for _ in range(gen.randint(1000, 2500))]]


@st.composite
def _instance(draw):
    # Mostly short lists (they shrink to readable counterexamples), sometimes long ones.
    if draw(st.integers(0, 19)) < 19:
        return [draw(st.lists(_values, min_size=1, max_size=40))]
    return draw(_long())


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n nodes (n <= 5·10^4): every approach touches every node; one that walks
    # to the tail for each move does about n²/4 steps.
    return [[rng.randint(1, VALUE) for _ in range(n)]]


def check_input(head):
    # LeetCode's constraints (prompt.md): 1 to 5 * 10^4 nodes, 1 <= Node.val <= 1000.
    values = head or []
    if not 1 <= len(values) <= 5 * 10**4:
        return f"head has {len(values):,} nodes; the list has 1 to 5 * 10^4"
    for i, v in enumerate(values):
        if not 1 <= v <= VALUE:
            return f"head[{i}] is {v:,}; every value is from 1 to 1000"
    return None
