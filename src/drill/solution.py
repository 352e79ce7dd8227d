"""A solution file: load it the way LeetCode runs it, and describe its failures.

Used the same way for the learner's file (inside the sandbox worker) and for the
trusted reference and brute force (inside the judge), so that both sides see
the same implicit names.
"""

from __future__ import annotations

import linecache
import os
import sys
import types
from collections import deque

from . import runtime


class LoadError(Exception):
    """The file does not load, or lacks the entry point."""

    def __init__(self, message: str, trace: str = ""):
        super().__init__(message)
        self.message = message
        self.trace = trace


_PRELUDE: dict | None = None


def prelude() -> dict:
    """LeetCode's implicit names, built once per process."""
    global _PRELUDE
    if _PRELUDE is None:
        _PRELUDE = runtime.prelude()
    return _PRELUDE


def load(path: str, module_name: str = "solution") -> dict:
    """Execute a solution file in a fresh module with LeetCode's implicit names; its namespace."""
    names = prelude()
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
    module.__dict__.update(names)
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
