import math
import random

from hypothesis import strategies as st

VALUE = 10**9
MAX_LEN = 10**5


@st.composite
def _small(draw):
    # Short lists over a narrow band: duplicates and runs are common, and the
    # shrunk counterexample is readable. Sometimes the band sits at an end of
    # the value range.
    centre = draw(st.sampled_from([0, 0, 0, -VALUE + 10, VALUE - 10]))
    width = draw(st.sampled_from([3, 10, 30]))
    return [draw(st.lists(st.integers(max(centre - width, -VALUE), min(centre + width, VALUE)), max_size=30))]


def _scramble(nums: list, rng: random.Random) -> list:
    # A fast stand-in for shuffle: read the list with a random stride coprime
    # to its length (random.shuffle costs ~0.1 s per 10^5 items in Python).
    n = len(nums)
    if n < 2:
        return nums
    stride = rng.randrange(1, n)
    while math.gcd(stride, n) != 1:
        stride += 1
    offset = rng.randrange(n)
    return [nums[(offset + i * stride) % n] for i in range(n)]


@st.composite
def _large(draw):
    # Up to 10^5 values from a drawn seed: runs of up to 100 values, with
    # duplicates, buried among values drawn from the whole range.
    rng = random.Random(draw(st.integers(0, 2**32)))
    n = rng.randint(0, MAX_LEN) if rng.random() < 0.15 else rng.randint(0, 2000)
    nums = rng.choices(range(-VALUE, VALUE + 1), k=n // 2)
    while len(nums) < n:
        start = rng.randint(-VALUE, VALUE - 100)
        length = min(rng.randint(1, 100), n - len(nums))
        nums.extend(range(start, start + length))
        nums.extend(start + rng.randrange(length) for _ in range(rng.randint(0, 3)))
    return [_scramble(nums[:n], rng)]


def random_input():
    return _small() | _large()


def scale_input(n: int, rng: random.Random) -> list:
    # n values: one run of n/2 consecutive integers, n/4 copies of the run's
    # first value, and n/4 values from the whole range, scrambled. Walking up
    # from every distinct value costs about n^2/8 steps; walking from every
    # element of nums that has no predecessor (copies included) costs as much.
    half = n // 2
    start = rng.randint(-VALUE, VALUE - half)
    nums = list(range(start, start + half))
    nums += [start] * (n // 4)
    nums += rng.choices(range(-VALUE, VALUE + 1), k=n - len(nums))
    return [_scramble(nums, rng)]


def check_input(nums):
    # LeetCode's constraints (prompt.md): 0 <= nums.length <= 10^5, -10^9 <= nums[i] <= 10^9.
    if len(nums) > MAX_LEN:
        return f"nums has {len(nums):,} numbers; it takes 0 to 10^5"
    if nums and (min(nums) < -VALUE or max(nums) > VALUE):
        i, x = next((i, x) for i, x in enumerate(nums) if not -VALUE <= x <= VALUE)
        return f"nums[{i}] is {x:,}; every number is from -10^9 to 10^9"
    return None
