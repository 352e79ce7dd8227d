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
import signal
import struct
import sys
import threading
import traceback

from . import bigstack, entries, protocol, runtime, solution
from .protocol import BatchRequest, LoadRequest, Reply, RunRequest, Status

DESCRIBE_SECONDS = 1.0  # how long describing an exception may take (a hostile __str__ may never return)
MESSAGE_CHARS = 2000
# Deep enough for every recursive solution the bank's constraints allow (a path of 10^5 nodes, with a
# wrapper frame per level), shallow enough that runaway recursion ends in a RecursionError in well under
# a second (250k frames: 0.7 s, 86 MB; 10^6 frames took 3 s and 305 MB, past the per-call deadline).
LEARNER_RECURSION = 250_000
TRACE_CHARS = 8000
# RLIMIT_AS is a backstop above the memory limit: the call thread's stack is reserved address space,
# and an idle interpreter with the prelude loaded already reserves a few hundred MB.
ADDRESS_SPACE_ROOM = bigstack.STACK_BYTES + 512 * 1024 * 1024


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
_WRITE = os.write  # bound before any learner code runs


def _set_limits(limits: dict) -> None:
    import resource

    def cap(which, soft, hard=None):
        try:
            resource.setrlimit(which, (soft, soft if hard is None else hard))
        except (ValueError, OSError):
            pass

    cap(resource.RLIMIT_AS, int(limits["memory_mb"]) * 1024 * 1024 + ADDRESS_SPACE_ROOM)
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


def _describe(e: BaseException, path: str) -> tuple[str, str, str]:
    """(exception name, message, trimmed traceback) of a failure, within DESCRIBE_SECONDS and bounded in size."""
    box: dict = {}

    def target():
        box["exception"] = type(e).__name__
        box["message"] = _safe_str(e)
        box["traceback"] = _cut(solution.learner_trace(e, path), TRACE_CHARS)

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
        return name, "(its message could not be produced: __str__ failed or never returned)", ""
    return box["exception"], box["message"], box["traceback"]


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit // 2] + f"\n... {len(text) - limit:,} characters cut ...\n" + text[-limit // 2 :]


def _safe_str(e: BaseException) -> str:
    try:
        return _cut(str(e), MESSAGE_CHARS)
    except BaseException:  # noqa: BLE001
        return "<unprintable>"


_OUTPUT_FD: list[int] = []  # the output file, duplicated before any learner code runs (it may close fd 1)


SHOWN_OUTPUT_BYTES = 16000  # what an input's reply carries of its output (the report shows less)


def _empty_output() -> None:
    try:
        os.ftruncate(_OUTPUT_FD[0], 0)
    except (OSError, IndexError):
        pass


def _read_output() -> tuple[str, bool]:
    """What the input just run printed (the file is emptied before each input of a batch)."""
    try:
        fd = _OUTPUT_FD[0]
        size = os.fstat(fd).st_size
        data = os.pread(fd, min(size, SHOWN_OUTPUT_BYTES), 0) if size else b""
    except (OSError, IndexError):
        return "", False
    return data.decode("utf-8", "replace"), size > len(data)


