"""The sandbox worker: imports only the learner's file and answers calls.

Started by `drill.sandbox` as `python -m drill.worker RFD WFD LIMITS`, in its own
process group, with stdout/stderr going to a size-capped file. It reads one
request at a time from RFD and answers on WFD.

Everything here shares a process with the learner's code, so nothing here is
trusted by the judge beyond "this is what the solution answered": the answer is
checked in the judge's process. What the worker does is keep its own machinery
out of the solution's casual reach: the protocol pipes move to high, close-on-exec
fd numbers (a solution writing to fds 0..255 never hits them), the interpreter's
builtins and the modules the protocol uses are put back as they were before every
message it reads or writes, and describing a failure is bounded in time and size.
"""

from __future__ import annotations

import builtins
import errno
import gc
import json
import json.decoder
import json.encoder
import os
import struct
import sys
import threading
import time
import traceback

from . import protocol, runner, runtime

STACK_BYTES = 512 * 1024 * 1024
DESCRIBE_SECONDS = 1.0  # how long describing an exception may take (a hostile __str__ may never return)
MESSAGE_CHARS = 2000
TRACE_CHARS = 8000

# Bound before any learner code runs, so that patching json.dumps or os.write cannot garble a reply.
# Not ASCII-escaped: a string that is not valid Unicode (a lone surrogate) then fails here, in the
# worker, instead of reaching the judge and failing when the report is printed.
_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
_WRITE = os.write


class _Pristine:
    """What the worker's own code relies on, as it was before the learner's file ran."""

    MODULES = (builtins, os, json, json.decoder, json.encoder, struct, threading, protocol)

    def __init__(self):
        self.saved = [(vars(m), dict(vars(m))) for m in self.MODULES]

    def restore(self) -> None:
        for namespace, saved in self.saved:
            for name, value in saved.items():
                if namespace.get(name, _MISSING) is not value:
                    namespace[name] = value


_MISSING = object()


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


def _die_with_parent(parent: int | None) -> None:
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except Exception:  # noqa: BLE001 - best effort; the parent also kills the group
        pass
    if parent is not None and os.getppid() != parent:
        os._exit(0)  # the judge died before the signal was armed


def _hide(fd: int) -> int:
    """Move a protocol fd above the fds a solution can open (RLIMIT_NOFILE is lowered to 256 after)."""
    import fcntl
    import resource

    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    floor = 1000 if soft == resource.RLIM_INFINITY or soft > 1024 else max(soft - 24, 3)
    try:
        new = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, floor)
    except OSError:
        os.set_inheritable(fd, False)
        return fd
    os.close(fd)
    return new


def _in_big_thread(fn):
    box: dict = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - every failure becomes a verdict
            box["error"] = e

    # Only the worker's own threads get the big stack; threads a solution starts get the default.
    threading.stack_size(STACK_BYTES)
    try:
        thread = threading.Thread(target=target, name="solution", daemon=True)
        thread.start()
    finally:
        threading.stack_size(0)
    thread.join()
    return box


def _describe(e: BaseException, path: str) -> dict:
    """Name, message and trimmed traceback of a failure, within DESCRIBE_SECONDS and bounded in size."""
    box: dict = {}

    def target():
        box["exception"] = type(e).__name__
        box["message"] = _safe_str(e)
        box["traceback"] = _cut(runner.learner_trace(e, path), TRACE_CHARS)

    thread = threading.Thread(target=target, name="describe", daemon=True)
    try:
        thread.start()
    except BaseException:  # noqa: BLE001 - no thread to be had (memory, say): describe it here
        try:
            target()
        except BaseException:  # noqa: BLE001
            pass
    else:
        thread.join(DESCRIBE_SECONDS)
    if thread.is_alive() or "traceback" not in box:
        name = box.get("exception") or "an exception"
        return {"exception": name, "message": "(its message could not be produced: __str__ failed or never returned)", "traceback": ""}
    return box


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit // 2] + f"\n... {len(text) - limit:,} characters cut ...\n" + text[-limit // 2 :]


