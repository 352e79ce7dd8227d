import random

from hypothesis import strategies as st

MAX_HOUSES = 100
MAX_MONEY = 1000

# A narrow band of small values often (ties and zeros make wrong base cases and
# wrong ends visible), the full range sometimes.
_money = st.integers(0, 9) | st.integers(0, MAX_MONEY)


def random_input():
    return (st.lists(_money, min_size=1, max_size=12) | st.lists(_money, min_size=1, max_size=MAX_HOUSES)).map(
        lambda nums: [nums]
    )


def scale_input(n: int, rng: random.Random) -> list:
    # n houses in a ring. The plain include/skip recursion branches on every
    # house whatever the values; the two richest houses are put at the ends,
    # so the ring's wrap-around decides the answer.
    nums = [rng.randint(0, MAX_MONEY) for _ in range(n)]
    nums[0] = nums[-1] = MAX_MONEY
    return [nums]


def check_input(nums):
    # LeetCode's constraints (prompt.md): 1 <= nums.length <= 100, 0 <= nums[i] <= 1000.
    if not 1 <= len(nums) <= MAX_HOUSES:
        return f"nums has {len(nums):,} houses; it takes 1 to 100"
    for i, x in enumerate(nums):
        if not 0 <= x <= MAX_MONEY:
            return f"nums[{i}] is {x:,}; every house holds from 0 to 1000"
    return None
