"""What to work on next: the order of the bank for a learner who moves on.

One home for "the next problem", used by `drill watch` (n, after an
acceptance) and by the commands that suggest what to do now.
"""

from __future__ import annotations

from . import problems
from .vocab import DIFFICULTIES, SOLVED


def order() -> list:
    """The bank, easier first within each category, the categories interleaved (one of each in turn)."""
    summaries, _ = problems.catalog()
    by_category: dict[str, list] = {}
    for s in sorted(summaries, key=lambda s: (DIFFICULTIES.index(s.difficulty), s.leetcode)):
        by_category.setdefault(s.category, []).append(s)
    out = []
    queues = [list(v) for _, v in sorted(by_category.items())]
    while any(queues):
        for q in queues:
            if q:
                out.append(q.pop(0))
    return out


def next_problem(state, after: str | None = None) -> str | None:
    """The next unsolved problem: in the same category as `after` first (easier first), then any, in the
    bank's order; None when everything is solved."""
    progress = state.all_progress()
    unsolved = [s for s in order() if s.slug != after and (progress.get(s.slug) is None or progress[s.slug].status not in SOLVED)]
    if not unsolved:
        return None
    category = next((s.category for s in order() if s.slug == after), None)
    same = [s for s in unsolved if s.category == category]
    return (same or unsolved)[0].slug
