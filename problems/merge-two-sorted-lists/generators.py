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
