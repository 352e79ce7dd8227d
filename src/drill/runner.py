"""Load a solution file and run its entry point on notation inputs.

Used the same way for the learner's file (inside the sandbox worker) and for the
trusted reference and brute force (inside the judge), so that both sides build
their arguments and read their answers identically.
"""

from __future__ import annotations

import linecache
import os
import sys
import time
import types
from collections import deque

from . import runtime


class LoadError(Exception):
    """The file does not load, or lacks the entry point."""

    def __init__(self, message: str, trace: str = ""):
        super().__init__(message)
        self.message = message
        self.trace = trace


class BadInput(Exception):
    """The input itself is malformed (the judge's or the author's fault)."""


_PRELUDE: dict | None = None


def load(path: str, module_name: str = "solution") -> dict:
    """Execute a solution file in a fresh module with LeetCode's implicit names."""
    global _PRELUDE
    if _PRELUDE is None:
        _PRELUDE = runtime.prelude()
    if os.path.isdir(path):
        raise LoadError(f"{path} is a directory, not a Python file")
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise LoadError(f"cannot read {path}: {e.strerror}") from None
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise LoadError(f"{path} is not UTF-8 text (byte {e.start}: {raw[e.start:e.start + 1]!r})") from None
    try:
        code = compile(source, path, "exec", dont_inherit=True)
    except SyntaxError as e:
        where = f"line {e.lineno}" + (f", column {e.offset}" if e.offset else "")
        text = (e.text or "").rstrip("\n")
        trace = f'  File "{path}", {where}\n    {text}\n{type(e).__name__}: {e.msg}'
        raise LoadError(f"{type(e).__name__} at {where}: {e.msg}", trace) from None
    module = types.ModuleType(module_name)
    module.__file__ = path
    module.__dict__.update(_PRELUDE)
    sys.modules[module_name] = module
    try:
        exec(code, module.__dict__)
    except BaseException as e:  # noqa: BLE001 - anything the file raises at import is its failure
        raise LoadError(f"the file raised {type(e).__name__} while loading: {e}", learner_trace(e, path)) from None
    return module.__dict__


