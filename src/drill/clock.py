"""The wall clock drill uses for attempts and mock rounds.

`DRILL_CLOCK_OFFSET` (seconds, may be negative) shifts it, so that tests and
demonstrations can move through a timed round without waiting.
"""

from __future__ import annotations

import os
import time


def now() -> float:
    offset = os.environ.get("DRILL_CLOCK_OFFSET")
    try:
        return time.time() + (float(offset) if offset else 0.0)
    except ValueError:
        return time.time()
