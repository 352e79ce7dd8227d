import random

from hypothesis import strategies as st

VALUE = 30
LIMIT = 2**31 - 1

# Mostly ±1 (so lists can be long without overflowing 32 bits), with the full
# range mixed in; zeros are placed separately so that lists with none, one and
# two zeros are all common.
_value = st.sampled_from([1, -1]) | st.integers(-VALUE, VALUE)


def _cap(nums: list) -> list:
    """Turn factors into ±1 once the product of the non-zero magnitudes would
    leave 32 bits, so every prefix, suffix and answer fits (LeetCode's promise)."""
    out, magnitude = [], 1
    for x in nums:
        if x != 0 and magnitude * abs(x) > LIMIT:
            x = 1 if x > 0 else -1
        if x != 0:
            magnitude *= abs(x)
        out.append(x)
    return out


@st.composite
def _instance(draw):
    nums = draw(st.lists(_value, min_size=2, max_size=60))
    for i in draw(st.lists(st.integers(0, len(nums) - 1), max_size=2)):
        nums[i] = 0
    return [_cap(nums)]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n factors, nearly all ±1 with twelve of magnitude 2 or 3 (at most 3^12,
    # about 5·10^5) and no zero: a nested loop multiplies n - 1 factors for each
    # of the n positions and has no zero to stop at.
    nums = rng.choices([1, -1], k=n)
    for i in rng.sample(range(n), min(12, n)):
        nums[i] = rng.choice([-3, -2, 2, 3])
    return [nums]


def check_input(nums):
    # LeetCode's constraints (prompt.md): 2 <= nums.length <= 10^5, -30 <= nums[i] <= 30,
    # the product of every prefix and every suffix fits in a 32-bit signed integer.
    n = len(nums)
    if not 2 <= n <= 10**5:
        return f"nums has {n:,} number{'' if n == 1 else 's'}; it takes 2 to 10^5"
    for i, x in enumerate(nums):
        if not -VALUE <= x <= VALUE:
            return f"nums[{i}] is {x:,}; every number is from -30 to 30"
    for order, name in ((range(n), "prefix"), (range(n - 1, -1, -1), "suffix")):
        product = 1
        for i in order:
            product *= nums[i]
            if not -(2**31) <= product <= LIMIT:
                part = f"nums[0..{i}]" if name == "prefix" else f"nums[{i}..{n - 1}]"
                return (
                    f"nums has a {name}, {part}, whose product is {product:,}; every prefix and suffix "
                    "product must fit in a 32-bit signed integer (-2^31 to 2^31 - 1)"
                )
            if product == 0:
                break
    return None
