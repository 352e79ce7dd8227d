"""Verdicts hold still on a busy machine (a reduced bench/stability.py; the full run is there)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from drill import problems

REPS = 3


@pytest.mark.slow
def test_two_sum_verdicts_do_not_flip_under_load(tmp_path):
    two_sum = problems.load("two-sum")
    # Accepted and optimal; accepted and not optimal (the nested loops, fast enough at LeetCode's 10^4).
    files = [
        (two_sum.reference_path, ("accepted", True)),
        (two_sum.reference_path.parent / "mutants" / "nested_loops.py", ("accepted", False)),
    ]
    env = dict(os.environ, DRILL_HOME=str(tmp_path / "home"), NO_COLOR="1")
    # One busy loop per core, in sessions of their own so that they are easy to end.
    loops = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"], stdin=subprocess.DEVNULL, start_new_session=True)
        for _ in range(os.cpu_count() or 2)
    ]
    try:
        for path, expected in files:
            verdicts = []
            for _ in range(REPS):
                r = subprocess.run(
                    [sys.executable, "-m", "drill", "check", "two-sum", "--file", str(path), "--json"],
                    capture_output=True,
                    text=True,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    timeout=300,
                )
                report = json.loads(r.stdout)
                verdicts.append((report["verdict"], report["optimal"]))
            assert verdicts == [expected] * REPS, f"{path.name}: {verdicts}"
    finally:
        for p in loops:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            p.wait()
