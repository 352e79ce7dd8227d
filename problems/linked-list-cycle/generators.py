import random

from hypothesis import strategies as st

VALUE = 10**5
MAX_NODES = 10**4

# A narrow band makes repeated values common (they must not look like a loop);
# the full range covers the extremes.
_values = st.integers(-3, 3) | st.integers(-VALUE, VALUE)


@st.composite
def _pos(draw, length):
    # Shrinks toward "no loop", then toward a loop back to the head.
    if length == 0 or not draw(st.booleans()):
        return -1
    return draw(st.integers(0, length - 1))


@st.composite
def _short(draw):
    values = draw(st.lists(_values, max_size=40))
    return [values, draw(_pos(len(values)))]


@st.composite
def _long(draw):
    # Past 1,000 nodes, where step caps and early give-ups go wrong. The values
    # come from a drawn seed so a long list costs hypothesis one draw, not 3,000.
    length = draw(st.integers(1001, 3000))
    seed = draw(st.integers(0, 2**16))
    gen = random.Random(seed)
    values = [gen.randint(-VALUE, VALUE) for _ in range(length)]
    return [values, draw(_pos(length))]


@st.composite
def _instance(draw):
    # About one input in ten is long; shrinking moves toward the short branch.
    if draw(st.integers(0, 9)) < 9:
        return draw(_short())
    return draw(_long())


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n nodes and no loop: nothing can stop early, every approach walks the
    # whole list, and the visited set grows to n nodes.
    values = [rng.randint(-VALUE, VALUE) for _ in range(n)]
    return [values, -1]


def check_input(head, pos):
    # LeetCode's constraints (prompt.md): 0 to 10^4 nodes, -10^5 <= Node.val <= 10^5.
    # (pos is -1 or an index of the list: drill checks that itself.)
    if len(head) > MAX_NODES:
        return f"head has {len(head):,} nodes; at most 10^4"
    for i, v in enumerate(head):
        if not -VALUE <= v <= VALUE:
            return f"head[{i}] is {v:,}; every value is from -10^5 to 10^5"
    return None
