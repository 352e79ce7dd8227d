import random

from hypothesis import strategies as st

MAX_LEN = 10**4
MAX_JUMP = 10**5

# Short jumps with many zeros make both answers common (and shrink to small
# readable lists); the full range sometimes, which is almost always true.
_jump = st.sampled_from([0, 0, 1, 1, 2, 3]) | st.integers(0, 6) | st.integers(0, MAX_JUMP)


@st.composite
def _wall(draw):
    # A list whose reach is decided by a single zero "wall": the indices
    # before it reach exactly up to it, or one index past it.
    k = draw(st.integers(1, 40))
    over = draw(st.booleans())
    before = [draw(st.integers(0, k - i)) for i in range(k)]
    if before:
        j = draw(st.integers(0, k - 1))
        before[j] = k - j + (1 if over else 0)
    tail = draw(st.lists(st.integers(0, 6), min_size=1, max_size=20))
    return [before + [0] + tail]


def random_input():
    return st.lists(_jump, min_size=1, max_size=12).map(lambda v: [v]) | st.lists(
        _jump, min_size=1, max_size=200
    ).map(lambda v: [v]) | _wall()


def scale_input(n: int, rng: random.Random) -> list:
    # A descending staircase: index i jumps exactly to index n - 2, which holds
    # 0, one short of the end. Every index is reachable and every one of them
    # reaches the same wall, so a DP that tries each jump length from each
    # index does about n^2 / 2 steps and never exits early. The answer is false.
    return [[n - 2 - i for i in range(n - 1)] + [0]]


def check_input(nums):
    # LeetCode's constraints (prompt.md): 1 <= nums.length <= 10^4, 0 <= nums[i] <= 10^5.
    if not 1 <= len(nums) <= MAX_LEN:
        return f"nums has {len(nums):,} numbers; it takes 1 to 10^4"
    for i, x in enumerate(nums):
        if not 0 <= x <= MAX_JUMP:
            return f"nums[{i}] is {x:,}; every jump length is from 0 to 10^5"
    return None
