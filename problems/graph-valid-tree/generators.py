import random

from hypothesis import strategies as st

MAX_NODES = 2000
MAX_EDGES = 5000


def _damage(n: int, edges: list, kind: str, pick: random.Random) -> list:
    """Spoil a tree: add an edge (a cycle), drop one (a forest), or both (n - 1 edges, still no tree)."""
    present = {frozenset(e) for e in edges}
    if kind in ("drop", "swap") and edges:
        gone = edges.pop(pick.randrange(len(edges)))
        present.discard(frozenset(gone))
    if kind in ("add", "swap") and n >= 3 and len(present) < n * (n - 1) // 2:
        while True:
            a, b = pick.randrange(n), pick.randrange(n)
            if a != b and frozenset((a, b)) not in present:
                edges.insert(pick.randrange(len(edges) + 1), [a, b])
                break
    return edges


def _tree(n: int, order: list, parents: list, flips: list) -> list:
    # Node order[k] hangs off an earlier node of the order; each edge is
    # written in either direction.
    edges = []
    for k in range(1, n):
        a, b = order[k], order[parents[k - 1] % k]
        edges.append([b, a] if flips[k - 1] else [a, b])
    return edges


@st.composite
def _small(draw):
    # A few nodes; a tree, or a tree spoilt in one of the ways a wrong
    # solution misses. Shrinks toward small trees over nodes 0, 1, 2, ...
    n = draw(st.integers(1, 8))
    order = draw(st.permutations(range(n)))
    parents = draw(st.lists(st.integers(0, n), min_size=n - 1, max_size=n - 1))
    flips = draw(st.lists(st.booleans(), min_size=n - 1, max_size=n - 1))
    edges = _tree(n, order, parents, flips)
    kind = draw(st.sampled_from(["none", "add", "drop", "swap"]))
    pick = random.Random(draw(st.integers(0, 2**16)))
    return [n, _damage(n, edges, kind, pick)]


@st.composite
def _large(draw):
    # Up to LeetCode's limits from a drawn seed: trees, spoilt trees, or a
    # random graph with up to 5,000 edges.
    rng = random.Random(draw(st.integers(0, 2**32)))
    n = rng.randint(1, MAX_NODES) if rng.random() < 0.3 else rng.randint(1, 100)
    kind = rng.choice(["none", "none", "add", "drop", "swap", "random"])
    if kind == "random":
        m = rng.randint(0, min(MAX_EDGES, n * (n - 1) // 2, 3 * n))
        seen, edges = set(), []
        while len(edges) < m:
            a, b = rng.randrange(n), rng.randrange(n)
            if a != b and frozenset((a, b)) not in seen:
                seen.add(frozenset((a, b)))
                edges.append([a, b])
        return [n, edges]
    order = list(range(n))
    rng.shuffle(order)
    parents = [rng.randrange(k + 1) for k in range(n - 1)]
    flips = [rng.random() < 0.5 for _ in range(n - 1)]
    edges = _tree(n, order, parents, flips)
    rng.shuffle(edges)
    return [n, _damage(n, edges, kind, rng)]


def random_input():
    return _small() | _large()


def scale_input(n: int, rng: random.Random) -> list:
    # A valid tree on n nodes (beyond LeetCode's 2,000 at the largest sizes):
    # a path through half of the nodes (n/2 deep for a recursive search), with
    # the other half hung on random earlier nodes. Labels are shuffled, but the
    # edges are listed in the order the tree grows, each as [node already in
    # the tree, new node]: a search per edge from its first node walks the
    # whole tree so far (quadratic), and so does a union-find with neither path
    # compression nor union by size, whose root keeps moving down.
    labels = list(range(n))
    rng.shuffle(labels)
    half = max(1, n // 2)
    edges = [[labels[k], labels[k + 1]] for k in range(half - 1)]
    edges += [[labels[rng.randrange(k)], labels[k]] for k in range(half, n)]
    return [n, edges]


def check_input(n, edges):
    # LeetCode's constraints (prompt.md): 1 <= n <= 2000, 0 to 5000 edges, each [a, b] with
    # 0 <= a, b < n and a != b, no edge listed twice in either direction.
    if not 1 <= n <= MAX_NODES:
        return f"n is {n:,}; it is from 1 to 2,000"
    if len(edges) > MAX_EDGES:
        return f"edges has {len(edges):,} edges; it takes 0 to 5,000"
    seen = set()
    for i, edge in enumerate(edges):
        if len(edge) != 2:
            return f"edges[{i}] has {len(edge)} number{'' if len(edge) == 1 else 's'}; every edge is [a, b]"
        a, b = edge
        if not (0 <= a < n and 0 <= b < n):
            return f"edges[{i}] is [{a},{b}]; nodes are labelled from 0 to n - 1 = {n - 1}"
        if a == b:
            return f"edges[{i}] is [{a},{b}]; an edge joins two different nodes (a != b)"
        key = (a, b) if a < b else (b, a)
        if key in seen:
            return f"edges[{i}] is [{a},{b}], an edge listed earlier (either way round); no edge is listed twice"
        seen.add(key)
    return None
