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


def check_input(matrix):
    # LeetCode's constraints (prompt.md): m rows of n numbers each, 1 <= m, n <= 10, -100 <= matrix[i][j] <= 100.
    if not 1 <= len(matrix) <= 10:
        return f"matrix has {len(matrix)} rows; it takes 1 to 10"
    width = len(matrix[0])
    if not 1 <= width <= 10:
        return f"matrix[0] has {width} numbers; a row holds 1 to 10"
    for i, row in enumerate(matrix):
        if len(row) != width:
            return f"matrix[{i}] has {len(row)} number{'' if len(row) == 1 else 's'} but matrix[0] has {width}; every row has the same length"
        for j, x in enumerate(row):
            if not -VALUE <= x <= VALUE:
                return f"matrix[{i}][{j}] is {x:,}; every number is from -100 to 100"
    return None
