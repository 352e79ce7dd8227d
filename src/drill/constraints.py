"""Shared building blocks for a problem's `check_input` (docs/problem-format.md): the checks that
several prompts' Constraints sections make in the same words. Each returns None when the input keeps the
constraint, else the learner-facing message (starting with the parameter's name). Bounds are passed
twice: as numbers to compare, and as the prompt writes them (`10^4`, `2^31 - 1`) to show.
"""

from __future__ import annotations


def tree(name: str, level_order: list | None, nodes: tuple[int, int], shown_nodes: str, values: tuple[int, int], shown_values: str) -> str | None:
    """A tree in level order: its number of nodes within `nodes`, every value within `values`
    (the offending value named by its index in the level-order list)."""
    level_order = level_order or []
    count = sum(v is not None for v in level_order)
    if not nodes[0] <= count <= nodes[1]:
        return f"{name} has {count:,} nodes; the tree has {shown_nodes}"
    low, high = values
    for i, v in enumerate(level_order):
        if v is not None and not low <= v <= high:
            return f"{name}[{i}] is {v:,}; every value is {shown_values}"
    return None


def distinct(name: str, items: list) -> str | None:
    """No value twice (the second one named, with where the first is)."""
    first: dict = {}
    for i, x in enumerate(items):
        if x in first:
            return f"{name}[{i}] is {x}, as is {name}[{first[x]}]; all values are different"
        first[x] = i
    return None


def rotated_increasing(name: str, nums: list, what: str) -> str | None:
    """An increasing list rotated (or turned at one position): it goes down at most once, and if it does,
    it ends below where it began. `what` is how the prompt calls such a list."""
    drops = [i for i in range(1, len(nums)) if nums[i] < nums[i - 1]]
    if len(drops) > 1:
        a, b = drops[:2]
        return f"{name} is not {what}: it goes down at {name}[{a}] ({nums[a - 1]} to {nums[a]}) and again at {name}[{b}]"
    if drops and nums[-1] > nums[0]:
        return f"{name} is not {what}: after going down at {name}[{drops[0]}] it ends at {nums[-1]}, above its first value {nums[0]}"
    return None
