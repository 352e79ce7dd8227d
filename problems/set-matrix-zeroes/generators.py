import random

from hypothesis import strategies as st

LO, HI = -(2**31), 2**31 - 1
# Values a marking solution is likely to write into the grid: each one must be
# able to sit in a cell that has to keep its value.
SENTINELS = [-1, LO, HI, -(10**9), 10**9, 10**9 + 7, -(2**31) + 1, 2**31 - 2, 100000, -100000]


@st.composite
def _small_matrix(draw):
    # Mostly tiny grids over a narrow band (zeros, and sentinel-like values,
    # common), so a shrunk counterexample is easy to read.
    m = draw(st.integers(1, 5) | st.integers(1, 12))
    n = draw(st.integers(1, 5) | st.integers(1, 12))
    cell = st.integers(-3, 3) | st.sampled_from(SENTINELS) | st.integers(LO, HI)
    cells = draw(st.lists(cell, min_size=m * n, max_size=m * n))
    return [[cells[r * n : (r + 1) * n] for r in range(m)]]


@st.composite
def _large_matrix(draw):
    # Up to 200 x 200 from a seed; the zero density goes from none to dense.
    m = draw(st.integers(1, 200))
    n = draw(st.integers(1, 200))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    p = rng.choice([0.0, 0.0005, 0.005, 0.02, 0.2])
    rows = []
    for _ in range(m):
        row = []
        for _ in range(n):
            if rng.random() < p:
                row.append(0)
            elif rng.random() < 0.05:
                row.append(rng.choice(SENTINELS))
            else:
                row.append(rng.randint(LO, HI) or 1)
        rows.append(row)
    return [rows]


def random_input():
    return _small_matrix() | _large_matrix()


def scale_input(n: int, rng: random.Random) -> list:
    # An n x n grid. Half the rows and half the columns (chosen at random) meet
    # in ~n^2/4 cells, half of which are zero: ~n^2/8 zeros, so clearing a row
    # and a column per zero does ~n^3/4 writes, while a quarter of the grid
    # keeps its (nonzero, full-range) values.
    rows = sorted(rng.sample(range(n), n // 2))
    cols = sorted(rng.sample(range(n), n // 2))
    bits = rng.getrandbits
    grid = [[(bits(32) + LO) or 1 for _ in range(n)] for _ in range(n)]
    for r in rows:
        line = grid[r]
        for c in cols:
            if bits(1):
                line[c] = 0
    return [grid]


def check_input(matrix):
    # LeetCode's constraints (prompt.md): m x n with 1 <= m, n <= 200 (every row n long),
    # -2^31 <= matrix[i][j] <= 2^31 - 1.
    m = len(matrix)
    if not 1 <= m <= 200:
        return f"matrix has {m:,} rows; it takes 1 to 200"
    n = len(matrix[0])
    if not 1 <= n <= 200:
        return f"matrix[0] has {n:,} numbers; every row has 1 to 200"
    for i, row in enumerate(matrix):
        if len(row) != n:
            return f"matrix[{i}] has {len(row):,} number{'' if len(row) == 1 else 's'} but matrix[0] has {n:,}; every row has the same length"
        for j, x in enumerate(row):
            if not LO <= x <= HI:
                return f"matrix[{i}][{j}] is {x:,}; every number is from -2^31 to 2^31 - 1"
    return None
