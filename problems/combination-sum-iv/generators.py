import random

from hypothesis import strategies as st

LIMIT = 2**31  # LeetCode guarantees the answer fits in a 32-bit signed integer


def _ways(nums: list, top: int) -> list:
    ways = [1] + [0] * top
    for t in range(1, top + 1):
        ways[t] = sum(ways[t - x] for x in nums if x <= t)
    return ways


def _fitting_target(nums: list, wanted: int) -> int:
    # The largest target not above `wanted` whose answer fits in 32 bits
    # (target 1 always does: its answer is 0 or 1).
    ways = _ways(nums, wanted)
    return next(t for t in range(wanted, 0, -1) if ways[t] < LIMIT)


@st.composite
def _instance(draw):
    # Small numbers shrink to readable failures and make many orderings; wide
    # ones reach the top of the value range, where answers stay small even for
    # large targets.
    value = st.integers(1, 8) | st.integers(1, 60) | st.integers(1, 1000)
    nums = draw(st.lists(value, min_size=1, max_size=6, unique=True) | st.lists(value, min_size=1, max_size=200, unique=True))
    wanted = draw(st.integers(1, 40) | st.integers(1, 1000))
    return [nums, _fitting_target(nums, wanted)]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n is the target. Up to 200 distinct numbers from the top nine tenths of
    # [1, n], so every total has many last numbers to try and the answer is
    # large (hundreds of millions at n = 1,000: enumerating sequences cannot
    # finish) but, as LeetCode guarantees, below 2^31.
    low = n // 10 + 1
    while True:
        pool = range(low, n + 1)
        nums = rng.sample(pool, min(200, len(pool)))
        if _ways(nums, n)[n] < LIMIT:
            return [nums, n]
        low += max(1, n // 100)


def check_input(nums, target):
    # LeetCode's constraints (prompt.md): 1 <= nums.length <= 200, 1 <= nums[i] <= 1000,
    # distinct values, 1 <= target <= 1000, and the answer fits in a 32-bit signed integer.
    if not 1 <= len(nums) <= 200:
        return f"nums has {len(nums):,} number{'' if len(nums) == 1 else 's'}; it takes 1 to 200"
    for i, x in enumerate(nums):
        if not 1 <= x <= 1000:
            return f"nums[{i}] is {x:,}; every number is from 1 to 1000"
    if len(set(nums)) != len(nums):
        seen = set()
        i = next(i for i, x in enumerate(nums) if x in seen or seen.add(x))
        return f"nums[{i}] is {nums[i]}, which is already in nums; the values are distinct"
    if not 1 <= target <= 1000:
        return f"target is {target:,}; it is from 1 to 1000"
    # Count the sequences, capped at 2^31: every count is a sum of non-negative
    # counts, so a capped one reaches the cap exactly when the true one does.
    ordered = sorted(nums)
    ways = [1] + [0] * target
    for t in range(1, target + 1):
        total = 0
        for x in ordered:
            if x > t:
                break
            total += ways[t - x]
        ways[t] = min(total, LIMIT)
    if ways[target] >= LIMIT:
        return (
            f"target is {target:,}, and more than 2^31 - 1 sequences of nums add up to it; "
            "the inputs are chosen so that the answer fits in a 32-bit signed integer"
        )
    return None
