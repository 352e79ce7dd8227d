import random

from hypothesis import strategies as st

VALUE = 100
MAX_NODES = 50

# A narrow band makes ties inside and across the lists common; the full range
# covers the extremes.
_values = st.integers(-5, 5) | st.integers(-VALUE, VALUE)
_sorted_list = st.lists(_values, max_size=MAX_NODES).map(sorted)


def random_input():
    return st.tuples(_sorted_list, _sorted_list).map(list)


def scale_input(n: int, rng: random.Random) -> list:
    # n nodes per list, dealt alternately from one sorted run: the merge switches
    # lists at almost every step and every node of list2 belongs deep inside list1,
    # which is the worst case for inserting nodes by walking from the head.
    values = sorted(rng.choices(range(-VALUE, VALUE + 1), k=2 * n))
    return [values[0::2], values[1::2]]


def check_input(list1, list2):
    # LeetCode's constraints (prompt.md): 0 to 50 nodes each, -100 <= Node.val <= 100, both sorted non-decreasing.
    for name, values in (("list1", list1), ("list2", list2)):
        if len(values) > MAX_NODES:
            return f"{name} has {len(values)} nodes; at most {MAX_NODES}"
        for i, v in enumerate(values):
            if not -VALUE <= v <= VALUE:
                return f"{name}[{i}] is {v}; every value is from -100 to 100"
        for i in range(1, len(values)):
            if values[i] < values[i - 1]:
                return f"{name} is not sorted: {values[i - 1]} comes before {values[i]} (positions {i - 1} and {i})"
    return None
