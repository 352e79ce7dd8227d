import random

from hypothesis import strategies as st

VALUE = 1000
# Small values make repeated entries common (and shrink to readable matrices);
# the full range covers the extremes.
_CELL = st.integers(-9, 9) | st.integers(-VALUE, VALUE)


@st.composite
def _matrix(draw):
    n = draw(st.integers(1, 20))
    cells = draw(st.lists(_CELL, min_size=n * n, max_size=n * n))
    return [[cells[r * n : (r + 1) * n] for r in range(n)]]


def random_input():
    return _matrix()


def scale_input(n: int, rng: random.Random) -> list:
    # n is the side length. Distinct-looking values everywhere; every solution is
    # quadratic in n, so this probes for anything worse (e.g. a copy per cell).
    cells = rng.choices(range(-VALUE, VALUE + 1), k=n * n)
    return [[cells[r * n : (r + 1) * n] for r in range(n)]]
