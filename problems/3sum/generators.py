import random

from hypothesis import strategies as st

VALUE = 10**5

# A narrow band gives many triplets and many repeated values (the duplicate
# traps); the full range covers the extremes.
_values = st.integers(-6, 6) | st.integers(-VALUE, VALUE)


def random_input():
    return st.lists(_values, min_size=3, max_size=60).map(lambda nums: [nums])


def scale_input(n: int, rng: random.Random) -> list:
    # n values, half negative and half positive, so the two pointers sweep the
    # whole range for every negative first value. All but five are distinct odd
    # numbers, and three odd numbers never sum to 0, so triplets are few: three
    # zeros give [0,0,0] (and [-x,0,x] pairs), and two even values add a few
    # dozen more. Every one of the ~n^3/6 triples is still checked by brute force.
    base = n - 5
    neg = rng.sample(range(-VALUE + 1, 0, 2), base // 2)
    pos = rng.sample(range(1, VALUE, 2), base - base // 2)
    evens = [2 * rng.randint(1, VALUE // 4), -2 * rng.randint(1, VALUE // 4)]
    nums = neg + pos + [0, 0, 0] + evens
    rng.shuffle(nums)
    return [nums]


def check_input(nums):
    # LeetCode's constraints (prompt.md): 3 <= nums.length <= 3000, -10^5 <= nums[i] <= 10^5.
    if not 3 <= len(nums) <= 3000:
        return f"nums has {len(nums):,} number{'' if len(nums) == 1 else 's'}; it takes 3 to 3,000"
    for i, x in enumerate(nums):
        if not -VALUE <= x <= VALUE:
            return f"nums[{i}] is {x:,}; every number is from -10^5 to 10^5"
    return None
