"""The judge's side of the sandbox: start a worker, call it with a deadline, kill it.

A worker is a separate Python process in its own process group (session), with
resource limits it applies to itself before importing the learner's file, its
stdout/stderr in an anonymous temporary file (capped per request by
RLIMIT_FSIZE and emptied after every request), its cwd, HOME and TMPDIR in a
temporary folder of its own, and the protocol on a pipe pair of its own. Every
request has a deadline, for sending as well as for the answer; on a deadline,
and at the end of every check, the whole group is killed. The judge is a child
subreaper, so descendants which escaped the group (setsid) come back to it and
are killed too. docs/security.md states what this does and does not prevent.
"""

from __future__ import annotations

import json
import os

import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from enum import Enum

from . import protocol
from .protocol import BatchRequest, LoadRequest, Reply, RunRequest, Status

OUTPUT_BYTES = 1024 * 1024  # what a worker may write to stdout+stderr during one request (and to any one file)
SHOWN_OUTPUT = 4000  # what a report shows of one call's output
STRETCH = 3.0  # a deadline moves by the time the worker spent waiting for a CPU, up to this multiple of it
REAP_SECONDS = 2.0  # how long the judge keeps hunting escaped descendants after a worker is killed


class Ending(str, Enum):
    """How a request ended, as the judge saw it."""

    REPLIED = "replied"  # the worker answered (what it said is in Outcome.reply)
    TIMEOUT = "timeout"  # no answer by the deadline: the worker was killed
    DIED = "died"  # the process ended before answering
    CORRUPTED = "corrupted"  # the channel broke the protocol, or someone but the worker wrote to it


@dataclass
class Outcome:
    """One request, seen from the judge: the worker's reply apart from what the judge measured itself."""

    ending: Ending
    reply: Reply | None = None  # the worker's word (REPLIED only)
    output: str = ""  # what the solution printed during the request (capped)
    output_truncated: bool = False
    peak_mb: int | None = None  # the worker's peak resident memory, read from /proc, never from the worker
    exit_code: int | None = None  # DIED: the exit status, negative for a signal
    detail: str = ""  # DIED or CORRUPTED: what happened

    @property
    def signal(self) -> int | None:
        return -self.exit_code if self.exit_code is not None and self.exit_code < 0 else None


_SUBREAPER = False


def _become_subreaper() -> None:
    global _SUBREAPER
    if _SUBREAPER or not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_CHILD_SUBREAPER = 36
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        _SUBREAPER = True
    except Exception:  # noqa: BLE001 - without it, escaped processes are only caught by group
        pass


def _children() -> list[int]:
    """The judge's child processes (its own and the orphans re-parented to it)."""
    me = os.getpid()
    try:
        pids = []
        for tid in os.listdir(f"/proc/{me}/task"):
            with open(f"/proc/{me}/task/{tid}/children", "rb") as f:
                pids += [int(p) for p in f.read().split()]
        return pids
    except (OSError, ValueError):
        pass  # no /proc/PID/task/TID/children on this kernel: scan every process
    pids = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return pids
    for entry in entries:
        if entry.isdigit() and _stat(int(entry))[0] == me:
            pids.append(int(entry))
    return pids


