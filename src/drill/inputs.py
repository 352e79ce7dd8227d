"""A learner's own input, checked against a problem before anything runs.

In order: the shape of every value for its parameter's declared type
(`drill.notation.shape_error`); the entry's own rules (a design problem's
operations and arguments, a node given by its value, a cycle's position);
then the problem's constraints, when its generators.py has a `check_input`
(docs/problem-format.md). `drill run` reads a learner's box with `read`;
`drill verify` holds every case and random input to `problem_with`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import DrillError, JudgeError
from .notation import NotationError, read_box, shape_error, show


@dataclass(frozen=True)
class Invalid:
    """Why one input is refused: the message names the parameter; `line` is the input line it is about."""

    message: str
    line: int | None = None  # 0-based index of the input line (parameter), None for the input as a whole
    constraint: bool = False  # outside the problem's constraints (check_input), not malformed


class InputError(DrillError):
    """A learner's input that cannot run: one line naming the case, the line and the parameter."""


def read(problem, text: str) -> list:
    """The cases of a learner's box (`notation.BoxCase`), each checked; InputError for the first bad one."""
    names = [p["name"] for p in problem.params]
    try:
        cases = read_box(text, names)
    except NotationError as e:
        raise InputError(str(e)) from None
    for case in cases:
        bad = problem_with(problem, case.values)
        if bad is None:
            continue
        if bad.line is not None:
            where = f"line {case.lines[bad.line]} ({names[bad.line]}, case {case.number})"
        else:
            where = case.where
        tail = " (the prompt's constraints)" if bad.constraint else ""
        raise InputError(f"{where}: {bad.message}{tail}")
    return cases


def problem_with(problem, values: list) -> Invalid | None:
    """Why an input is not one this problem takes (malformed, or outside its constraints); None if it is.

    JudgeError when the problem's check_input breaks (the author's fault)."""
    return malformed(problem, values) or outside_constraints(problem, values)


def malformed(problem, values: list) -> Invalid | None:
    params = problem.params
    if len(values) != len(params):
        return Invalid(f"the input has {len(values)} lines; it takes {len(params)} ({', '.join(p['name'] for p in params)})")
    kind = problem.entry.kind
    if kind == "design":
        return _design(problem.spec, values)
    named = {p["name"]: v for p, v in zip(params, values)}
    for i, (p, value) in enumerate(zip(params, values)):
        if p.get("node_of"):
            why = _node_of(p, value, named[p["node_of"]])
        else:
            why = shape_error(p["type"], value, p["name"])
        if why:
            return Invalid(why, i)
    for i, p in enumerate(params):
        if p.get("cycle"):
            why = _cycle(p["cycle"], named[p["cycle"]], p["name"], named[p["name"]])
            if why:
                return Invalid(why, next(k for k, q in enumerate(params) if q["name"] == p["cycle"]))
    return None


def outside_constraints(problem, values: list) -> Invalid | None:
    check = problem.input_check()
    if check is None:
        return None
    try:
        why = check(*values)
    except Exception as e:  # noqa: BLE001 - a broken hook is the author's fault
        raise JudgeError(f"generators.py: check_input failed on {show(values, 120)}: {type(e).__name__}: {e}") from None
    if why is not None and not isinstance(why, str):
        raise JudgeError(f"generators.py: check_input returned {why!r:.60}; it must return None or a message (str)")
    if not why:
        return None
    # The message starts with the parameter's name (nums has ..., nums[3] is ...): point at its line.
    line = next((i for i, p in enumerate(problem.params) if re.match(rf"{re.escape(p['name'])}(?!\w)", why)), None)
    return Invalid(why, line, constraint=True)


def _node_of(p: dict, value, structure) -> str | None:
    """A parameter given by the value of a node of another parameter (Lowest Common Ancestor's p and q)."""
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        return f"{p['name']} is {show(value, 40)}; it takes the value of a node of {p['node_of']} (a whole number)"
    if not isinstance(structure, list) or value not in structure:
        return f"{p['name']} = {value} is not a value of {p['node_of']}"
    return None


def _cycle(pos_name: str, pos, list_name: str, values) -> str | None:
    """The hidden position a linked list's tail links back to (Linked List Cycle's pos)."""
    size = len(values) if isinstance(values, list) else 0
    if pos == -1 or 0 <= pos < size:
        return None
    last = f"or an index from 0 to {size - 1}" if size else f"({list_name} is empty)"
    return f"{pos_name} = {pos} is outside {list_name} ({size} nodes): use -1 for no cycle {last}"


def _design(spec: dict, values: list) -> Invalid | None:
    """Two lines of equal length: the operations (the first is the constructor) and each one's arguments."""
    ops, args = values
    cls = spec["class"]
    why = shape_error("List[str]", ops, "operations")
    if why:
        return Invalid(why, 0)
    if not isinstance(args, list):
        return Invalid(f"arguments is {show(args, 40)}; it takes a list holding one list of arguments per operation", 1)
    if len(ops) != len(args):
        return Invalid(f"operations has {len(ops)} entries and arguments {len(args)}: one list of arguments per operation")
    if not ops:
        return Invalid(f"operations is empty; the first operation is the constructor, \"{cls}\"", 0)
    if ops[0] != cls:
        return Invalid(f"operations[0] is \"{ops[0]}\"; the first operation is the constructor, \"{cls}\"", 0)
    methods = spec["methods"]
    for i, (op, arglist) in enumerate(zip(ops, args)):
        if op == cls:
            params = spec.get("init", [])
        elif op in methods:
            params = methods[op]["params"]
        else:
            known = ", ".join([cls, *methods])
            return Invalid(f"operations[{i}] is \"{op}\"; {cls} has no such operation ({known})", 0)
        if not isinstance(arglist, list):
            return Invalid(f"arguments[{i}] is {show(arglist, 40)}; the arguments of {op} are a list", 1)
        if len(arglist) != len(params):
            names = ", ".join(p["name"] for p in params) or "none"
            return Invalid(
                f"arguments[{i}] is {show(arglist, 40)}; {op} takes {len(params)} argument{'s' if len(params) != 1 else ''} ({names})",
                1,
            )
        for k, (p, v) in enumerate(zip(params, arglist)):
            why = shape_error(p["type"], v, f"arguments[{i}][{k}] ({p['name']} of {op})")
            if why:
                return Invalid(why, 1)
    return None
