"""Do verdicts hold still on a busy machine? Judge the same files again and again under load.

    python bench/stability.py                  # the nine problems, 20 checks per file
    python bench/stability.py --reps 5 two-sum # fewer, or only some problems
    python bench/stability.py --load 0         # without the busy loops

For each problem: its reference.py (accepted, optimal), every mutant whose
outcome depends on timing (it declares time_limit_exceeded, or accepted and not
optimal), and brute.py where problem.toml says scale.brute_slower = true (too
slow, or accepted and not optimal). Each file is judged --reps times in a row
through the command line (`python -m drill check SLUG --file F --json`), while
--load processes (2 by default, one per core here) spin in busy loops. It prints
the outcomes (verdict and optimal) counted per file and exits 1 when any file's
outcome flipped between runs or differed from what the file should get.

Timing goals live here and in bench/run.py, never in tests.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NINE = (
    "two-sum merge-two-sorted-lists linked-list-cycle invert-binary-tree implement-trie-prefix-tree "
    "rotate-image clone-graph serialize-and-deserialize-binary-tree alien-dictionary"
).split()


def files_of(slug: str) -> list[tuple[Path, set[str]]]:
    """(file, the outcomes it may get) for one problem; an outcome is "verdict" or "verdict, not optimal"."""
    from drill import problems

    problem = problems.load(slug)
    out = [(problem.reference_path, {"accepted"})]
    for m in problem.mutants:
        if m.verdict.value == "time_limit_exceeded" or m.optimal is False:
            out.append((m.path, {outcome(m.verdict.value, m.optimal)}))
    if problem.scale.enabled and problem.scale.brute_slower:
        out.append((problem.brute_path, {"time_limit_exceeded", "accepted, not optimal"}))
    return out


def outcome(verdict: str, optimal) -> str:
    return f"{verdict}, not optimal" if optimal is False else verdict


def busy_loops(n: int) -> list[subprocess.Popen]:
    return [
        subprocess.Popen([sys.executable, "-c", "while True: pass"], stdin=subprocess.DEVNULL, start_new_session=True)
        for _ in range(n)
    ]


def judge(slug: str, path: Path, env: dict) -> tuple[str, float]:
    start = time.perf_counter()
    r = subprocess.run(
        [sys.executable, "-m", "drill", "check", slug, "--file", str(path), "--json"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=600,
    )
    seconds = time.perf_counter() - start
    try:
        report = json.loads(r.stdout)
        return outcome(report["verdict"], report["optimal"]), seconds
    except (ValueError, KeyError):
        return f"no report (exit {r.returncode}: {r.stderr.strip()[-120:]})", seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("slugs", nargs="*", default=NINE)
    parser.add_argument("--reps", type=int, default=20, help="checks per file (default 20)")
    parser.add_argument("--load", type=int, default=2, help="busy-loop processes kept running (default 2)")
    args = parser.parse_args()

    home = tempfile.mkdtemp(prefix="drill-stability-")
    env = dict(os.environ, DRILL_HOME=home, NO_COLOR="1")
    plan = [(slug, path, expected) for slug in args.slugs for path, expected in files_of(slug)]
    print(f"{len(plan)} files x {args.reps} checks, {args.load} busy loops on {os.cpu_count()} cores", flush=True)
    loops = busy_loops(args.load)
    bad = []
    started = time.perf_counter()
    try:
        for slug, path, expected in plan:
            counts: collections.Counter = collections.Counter()
            times = []
            for _ in range(args.reps):
                verdict, seconds = judge(slug, path, env)
                counts[verdict] += 1
                times.append(seconds)
            name = f"{slug}/{path.relative_to(path.parents[1] if path.parent.name == 'mutants' else path.parent)}"
            flipped = len(counts) > 1
            wrong = not set(counts) <= expected
            mark = "FLIPPED" if flipped else ("WRONG" if wrong else "ok")
            shown = ", ".join(f"{v} {n}" for v, n in counts.most_common())
            print(
                f"{mark:7}  {name:<58} {shown:<32} (expected {' or '.join(sorted(expected))}; "
                f"median {statistics.median(times):.2f} s, max {max(times):.2f} s)",
                flush=True,
            )
            if flipped or wrong:
                bad.append(name)
    finally:
        for p in loops:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            p.wait()
    total = time.perf_counter() - started
    checks = len(plan) * args.reps
    print(f"{checks} checks in {total:.0f} s; {len(plan) - len(bad)}/{len(plan)} files held one outcome, the expected one")
    if bad:
        print("unstable or wrong: " + ", ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