def _stat(pid: int) -> tuple[int | None, int | None]:
    """(parent pid, session id) of a process; (None, None) once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().decode("ascii", "replace").rsplit(")", 1)[1].split()
        return int(fields[1]), int(fields[3])
    except (OSError, ValueError, IndexError):
        return None, None


def reap_orphans() -> int:
    """Kill and reap processes re-parented to the judge (escaped descendants of workers).

    A killed process hands its own children to the judge as it dies, so this
    repeats until a look finds none. Processes in the judge's own session are
    never touched: a worker and everything it starts live in other sessions
    (a process can leave its session, never join another), so those are the
    judge's own children (a process pool, an editor), not escapees.
    """
    if not _SUBREAPER:
        return 0
    try:
        my_session = os.getsid(0)
    except OSError:
        return 0
    killed = 0
    deadline = time.monotonic() + REAP_SECONDS
    while time.monotonic() < deadline:
        orphans = []
        for pid in _children():
            if pid in _live_workers:
                continue
            parent, session = _stat(pid)
            if parent is None or session == my_session:
                continue
            orphans.append(pid)
        if not orphans:
            break
        for pid in orphans:
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except OSError:
                pass
        for pid in orphans:
            _wait(pid, deadline)
    return killed


def _wait(pid: int, deadline: float) -> None:
    while True:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return
        if done or time.monotonic() > deadline:
            return
        time.sleep(0.002)


def _runqueue_wait(pid: int) -> float | None:
    """Seconds the process's threads have spent runnable but waiting for a CPU."""
    try:
        total = 0
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/schedstat", "rb") as f:
                    total += int(f.read().split()[1])
            except FileNotFoundError:
                continue  # a thread that just ended
        return total / 1e9
    except (OSError, ValueError, IndexError):
        return None


def _peak_mb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


class _Deadline:
    """A request's deadline, moved by the time the worker waited for a CPU.

    On a busy machine a call that needs 1.5 s of its own time can take 3 s of
    wall time; that wait is the machine's, not the solution's, so it does not
    count (up to STRETCH times the limit). Sleeping or blocking counts in full.
    """

    def __init__(self, pid: int, timeout: float):
        self.pid, self.timeout = pid, timeout
        self.start = time.perf_counter()
        self.at = self.start + timeout
        self.base = _runqueue_wait(pid)

    def left(self) -> float:
        now = time.perf_counter()
        if now < self.at:
            return self.at - now
        if self.base is not None:
            waited = _runqueue_wait(self.pid)
            if waited is not None:
                at = self.start + min(self.timeout + max(0.0, waited - self.base), self.timeout * STRETCH)
                if at > now + 0.001:
                    self.at = at
                    return at - now
        return 0.0


_live_workers: set[int] = set()


@dataclass
class _Pending:
    """A request sent and not yet answered."""

    nonce: str
    deadline: _Deadline | None
    outcome: Outcome | None = None  # decided without an answer (the worker had stopped)
    error: BaseException | None = None  # sending failed; reported when the answer is collected
    restart: float | None = None  # a timeout that starts over when the judge starts waiting


def _python_flags() -> list[str]:
    flags = ["-s", "-X", "utf8"]
    if sys.version_info >= (3, 11):
        flags.append("-P")
    return flags


