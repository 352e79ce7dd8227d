"""What to work on next: the order new work comes in, and the next problem.

One home for "the next problem": `drill next` (after due reviews), `drill watch`
(n, after an acceptance) and `drill plan` (which lays this order over days) all
ask here. A study plan, when one is active, decides; otherwise the bank's order.
"""

from __future__ import annotations

from . import problems
from .vocab import CATEGORIES, DIFFICULTIES, SOLVED


def order(summaries: list) -> list:
    """The problems in the order new work comes: easier first within a category (then by LeetCode
    number), categories interleaved evenly.

    Problem k (from 0) of a category of n sits at (k + 0.5) / n of the way through: each category is
    spread over the whole bank (or plan), whatever its size."""
    by_cat: dict[str, list] = {}
    for s in summaries:
        by_cat.setdefault(s.category, []).append(s)
    rank = {c: i for i, c in enumerate(CATEGORIES)}
    placed = []
    for cat, items in by_cat.items():
        items.sort(key=lambda s: (DIFFICULTIES.index(s.difficulty) if s.difficulty in DIFFICULTIES else 9, s.leetcode))
        for k, s in enumerate(items):
            placed.append(((k + 0.5) / len(items), rank.get(cat, len(rank)), s))
    placed.sort(key=lambda t: (t[0], t[1]))
    return [s for _, _, s in placed]


def next_problem(state, now: float, after: str | None = None, summaries: list | None = None) -> str | None:
    """The next unsolved problem other than `after`: the active study plan's (overdue first, in plan
    order), else the first in the bank's order; None when everything is solved."""
    from . import plan

    planned = plan.plan_next(state, now)
    if planned is not None and planned != after:
        return planned
    if summaries is None:
        summaries, _ = problems.catalog()
    progress = state.all_progress()
    for s in order(summaries):
        if s.slug != after and (s.slug not in progress or progress[s.slug].status not in SOLVED):
            return s.slug
    return None
