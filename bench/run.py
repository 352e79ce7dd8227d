"""Benchmarks of drill on this machine; prints the figures the issues ask for.

    python bench/run.py            # everything
    python bench/run.py startup    # only start-up times

Timing goals are met here, never asserted in tests.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
NINE = (
    "two-sum merge-two-sorted-lists linked-list-cycle invert-binary-tree implement-trie-prefix-tree "
    "rotate-image clone-graph serialize-and-deserialize-binary-tree alien-dictionary"
).split()


def timed(args, env=None) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "drill", *args], capture_output=True, text=True, env=env)
    return time.perf_counter() - start, r


def median_of(n, args, env=None) -> tuple[float, list[float]]:
    times = [timed(args, env)[0] for _ in range(n)]
    return statistics.median(times), times


def main(which: list[str]) -> None:
    env = dict(os.environ, DRILL_HOME=tempfile.mkdtemp(prefix="drill-bench-"), NO_COLOR="1")
    rows = []
    if not which or "startup" in which:
        for args in (["--help"], ["list"]):
            med, times = median_of(9, args, env)
            rows.append((f"drill {' '.join(args)} (median of 9)", med, "goal <= 0.150 s"))
    if not which or "check" in which:
        med, times = median_of(5, ["check", "two-sum", "--file", str(HERE / "solutions" / "two-sum.py"), "--json"], env)
        rows.append(("drill check two-sum, accepted, all stages (median of 5)", med, "goal <= 1.0 s"))
        t, r = timed(["check", "two-sum", "--file", str(HERE / "solutions" / "infinite-loop.py"), "--json"], env)
        verdict = json.loads(r.stdout)["verdict"]
        rows.append((f"infinite loop -> {verdict} (budget 2.0 s per call)", t, "goal <= budget + 1 s = 3.0 s"))
    if not which or "verify" in which:
        t, r = timed(["verify", *NINE], env)
        rows.append((f"drill verify of the nine (exit {r.returncode})", t, "goal <= 30 s"))
    width = max(len(r[0]) for r in rows)
    for name, seconds, goal in rows:
        print(f"{name:<{width}}  {seconds:7.3f} s   {goal}")


if __name__ == "__main__":
    main(sys.argv[1:])