class Worker:
    def __init__(self, rfd: int, wfd: int, output_bytes: int = 1024 * 1024):
        self.rfd, self.wfd = rfd, wfd
        self.output_limit = f"{output_bytes / (1024 * 1024):g} MiB"
        self.ns: dict | None = None
        self.spec: dict | None = None
        self.path = ""
        self.display = ""
        self.pristine = _Pristine()

    def handle(self, msg: dict) -> dict:
        op = msg.get("op")
        if op == "load":
            return self.load(msg)
        if op == "run":
            return self.run(msg)
        return {"status": "bad_request", "message": f"unknown op {op!r}"}

    def _shown(self, text: str) -> str:
        """Messages name the file the learner knows, not the snapshot the worker loaded."""
        return text.replace(self.path, self.display) if self.display and self.path else text

    def load(self, msg: dict) -> dict:
        self.path, self.spec = msg["path"], msg["spec"]
        self.display = msg.get("display") or self.path

        def load_and_check():
            ns = runner.load(self.path)
            runner.check_entry(ns, self.spec)
            problem = _signature_problem(ns, self.spec)
            if problem:
                raise runner.LoadError(problem)
            return ns

        box = _in_big_thread(load_and_check)
        if "error" in box:
            e = box["error"]
            if isinstance(e, runner.LoadError):
                return {"status": "compile_error", "message": self._shown(_cut(e.message, MESSAGE_CHARS)), "traceback": self._shown(_cut(e.trace, TRACE_CHARS))}
            if isinstance(e, MemoryError):
                return {"status": "memory", "message": "MemoryError while loading the file"}
            d = _describe(e, self.path)
            return {"status": "compile_error", "message": self._shown(f"{d['exception']}: {d['message']}"), "traceback": ""}
        self.ns = box["value"]
        return {"status": "ok"}

    def run(self, msg: dict) -> dict:
        # The cyclic GC stays off while a call runs and its failure is described, not only for timed
        # calls: unwinding a runaway recursion (a million frames) takes 0.4 s without it and 1.3 s
        # with it, which decides between a RecursionError and a timeout. What a call leaves behind
        # is collected after it.
        gc.disable()
        try:
            return self._run(msg)
        finally:
            gc.enable()

    def _run(self, msg: dict) -> dict:
        ctx: dict = {}
        timed = bool(msg.get("timed"))

        def call():
            if timed:
                gc.collect()
            return runner.run(self.ns, self.spec, msg["mode"], msg["inputs"], ctx), ctx.get("cpu", 0.0)

        wall = time.perf_counter()
        box = _in_big_thread(call)
        wall = time.perf_counter() - wall
        self.pristine.restore()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:  # noqa: BLE001 - the learner may have closed or replaced it
                pass
        if "error" in box:
            e = box.pop("error")
            # The frames' locals (a hoard that ran out of memory, say) are not needed to describe the failure.
            traceback.clear_frames(e.__traceback__)
            reply: dict = {"wall": wall, "op_index": ctx.get("op_index")}
            if isinstance(e, runner.BadInput):
                reply.update(status="bad_input", message=str(e))
            elif isinstance(e, runtime.ResultError):
                reply.update(status="bad_result", message=_cut(_safe_str(e), MESSAGE_CHARS))
            elif isinstance(e, MemoryError) or (isinstance(e, OSError) and e.errno == errno.ENOMEM):
                # mmap and friends report a refused allocation as OSError(ENOMEM), not MemoryError.
                reply.update(status="memory", message="MemoryError", traceback=_describe(e, self.path)["traceback"])
            else:
                d = _describe(e, self.path)
                if isinstance(e, OSError) and e.errno == errno.EFBIG:
                    d["message"] += (
                        f" (output limit: a solution may write {self.output_limit} per call to stdout and stderr"
                        " together, and as much to any file)"
                    )
                reply.update(status="exception", phase=ctx.get("phase", "call"), **d)
            return reply
        out, cpu = box["value"]
        out.update(status="ok", cpu=cpu, wall=wall)
        if "shared_nodes" in ctx:
            out["shared_nodes"] = ctx["shared_nodes"]
        return out

    def serve(self) -> None:
        while True:
            self.pristine.restore()
            try:
                msg = protocol.recv(self.rfd)
            except (EOFError, OSError, protocol.ProtocolError):
                return
            try:
                reply = self.handle(msg)
            except MemoryError:
                reply = {"status": "memory", "message": "MemoryError"}
            except BaseException as e:  # noqa: BLE001 - the worker's own failure (a signal, a broken interpreter)
                reply = {"status": "exception", "phase": "call", "exception": type(e).__name__, "message": "", "traceback": ""}
            self.pristine.restore()
            self.send(reply, msg.get("nonce"))

    def send(self, reply: dict, nonce) -> None:
        reply["nonce"] = nonce
        try:
            body = _ENCODE(reply).encode("utf-8")
        except UnicodeEncodeError:
            if reply.get("status") == "ok":
                reply = {"status": "bad_result", "message": "the answer holds a string that is not valid Unicode (a lone surrogate)"}
            else:  # a failure's message or traceback: keep it, with the odd characters escaped
                reply = {k: v.encode("utf-8", "backslashreplace").decode("utf-8") if isinstance(v, str) else v for k, v in reply.items()}
            reply["nonce"] = nonce
            body = _ENCODE(reply).encode("utf-8")
        except (ValueError, TypeError, RecursionError) as e:
            body = _ENCODE({"status": "bad_result", "message": f"answer cannot be sent: {e}", "nonce": nonce}).encode("utf-8")
        if len(body) > protocol.MAX_MESSAGE:
            body = _ENCODE({"status": "bad_result", "message": "the answer is too large to read back", "nonce": nonce}).encode("utf-8")
        view = memoryview(protocol.HEADER.pack(len(body)) + body)
        while view:
            view = view[_WRITE(self.wfd, view) :]


