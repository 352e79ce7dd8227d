import random

from hypothesis import strategies as st

MAX_HOUSES = 100
MAX_MONEY = 400

# A narrow band of small values often (ties and zeros make off-by-one base
# cases visible), the full range sometimes.
_money = st.integers(0, 9) | st.integers(0, MAX_MONEY)


def random_input():
    return (st.lists(_money, min_size=1, max_size=12) | st.lists(_money, min_size=1, max_size=MAX_HOUSES)).map(
        lambda nums: [nums]
    )


def scale_input(n: int, rng: random.Random) -> list:
    # n houses of random money. The plain include/skip recursion branches on
    # every house whatever the values, so any values are adversarial to it;
    # random ones keep the best plan irregular (gaps of one and of two).
    return [[rng.randint(0, MAX_MONEY) for _ in range(n)]]


def check_input(nums):
    # LeetCode's constraints (prompt.md): 1 <= nums.length <= 100, 0 <= nums[i] <= 400.
    if not 1 <= len(nums) <= MAX_HOUSES:
        return f"nums has {len(nums):,} house{'' if len(nums) == 1 else 's'}; it takes 1 to 100"
    for i, x in enumerate(nums):
        if not 0 <= x <= MAX_MONEY:
            return f"nums[{i}] is {x:,}; every amount is from 0 to 400"
    return None