def learner_trace(exc: BaseException, path: str, keep: int = 8) -> str:
    """The traceback, trimmed to the last `keep` frames in the learner's file.

    Walks the chain itself instead of traceback.extract_tb: a RecursionError
    carries a million frames, and extracting them all takes seconds.
    """
    frames: deque = deque(maxlen=keep)
    count = 0
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == path:
            count += 1
            frames.append((tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    lines = [f"  ... {count - keep} earlier frames ..."] if count > keep else []
    for lineno, name in frames:
        lines.append(f'  File "{os.path.basename(path)}", line {lineno}, in {name}')
        line = linecache.getline(path, lineno).strip() if lineno else ""
        if line:
            lines.append(f"    {line}")
    try:
        message = str(exc)
    except BaseException:  # noqa: BLE001
        message = "<unprintable>"
    lines.append(f"{type(exc).__name__}: {message}" if message else type(exc).__name__)
    return "\n".join(lines)


def _lookup(obj, name: str):
    for candidate in (name, runtime.snake_case(name)):
        attr = getattr(obj, candidate, None)
        if attr is not None and callable(attr):
            return attr
    return None


def check_entry(ns: dict, spec: dict) -> None:
    """Raise LoadError when the entry point the problem needs is missing."""
    kind = spec["kind"]
    cls = ns.get(spec["class"])
    if kind == "method":
        method = spec["method"]
        if isinstance(cls, type) and _lookup(cls, method):
            return
        if _lookup(_own_functions(ns), method):
            return
        raise LoadError(
            f"no entry point: define class {spec['class']} with method {method}"
            f" (or a function {runtime.snake_case(method)})"
        )
    if kind == "design":
        if not isinstance(cls, type):
            raise LoadError(f"no entry point: define class {spec['class']}")
        missing = [m for m in spec["methods"] if not _lookup(cls, m)]
        if missing:
            raise LoadError(f"class {spec['class']} lacks method {', '.join(missing)}")
        return
    if kind == "codec":
        if isinstance(cls, type):
            missing = [m for m in (spec["encode"], spec["decode"]) if not _lookup(cls, m)]
            if missing:
                raise LoadError(f"class {spec['class']} lacks method {', '.join(missing)}")
            return
        raise LoadError(f"no entry point: define class {spec['class']} with {spec['encode']} and {spec['decode']}")


def _method(ns: dict, spec: dict):
    cls = ns.get(spec["class"])
    if isinstance(cls, type) and _lookup(cls, spec["method"]):
        # A fresh instance per call, as LeetCode does.
        return _lookup(cls(), spec["method"])
    return _lookup(_own_functions(ns), spec["method"])


def _own_functions(ns: dict) -> types.SimpleNamespace:
    """The callables the file defines itself: never a prelude name such as re.search or heapq.merge."""
    prelude = _PRELUDE or {}
    return types.SimpleNamespace(
        **{k: v for k, v in ns.items() if callable(v) and not (k in prelude and prelude[k] is v) and not isinstance(v, type(os))}
    )


def build_args(params: list, values: list, ctx: dict) -> dict:
    """Notation values (one per input line) -> named arguments, hidden ones included."""
    if len(values) != len(params):
        raise BadInput(f"expected {len(params)} input lines, got {len(values)}")
    raw = {p["name"]: v for p, v in zip(params, values)}
    args = {}
    for p in params:
        if p.get("cycle"):
            args[p["name"]] = runtime.build_list(raw[p["name"]], raw[p["cycle"]])
        else:
            args[p["name"]] = runtime.build(p["type"], raw[p["name"]], ctx)
    return args


def _timed(ctx: dict, fn, *args):
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


def run(ns: dict, spec: dict, mode: str, inputs: list, ctx: dict) -> dict:
    """Run one input; returns {"result": notation, "args_after": {...}}.

    Exceptions from the solution propagate; `runtime.ResultError` means the
    answer could not be read back.
    """
    if mode == "call":
        args = build_args(spec["params"], inputs, ctx)
        visible = [args[p["name"]] for p in spec["params"] if not p.get("hidden")]
        ctx["phase"] = "call"
        returned = _timed(ctx, _method(ns, spec), *visible)
        ctx["phase"] = "read"
        out = {"result": runtime.read(spec["returns"], returned, ctx)}
        judged = spec.get("judge_arg")
        if judged:
            ptype = next(p["type"] for p in spec["params"] if p["name"] == judged)
            out["args_after"] = {judged: runtime.read(ptype, args[judged], ctx)}
            out["returned_value"] = returned is not None
        return out
    if mode == "design":
        return {"result": run_design(ns, spec, inputs, ctx)}
    if mode == "encode":
        args = build_args(spec["params"], inputs, ctx)
        codec = ns[spec["class"]]()
        ctx["phase"] = "call"
        encoded = _timed(ctx, _lookup(codec, spec["encode"]), *args.values())
        ctx["phase"] = "read"
        if not isinstance(encoded, str):
            raise runtime.ResultError(f"{spec['encode']} must return a str, got {type(encoded).__name__}")
        return {"result": encoded}
    if mode == "decode":
        codec = ns[spec["class"]]()
        ctx["phase"] = "call"
        decoded = _timed(ctx, _lookup(codec, spec["decode"]), inputs[0])
        ctx["phase"] = "read"
        return {"result": runtime.read(spec["returns"], decoded, ctx)}
    raise BadInput(f"unknown mode {mode}")


def run_design(ns: dict, spec: dict, inputs: list, ctx: dict) -> list:
    if len(inputs) != 2 or len(inputs[0]) != len(inputs[1]):
        raise BadInput("a design input is two lines of equal length: operations and arguments")
    ops, arglists = inputs
    cls = ns[spec["class"]]
    instance = None
    out: list = []
    for i, (op, arglist) in enumerate(zip(ops, arglists)):
        ctx["op_index"] = i
        if op == spec["class"]:
            args = build_args(spec.get("init", []), arglist, ctx)
            ctx["phase"] = "call"
            instance = _timed(ctx, cls, *args.values())
            out.append(None)
            continue
        if instance is None:
            raise BadInput(f"operation {i} ({op}) comes before the constructor")
        mspec = spec["methods"].get(op)
        if mspec is None:
            raise BadInput(f"operation {i}: {op} is not a method of {spec['class']}")
        args = build_args(mspec["params"], arglist, ctx)
        ctx["phase"] = "call"
        returned = _timed(ctx, _lookup(instance, op), *args.values())
        ctx["phase"] = "read"
        out.append(runtime.read(mspec.get("returns", "None"), returned, ctx))
    ctx.pop("op_index", None)
    return out
