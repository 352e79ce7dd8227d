import random

from hypothesis import strategies as st


@st.composite
def _instance(draw):
    n = draw(st.integers(1, 12) | st.integers(1, 300))
    missing = draw(st.integers(0, n))
    present = [x for x in range(n + 1) if x != missing]
    # Permutations shrink toward ascending order, small n and a small missing number.
    return [draw(st.permutations(present))]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n numbers, missing n itself, in descending order: a search that tries
    # 0, 1, 2, ... in turn with `i in nums` finds each i near the end of the list
    # and tries every i, so it does about n²/2 comparisons. A few random swaps
    # keep the list from being perfectly sorted.
    nums = list(range(n - 1, -1, -1))
    for _ in range(n // 100):
        i, j = rng.randrange(n), rng.randrange(n)
        nums[i], nums[j] = nums[j], nums[i]
    return [nums]
