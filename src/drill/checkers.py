"""Ways of comparing an answer with the expected one.

A checker is a pure function `(inputs, expected, got, options) -> Comparison`:
`inputs` maps each parameter name to its value in notation, `options` is the
problem's `[compare]` table. Adding a way of comparing never touches the judge.
A problem with `compare.kind = "custom"` brings its own in `checker.py`
(see docs/problem-format.md); it is called through `custom`.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from typing import NamedTuple


class Comparison(NamedTuple):
    ok: bool
    why: str = ""  # what is wrong (may be empty when the expected/got pair says it all)


PASS = Comparison(True)


class CheckerError(Exception):
    """A custom checker that broke its contract or raised: the author's fault."""


def _key(value) -> str:
    return json.dumps(value, sort_keys=True)


def same(a, b) -> bool:
    """Equal in notation: True is not 1; an int and a float compare by value."""
    numbers = (int, float)
    if type(a) is not type(b) and not (
        isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool) and not isinstance(b, bool)
    ):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def exact(inputs, expected, got, options) -> Comparison:
    return Comparison(same(expected, got))


def any_order(inputs, expected, got, options) -> Comparison:
    if not isinstance(got, list):
        return Comparison(False, "expected a list")
    if len(got) != len(expected):
        return Comparison(False, f"expected {len(expected)} items, got {len(got)}")
    missing = Counter(map(_key, expected)) - Counter(map(_key, got))
    if missing:
        return Comparison(False, f"missing {next(iter(missing))}")
    return PASS


def nested_any_order(inputs, expected, got, options) -> Comparison:
    if not isinstance(got, list) or not all(isinstance(g, list) for g in got):
        return Comparison(False, "expected a list of lists")
    if len(got) != len(expected):
        return Comparison(False, f"expected {len(expected)} groups, got {len(got)}")

    def norm(groups):
        return sorted(_key(sorted(g, key=_key)) for g in groups)

    return Comparison(norm(expected) == norm(got))


def floats(inputs, expected, got, options) -> Comparison:
    tol = float(options.get("tolerance", 1e-5))

    def close(a, b) -> bool:
        if isinstance(a, list):
            return isinstance(b, list) and len(a) == len(b) and all(close(x, y) for x, y in zip(a, b))
        if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(b, bool):
            return math.isclose(a, b, rel_tol=tol, abs_tol=tol)
        return a == b

    return PASS if close(expected, got) else Comparison(False, f"not within {tol:g} of the expected value")


def custom(check, inputs, expected, got) -> Comparison:
    """Call an author's `check(inputs, expected, got) -> (ok, message)`; CheckerError if it breaks the contract."""
    try:
        result = check(inputs, expected, got)
    except Exception as e:  # noqa: BLE001 - a broken checker is the author's fault
        raise CheckerError(f"the checker failed: {type(e).__name__}: {e}") from None
    if not (isinstance(result, tuple) and len(result) == 2 and isinstance(result[0], bool) and isinstance(result[1], str)):
        raise CheckerError(f"the checker returned {result!r:.80}; it must return (ok: bool, message: str)")
    return Comparison(*result)


CHECKERS = {
    "exact": exact,
    "any_order": any_order,
    "nested_any_order": nested_any_order,
    "float": floats,
}
KINDS = (*CHECKERS, "custom")
