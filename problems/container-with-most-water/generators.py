import random

from hypothesis import strategies as st

HEIGHT = 10**4

# A narrow band makes ties and zero walls common (and shrinks to readable lists);
# the full range covers the extremes.
_height = st.integers(0, 9) | st.integers(0, HEIGHT)


def random_input():
    return st.lists(_height, min_size=2, max_size=200).map(lambda h: [h])


def scale_input(n: int, rng: random.Random) -> list:
    # n walls. Checking every pair costs n²/2 whatever the heights, so random
    # heights over the whole range suffice; they keep the two pointers moving
    # from both ends rather than one end only.
    return [rng.choices(range(HEIGHT + 1), k=n)]
