"""Entry kinds: how a problem's solution is called.

A problem's `[entry]` is one of three kinds, each one class here that knows how
to find its entry point in a loaded solution, name the input lines, run one
input and say which part of the result is the answer:

- `method`: `class Solution` with LeetCode's camelCase method, or a plain
  snake_case function; optionally judged in place (the argument after the call);
- `design`: a class driven by LeetCode's two-line operations/arguments input;
- `codec`: a class whose encode and decode run as two steps (in two separate
  processes when sandboxed); the answer is the round trip.

Imported by the sandbox worker as well as the judge, so it holds nothing
secret and imports nothing heavy.
"""

from __future__ import annotations

import inspect
import os
import time
import types
from abc import ABC, abstractmethod

from . import runtime
from .solution import LoadError, prelude


class BadInput(Exception):
    """The input itself is malformed (the judge's or the author's fault)."""


def lookup(obj, name: str):
    """LeetCode's camelCase name, or a snake_case spelling of it; None if none is callable."""
    for candidate in (name, *runtime.snake_cases(name)):
        attr = getattr(obj, candidate, None)
        if attr is not None and callable(attr):
            return attr
    return None


def own_functions(ns: dict) -> types.SimpleNamespace:
    """The callables the file defines itself: never a prelude name such as re.search or heapq.merge."""
    names = prelude()
    return types.SimpleNamespace(
        **{k: v for k, v in ns.items() if callable(v) and not (k in names and names[k] is v) and not isinstance(v, type(os))}
    )


def timed(ctx: dict, fn, *args):
    """Call the solution, adding the CPU time of the call alone to ctx["cpu"].

    Building arguments and reading answers back are the judge's work, the
    same for every solution, and would hide an O(log n) call behind O(n) set-up.
    thread_time, because with RLIMIT_CPU set process_time ticks in 4 ms steps.
    """
    start = time.thread_time()
    try:
        return fn(*args)
    finally:
        ctx["cpu"] = ctx.get("cpu", 0.0) + time.thread_time() - start


def build_args(params: list, values: list, ctx: dict) -> dict:
    """Notation values (one per input line) -> named arguments, hidden ones included.

    A parameter with `node_of` names another parameter (a tree or list): its value in
    notation picks that structure's node holding it, which is what the solution gets."""
    if len(values) != len(params):
        raise BadInput(f"expected {len(params)} input lines, got {len(values)}")
    raw = {p["name"]: v for p, v in zip(params, values)}
    args = {}
    for p in params:
        if p.get("node_of"):
            continue
        if p.get("cycle"):
            args[p["name"]] = runtime.build_list(raw[p["name"]], raw[p["cycle"]], ctx)
        else:
            args[p["name"]] = runtime.build(p["type"], raw[p["name"]], ctx)
    for p in params:
        if p.get("node_of"):
            node = runtime.node_with_value(args[p["node_of"]], raw[p["name"]])
            if node is None and raw[p["name"]] is not None:
                raise BadInput(f"{p['name']} = {raw[p['name']]!r} is not a value of {p['node_of']}")
            args[p["name"]] = node
    return {p["name"]: args[p["name"]] for p in params}


def _context(ns: dict) -> dict:
    """What building inputs and reading answers need to know about the solution's file: the node
    classes it defines itself, so that inputs are built with them (isinstance, __lt__ ... work)."""
    ours = prelude()
    return {"classes": {n: ns[n] for n in runtime.NODE_CLASS_NAMES if isinstance(ns.get(n), type) and ns[n] is not ours.get(n)}}


def _visible(params: list) -> list[str]:
    return [p["name"] for p in params if not p.get("hidden")]


