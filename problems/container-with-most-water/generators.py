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


def check_input(height):
    # LeetCode's constraints (prompt.md): 2 <= n <= 10^5 walls, 0 <= height[i] <= 10^4.
    n = len(height)
    if not 2 <= n <= 10**5:
        return f"height has {n:,} wall{'' if n == 1 else 's'}; it takes 2 to 10^5"
    if min(height) < 0 or max(height) > HEIGHT:
        i, h = next((i, h) for i, h in enumerate(height) if not 0 <= h <= HEIGHT)
        return f"height[{i}] is {h:,}; every height is from 0 to 10^4"
    return None