def _signature_problem(ns: dict, spec: dict) -> str | None:
    """Why the entry point cannot be called with the problem's arguments (self missing, ...), or None.

    The bound methods are taken from an instance made without running __init__,
    so nothing of the learner's runs here but attribute look-ups.
    """
    import inspect

    def visible(params):
        return [p["name"] for p in params if not p.get("hidden")]

    cls = ns.get(spec["class"])
    entries = []  # (what is called, how it is named, the argument names)
    instance = None
    if isinstance(cls, type):
        try:
            instance = cls.__new__(cls)
        except Exception:  # noqa: BLE001 - an unusual class: the call itself will tell
            return None
    if spec["kind"] == "method":
        if isinstance(cls, type) and runner._lookup(cls, spec["method"]):
            entries.append((runner._lookup(instance, spec["method"]), spec["method"], visible(spec["params"])))
        else:
            entries.append((runner._lookup(runner._own_functions(ns), spec["method"]), spec["method"], visible(spec["params"])))
    elif spec["kind"] == "design":
        entries.append((cls, spec["class"], visible(spec.get("init", []))))
        for name, mspec in spec["methods"].items():
            entries.append((runner._lookup(instance, name), name, visible(mspec["params"])))
    elif spec["kind"] == "codec":
        entries.append((runner._lookup(instance, spec["encode"]), spec["encode"], visible(spec["params"])))
        entries.append((runner._lookup(instance, spec["decode"]), spec["decode"], ["data"]))
    for fn, name, args in entries:
        if fn is None:
            continue
        try:
            signature = inspect.signature(fn)
        except (TypeError, ValueError):
            continue  # no signature to read (a builtin): the call itself will tell
        try:
            signature.bind(*args)
        except TypeError as e:
            return (
                f"{name}{signature} cannot be called as {name}({', '.join(args)}): {e}"
                " (is self missing, or is it a staticmethod that still takes self?)"
            )
    return None


def _safe_str(e: BaseException) -> str:
    try:
        return _cut(str(e), MESSAGE_CHARS)
    except BaseException:  # noqa: BLE001
        return "<unprintable>"


def main(argv: list[str]) -> None:
    rfd, wfd, limits = int(argv[1]), int(argv[2]), json.loads(argv[3])
    _die_with_parent(limits.get("parent"))
    rfd, wfd = _hide(rfd), _hide(wfd)
    _set_limits(limits)
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)
    sys.setrecursionlimit(1_000_000)
    Worker(rfd, wfd, int(limits["output_bytes"])).serve()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv)
