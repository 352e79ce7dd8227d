import random

from hypothesis import strategies as st

MAX_COURSES = 2000
MAX_PAIRS = 5000


def _pairs_from(n: int, raw, order, acyclic: bool) -> list:
    """Unique pairs [a, b]; when acyclic, each pair is turned so that b comes before a in `order`."""
    rank = {c: i for i, c in enumerate(order)}
    out, seen = [], set()
    for a, b in raw:
        if acyclic:
            if a == b:
                continue
            if rank[a] < rank[b]:
                a, b = b, a
        if (a, b) not in seen:
            seen.add((a, b))
            out.append([a, b])
    return out


@st.composite
def _small(draw):
    # A few courses, readable when shrunk. Half the time the pairs are turned
    # along a random order (so no cycle exists); otherwise they are left as
    # drawn, which gives cycles (self-loops included) about as often as not.
    n = draw(st.integers(1, 10))
    raw = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=3 * n))
    acyclic = draw(st.booleans())
    order = draw(st.permutations(range(n)))
    return [n, _pairs_from(n, raw, order, acyclic)]


@st.composite
def _large(draw):
    # Up to the full constraints, built from a drawn seed (fast to generate).
    rng = random.Random(draw(st.integers(0, 2**32)))
    n = rng.randint(1, MAX_COURSES) if rng.random() < 0.3 else rng.randint(1, 200)
    m = rng.randint(0, min(MAX_PAIRS, n * n))
    raw = [(rng.randrange(n), rng.randrange(n)) for _ in range(m)]
    order = list(range(n))
    rng.shuffle(order)
    acyclic = rng.random() < 0.5
    pairs = _pairs_from(n, raw, order, acyclic)
    if acyclic and pairs and len(pairs) < MAX_PAIRS and rng.random() < 0.5:
        # One reversed pair closes exactly one cycle somewhere deep in the order.
        a, b = rng.choice(pairs)
        if [b, a] not in pairs:
            pairs.append([b, a])
    return [n, pairs]


def random_input():
    return _small() | _large()


def scale_input(n: int, rng: random.Random) -> list:
    # n courses (beyond LeetCode's 2,000 at the largest sizes), 2.5n pairs, no cycle (so every solution does all its work):
    # a ladder of n/2 levels of two courses, each needing both courses of the
    # level below. It has 2^(n/2) routes from bottom to top, which a search that
    # forgets finished courses walks one by one, and it is n/2 levels deep. Extra
    # pairs jump up several levels. Course numbers are shuffled.
    label = list(range(n))
    rng.shuffle(label)
    levels = n // 2
    pairs = set()
    for lv in range(levels - 1):
        for x in (2 * lv, 2 * lv + 1):
            for y in (2 * lv + 2, 2 * lv + 3):
                pairs.add((label[y], label[x]))
    target = 5 * n // 2
    while len(pairs) < target and levels > 2:
        lo = rng.randrange(levels - 2)
        hi = rng.randrange(lo + 2, levels)
        pairs.add((label[2 * hi + rng.randrange(2)], label[2 * lo + rng.randrange(2)]))
    pairs = [list(p) for p in pairs]
    rng.shuffle(pairs)
    return [n, pairs]


def check_input(numCourses, prerequisites):
    # LeetCode's constraints (prompt.md): 1 <= numCourses <= 2000, 0 to 5000 pairs,
    # each pair [a, b] of two courses from 0 to numCourses - 1, no pair twice.
    if not 1 <= numCourses <= MAX_COURSES:
        return f"numCourses is {numCourses:,}; it is from 1 to 2,000"
    if len(prerequisites) > MAX_PAIRS:
        return f"prerequisites has {len(prerequisites):,} pairs; it takes 0 to 5,000"
    seen = set()
    for i, pair in enumerate(prerequisites):
        if len(pair) != 2:
            return f"prerequisites[{i}] has {len(pair)} number{'' if len(pair) == 1 else 's'}; every pair is [a, b]"
        a, b = pair
        if not (0 <= a < numCourses and 0 <= b < numCourses):
            return f"prerequisites[{i}] is [{a},{b}]; courses are numbered from 0 to numCourses - 1 = {numCourses - 1}"
        if (a, b) in seen:
            return f"prerequisites[{i}] is [{a},{b}], which appears earlier too; no pair appears twice"
        seen.add((a, b))
    return None