class Entry(ABC):
    """One way of calling a solution; `spec` is the problem's `[entry]` table as the loader reads it."""

    kind = ""
    mismatch = ""  # what a wrong answer means when the comparison has nothing more specific to say
    # The steps of one attempt: (worker role, mode). A later step takes the earlier step's result
    # as its one input; steps with different roles run in different sandbox processes.
    steps: tuple[tuple[str, str], ...] = (("main", "call"),)

    def __init__(self, spec: dict):
        self.spec = spec
        self.class_name = spec["class"]

    @property
    def input_params(self) -> list[dict]:
        """One parameter per line of the input in LeetCode's box."""
        return self.spec["params"]

    @abstractmethod
    def check(self, ns: dict) -> None:
        """Raise LoadError when the entry point is missing."""

    @abstractmethod
    def callables(self, ns: dict, instance) -> list[tuple[object, str, list[str]]]:
        """(what is called, its name, the argument names it gets), for checking signatures."""

    def run(self, ns: dict, mode: str, inputs: list, ctx: dict) -> dict:
        """Run one step on notation inputs: {"result": notation, ...} (and "slips": codes of answers
        accepted with a note). The solution's exceptions propagate; `runtime.ResultError` means the
        answer cannot be read back."""
        ctx.update(_context(ns))
        out = self._run(ns, mode, inputs, ctx)
        if ctx.get("slips"):
            out["slips"] = list(ctx["slips"])
        return out

    @abstractmethod
    def _run(self, ns: dict, mode: str, inputs: list, ctx: dict) -> dict:
        """One step of this kind."""

    def answer(self, result: dict):
        """The judged value of the last step's result."""
        return result["result"]

    def signature_problem(self, ns: dict) -> str | None:
        """Why the entry point cannot be called with the problem's arguments (self missing, ...), or None.

        Bound methods are taken from an instance made without running __init__,
        so nothing of the learner's runs here but attribute look-ups.
        """
        cls = self._class(ns)
        instance = None
        if cls is not None:
            try:
                instance = cls.__new__(cls)
            except Exception:  # noqa: BLE001 - an unusual class: the call itself will tell
                return None
        for fn, name, args in self.callables(ns, instance):
            if fn is None:
                continue
            try:
                signature = inspect.signature(fn)
            except (TypeError, ValueError):
                continue  # no signature to read (a builtin): the call itself will tell
            try:
                signature.bind(*args)
            except TypeError as e:
                return (
                    f"{name}{signature} cannot be called as {name}({', '.join(args)}): {e}"
                    " (is self missing, or is it a staticmethod that still takes self?)"
                )
        return None

    def _class(self, ns: dict):
        cls = ns.get(self.class_name)
        return cls if isinstance(cls, type) else None


class MethodEntry(Entry):
    kind = "method"

    def __init__(self, spec: dict):
        super().__init__(spec)
        self.method = spec["method"]
        self.in_place = spec.get("in_place")  # the parameter judged after the call, if any

    def check(self, ns: dict) -> None:
        cls = self._class(ns)
        if cls is not None and lookup(cls, self.method):
            return
        if lookup(own_functions(ns), self.method):
            return
        raise LoadError(
            f"no entry point: define class {self.class_name} with method {self.method}"
            f" (or a function {runtime.snake_case(self.method)})"
        )

    def callables(self, ns: dict, instance) -> list:
        cls = self._class(ns)
        fn = lookup(instance, self.method) if cls is not None and lookup(cls, self.method) else lookup(own_functions(ns), self.method)
        return [(fn, self.method, _visible(self.spec["params"]))]

    def _target(self, ns: dict):
        cls = self._class(ns)
        if cls is not None and lookup(cls, self.method):
            return lookup(cls(), self.method)  # a fresh instance per call, as LeetCode does
        return lookup(own_functions(ns), self.method)

    def _run(self, ns: dict, mode: str, inputs: list, ctx: dict) -> dict:
        if mode != "call":
            raise BadInput(f"a method entry has no mode {mode!r}")
        params = self.spec["params"]
        args = build_args(params, inputs, ctx)
        visible = [args[p["name"]] for p in params if not p.get("hidden")]
        given = runtime.given_nodes(args[self.in_place]) if self.in_place else None
        returned = timed(ctx, self._target(ns), *visible)
        member_of = self.spec.get("returns_node_of")
        if member_of:
            what = "tree" if "TreeNode" in self.spec["returns"] else "list"
            out = {"result": runtime.read_member(returned, args[member_of], f"{what} `{member_of}`", ctx)}
        else:
            out = {"result": runtime.read(self.spec["returns"], returned, ctx)}
        if self.in_place:
            ptype = next(p["type"] for p in params if p["name"] == self.in_place)
            if given:  # nodes judged in place: relinked, never rebuilt or rewritten
                try:
                    runtime.check_relinked(args[self.in_place], given, ctx)
                except runtime.Refused as e:
                    e.value = runtime.read(ptype, args[self.in_place], ctx)
                    raise
            out["args_after"] = {self.in_place: runtime.read(ptype, args[self.in_place], ctx)}
            out["returned_value"] = returned is not None
        return out

    def answer(self, result: dict):
        return result["args_after"][self.in_place] if self.in_place else result["result"]


