"""The test file a learner would otherwise keep for Two Sum: bench/run.py times it beside drill check.

Ten edge cases, 100 random examples against a brute force (hypothesis), one 10^4 scale test.
Run: python -m pytest -q -p no:cacheprovider bench/handwritten_two_sum.py
"""

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen.setdefault(x, i)
        return []


def brute(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]


CASES = [
    ([1, 2], 3, [0, 1]),
    ([5, 1, 5], 10, [0, 2]),
    ([4, 1, 7], 8, [1, 2]),
    ([-7, -2, -11, 3], -9, [0, 1]),
    ([0, 6, -6, 2], 0, [1, 2]),
    ([0, 3, 0], 0, [0, 2]),
    ([10**9, -(10**9), 7, -3], 0, [0, 1]),
    ([3, 9, 1, 7, 6], 9, [0, 4]),
    ([9, -1, 4, 2], 3, [1, 2]),
    ([2, 7, 11, 15], 9, [0, 1]),
]


@pytest.mark.parametrize("nums, target, expected", CASES)
def test_edge_case(nums, target, expected):
    assert sorted(Solution().twoSum(nums, target)) == expected


@st.composite
def instances(draw):
    nums = draw(st.lists(st.integers(-20, 20) | st.integers(-(10**8), 10**8), min_size=2, max_size=60, unique=True))
    i, j = draw(st.sampled_from([(a, b) for a in range(len(nums)) for b in range(a + 1, len(nums))]))
    return nums, nums[i] + nums[j]


@settings(max_examples=100, deadline=None, derandomize=True, database=None)
@given(instances())
def test_against_brute_force(instance):
    nums, target = instance
    got = Solution().twoSum(nums, target)
    assert nums[got[0]] + nums[got[1]] == target and got[0] != got[1]
    assert brute(nums, target) is not None


def test_scale():
    rng = random.Random(1)
    nums = rng.sample(range(-(10**9), -(2 * 10**8)), 10**4 - 2) + [4 * 10**8, 5 * 10**8]
    start = time.process_time()
    assert Solution().twoSum(nums, 9 * 10**8) == [10**4 - 2, 10**4 - 1]
    assert time.process_time() - start < 1.0
