"""Run a function on a thread with a large stack, so deep recursion cannot crash the process.

Used by the worker for every call of the learner's code and by the judge for
the trusted solutions it runs itself. With the default 8 MiB stack CPython
segfaults near 10^5 frames of `functools.cache` recursion; 512 MiB handled
10^6 (JUDGING-NOTES.md).
"""

from __future__ import annotations

import threading

STACK_BYTES = 512 * 1024 * 1024


def run(fn, name: str = "big-stack"):
    """fn() on its own big-stack thread; returns (value, None), or (None, the exception it raised)."""
    box: dict = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed back to the caller, whatever it is
            box["error"] = e

    # Only this thread gets the big stack; threads that fn starts get the default.
    previous = threading.stack_size(STACK_BYTES)
    try:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
    finally:
        threading.stack_size(previous)
    thread.join()
    # Popped, not read: the exception's traceback reaches target's frame, whose closure holds box, so
    # leaving the exception in box makes a cycle that only the cyclic GC frees. After a runaway recursion
    # that is a million frames to traverse (0.5 s), which decides between a RecursionError and a timeout.
    return box.pop("value", None), box.pop("error", None)
