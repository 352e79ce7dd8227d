"""LeetCode's test-case notation: one JSON value per line, one line per parameter.

Parsing the box (one case, or several one after another as LeetCode's "Run"
box takes them), the prompt's `Input: ... / Output: ...` examples, the shape a
value of each declared type takes, and showing values and calls.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass


def parse_lines(text: str) -> list:
    """LeetCode's test-case box: one JSON value per non-empty line."""
    return [json.loads(line) for line in text.strip().splitlines() if line.strip()]


def show(value, limit: int = 300) -> str:
    """One value, compact, cut to about `limit` characters."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if len(text) > limit:
        size = f" ({len(value):,} items)" if isinstance(value, list) else ""
        text = text[: limit - 3] + "..." + size
    return text


def call_text(params: list[dict], inputs: list, limit: int = 300) -> str:
    """`nums = [3,3], target = 6`"""
    return ", ".join(f"{p['name']} = {show(v, limit)}" for p, v in zip(params, inputs))


def box_text(inputs: list, limit: int = 100_000) -> str:
    """The lines to paste into LeetCode's test-case box."""
    return "\n".join(show(v, limit) for v in inputs)


# ---------------------------------------------------------------- the box, several cases


class NotationError(ValueError):
    """Input that is not LeetCode's notation; the message names the line and the parameter."""


@dataclass
class BoxCase:
    """One case of a box: its values (one per parameter) and the line numbers they came from."""

    number: int  # 1-based
    values: list
    lines: list[int]

    @property
    def where(self) -> str:
        """`case 2 (lines 4-5)`"""
        span = f"line {self.lines[0]}" if len(self.lines) == 1 else f"lines {self.lines[0]}-{self.lines[-1]}"
        return f"case {self.number} ({span})"


_PYTHONISMS = (
    (re.compile(r"\b(True|False)\b"), "write true and false in lower case"),
    (re.compile(r"\bNone\b"), "write null for None"),
    (re.compile(r"'"), "strings take double quotes"),
)


def _json_error(text: str, e: json.JSONDecodeError) -> str:
    for pattern, advice in _PYTHONISMS:
        if pattern.search(text):
            return f"not JSON ({advice})"
    return f"not JSON ({e.msg} at column {e.colno})"


