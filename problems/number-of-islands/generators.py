import random

from hypothesis import strategies as st

MAX_SIDE = 300


@st.composite
def _small(draw):
    # A few rows and columns; shrinks toward small grids of water.
    rows = draw(st.integers(1, 6))
    cols = draw(st.integers(1, 6))
    cells = draw(st.lists(st.sampled_from("01"), min_size=rows * cols, max_size=rows * cols))
    return [[cells[r * cols : (r + 1) * cols] for r in range(rows)]]


@st.composite
def _large(draw):
    # Built from a drawn seed. The land density decides the shapes: sparse
    # specks and many small islands (on grids up to 300 x 300), or long winding
    # islands near 0.6 and nearly solid land with lakes (up to 50 x 50; the
    # scale stage covers a 300 x 300 island).
    rng = random.Random(draw(st.integers(0, 2**32)))
    density = rng.choice([0.1, 0.3, 0.5, 0.6, 0.9])
    side = MAX_SIDE if density < 0.5 else 50
    rows = rng.randint(1, side) if rng.random() < 0.25 else rng.randint(1, 40)
    cols = rng.randint(1, side) if rng.random() < 0.25 else rng.randint(1, 40)
    grid = [["1" if rng.random() < density else "0" for _ in range(cols)] for _ in range(rows)]
    return [grid]


def random_input():
    return _small() | _large()


def scale_input(n: int, rng: random.Random) -> list:
    # An n x n grid of land: one island that fills the grid. A recursive flood
    # fill goes up to n^2 calls deep (90,000 at n = 300, which LeetCode's Python
    # accepts and so does this judge), and label propagation needs about 2n
    # rounds over all n^2 cells.
    return [[["1"] * n for _ in range(n)]]


def check_input(grid):
    # LeetCode's constraints (prompt.md): 1 <= m, n <= 300, every cell "0" or "1".
    if not 1 <= len(grid) <= MAX_SIDE:
        return f"grid has {len(grid)} rows; it takes 1 to {MAX_SIDE}"
    width = len(grid[0])
    for r, row in enumerate(grid):
        if len(row) != width:
            return f"grid[{r}] has {len(row)} cells and grid[0] {width}; every row has the same length"
        for c, cell in enumerate(row):
            if cell not in ("0", "1"):
                return f"grid[{r}][{c}] is {cell!r}; every cell is \"0\" or \"1\""
    if not 1 <= width <= MAX_SIDE:
        return f"grid has {width} columns; it takes 1 to {MAX_SIDE}"
    return None
