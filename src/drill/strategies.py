"""Shared building blocks for problem generators (trusted; runs only in the judge).

Problem folders import these so that every tree problem draws trees the same
well-shrinking way, instead of carrying its own copy.
"""

from __future__ import annotations

import random
from collections import deque

from hypothesis import strategies as st


def tree_notation(vals: list, left: list[int], right: list[int]) -> list:
    """Node 0 is the root; left/right hold child indices (-1: none) -> level order, trailing nulls trimmed."""
    if not vals:
        return []
    out: list = []
    queue: deque = deque([0])
    while queue:
        i = queue.popleft()
        if i is None:
            out.append(None)
            continue
        out.append(vals[i])
        queue.append(left[i] if left[i] >= 0 else None)
        queue.append(right[i] if right[i] >= 0 else None)
    while out and out[-1] is None:
        out.pop()
    return out


def grow_tree(vals: list, picks: list[int]) -> list:
    """Attach node k to the free child slot picks[k] (mod the number of free slots).

    The free slots are kept in the order they appeared, so picks of 0 fill the
    tree level by level: a shrunk example is a small complete tree.
    """
    n = len(vals)
    left, right = [-1] * n, [-1] * n
    free = [(0, 0), (0, 1)] if n else []
    for k in range(1, n):
        parent, side = free.pop(picks[k] % len(free))
        if side == 0:
            left[parent] = k
        else:
            right[parent] = k
        free.append((k, 0))
        free.append((k, 1))
    return tree_notation(vals, left, right)


def trees(values: st.SearchStrategy, max_nodes: int) -> st.SearchStrategy[list]:
    """Trees in level-order notation: any shape, paths (chains and zigzags), and near the node limit."""

    @st.composite
    def any_shape(draw, big=False):
        # Plain lists average a handful of nodes; the `big` variant first draws a
        # size so that trees near the node limit show up too (it shrinks to 0).
        low = draw(st.integers(0, max_nodes)) if big else 0
        nodes = draw(st.lists(st.tuples(values, st.integers(0, 1000)), min_size=low, max_size=max_nodes))
        return grow_tree([v for v, _ in nodes], [p for _, p in nodes])

    @st.composite
    def path(draw):
        # Each node has at most one child, on a side chosen per step.
        nodes = draw(st.lists(st.tuples(values, st.booleans()), max_size=max_nodes))
        n = len(nodes)
        left, right = [-1] * n, [-1] * n
        for k in range(1, n):
            if nodes[k][1]:
                right[k - 1] = k
            else:
                left[k - 1] = k
        return tree_notation([v for v, _ in nodes], left, right)

    return st.one_of(any_shape(), path(), any_shape(big=True))


def chain_and_heap_tree(n: int, rng: random.Random, low: int, high: int) -> list:
    """n nodes: a zigzag path of n/2 (deep: fatal to recursion on a default stack),
    then a complete tree hanging from its end; values drawn from [low, high]."""
    vals = [rng.randint(low, high) for _ in range(n)]
    left, right = [-1] * n, [-1] * n
    chain = n // 2
    for k in range(1, chain):
        if rng.random() < 0.5:
            left[k - 1] = k
        else:
            right[k - 1] = k
    base = max(chain - 1, 0)
    for k in range(max(chain, 1), n):
        j = k - base  # heap layout of the bottom part, rooted at node `base`
        parent = (j - 1) // 2 + base
        if j % 2 == 1:
            left[parent] = k
        else:
            right[parent] = k
    return tree_notation(vals, left, right)