def read_box(text: str, names: list[str]) -> list[BoxCase]:
    """Several cases one after another, each one line per parameter (`names`, in order).

    Blank lines may separate cases but need not: the number of parameters says
    where a case ends. NotationError names the line and the parameter.
    """
    per_case = len(names)
    if per_case == 0:
        raise NotationError("this problem takes no input")
    values: list = []
    numbers: list[int] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        slot = len(values) % per_case
        where = f"line {number} ({names[slot]}, case {len(values) // per_case + 1})"
        try:
            values.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise NotationError(f"{where}: {_json_error(line, e)}") from None
        except (ValueError, RecursionError) as e:  # a number of thousands of digits, nesting thousands deep
            raise NotationError(f"{where}: cannot be read ({type(e).__name__}: {str(e)[:80]})") from None
        numbers.append(number)
    if not values:
        raise NotationError(f"the input is empty: give one line per parameter ({', '.join(names)})")
    if len(values) % per_case:
        missing = names[len(values) % per_case :]
        last = len(values) // per_case + 1
        raise NotationError(
            f"case {last} (from line {numbers[len(values) - len(values) % per_case]}) lacks {', '.join(missing)}: "
            f"each case is {per_case} line{'s' if per_case > 1 else ''} ({', '.join(names)})"
        )
    return [
        BoxCase(i // per_case + 1, values[i : i + per_case], numbers[i : i + per_case]) for i in range(0, len(values), per_case)
    ]


# ---------------------------------------------------------------- the prompt's examples

_DECODER = json.JSONDecoder()


def parse_example(text: str) -> list:
    """`nums = [2,7], target = 9` (or bare values) -> the list of values."""
    values, i = [], 0
    while i < len(text):
        while i < len(text) and text[i] in " ,\t":
            i += 1
        if i >= len(text):
            break
        m = re.match(r"[A-Za-z_]\w*\s*=\s*", text[i:])
        if m:
            i += m.end()
        value, i = _DECODER.raw_decode(text, i)
        values.append(value)
    return values


def examples(prompt: str) -> list[tuple[list, object]]:
    """The prompt's `Input: ...` / `Output: ...` pairs: (input values, the output). ValueError if one is not JSON."""
    found, pending = [], None
    for line in prompt.splitlines():
        s = line.strip().strip("`")
        if s.startswith("Input:"):
            pending = s[len("Input:") :].strip()
        elif s.startswith("Output:") and pending is not None:
            found.append((parse_example(pending), json.loads(s[len("Output:") :].strip())))
            pending = None
    return found


# ---------------------------------------------------------------- shapes of declared types

NODE_TYPES = ("ListNode", "TreeNode", "Node")


def _strip(t: str) -> tuple[str, bool]:
    t = t.replace(" ", "")
    if t.startswith("Optional[") and t.endswith("]"):
        return t[len("Optional[") : -1], True
    return t, False


def _kind(value) -> str:
    """What a JSON value is, in a learner's words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


_WANTED = {
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "str": "a string in double quotes",
    "ListNode": "a list of whole numbers (the list's values, head first)",
    "TreeNode": "a level-order list of whole numbers and null",
    "Node": "an adjacency list: one list of neighbour numbers per node, nodes numbered from 1",
    "Interval": "a pair [start, end]",
}


def wanted(t: str) -> str:
    """What a value of a declared type looks like, in the learner's words."""
    inner, optional = _strip(t)
    if inner.startswith("List[") and inner.endswith("]"):
        text = f"a list of {_plural(inner[5:-1])}"
    elif inner == "List":
        text = "a list"
    else:
        text = _WANTED.get(inner, inner)
    return text + (" (or null)" if optional and inner not in NODE_TYPES else "")


def _plural(t: str) -> str:
    inner, _ = _strip(t)
    if inner.startswith("List[") and inner.endswith("]"):
        return f"lists of {_plural(inner[5:-1])}"
    return {
        "int": "whole numbers",
        "float": "numbers",
        "bool": "true/false values",
        "str": "strings",
        "ListNode": "linked lists (each a list of whole numbers)",
        "TreeNode": "trees (each a level-order list)",
        "Interval": "pairs [start, end]",
    }.get(inner, inner)


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def shape_error(t: str, value, name: str) -> str | None:
    """Why `value` is not a value of declared type `t` (the message names `name`, or the item in it); None if it is."""
    inner, optional = _strip(t)
    if value is None and (optional or inner in ("ListNode", "TreeNode", "Node", "None")):
        return None
    if inner == "None":
        return None if value is None else f"{name} is {_kind(value)}; it takes null"
    if inner == "int":
        if _is_int(value):
            return None
        if isinstance(value, float) and value.is_integer():
            return f"{name} is {show(value, 40)}; it takes a whole number (write {int(value)})"
        return f"{name} is {_kind(value)} ({show(value, 40)}); it takes {wanted(t)}"
    if inner == "float":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return None
        return f"{name} is {_kind(value)} ({show(value, 40)}); it takes {wanted(t)}"
    if inner == "bool":
        if isinstance(value, bool):
            return None
        return f"{name} is {_kind(value)} ({show(value, 40)}); it takes true or false"
    if inner == "str":
        if isinstance(value, str):
            return None
        return f"{name} is {_kind(value)} ({show(value, 40)}); it takes {wanted(t)}"
    if not isinstance(value, list):
        return f"{name} is {_kind(value)} ({show(value, 40)}); it takes {wanted(t)}"
    if inner == "List":
        return None
    if inner.startswith("List[") and inner.endswith("]"):
        item = inner[5:-1]
        for i, v in enumerate(value):
            why = shape_error(item, v, f"{name}[{i}]")
            if why:
                return why
        return None
    if inner == "ListNode":
        for i, v in enumerate(value):
            if not _is_int(v):
                return f"{name}[{i}] is {_kind(v)} ({show(v, 40)}); a linked list holds whole numbers"
        return None
    if inner == "TreeNode":
        return _tree_error(value, name)
    if inner == "Node":
        return _graph_error(value, name)
    if inner == "Interval":
        if len(value) != 2 or not all(_is_int(v) for v in value):
            return f"{name} is {show(value, 40)}; an interval is a pair of whole numbers [start, end]"
        return None
    return None


def _tree_error(values: list, name: str) -> str | None:
    """A level-order tree: whole numbers and null; the root is not null; every value has a parent."""
    if not values:
        return None
    if values[0] is None:
        return None if len(values) == 1 else f"{name} starts with null but goes on: an empty tree is [] (null is a missing child)"
    for i, v in enumerate(values):
        if v is not None and not _is_int(v):
            return f"{name}[{i}] is {_kind(v)} ({show(v, 40)}); a tree holds whole numbers and null"
    # Each node present in level order has two child slots; a value beyond the slots has no parent.
    slots, i = 2, 1
    while i < len(values):
        if slots == 0:
            return (
                f"{name}[{i}] is {show(values[i], 40)} but no node is left to hang it on "
                "(level order lists the children of present nodes only)"
            )
        slots -= 1
        if values[i] is not None:
            slots += 2
        i += 1
    return None


def _graph_error(adjacency: list, name: str) -> str | None:
    """Clone Graph's adjacency list: node i (from 1) lists its neighbours' numbers."""
    n = len(adjacency)
    for i, neighbours in enumerate(adjacency, 1):
        if not isinstance(neighbours, list):
            return f"{name}[{i - 1}] (node {i}'s neighbours) is {_kind(neighbours)}; it takes a list of node numbers"
        for j in neighbours:
            if not _is_int(j) or not 1 <= j <= n:
                return f"node {i} lists {show(j, 40)} as a neighbour; nodes are numbered 1 to {n}"
    return None
