import random

from hypothesis import strategies as st

MAX_NODES = 100


def _adjacency(n: int, edges) -> list:
    """1-indexed adjacency list of an undirected graph, each list sorted like LeetCode's."""
    adjacency = [[] for _ in range(n)]
    for a, b in edges:
        adjacency[a - 1].append(b)
        adjacency[b - 1].append(a)
    for neighbors in adjacency:
        neighbors.sort()
    return adjacency


@st.composite
def _connected_graph(draw):
    # Mostly small graphs (readable counterexamples), sometimes up to the limit.
    n = draw(st.integers(0, 8) | st.integers(0, MAX_NODES))
    if n == 0:
        return [[]]  # one argument line: the empty graph `[]`
    # A random spanning tree keeps the graph connected; node i hangs off an earlier node.
    edges = set()
    for i in range(2, n + 1):
        edges.add((draw(st.integers(1, i - 1)), i))
    # Extra edges close cycles; no self-loops, no repeated edges.
    if n >= 3:
        pairs = draw(
            st.lists(
                st.tuples(st.integers(1, n), st.integers(1, n)),
                max_size=2 * n,
            )
        )
        for a, b in pairs:
            if a != b:
                edges.add((min(a, b), max(a, b)))
    # Relabel so node 1 (the node handed over) is not always the tree's root.
    label = draw(st.permutations(range(1, n + 1)))
    edges = {(label[a - 1], label[b - 1]) for a, b in edges}
    return [_adjacency(n, edges)]


def random_input():
    return _connected_graph()


def scale_input(n: int, rng: random.Random) -> list:
    # A path 1-2-...-n (deep for recursive walks, and connected) plus about 2n
    # random chords: ~3n edges, so every look-up structure is exercised on
    # many revisits of already-copied nodes.
    edges = {(i, i + 1) for i in range(1, n)}
    target = min(3 * (n - 1), n * (n - 1) // 2)
    while len(edges) < target:
        a = rng.randint(1, n)
        b = rng.randint(1, n)
        if a != b:
            edges.add((min(a, b), max(a, b)))
    return [_adjacency(n, edges)]


def check_input(node):
    # LeetCode's constraints (prompt.md): 0 to 100 nodes, node i has value i, undirected edges,
    # no repeated edge, no self-loop, every node reachable from node 1.
    n = len(node)
    if n > MAX_NODES:
        return f"node: the graph has {n} nodes; at most {MAX_NODES}"
    for i, neighbors in enumerate(node, 1):
        if i in neighbors:
            return f"node {i} lists itself; no node is its own neighbour"
        if len(set(neighbors)) != len(neighbors):
            twice = next(j for j in neighbors if neighbors.count(j) > 1)
            return f"node {i} lists {twice} twice; no edge appears twice"
        for j in neighbors:
            if i not in node[j - 1]:
                return f"node {i} lists {j} but node {j} does not list {i}; edges are undirected"
    seen, stack = {1}, [1]
    while stack and n:
        for j in node[stack.pop() - 1]:
            if j not in seen:
                seen.add(j)
                stack.append(j)
    missing = [i for i in range(1, n + 1) if i not in seen]
    if n and missing:
        return f"node {missing[0]} cannot be reached from node 1; every node must be"
    return None
