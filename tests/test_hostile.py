"""Hostile solutions: none may crash the judge, hang it, fool it, or cost the learner their work.

Every file in tests/hostile/ is a Two Sum solution that starts with
`# verdict: <verdict>` (and a `# why:`). Each is judged through the real command
line, `python -m drill check two-sum --file F --json`, from a copy in a private
folder, with TMPDIR pointing into that folder so that everything the judge and
the solution leave behind (worker folders, processes started there) can be found.

No timing goal is asserted here (those live in bench/); subprocess.run only has
a generous safety timeout, so that a hung judge fails the test instead of the run.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drill import problems, sandbox

HERE = Path(__file__).resolve().parent
HOSTILE = HERE / "hostile"
FILES = sorted(HOSTILE.glob("*.py"))
VERDICTS = {"accepted", "wrong_answer", "runtime_error", "time_limit_exceeded", "memory_limit_exceeded", "compile_error"}
SURVIVOR = "drill-hostile-survivor:"  # what the forking solutions put in their children's argv

TWO_SUM = problems.load("two-sum")
LOAD_SECONDS = max(5.0, TWO_SUM.call_seconds * 2)  # the judge's deadline for loading a file
# A check stops at its first failure, so one load and one call at most can run into their deadlines;
# a deadline stretches by CPU-queue waits up to sandbox.STRETCH times. The constant covers the rest
# of a check on a busy machine. A safety net against a hung judge, not a timing goal.
SAFETY_SECONDS = sandbox.STRETCH * (LOAD_SECONDS + TWO_SUM.call_seconds) + 60


def declared(path: Path) -> str:
    first = path.read_bytes().split(b"\n", 1)[0].decode("ascii")
    assert first.startswith("# verdict: "), f"{path.name} must start with '# verdict: <verdict>'"
    verdict = first.split(":", 1)[1].strip()
    assert verdict in VERDICTS, f"{path.name}: unknown verdict {verdict!r}"
    return verdict


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return b""


def leftovers(root: Path) -> list[tuple[int, str]]:
    """Live processes started under `root`: by a marker in their argv, their environment or their cwd."""
    mine = {os.getpid(), os.getppid()}
    needle = str(root).encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) in mine:
            continue
        cmdline = _read(f"/proc/{entry}/cmdline")
        if not cmdline:
            continue  # a zombie, or gone already
        try:
            cwd = os.readlink(f"/proc/{entry}/cwd").encode()
        except OSError:
            cwd = b""
        marked = (SURVIVOR.encode() + needle) in cmdline
        if marked or needle in _read(f"/proc/{entry}/environ") or cwd.startswith(needle):
            found.append((int(entry), cmdline.replace(b"\0", b" ").decode("utf-8", "replace")[:200]))
    return found


def assert_no_leftovers(root: Path, grace: float = 5.0) -> None:
    """Processes killed a moment ago may take a moment to disappear; then none may be left."""
    deadline = time.monotonic() + grace
    while True:
        found = leftovers(root)
        if not found or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    for pid, _ in found:  # clean up before failing, so one failure does not poison the machine
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    assert not found, f"processes survived the check: {found}"


HOSTILE_MEMORY_MB = 384


def environment(tmp_path: Path) -> tuple[dict, Path]:
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    # Two-sum with a lower memory limit: a small VM fills memory at ~0.5 GB/s, so at the bank's 1024 MB a
    # runaway allocator can meet the 2 s deadline first; at 384 MB the memory verdict comes well before it.
    bank = tmp_path / "bank"
    shutil.copytree(Path(__file__).resolve().parent.parent / "problems" / "two-sum", bank / "two-sum")
    shutil.copy(Path(__file__).resolve().parent.parent / "problems" / "patterns.toml", bank / "patterns.toml")
    meta = bank / "two-sum" / "problem.toml"
    assert "[limits]" not in meta.read_text()  # two-sum keeps the default limits; this copy lowers one
    meta.write_text(meta.read_text() + f"\n[limits]\nmemory_mb = {HOSTILE_MEMORY_MB}\n")
    env = dict(os.environ, DRILL_HOME=str(tmp_path / "home"), TMPDIR=str(tmpdir), NO_COLOR="1", DRILL_PROBLEMS=str(bank))
    env.pop("DRILL_DEBUG", None)
    return env, tmpdir


def check(path: Path, env: dict) -> subprocess.CompletedProcess:
    # stdin is a pipe that stays open and silent: a worker that inherited it would block on a read for ever.
    silent_r, silent_w = os.pipe()
    try:
        return subprocess.run(
            [sys.executable, "-m", "drill", "check", "two-sum", "--file", str(path), "--json"],
            stdin=silent_r,
            capture_output=True,
            env=env,
            timeout=SAFETY_SECONDS,
        )
    finally:
        os.close(silent_r)
        os.close(silent_w)


def test_every_hostile_file_declares_a_verdict():
    assert len(FILES) >= 40
    for path in FILES:
        declared(path)
        assert b"\n# why: " in path.read_bytes()[:400], f"{path.name} must say why it is there"


@pytest.mark.parametrize("hostile", FILES, ids=[p.stem for p in FILES])
def test_hostile_solution(hostile: Path, tmp_path: Path):
    verdict = declared(hostile)
    env, tmpdir = environment(tmp_path)
    solution = tmp_path / hostile.name
    solution.write_bytes(hostile.read_bytes())
    before = digest(solution)

    result = check(solution, env)

    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    try:
        report = json.loads(result.stdout)
    except ValueError:
        pytest.fail(f"stdout is not one JSON object: {result.stdout[:500]!r}\nstderr: {stderr[-2000:]}")
    assert isinstance(report, dict)
    assert report["verdict"] == verdict, f"{report['verdict']}: {report['message']}"
    if b"\n# optimal: false" in hostile.read_bytes()[:400]:
        assert report["optimal"] is False, "the solution's own word about its CPU time was believed"
    assert result.returncode == (0 if verdict == "accepted" else 1), stderr
    assert len(result.stdout) < 100_000, "the report must stay small whatever the solution printed or raised"
    if verdict != "accepted":
        assert report["message"], "a failing verdict says why"
    assert solution.exists() and digest(solution) == before, "the learner's file was changed"
    assert_no_leftovers(tmpdir)
    left = [p.name for p in tmpdir.iterdir() if p.name.startswith(("drill-worker-", "drill-solution-"))]
    assert not left, f"the check left its temporary folders behind: {left}"


@pytest.mark.parametrize(
    "name",
    ["lone_surrogate", "print_flood", "huge_exception_message", "non_utf8", "cyclic_list", "exception_str_hangs"],
)
def test_the_human_report_survives_odd_text(name: str, tmp_path: Path):
    """The same checks without --json: the report is printed, whatever text the solution produced."""
    hostile = HOSTILE / f"{name}.py"
    env, tmpdir = environment(tmp_path)
    solution = tmp_path / hostile.name
    solution.write_bytes(hostile.read_bytes())
    silent_r, silent_w = os.pipe()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "drill", "check", "two-sum", "--file", str(solution)],
            stdin=silent_r,
            capture_output=True,
            env=env,
            timeout=SAFETY_SECONDS,
        )
    finally:
        os.close(silent_r)
        os.close(silent_w)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1, stderr
    assert "Traceback (most recent call last)" not in stderr and "internal error" not in stderr, stderr
    assert len(result.stdout) < 100_000
    assert_no_leftovers(tmpdir)


def test_a_directory_is_a_compile_error(tmp_path: Path):
    env, tmpdir = environment(tmp_path)
    folder = tmp_path / "two-sum.py"
    folder.mkdir()
    result = check(folder, env)
    report = json.loads(result.stdout)
    assert report["verdict"] == "compile_error"
    assert "directory" in report["message"]
    assert result.returncode == 1
    assert "Traceback" not in result.stderr.decode()
    assert folder.is_dir()
    assert_no_leftovers(tmpdir)


def test_killing_drill_at_random_moments_loses_nothing(tmp_path: Path):
    """SIGKILL `drill check` mid-check: the state stays sound, the file intact, no worker survives."""
    env, tmpdir = environment(tmp_path)
    home = Path(env["DRILL_HOME"])
    drill = [sys.executable, "-m", "drill"]
    run = dict(env=env, capture_output=True, timeout=SAFETY_SECONDS, stdin=subprocess.DEVNULL)
    assert subprocess.run([*drill, "start", "two-sum"], **run).returncode == 0
    solution = home / "solutions" / "two-sum.py"
    solution.write_text((TWO_SUM.reference_path).read_text())
    before = digest(solution)
    rng = random.Random(75)
    for delay in [rng.uniform(0.0, 2.0) for _ in range(8)]:
        proc = subprocess.Popen(
            [*drill, "check"], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)  # drill's own group; its workers are in sessions of their own
        proc.wait()
        # The workers die with drill (PR_SET_PDEATHSIG), a moment later.
        assert_no_leftovers(tmpdir)
    conn = sqlite3.connect(home / ".drill" / "state.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert digest(solution) == before
    final = subprocess.run([*drill, "check", "--json"], **run)
    assert json.loads(final.stdout)["verdict"] == "accepted", final.stderr
    status = json.loads(subprocess.run([*drill, "status", "--json"], **run).stdout)
    assert status["status"] == "optimal"
    assert_no_leftovers(tmpdir)
