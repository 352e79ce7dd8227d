"""The sandbox worker: imports only the learner's file and answers calls.

Started by `drill.sandbox` as `python -m drill.worker RFD WFD LIMITS`, in its own
process group, with stdout/stderr going to a size-capped file. It reads one
request at a time from RFD and answers on WFD.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import threading
import time

from . import protocol, runner, runtime

STACK_BYTES = 512 * 1024 * 1024


def _set_limits(limits: dict) -> None:
    import resource

    def cap(which, soft, hard=None):
        try:
            resource.setrlimit(which, (soft, soft if hard is None else hard))
        except (ValueError, OSError):
            pass

    cap(resource.RLIMIT_AS, int(limits["memory_mb"]) * 1024 * 1024 + STACK_BYTES + 512 * 1024 * 1024)
    cap(resource.RLIMIT_CPU, int(limits["cpu_seconds"]), int(limits["cpu_seconds"]) + 1)
    cap(resource.RLIMIT_FSIZE, int(limits["output_bytes"]))
    cap(resource.RLIMIT_NOFILE, 256)
    cap(resource.RLIMIT_CORE, 0)
    try:
        cap(resource.RLIMIT_NPROC, 64)
    except AttributeError:
        pass


def _die_with_parent() -> None:
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except Exception:  # noqa: BLE001 - best effort; the parent also kills the group
        pass


def _in_big_thread(fn):
    box: dict = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - every failure becomes a verdict
            box["error"] = e

    thread = threading.Thread(target=target, name="solution", daemon=True)
    thread.start()
    thread.join()
    return box


class Worker:
    def __init__(self, rfd: int, wfd: int):
        self.rfd, self.wfd = rfd, wfd
        self.ns: dict | None = None
        self.spec: dict | None = None
        self.path = ""

    def handle(self, msg: dict) -> dict:
        op = msg.get("op")
        if op == "load":
            return self.load(msg)
        if op == "run":
            return self.run(msg)
        return {"status": "bad_request", "message": f"unknown op {op!r}"}

    def load(self, msg: dict) -> dict:
        self.path, self.spec = msg["path"], msg["spec"]
        box = _in_big_thread(lambda: runner.load(self.path))
        if "error" in box:
            e = box["error"]
            if isinstance(e, runner.LoadError):
                return {"status": "compile_error", "message": e.message, "traceback": e.trace}
            if isinstance(e, MemoryError):
                return {"status": "memory", "message": "MemoryError while loading the file"}
            return {"status": "compile_error", "message": f"{type(e).__name__}: {e}", "traceback": ""}
        self.ns = box["value"]
        try:
            runner.check_entry(self.ns, self.spec)
        except runner.LoadError as e:
            return {"status": "compile_error", "message": e.message, "traceback": ""}
        return {"status": "ok"}

    def run(self, msg: dict) -> dict:
        ctx: dict = {}
        timed = bool(msg.get("timed"))

        def call():
            if timed:
                gc.collect()
                gc.disable()
            try:
                return runner.run(self.ns, self.spec, msg["mode"], msg["inputs"], ctx), ctx.get("cpu", 0.0)
            finally:
                if timed:
                    gc.enable()

        wall = time.perf_counter()
        box = _in_big_thread(call)
        wall = time.perf_counter() - wall
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:  # noqa: BLE001 - the learner may have closed or replaced it
                pass
        if "error" in box:
            e = box["error"]
            reply: dict = {"wall": wall, "op_index": ctx.get("op_index")}
            if isinstance(e, runner.BadInput):
                reply.update(status="bad_input", message=str(e))
            elif isinstance(e, runtime.ResultError):
                reply.update(status="bad_result", message=str(e))
            elif isinstance(e, MemoryError):
                reply.update(status="memory", message="MemoryError", traceback=runner.learner_trace(e, self.path))
            else:
                reply.update(
                    status="exception",
                    phase=ctx.get("phase", "call"),
                    exception=type(e).__name__,
                    message=_safe_str(e),
                    traceback=runner.learner_trace(e, self.path),
                )
            return reply
        out, cpu = box["value"]
        out.update(status="ok", cpu=cpu, wall=wall)
        if "shared_nodes" in ctx:
            out["shared_nodes"] = ctx["shared_nodes"]
        return out

    def serve(self) -> None:
        while True:
            try:
                msg = protocol.recv(self.rfd)
            except (EOFError, OSError, protocol.ProtocolError):
                return
            reply = self.handle(msg)
            reply["nonce"] = msg.get("nonce")
            try:
                data = protocol.encode(reply)
            except (ValueError, TypeError, RecursionError) as e:
                data = protocol.encode({"status": "bad_result", "message": f"answer cannot be sent: {e}", "nonce": msg.get("nonce")})
            if len(data) > protocol.MAX_MESSAGE:
                data = protocol.encode({"status": "bad_result", "message": "the answer is too large to read back", "nonce": msg.get("nonce")})
            protocol.write_all(self.wfd, data)


def _safe_str(e: BaseException) -> str:
    try:
        return str(e)[:2000]
    except BaseException:  # noqa: BLE001
        return "<unprintable>"


def main(argv: list[str]) -> None:
    rfd, wfd, limits = int(argv[1]), int(argv[2]), json.loads(argv[3])
    _die_with_parent()
    _set_limits(limits)
    sys.set_int_max_str_digits(0)
    sys.setrecursionlimit(1_000_000)
    threading.stack_size(STACK_BYTES)
    # Keep the learner's stdin from blocking on the terminal.
    Worker(rfd, wfd).serve()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv)
