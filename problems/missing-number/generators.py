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


def check_input(nums):
    # LeetCode's constraints (prompt.md): n == nums.length, 1 <= n <= 10^4, 0 <= nums[i] <= n,
    # all numbers different.
    n = len(nums)
    if not 1 <= n <= 10**4:
        return f"nums has {n:,} numbers; it takes 1 to 10^4"
    seen = {}
    for i, x in enumerate(nums):
        if not 0 <= x <= n:
            return f"nums[{i}] is {x:,}; every number is from 0 to n, the length of nums (here {n:,})"
        if x in seen:
            return f"nums[{i}] is {x}, as is nums[{seen[x]}]; the numbers are all different"
        seen[x] = i
    return None
