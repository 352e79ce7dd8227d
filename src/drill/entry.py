"""The `drill` entry point: what must start fast runs without click; everything else goes to cli.py.

Importing click costs about 50 ms on a small machine, more than the rest of
`drill list` together. So the commands a learner runs most (look around,
check) are served here first, from plain `sys.argv`, and only when their arguments are
ones this module fully understands:

- `drill list` with any of --json, --category C, --difficulty D, --status S
  (valid values only), and `drill check [SLUG]` with any of --file F,
  --thorough, --seed N, --json: the same command functions cli.py calls, with
  the same arguments (a test holds the options here to cli.py's);
- `drill --help` / `-h`: click's own help text, kept from the last time click
  rendered it (a cache keyed by cli.py itself, which holds every word of it,
  and the terminal's width), so it is always exactly what click would print.

Anything else, including every mistake (an unknown option, a bad value), goes
to click, which parses it and words the error. `guarded` is the one place
where an exception becomes a one-line message and an exit code, for both paths.
"""

from __future__ import annotations

import os
import sys

from . import errors
from .errors import DrillError


def main() -> None:
    argv = sys.argv[1:]
    fast = _fast(argv)
    if fast is not None:
        module, function, args = fast
        import importlib

        command = getattr(importlib.import_module(f"drill.commands.{module}"), function)
        sys.exit(guarded(lambda: command(*args)))
    if argv in (["--help"], ["-h"]):
        text = _cached_help()
        if text is not None:
            sys.stdout.write(text)
            sys.exit(errors.EXIT_OK)
    from .cli import main as full

    full()


def guarded(run) -> int:
    """run()'s exit code; drill's own errors and the learner's interrupts as one line on stderr."""
    try:
        return run()
    except DrillError as e:
        print(f"drill: {e.message}", file=sys.stderr)
        return e.code
    except KeyboardInterrupt:
        print("drill: interrupted", file=sys.stderr)
        return errors.EXIT_INTERRUPTED
    except BrokenPipeError:
        return errors.EXIT_OK
    except Exception as e:
        if os.environ.get("DRILL_DEBUG"):
            raise
        print(f"drill: internal error: {type(e).__name__}: {e} (set DRILL_DEBUG=1 for the traceback)", file=sys.stderr)
        return errors.EXIT_INTERNAL


def _fast_commands() -> dict:
    """The commands served without click: their options as cli.py declares them (a test compares the two).
    values: option -> the values it takes (a tuple of choices, int, or str); flags; whether a SLUG comes
    first; the command layer's function and the order of its arguments."""
    from .vocab import CATEGORIES, DIFFICULTIES, STATUSES

    return {
        "list": {
            "values": {"--category": CATEGORIES, "--difficulty": DIFFICULTIES, "--status": STATUSES},
            "flags": ("--json",),
            "slug": False,
            "call": ("browse", "list_problems", ("--category", "--difficulty", "--status", "--json")),
        },
        "check": {
            "values": {"--file": str, "--seed": int},
            "flags": ("--thorough", "--json"),
            "slug": True,
            "call": ("check", "run", ("SLUG", "--file", "--thorough", "--seed", "--json")),
        },
    }


def _fast(argv: list[str]) -> tuple | None:
    """(module, function, arguments) when argv is a fast command whose every word this module understands;
    None sends it to click (which also words every mistake)."""
    if not argv:
        return None
    spec = _fast_commands().get(argv[0])
    if spec is None:
        return None
    got: dict = {flag: False for flag in spec["flags"]}
    rest = argv[1:]
    while rest:
        token = rest.pop(0)
        if token in spec["flags"]:
            got[token] = True
            continue
        if not token.startswith("-"):
            if not spec["slug"] or "SLUG" in got:
                return None
            got["SLUG"] = token
            continue
        name, eq, value = token.partition("=")
        kind = spec["values"].get(name)
        if kind is None:
            return None  # -h, --help, an unknown option, "--": click's
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if kind is int:
            if not value.strip().lstrip("+-").isdigit():
                return None
            value = int(value)
        elif kind is not str and value not in kind:
            return None  # click says which values there are
        got[name] = value
    module, function, order = spec["call"]
    return module, function, tuple(got.get(name) for name in order)


def _help_path() -> str | None:
    """Where click's help text for this drill and this terminal width is kept (None: nowhere to keep it)."""
    import shutil

    try:
        st = os.stat(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cli.py"))
    except OSError:
        return None
    # cli.py holds every word of the help; the width decides how click wraps it.
    key = f"{st.st_mtime_ns}-{st.st_size}-{shutil.get_terminal_size().columns}"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "drill", f"help-{key}.txt")


def _cached_help() -> str | None:
    path = _help_path()
    if path is None:
        return None
    try:
        with open(path, encoding="utf-8") as f:
            return f.read() or None
    except OSError:
        return None


def keep_help(text: str) -> None:
    """Keep click's help text for the next `drill --help` (best effort: a read-only home keeps nothing)."""
    path = _help_path()
    if path is None:
        return
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError:
        pass
