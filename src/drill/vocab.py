"""The bank's and the learner's other closed sets: categories, difficulties, progress statuses, ratings.

Kept free of imports so that the command line can offer them as choices
without loading the bank.
"""

from __future__ import annotations

CATEGORIES = (
    "array",
    "binary",
    "dynamic-programming",
    "graph",
    "interval",
    "linked-list",
    "matrix",
    "string",
    "tree",
    "heap",
)
DIFFICULTIES = ("easy", "medium", "hard")
# The two common Blind 75 lists: the original (Combination Sum IV) and NeetCode's (Combination Sum).
LISTS = ("blind75", "neetcode-blind75")
# A problem's progress (drill.state): solved = accepted; optimal = accepted at the reference's complexity class.
STATUSES = ("new", "started", "attempted", "solved", "optimal", "revealed")
SOLVED = ("solved", "optimal")  # the statuses of an accepted problem
# How a review went, in FSRS's four grades (drill.retention rates from the evidence; drill next --rate overrides).
RATINGS = ("again", "hard", "good", "easy")
