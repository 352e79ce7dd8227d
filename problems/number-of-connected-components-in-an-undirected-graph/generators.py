import random

from hypothesis import strategies as st

MAX_NODES = 2000
MAX_EDGES = 5000


def _clean(n: int, pairs, limit: int = MAX_EDGES) -> list:
    """Edges as LeetCode writes them: [a, b] with a < b, no self-loops, no repeats; order kept."""
    seen = set()
    edges = []
    for a, b in pairs:
        a, b = min(a, b), max(a, b)
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            edges.append([a, b])
    return edges[:limit]


@st.composite
def _small_graph(draw):
    # Mostly a handful of nodes, so a shrunk counterexample is easy to draw by hand.
    n = draw(st.integers(1, 8) | st.integers(1, 40))
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=3 * n))
    return [n, _clean(n, pairs)]


@st.composite
def _large_graph(draw):
    # Up to LeetCode's limits, built from a seed (drawing thousands of edges one
    # by one would be slow). The density ranges from nearly empty (many
    # components) to well past the point where everything joins.
    n = draw(st.integers(2, MAX_NODES))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    limit = min(MAX_EDGES, n * (n - 1) // 2)
    m = rng.randint(0, min(limit, 2 * n))
    local = rng.random() < 0.5  # neighbours close in label: long paths, many cycles
    pairs = []
    while len(pairs) < m:
        a = rng.randrange(n)
        b = min(n - 1, a + rng.randint(1, 5)) if local else rng.randrange(n)
        pairs.append((a, b))
    rng.shuffle(pairs)
    return [n, _clean(n, pairs)]


def random_input():
    return _small_graph() | _large_graph()


def scale_input(n: int, rng: random.Random) -> list:
    # n nodes, about 2.5n edges (LeetCode's 5,000 on 2,000). Three long paths
    # over shuffled labels, listed in path order, make trees of depth ~n/10 in a
    # union-find that links roots without path compression or union by size;
    # ~1.5n random chords inside each path then make every such find walk that
    # depth. Quick-find relabels O(n) nodes on each of ~0.9n merges. A tenth of
    # the nodes are isolated or in pairs, so the answer is not 1.
    labels = list(range(n))
    rng.shuffle(labels)
    cut = (9 * n) // 10
    chains = [labels[i * cut // 3 : (i + 1) * cut // 3] for i in range(3)]
    rest = labels[cut:]
    pairs = []
    for chain in chains:
        pairs.extend(zip(chain, chain[1:]))
    pairs.extend(zip(rest[0::4], rest[1::4]))  # some pairs; the others stay isolated
    chords = []
    target = (5 * n) // 2 - len(pairs)
    while len(chords) < target:
        chain = chains[len(chords) % 3]
        if len(chain) < 3:
            break
        chords.append((rng.choice(chain), rng.choice(chain)))
    rng.shuffle(chords)
    return [n, _clean(n, pairs + chords, limit=len(pairs) + len(chords))]


def check_input(n, edges):
    # LeetCode's constraints (prompt.md): 1 <= n <= 2000, 0 <= edges.length <= 5000, each edge a
    # pair [a, b] with 0 <= a < b < n, no edge twice.
    if not 1 <= n <= MAX_NODES:
        return f"n is {n:,}; it is from 1 to 2,000"
    if len(edges) > MAX_EDGES:
        return f"edges has {len(edges):,} edges; at most 5,000"
    seen = {}
    for i, edge in enumerate(edges):
        if len(edge) != 2:
            return f"edges[{i}] has {len(edge)} number{'' if len(edge) == 1 else 's'}; every edge is a pair [a, b]"
        a, b = edge
        if not 0 <= a < b < n:
            return f"edges[{i}] is [{a},{b}]; every edge [a, b] has 0 <= a < b < n (n = {n:,})"
        if (a, b) in seen:
            return f"edges[{i}] is [{a},{b}], as is edges[{seen[a, b]}]; no edge appears twice"
        seen[a, b] = i
    return None