class DesignEntry(Entry):
    kind = "design"
    steps = (("main", "design"),)

    @property
    def input_params(self) -> list[dict]:
        return [{"name": "operations", "type": "List[str]"}, {"name": "arguments", "type": "List"}]

    def check(self, ns: dict) -> None:
        cls = self._class(ns)
        if cls is None:
            raise LoadError(f"no entry point: define class {self.class_name}")
        missing = [m for m in self.spec["methods"] if not lookup(cls, m)]
        if missing:
            raise LoadError(f"class {self.class_name} lacks method {', '.join(missing)}")

    def callables(self, ns: dict, instance) -> list:
        out = [(self._class(ns), self.class_name, _visible(self.spec.get("init", [])))]
        for name, mspec in self.spec["methods"].items():
            out.append((lookup(instance, name), name, _visible(mspec["params"])))
        return out

    def _run(self, ns: dict, mode: str, inputs: list, ctx: dict) -> dict:
        if mode != "design":
            raise BadInput(f"a design entry has no mode {mode!r}")
        if len(inputs) != 2 or not all(isinstance(x, list) for x in inputs) or len(inputs[0]) != len(inputs[1]):
            raise BadInput("a design input is two lines of equal length: operations and arguments")
        cls = ns[self.class_name]
        instance = None
        out: list = []
        for i, (op, arglist) in enumerate(zip(*inputs)):
            ctx["op_index"] = i
            if op == self.class_name:
                args = build_args(self.spec.get("init", []), arglist, ctx)
                instance = timed(ctx, cls, *args.values())
                out.append(None)
                continue
            if instance is None:
                raise BadInput(f"operation {i} ({op}) comes before the constructor")
            mspec = self.spec["methods"].get(op)
            if mspec is None:
                raise BadInput(f"operation {i}: {op} is not a method of {self.class_name}")
            args = build_args(mspec["params"], arglist, ctx)
            returned = timed(ctx, lookup(instance, op), *args.values())
            out.append(runtime.read(mspec.get("returns", "None"), returned, ctx))
        ctx.pop("op_index", None)
        return {"result": out}


class CodecEntry(Entry):
    kind = "codec"
    mismatch = "decode(encode(x)) did not give back x"
    steps = (("main", "encode"), ("decode", "decode"))  # nothing but the encoded string crosses over

    def __init__(self, spec: dict):
        super().__init__(spec)
        self.encode, self.decode = spec["encode"], spec["decode"]

    # The free copies of a premium codec problem often name the class Solution (LintCode's shape).
    ALSO = ("Solution",)

    def _class(self, ns: dict):
        """The codec class: the problem's (Codec), or another common name that has both methods."""
        for name in (self.class_name, *self.ALSO):
            cls = ns.get(name)
            if isinstance(cls, type) and lookup(cls, self.encode) and lookup(cls, self.decode):
                return cls
        cls = ns.get(self.class_name)
        return cls if isinstance(cls, type) else None

    def check(self, ns: dict) -> None:
        cls = self._class(ns)
        if cls is None:
            raise LoadError(f"no entry point: define class {self.class_name} with {self.encode} and {self.decode}")
        missing = [m for m in (self.encode, self.decode) if not lookup(cls, m)]
        if missing:
            raise LoadError(f"class {self.class_name} lacks method {', '.join(missing)}")

    def callables(self, ns: dict, instance) -> list:
        return [
            (lookup(instance, self.encode), self.encode, _visible(self.spec["params"])),
            (lookup(instance, self.decode), self.decode, ["data"]),
        ]

    def _run(self, ns: dict, mode: str, inputs: list, ctx: dict) -> dict:
        codec = self._class(ns)()
        if mode == "encode":
            args = build_args(self.spec["params"], inputs, ctx)
            encoded = timed(ctx, lookup(codec, self.encode), *args.values())
            if not isinstance(encoded, str):
                raise runtime.ResultError(f"{self.encode} must return a str, got {type(encoded).__name__}")
            return {"result": encoded}
        if mode == "decode":
            if len(inputs) != 1 or not isinstance(inputs[0], str):
                raise BadInput("decode takes one string")
            decoded = timed(ctx, lookup(codec, self.decode), inputs[0])
            return {"result": runtime.read(self.spec["returns"], decoded, ctx)}
        raise BadInput(f"a codec entry has no mode {mode!r}")


KINDS = {cls.kind: cls for cls in (MethodEntry, DesignEntry, CodecEntry)}


def from_spec(spec: dict) -> Entry:
    return KINDS[spec["kind"]](spec)