class Worker:
    """One sandboxed process serving one solution file."""

    def __init__(self, path: str, spec: dict, memory_mb: int = 1024, cpu_seconds: int = 120, display: str | None = None):
        _become_subreaper()
        self.memory_mb = memory_mb
        self.path = path
        self.display = display or path  # the path the learner knows (path may be a snapshot of it)
        self.spec = spec
        self.dir = tempfile.mkdtemp(prefix="drill-worker-")
        # Anonymous, append-only: emptied after every request, so RLIMIT_FSIZE caps each request's output,
        # and out of reach of a solution that deletes the files in its cwd.
        out_path = os.path.join(self.dir, ".output")
        self.out_fd = os.open(out_path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_APPEND | os.O_CLOEXEC, 0o600)
        os.unlink(out_path)
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        limits = {"memory_mb": memory_mb, "cpu_seconds": cpu_seconds, "output_bytes": OUTPUT_BYTES, "parent": os.getpid()}
        package_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "PYTHONHASHSEED": "0",
            "PYTHONPATH": package_root,
            "LANG": "C.UTF-8",
            "HOME": self.dir,
            "TMPDIR": self.dir,
        }
        try:
            self.proc = subprocess.Popen(
                [sys.executable, *_python_flags(), "-m", "drill.worker", str(to_child_r), str(from_child_w), json.dumps(limits)],
                stdin=subprocess.DEVNULL,
                stdout=self.out_fd,
                stderr=self.out_fd,
                pass_fds=(to_child_r, from_child_w),
                start_new_session=True,
                cwd=self.dir,
                env=env,
                close_fds=True,
            )
        except BaseException:
            for fd in (to_child_w, from_child_r, self.out_fd):
                os.close(fd)
            shutil.rmtree(self.dir, ignore_errors=True)
            raise
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        _live_workers.add(self.proc.pid)
        self.wfd, self.rfd = to_child_w, from_child_r
        os.set_blocking(self.wfd, False)  # sending has a deadline too: a stuck worker must not block the judge
        self.closed = False

    # ------------------------------------------------------------ requests

    def load(self, timeout: float) -> Outcome:
        return self.finish(self.begin_load(timeout))

    def begin_load(self, timeout: float) -> _Pending:
        """Send the load request now and collect the answer later (finish): the worker imports the
        solution while the judge does its own work. The deadline runs from when the judge starts
        waiting: time the judge spent elsewhere is not the solution's."""
        request = LoadRequest(os.path.abspath(self.path), os.path.abspath(self.display), self.spec)
        pending = self.begin(request.to_message(), timeout)
        pending.restart = timeout
        return pending

    def run(self, mode: str, inputs: list, timeout: float, timed: bool = False) -> Outcome:
        return self.request(RunRequest(mode, inputs, timed).to_message(), timeout)

    def batch(self, mode: str, items: list, timeout: float, stop_after: float | None = None) -> list[Outcome]:
        """Several inputs in one request (protocol.BatchRequest): one Outcome per input run, each reply
        within its own `timeout` from the one before, exactly as single calls would be judged; stops
        after the first input that does not return normally, or (the worker is then stopped) once
        `stop_after` seconds have passed."""
        pending = self.begin(BatchRequest(mode, items).to_message(), timeout)
        start = time.perf_counter()
        outcomes: list[Outcome] = []
        for i in range(len(items)):
            if i:
                if stop_after is not None and time.perf_counter() - start > stop_after:
                    self.kill()  # it is running an input nobody will look at
                    break
                pending.deadline = _Deadline(self.proc.pid, timeout)
            out = self.finish(pending, in_batch=True)
            outcomes.append(out)
            if out.ending is not Ending.REPLIED or out.reply.status is not Status.OK:
                break
        if not self.closed:
            self._new_output()  # each input's output came in its reply; empty the file for the next request
        return outcomes

    def request(self, message: dict, timeout: float) -> Outcome:
        return self.finish(self.begin(message, timeout))

    def begin(self, message: dict, timeout: float) -> _Pending:
        """Send a request; its deadline runs from now."""
        if self.closed:
            return _Pending("", None, Outcome(Ending.DIED, detail="the worker had already stopped"))
        nonce = os.urandom(8).hex()
        message["nonce"] = nonce
        pending = _Pending(nonce, _Deadline(self.proc.pid, timeout))
        try:
            self._send(protocol.encode(message), pending.deadline)
        except (TimeoutError, EOFError, OSError) as e:
            pending.error = e
        return pending

    def finish(self, pending: _Pending, in_batch: bool = False) -> Outcome:
        """The answer to a request sent with begin(), within its deadline. In a batch the worker is
        already running the next input when an answer arrives: its output comes with the reply (the
        file, being written, is left alone) unless the worker is dead."""
        if pending.outcome is not None:
            return pending.outcome
        if pending.restart is not None:
            pending.deadline = _Deadline(self.proc.pid, pending.restart)
        nonce, deadline = pending.nonce, pending.deadline
        try:
            if pending.error is not None:
                raise pending.error
            answer = self._recv(deadline)
        except TimeoutError:
            peak = _peak_mb(self.proc.pid)
            self.kill()
            return self._outcome(Ending.TIMEOUT, peak_mb=peak)
        except (EOFError, OSError):
            return self._died()
        except protocol.ProtocolError as e:
            self.kill()
            return self._outcome(Ending.CORRUPTED, detail=f"the judge's channel was corrupted ({e})")
        if answer.get("nonce") != nonce:
            self.kill()
            return self._outcome(Ending.CORRUPTED, detail="the judge's channel was written to by the solution")
        peak = _peak_mb(self.proc.pid)
        try:
            reply = Reply.from_message(answer)
        except protocol.ProtocolError as e:
            self.kill()
            return self._outcome(Ending.CORRUPTED, detail=f"the solution's process sent a malformed answer ({e})")
        if in_batch:
            output = reply.output[:SHOWN_OUTPUT]
            truncated = reply.output_truncated or len(reply.output) > SHOWN_OUTPUT
            return Outcome(Ending.REPLIED, reply, output, truncated, peak_mb=peak)
        return self._outcome(Ending.REPLIED, reply=reply, peak_mb=peak)

    def _outcome(self, ending: Ending, **facts) -> Outcome:
        output, truncated = self._new_output()
        return Outcome(ending, output=output, output_truncated=truncated, **facts)

    def _send(self, data: bytes, deadline: _Deadline) -> None:
        view = memoryview(data)
        while view:
            left = deadline.left()
            if left <= 0:
                raise TimeoutError
            _, ready, _ = select.select([], [self.wfd], [], left)
            if not ready:
                continue
            try:
                view = view[os.write(self.wfd, view[: 1 << 16]) :]
            except BlockingIOError:
                continue

    def _recv(self, deadline: _Deadline) -> dict:
        size = protocol.body_size(self._read(protocol.HEADER.size, deadline))
        return protocol.decode(self._read(size, deadline))

    def _read(self, n: int, deadline: _Deadline) -> bytes:
        chunks = []
        while n:
            left = deadline.left()
            if left <= 0:
                raise TimeoutError
            ready, _, _ = select.select([self.rfd], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.rfd, min(n, 1 << 20))
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def _died(self) -> Outcome:
        try:
            code = self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            code = None
        self.kill()
        return self._outcome(Ending.DIED, exit_code=code, detail=describe_exit(code))

    def _new_output(self) -> tuple[str, bool]:
        """What the worker printed since the last request; the file is emptied for the next one."""
        try:
            size = os.fstat(self.out_fd).st_size
            data = os.pread(self.out_fd, min(size, SHOWN_OUTPUT * 4), 0)
            os.ftruncate(self.out_fd, 0)
        except (OSError, ValueError):
            return "", False
        text = data.decode("utf-8", "replace")
        return text[:SHOWN_OUTPUT], len(text) > SHOWN_OUTPUT or size > len(data)

    def target(self, path: str, spec: dict, display: str | None = None) -> None:
        """Point a worker started in advance (and not loaded yet) at the file it will load."""
        self.path, self.spec, self.display = path, spec, display or path

    # ------------------------------------------------------------ ending

    def signal_kill(self) -> None:
        """Kill the worker's process group from any thread; the thread using the worker sees it die."""
        if not self.closed:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

    def kill(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        _live_workers.discard(self.proc.pid)
        for fd in (self.wfd, self.rfd):
            try:
                os.close(fd)
            except OSError:
                pass
        reap_orphans()

    def close(self) -> None:
        self.kill()
        if self.out_fd >= 0:
            try:
                os.close(self.out_fd)
            except OSError:
                pass
            self.out_fd = -1
        # The solution may have emptied, filled or removed its folder: never fail on it.
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def describe_exit(code: int | None) -> str:
    if code is None:
        return "the process stopped answering"
    if code < 0:
        sig = -code
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        if sig == signal.SIGSEGV:
            return f"crashed with {name} (a C stack overflow, often from very deep recursion)"
        if sig == signal.SIGXCPU:
            return f"killed by {name}: CPU time limit"
        if sig == signal.SIGXFSZ:
            return f"killed by {name}: output file size limit"
        return f"killed by {name}"
    return f"exited with status {code} before answering (sys.exit or os._exit?)"
