import random
from collections import Counter

from hypothesis import strategies as st

VALUE = 10**4
MAX_LEN = 10**5

# A narrow band keeps shrunk examples readable (and brings in 0 and negatives);
# the full range covers the extremes.
_values = st.integers(-3, 3) | st.integers(-VALUE, VALUE)


def _valid_ks(counts: list[int]) -> list[int]:
    # k is allowed only where the answer is unique: the k-th highest count must
    # be strictly above the (k+1)-th, or k must take every distinct value.
    ranked = sorted(counts, reverse=True)
    return [k for k in range(1, len(ranked) + 1) if k == len(ranked) or ranked[k - 1] > ranked[k]]


@st.composite
def _small(draw):
    values = draw(st.lists(_values, min_size=1, max_size=8, unique=True))
    counts = draw(st.lists(st.integers(1, 6), min_size=len(values), max_size=len(values)))
    k = draw(st.sampled_from(_valid_ks(counts)))
    nums = [v for v, c in zip(values, counts) for _ in range(c)]
    return [draw(st.permutations(nums)), k]


@st.composite
def _large(draw):
    # Up to 10^5 numbers over at most 100 distinct values with skewed counts,
    # drawn from a seed so a large input costs hypothesis a few draws. Length,
    # distinct count and value range are drawn too, so a failure found here
    # still shrinks to a short list of small values.
    n = draw(st.integers(1, MAX_LEN))
    u = draw(st.integers(1, min(100, n)))
    wide = draw(st.booleans())
    gen = random.Random(draw(st.integers(0, 2**16)))
    span = VALUE if wide else u
    values = gen.sample(range(-span, span + 1), u)
    weights = [gen.paretovariate(1.2) for _ in range(u)]
    counts = Counter(gen.choices(range(u), weights, k=n - u))
    per_value = [1 + counts[i] for i in range(u)]
    k = gen.choice(_valid_ks(per_value))
    nums = [v for v, c in zip(values, per_value) for _ in range(c)]
    gen.shuffle(nums)
    return [nums, k]


@st.composite
def _instance(draw):
    # About one input in ten is large; shrinking moves toward the small branch.
    if draw(st.integers(0, 9)) < 9:
        return draw(_small())
    return draw(_large())


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n numbers over u = n/5 distinct values (at most the 20,001 the range
    # holds): the top k = u/20 values appear c_hi times each, every other value
    # between 1 and c_hi - 1 times, so the answer is unique. Counting each
    # distinct value with its own pass over nums costs n·u = n²/5.
    u = max(2, min(2 * VALUE + 1, n // 5))
    k = max(1, u // 20)
    values = rng.sample(range(-VALUE, VALUE + 1), u)
    c_hi = 2 * (n // u) + 1
    rest = u - k
    # Spread the other n - k·c_hi numbers evenly, then move single units
    # between random pairs to vary the counts, keeping each in [1, c_hi - 1].
    base, extra = divmod(n - k * c_hi, rest)
    counts = [c_hi] * k + [base] * rest
    for i in rng.sample(range(k, u), extra):
        counts[i] += 1
    for _ in range(rest):
        i, j = k + rng.randrange(rest), k + rng.randrange(rest)
        if counts[i] > 1 and counts[j] < c_hi - 1:
            counts[i] -= 1
            counts[j] += 1
    nums = [v for v, c in zip(values, counts) for _ in range(c)]
    rng.shuffle(nums)
    return [nums, k]


def check_input(nums, k):
    # LeetCode's constraints (prompt.md): 1 <= nums.length <= 10^5, -10^4 <= nums[i] <= 10^4,
    # 1 <= k <= the number of distinct values, and the answer is unique (no tie across the k-th place).
    if not 1 <= len(nums) <= MAX_LEN:
        return f"nums has {len(nums):,} numbers; it takes 1 to 10^5"
    for i, x in enumerate(nums):
        if not -VALUE <= x <= VALUE:
            return f"nums[{i}] is {x:,}; every number is from -10^4 to 10^4"
    counts = Counter(nums)
    if not 1 <= k <= len(counts):
        return f"k is {k:,} and nums holds {len(counts):,} distinct value{'' if len(counts) == 1 else 's'}; k is from 1 to that number"
    if k < len(counts):
        ranked = sorted(counts.values(), reverse=True)
        if ranked[k - 1] == ranked[k]:
            times = f"{ranked[k]:,} time{'' if ranked[k] == 1 else 's'}"
            return (
                f"k is {k}, which splits a tie: values that appear {times} each fall both inside "
                f"and outside the top {k}; the answer must be unique"
            )
    return None
