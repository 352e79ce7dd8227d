"""`drill watch`, driven by real file writes (and, in a real terminal, by keys through tmux)."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ACCEPTED = (REPO / "bench" / "solutions" / "two-sum.py").read_text()
WRONG = (REPO / "problems" / "two-sum" / "mutants" / "value_set.py").read_text()
# Correct but slow in wall time (sleep): a check of it takes seconds, long enough to save again meanwhile.
SLOW = ACCEPTED.replace("class Solution:", "import time as _t\n\nclass Solution:") + (
    "\n_solve = Solution.twoSum\nSolution.twoSum = lambda self, nums, target: (_t.sleep(0.05), _solve(self, nums, target))[1]\n"
)
RESULT = ("✓", "✗")


@pytest.fixture
def workspace(tmp_path):
    env = dict(os.environ, DRILL_HOME=str(tmp_path / "ws"), NO_COLOR="1", PYTHONUNBUFFERED="1")
    env.pop("DRILL_CLOCK_OFFSET", None)
    r = subprocess.run([sys.executable, "-m", "drill", "start", "two-sum"], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return env, tmp_path / "ws" / "solutions" / "two-sum.py"


class Watch:
    """`drill watch` in a subprocess, its stdout read line by line by a thread."""

    def __init__(self, env):
        # Ctrl-C as at a terminal, even when the tests run as a background job (which ignores SIGINT).
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "drill", "watch"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        self.lines: queue.Queue = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, predicate, timeout: float = 90.0) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            self.seen.append(line)
            if predicate(line):
                return line
        raise AssertionError(f"not seen within {timeout} s; output so far:\n" + "\n".join(self.seen))

    def results(self, settle: float = 3.0) -> list[str]:
        """Every result line printed until nothing more comes for `settle` seconds."""
        out = []
        while True:
            try:
                line = self.lines.get(timeout=settle)
            except queue.Empty:
                return out
            self.seen.append(line)
            if line.startswith(RESULT):
                out.append(line)

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGINT)
        return self.proc.wait(timeout=30)


def save(path: Path, text: str) -> None:
    path.write_text(text)


def save_by_rename(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.swp-new")
    tmp.write_text(text)
    os.replace(tmp, path)


def test_saves_are_checked_once_each_however_the_editor_writes(workspace):
    env, path = workspace
    watch = Watch(env)
    try:
        watch.wait_for(lambda line: line.startswith("Watching"))
        # The untouched stub is not checked (it would count as a wrong submission): the first save is.
        watch.wait_for(lambda line: "is still the stub" in line)
        save(path, WRONG)  # a plain save
        assert watch.wait_for(lambda line: line.startswith(RESULT)).startswith("✗ Wrong Answer")
        save_by_rename(path, ACCEPTED)  # an editor that writes a new file and renames it over the old one
        assert watch.wait_for(lambda line: line.startswith(RESULT)).startswith("✓ Accepted")
        watch.wait_for(lambda line: line.startswith("Next:"))
        save(path, WRONG)  # two saves in a row: one check
        save(path, WRONG + "\n")
        assert [r[:14] for r in watch.results()] == ["✗ Wrong Answer"]
    finally:
        code = watch.stop()
    assert code == 130
    status = subprocess.run([sys.executable, "-m", "drill", "status", "--json"], env=env, capture_output=True, text=True)
    assert "\"attempts\": 3" in status.stdout, status.stdout  # wrong, accepted, wrong: the stub was never counted
    assert "Stopped watching two-sum" in "\n".join(watch.seen + [watch.lines.get() for _ in range(watch.lines.qsize())])


def test_a_save_during_a_check_cancels_it_for_a_fresh_one(workspace):
    env, path = workspace
    save(path, WRONG)
    watch = Watch(env)
    try:
        watch.wait_for(lambda line: line.startswith(RESULT))
        save(path, SLOW)  # its check takes seconds (a sleep in every call) ...
        time.sleep(1.5)
        save(path, ACCEPTED)  # ... and is cancelled by this save
        results = watch.results(settle=8.0)
    finally:
        watch.stop()
    assert [r[:10] for r in results] == ["✓ Accepted"], watch.seen
    # The cancelled check was never recorded: the wrong check, then the accepted one.
    status = subprocess.run([sys.executable, "-m", "drill", "status", "--json"], env=env, capture_output=True, text=True)
    assert '"attempts": 2' in status.stdout


def test_watch_refuses_a_problem_not_started(tmp_path):
    env = dict(os.environ, DRILL_HOME=str(tmp_path / "ws"), NO_COLOR="1")
    r = subprocess.run([sys.executable, "-m", "drill", "watch", "3sum"], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "start the problem first (drill start 3sum)" in r.stderr
    assert "Traceback" not in r.stderr


def _drill_processes(marker: str) -> list[str]:
    """drill's processes (the command, its workers) whose environment names this test's workspace."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                environ = f.read()
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read()
        except OSError:
            continue
        if marker.encode() in environ and b"-m\x00drill" in cmdline and int(pid) != os.getpid():
            found.append(pid)
    return found


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_in_a_real_terminal_a_save_shows_a_new_verdict_and_q_quits(workspace, tmp_path):
    env, path = workspace
    session = f"drill-watch-{os.getpid()}"
    socket = str(tmp_path / "tmux.sock")
    marker = env["DRILL_HOME"]
    command = f"cd {tmp_path} && {sys.executable} -m drill watch; echo EXITED $?; sleep 30"
    tmux = ["tmux", "-S", socket]
    subprocess.run([*tmux, "new-session", "-d", "-s", session, "-x", "120", "-y", "50", command], env=env, check=True)

    def screen() -> str:
        return subprocess.run([*tmux, "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout

    def wait(text: str, timeout: float = 90.0) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            shown = screen()
            if text in shown:
                return shown
            time.sleep(0.2)
        raise AssertionError(f"{text!r} not on screen:\n{screen()}")

    try:
        first = wait("q quit")
        assert "two-sum ·" in first and "attempts" in first  # the one-line header
        wait("is still the stub")  # not checked: nobody submitted it
        save(path, WRONG)
        wait("Wrong Answer")
        save(path, ACCEPTED)
        shown = wait("n next problem")  # the keys line comes last: the whole screen is drawn
        assert "Accepted" in shown
        assert "Wrong Answer" not in shown  # the screen was cleared before the new result
        # r: the learner's own box (solutions/two-sum.input.txt), beside the reference, recorded as a run.
        (path.parent / "two-sum.input.txt").write_text("[5,7,1]\n8\n[2,2]\n4\n")
        subprocess.run([*tmux, "send-keys", "-t", session, "r"], check=True)
        shown = wait("two-sum.input.txt; edit it")
        assert "2/2 cases match the reference" in shown
        subprocess.run([*tmux, "send-keys", "-t", session, "q"], check=True)
        assert "EXITED 0" in wait("EXITED")
        deadline = time.monotonic() + 10
        while _drill_processes(marker) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _drill_processes(marker), "drill left processes running after q"
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
