import random

from hypothesis import strategies as st

VALUE = 100


@st.composite
def _matrix(draw):
    # Shapes first (rows and columns independently, so thin and wide grids are
    # common); a narrow band of values makes repeated values likely.
    m = draw(st.integers(1, 10))
    n = draw(st.integers(1, 10))
    cell = st.integers(-3, 3) | st.integers(-VALUE, VALUE)
    cells = draw(st.lists(cell, min_size=m * n, max_size=m * n))
    return [[cells[r * n : (r + 1) * n] for r in range(m)]]


def random_input():
    return _matrix()


def scale_input(n: int, rng: random.Random) -> list:
    # An n x n grid of values in the allowed range. Every correct walk reads
    # each cell once, so this only exposes approaches that copy or rebuild the
    # remaining grid on every turn.
    return [[[rng.randint(-VALUE, VALUE) for _ in range(n)] for _ in range(n)]]
