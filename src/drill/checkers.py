"""Ways of comparing an answer with the expected one.

A checker is a pure function (expected, got, context) -> None when accepted,
or a short message saying what is wrong. Adding a way of comparing never
touches the judge.
"""

from __future__ import annotations

import json
import math
from collections import Counter


def _key(value) -> str:
    return json.dumps(value, sort_keys=True)


def exact(expected, got, ctx) -> str | None:
    return None if _same(expected, got) else ""


def _same(a, b) -> bool:
    # True is not 1; an int and a float compare by value (reading an answer back already enforces the declared type).
    if type(a) is not type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool)):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def any_order(expected, got, ctx) -> str | None:
    if not isinstance(got, list):
        return "expected a list"
    if len(got) != len(expected):
        return f"expected {len(expected)} items, got {len(got)}"
    missing = Counter(map(_key, expected)) - Counter(map(_key, got))
    if missing:
        return f"missing {next(iter(missing))}"
    return None


def nested_any_order(expected, got, ctx) -> str | None:
    if not isinstance(got, list) or not all(isinstance(g, list) for g in got):
        return "expected a list of lists"

    def norm(groups):
        return sorted(_key(sorted(g, key=_key)) for g in groups)

    if len(got) != len(expected):
        return f"expected {len(expected)} groups, got {len(got)}"
    return None if norm(expected) == norm(got) else ""


def floats(expected, got, ctx) -> str | None:
    tol = float(ctx.get("tolerance", 1e-5))

    def close(a, b) -> bool:
        if isinstance(a, list):
            return isinstance(b, list) and len(a) == len(b) and all(close(x, y) for x, y in zip(a, b))
        if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(b, bool):
            return math.isclose(a, b, rel_tol=tol, abs_tol=tol)
        return a == b

    return None if close(expected, got) else f"not within {tol:g} of the expected value"


def graph_copy(expected, got, ctx) -> str | None:
    if ctx.get("shared_nodes"):
        return f"the copy shares {ctx['shared_nodes']} node(s) with the original graph: every node must be new"
    return exact(expected, got, ctx)


def codec(expected, got, ctx) -> str | None:
    return None if _same(expected, got) else "decode(encode(x)) did not give back x"


def custom(expected, got, ctx) -> str | None:
    return ctx["problem"].checker().check(ctx["inputs"], expected, got)


CHECKERS = {
    "exact": exact,
    "any_order": any_order,
    "nested_any_order": nested_any_order,
    "float": floats,
    "in_place": exact,
    "codec": codec,
    "graph_copy": graph_copy,
    "custom": custom,
}


def compare(kind: str, expected, got, ctx: dict) -> str | None:
    return CHECKERS[kind](expected, got, ctx)


def judge_answer(problem, inputs: list, expected, got, shared_nodes: int = 0) -> str | None:
    """Compare an answer the way `problem` says: None when accepted, else what is wrong."""
    ctx = {
        "problem": problem,
        "inputs": inputs,
        "tolerance": problem.compare.get("tolerance", 1e-5),
        "shared_nodes": shared_nodes,
    }
    return compare(problem.compare["kind"], expected, got, ctx)