class Worker:
    def __init__(self, rfd: int, wfd: int, output_bytes: int = 1024 * 1024):
        self.rfd, self.wfd = rfd, wfd
        self.output_limit = f"{output_bytes / (1024 * 1024):g} MiB"
        self.ns: dict | None = None
        self.entry: entries.Entry | None = None
        self.path = ""
        self.display = ""
        self.pristine = _Pristine()
        self._ctx: dict = {}

    def handle(self, message: dict) -> Reply | None:
        """The reply to a request (None: a batch sent its replies as it went)."""
        try:
            request = protocol.parse_request(message)
        except protocol.ProtocolError as e:
            return Reply(Status.BAD_REQUEST, message=str(e))
        if isinstance(request, LoadRequest):
            return self.load(request)
        if self.ns is None:
            return Reply(Status.BAD_REQUEST, message="run before load")
        if isinstance(request, BatchRequest):
            return self.batch(request, message.get("nonce"))
        return self.run(request)

    def _shown(self, text: str) -> str:
        """Messages name the file the learner knows, not the snapshot the worker loaded."""
        return text.replace(self.path, self.display) if self.display and self.path else text

    def load(self, request: LoadRequest) -> Reply:
        self.path, self.display = request.path, request.display
        try:
            entry = entries.from_spec(request.spec)
        except (KeyError, TypeError) as e:
            return Reply(Status.BAD_REQUEST, message=f"malformed entry spec: {e}")

        def load_and_check():
            ns = solution.load(self.path)
            entry.check(ns)
            problem = entry.signature_problem(ns)
            if problem:
                raise solution.LoadError(problem)
            return ns

        ns, error = bigstack.run(load_and_check, name="solution")
        if error is not None:
            if isinstance(error, solution.LoadError):
                return Reply(
                    Status.COMPILE_ERROR,
                    message=self._shown(_cut(error.message, MESSAGE_CHARS)),
                    traceback=self._shown(_cut(error.trace, TRACE_CHARS)),
                )
            if isinstance(error, MemoryError):
                return Reply(Status.MEMORY, message="MemoryError while loading the file")
            name, message, _ = _describe(error, self.path)
            return Reply(Status.COMPILE_ERROR, message=self._shown(f"{name}: {message}"))
        self.ns, self.entry = ns, entry
        # What exists now (the interpreter, the prelude, the solution's module) lives as long as the
        # worker: out of the cyclic GC's way, so that collections between calls stay cheap.
        gc.freeze()
        return Reply(Status.OK)

    def run(self, request: RunRequest) -> Reply:
        # The cyclic GC stays off while a call runs and its failure is described, not only for timed
        # calls: unwinding a runaway recursion (a million frames) takes 0.4 s without it and 1.3 s
        # with it, which decides between a RecursionError and a timeout. What a call leaves behind
        # is collected after it.
        gc.disable()
        try:
            out, error = bigstack.run(lambda: self._call(request.mode, request.inputs), name="solution")
            return self._reply(*out) if error is None else self._failed(error, self._ctx)
        finally:
            gc.enable()

    def batch(self, request: BatchRequest, nonce) -> Reply | None:
        """Every input in turn on one big-stack thread, each judged as a call of its own would be, its
        reply sent as soon as it is made (the judge gives each its own deadline); stops after the first
        that does not return normally. The output file is emptied before each input, so that the output
        limit holds per input, as for single calls; each reply carries its input's output."""

        def run_all():
            for inputs in request.items:
                _empty_output()
                gc.disable()
                try:
                    reply = self._reply(*self._call(request.mode, inputs))
                except BaseException as e:  # noqa: BLE001 - every failure becomes a verdict
                    reply = self._failed(e, self._ctx)
                finally:
                    gc.enable()
                reply.output, reply.output_truncated = _read_output()
                self.send(reply, nonce)
                if reply.status is not Status.OK:
                    return

        _, error = bigstack.run(run_all, name="solution")
        if error is not None:  # the worker's own failure between inputs (a signal): one more reply says so
            return self._failed(error, {})
        return None

    def _call(self, mode: str, inputs: list) -> tuple[dict, dict]:
        """One input through the entry; (its result, its context). Restores what the worker relies on."""
        self._ctx = ctx = {}
        try:
            return self.entry.run(self.ns, mode, inputs, ctx), ctx
        finally:
            self.pristine.restore()
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except BaseException:  # noqa: BLE001 - the learner may have closed or replaced it
                    pass

    def _reply(self, out: dict, ctx: dict) -> Reply:
        return Reply(
            Status.OK,
            result=out["result"],
            args_after=out.get("args_after", {}),
            returned_value=out.get("returned_value", False),
            cpu=ctx.get("cpu", 0.0),
            slips=out.get("slips", []),
        )

    def _failed(self, error: BaseException, ctx: dict) -> Reply:
        """What a call that raised answers (the call's own exception, or the read-back's)."""
        cpu, op_index = ctx.get("cpu", 0.0), ctx.get("op_index")
        # The frames' locals (a hoard that ran out of memory, say) are not needed to describe the failure.
        traceback.clear_frames(error.__traceback__)
        if isinstance(error, entries.BadInput):
            return Reply(Status.BAD_INPUT, message=str(error), op_index=op_index)
        if isinstance(error, runtime.ResultError):
            message = _cut(error.describe(), MESSAGE_CHARS)
            return Reply(Status.BAD_RESULT, result=error.value, message=message, op_index=op_index, cpu=cpu)
        name, message, trace = _describe(error, self.path)
        if isinstance(error, MemoryError) or (isinstance(error, OSError) and error.errno == errno.ENOMEM):
            # mmap and friends report a refused allocation as OSError(ENOMEM), not MemoryError.
            return Reply(Status.MEMORY, exception=name, message=message, traceback=trace, op_index=op_index)
        if isinstance(error, OSError) and error.errno == errno.EFBIG:
            message += (
                f" (output limit: a solution may write {self.output_limit} per call to stdout and stderr"
                " together, and as much to any file)"
            )
        return Reply(Status.EXCEPTION, exception=name, message=message, traceback=trace, op_index=op_index)

    def serve(self) -> None:
        while True:
            self.pristine.restore()
            try:
                message = protocol.recv(self.rfd)
            except (EOFError, OSError, protocol.ProtocolError):
                return
            try:
                reply = self.handle(message)
            except MemoryError:
                reply = Reply(Status.MEMORY, message="MemoryError")
            except BaseException as e:  # noqa: BLE001 - the worker's own failure (a signal, a broken interpreter)
                reply = Reply(Status.EXCEPTION, exception=type(e).__name__)
            self.pristine.restore()
            if reply is not None:
                self.send(reply, message.get("nonce"))

    def send(self, reply: Reply, nonce) -> None:
        message = reply.to_message()
        message["nonce"] = nonce
        try:
            data = protocol.encode(message)
        except UnicodeEncodeError:
            if reply.status is Status.OK:
                fallback = Reply(Status.BAD_RESULT, message="the answer holds a string that is not valid Unicode (a lone surrogate)")
                message = fallback.to_message()
            else:  # a failure's message or traceback: keep it, with the odd characters escaped
                message = {k: v.encode("utf-8", "backslashreplace").decode("utf-8") if isinstance(v, str) else v for k, v in message.items()}
            message["nonce"] = nonce
            data = protocol.encode(message)
        except (ValueError, TypeError, RecursionError, protocol.ProtocolError) as e:
            reason = "the answer is too large to read back" if isinstance(e, protocol.ProtocolError) else f"answer cannot be sent: {e}"
            data = protocol.encode(Reply(Status.BAD_RESULT, message=reason).to_message() | {"nonce": nonce})
        protocol.write_all(self.wfd, data, write=_WRITE)


def main(argv: list[str]) -> None:
    rfd, wfd, limits = int(argv[1]), int(argv[2]), json.loads(argv[3])
    _die_with_parent(limits.get("parent"))
    rfd, wfd = _hide(rfd), _hide(wfd)
    _OUTPUT_FD.append(_hide(os.dup(1)))
    _set_limits(limits)
    # SIGINT raises KeyboardInterrupt, even when drill was started with it ignored (a background job
    # inherits SIG_IGN): a solution that interrupts itself gets the same verdict however drill runs.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)
    sys.setrecursionlimit(LEARNER_RECURSION)
    Worker(rfd, wfd, int(limits["output_bytes"])).serve()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv)
