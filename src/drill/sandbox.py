"""The judge's side of the sandbox: start a worker, call it with a deadline, kill it.

A worker is a separate Python process in its own process group (session), with
resource limits it applies to itself before importing the learner's file, its
stdout/stderr in a size-capped temporary file, and the protocol on a pipe pair
of its own. On a deadline, and at the end of every check, the whole group is
killed; the judge is a child subreaper so that descendants which escaped the
group (setsid) come back to it and are killed too.
"""

from __future__ import annotations

import json
import os
import secrets
import select
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

from . import protocol

OUTPUT_BYTES = 1024 * 1024  # what a worker may write to stdout+stderr in all
SHOWN_OUTPUT = 4000  # what a report shows of one call's output


@dataclass
class Outcome:
    """What happened to one request, seen from the judge."""

    status: str  # ok | exception | bad_result | memory | timeout | died | compile_error | bad_input
    reply: dict
    output: str = ""
    output_truncated: bool = False
    wall: float = 0.0

    def get(self, key, default=None):
        return self.reply.get(key, default)


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


def reap_orphans(keep: set[int] = frozenset()) -> int:
    """Kill and reap processes re-parented to the judge (escaped descendants)."""
    if not _SUBREAPER:
        return 0
    me, killed = os.getpid(), 0
    try:
        entries = os.listdir("/proc")
    except OSError:
        return 0
    for entry in entries:
        if not entry.isdigit() or int(entry) in keep:
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read().decode("ascii", "replace")
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == me and int(entry) not in _live_workers:
            try:
                os.kill(int(entry), signal.SIGKILL)
                killed += 1
            except OSError:
                pass
    if killed:
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                time.sleep(0.01)
    return killed


_live_workers: set[int] = set()


def _python_flags() -> list[str]:
    flags = ["-s", "-X", "utf8"]
    if sys.version_info >= (3, 11):
        flags.append("-P")
    return flags


class Worker:
    """One sandboxed process serving one solution file."""

    def __init__(self, path: str, spec: dict, memory_mb: int = 1024, cpu_seconds: int = 120):
        _become_subreaper()
        self.path = path
        self.spec = spec
        self.dir = tempfile.TemporaryDirectory(prefix="drill-worker-")
        self.out = open(os.path.join(self.dir.name, ".output"), "w+b")
        self.out_pos = 0
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        limits = {"memory_mb": memory_mb, "cpu_seconds": cpu_seconds, "output_bytes": OUTPUT_BYTES}
        package_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "PYTHONHASHSEED": "0",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONPATH": package_root,
            "LANG": "C.UTF-8",
            "HOME": self.dir.name,
        }
        try:
            self.proc = subprocess.Popen(
                [sys.executable, *_python_flags(), "-m", "drill.worker", str(to_child_r), str(from_child_w), json.dumps(limits)],
                stdin=subprocess.DEVNULL,
                stdout=self.out,
                stderr=self.out,
                pass_fds=(to_child_r, from_child_w),
                start_new_session=True,
                cwd=self.dir.name,
                env=env,
                close_fds=True,
            )
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        _live_workers.add(self.proc.pid)
        self.wfd, self.rfd = to_child_w, from_child_r
        self.closed = False

    # ------------------------------------------------------------ requests

    def load(self, timeout: float) -> Outcome:
        return self.request({"op": "load", "path": os.path.abspath(self.path), "spec": self.spec}, timeout)

    def run(self, mode: str, inputs: list, timeout: float, timed: bool = False) -> Outcome:
        return self.request({"op": "run", "mode": mode, "inputs": inputs, "timed": timed}, timeout)

    def request(self, message: dict, timeout: float) -> Outcome:
        if self.closed:
            return Outcome("died", {"message": "worker already stopped"})
        nonce = secrets.token_hex(8)
        message["nonce"] = nonce
        start = time.perf_counter()
        try:
            protocol.send(self.wfd, message)
        except OSError:
            return self._died(start)
        deadline = start + timeout
        try:
            reply = self._recv(deadline)
        except TimeoutError:
            self.kill()
            out, trunc = self._new_output()
            return Outcome("timeout", {}, out, trunc, time.perf_counter() - start)
        except (EOFError, OSError):
            return self._died(start)
        except protocol.ProtocolError as e:
            self.kill()
            out, trunc = self._new_output()
            return Outcome("died", {"message": f"the judge's channel was corrupted ({e})"}, out, trunc)
        wall = time.perf_counter() - start
        out, trunc = self._new_output()
        if reply.get("nonce") != nonce:
            self.kill()
            return Outcome("died", {"message": "the judge's channel was written to by the solution"}, out, trunc, wall)
        return Outcome(reply.get("status", "died"), reply, out, trunc, wall)

    def _recv(self, deadline: float) -> dict:
        header = self._read(protocol.HEADER.size, deadline)
        (size,) = protocol.HEADER.unpack(header)
        if size > protocol.MAX_MESSAGE:
            raise protocol.ProtocolError(f"message of {size} bytes")
        body = self._read(size, deadline)
        try:
            message = json.loads(body)
        except ValueError as e:
            raise protocol.ProtocolError(str(e)) from None
        if not isinstance(message, dict):
            raise protocol.ProtocolError("not an object")
        return message

    def _read(self, n: int, deadline: float) -> bytes:
        chunks = []
        while n:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError
            ready, _, _ = select.select([self.rfd], [], [], left)
            if not ready:
                raise TimeoutError
            chunk = os.read(self.rfd, min(n, 1 << 20))
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def _died(self, start: float) -> Outcome:
        try:
            code = self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            code = None
        self.kill()
        out, trunc = self._new_output()
        return Outcome("died", {"returncode": code, "message": describe_exit(code)}, out, trunc, time.perf_counter() - start)

    def _new_output(self) -> tuple[str, bool]:
        try:
            self.out.seek(0, os.SEEK_END)
            end = self.out.tell()
            self.out.seek(self.out_pos)
            data = self.out.read(min(end - self.out_pos, SHOWN_OUTPUT * 4))
            self.out_pos = end
        except (OSError, ValueError):
            return "", False
        text = data.decode("utf-8", "replace")
        truncated = len(text) > SHOWN_OUTPUT or end >= OUTPUT_BYTES
        return text[:SHOWN_OUTPUT], truncated

    # ------------------------------------------------------------ ending

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
        try:
            self.out.close()
        except OSError:
            pass
        self.dir.cleanup()

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
