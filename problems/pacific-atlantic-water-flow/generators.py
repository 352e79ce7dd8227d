import random

from hypothesis import strategies as st

MAX_SIDE = 200
MAX_HEIGHT = 10**5


@st.composite
def _small(draw):
    # A few rows and columns over a narrow band of heights: plateaus (equal
    # neighbours) are common, which is where "<" versus "<=" and shared visited
    # sets go wrong. Sometimes the full height range.
    rows = draw(st.integers(1, 6))
    cols = draw(st.integers(1, 6))
    top = draw(st.sampled_from([1, 3, 9, MAX_HEIGHT]))
    cells = draw(st.lists(st.integers(0, top), min_size=rows * cols, max_size=rows * cols))
    return [[cells[r * cols : (r + 1) * cols] for r in range(rows)]]


@st.composite
def _large(draw):
    # Built from a drawn seed: either independent random heights on grids up to
    # 200 x 200, or a tilted surface with a little noise (long downhill runs
    # across the grid, large areas draining to both oceans) up to 25 x 25.
    rng = random.Random(draw(st.integers(0, 2**32)))
    if rng.random() < 0.5:
        rows = rng.randint(1, MAX_SIDE) if rng.random() < 0.3 else rng.randint(1, 40)
        cols = rng.randint(1, MAX_SIDE) if rng.random() < 0.3 else rng.randint(1, 40)
        cells = rng.choices(range(MAX_HEIGHT + 1), k=rows * cols)
        grid = [cells[r * cols : (r + 1) * cols] for r in range(rows)]
    else:
        rows, cols = rng.randint(1, 25), rng.randint(1, 25)
        # Heights rise away from one corner or edge, plus noise of a few steps.
        slope_r, slope_c = rng.choice([(1, 1), (1, -1), (-1, 1), (-1, -1), (1, 0), (0, 1)])
        noise = rng.choice([0, 2, 5])
        base = MAX_HEIGHT // 2
        grid = [
            [base + slope_r * r + slope_c * c + rng.randint(-noise, noise) for c in range(cols)]
            for r in range(rows)
        ]
    return [grid]


def random_input():
    return _small() | _large()


def scale_input(n: int, rng: random.Random) -> list:
    # An n x n grid of high walls around one snake-shaped corridor, one cell
    # wide, that enters from the Pacific at the top-left and leaves to the
    # Atlantic at the bottom-right, about n^2 / 2 cells long. Along the corridor
    # the heights climb by 1 from each end to a summit in the middle, so water
    # in the first half reaches only the Pacific and in the second only the
    # Atlantic. A search from every cell walks half the corridor each time
    # (quadratic in the number of cells), and a recursive climb from the
    # borders goes n^2 / 4 calls deep. The walls (random heights above every
    # corridor cell) drain to both oceans.
    if n < 5:
        return [[[rng.randint(0, MAX_HEIGHT) for _ in range(n)] for _ in range(n)]]
    walls = rng.choices(range(MAX_HEIGHT - 1000, MAX_HEIGHT + 1), k=n * n)
    grid = [walls[r * n : (r + 1) * n] for r in range(n)]
    path = [(0, 1)]  # the entrance, on the top border
    rows = list(range(1, n - 1, 2))
    for i, r in enumerate(rows):
        cols = range(1, n - 1) if i % 2 == 0 else range(n - 2, 0, -1)
        path.extend((r, c) for c in cols)
        if i + 1 < len(rows):
            path.append((r + 1, path[-1][1]))  # the bend down to the next corridor row
    r, c = path[-1]
    path.append((r, c + 1) if c == n - 2 else (r + 1, c))  # the exit, on the right or bottom border
    if path[-1][0] != n - 1 and path[-1][1] != n - 1:
        path.append((n - 1, c))
    for k, (r, c) in enumerate(path):
        grid[r][c] = min(k, len(path) - 1 - k)
    return [grid]


def check_input(heights):
    # LeetCode's constraints (prompt.md): m rows of n cells each, 1 <= m, n <= 200, 0 <= heights[r][c] <= 10^5.
    if not 1 <= len(heights) <= MAX_SIDE:
        return f"heights has {len(heights):,} rows; it takes 1 to 200"
    width = len(heights[0])
    if not 1 <= width <= MAX_SIDE:
        return f"heights[0] has {width:,} cells; a row holds 1 to 200"
    for r, row in enumerate(heights):
        if len(row) != width:
            return f"heights[{r}] has {len(row):,} cell{'' if len(row) == 1 else 's'} but heights[0] has {width:,}; every row has the same length"
        for c, h in enumerate(row):
            if not 0 <= h <= MAX_HEIGHT:
                return f"heights[{r}][{c}] is {h:,}; every height is from 0 to 10^5"
    return None
