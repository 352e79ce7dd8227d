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


def check_input(matrix):
    # LeetCode's constraints (prompt.md): a square matrix, n == matrix.length == matrix[i].length,
    # 1 <= n <= 20, -1000 <= matrix[i][j] <= 1000.
    n = len(matrix)
    if not 1 <= n <= 20:
        return f"matrix has {n} rows; n is from 1 to 20"
    for r, row in enumerate(matrix):
        if len(row) != n:
            return f"matrix[{r}] has {len(row)} numbers but matrix has {n} rows; the matrix is square (n by n)"
        for c, x in enumerate(row):
            if not -VALUE <= x <= VALUE:
                return f"matrix[{r}][{c}] is {x:,}; every number is from -1000 to 1000"
    return None
