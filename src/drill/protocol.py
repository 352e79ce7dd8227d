"""The worker protocol: framing and message schema, for both ends of the pipe.

Messages are length-prefixed JSON objects on a pipe pair of their own (never
stdout). The judge sends one request at a time (`LoadRequest`, `RunRequest`);
the worker answers each with one `Reply`. A reply is only what the solution's
process says: what the judge measures itself (the deadline, peak memory, the
output, how the process ended) stays apart from it, in `sandbox.Outcome`.

Imported by the worker before any learner code runs, so the encoder below is
bound while `json` is still pristine.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass, field
from enum import Enum

HEADER = struct.Struct(">I")
MAX_MESSAGE = 256 * 1024 * 1024

# Not ASCII-escaped: a string that is not valid Unicode (a lone surrogate) then fails while
# encoding, in the process that holds it, instead of reaching the judge and failing when a
# report is printed.
_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
_DECODE = json.JSONDecoder().decode


class ProtocolError(Exception):
    """A message that breaks the protocol (too large, not JSON, not the schema)."""


class Status(str, Enum):
    """What a worker says about one request."""

    OK = "ok"
    EXCEPTION = "exception"  # the solution raised
    BAD_RESULT = "bad_result"  # the answer cannot be read back as the declared type
    MEMORY = "memory"  # MemoryError (RLIMIT_AS refused an allocation)
    COMPILE_ERROR = "compile_error"  # load: the file does not load or lacks the entry point
    BAD_INPUT = "bad_input"  # the input is malformed: the judge's or the author's fault
    BAD_REQUEST = "bad_request"  # not a request the worker knows: the judge's fault


@dataclass
class LoadRequest:
    """Load a solution file (a snapshot at `path`, shown to the learner as `display`)."""

    path: str
    display: str
    spec: dict

    def to_message(self) -> dict:
        return {"op": "load", "path": self.path, "display": self.display, "spec": self.spec}


@dataclass
class RunRequest:
    """Run one input through the loaded solution; `mode` is the entry's step (call, design, encode, decode)."""

    mode: str
    inputs: list
    timed: bool = False

    def to_message(self) -> dict:
        return {"op": "run", "mode": self.mode, "inputs": self.inputs, "timed": self.timed}


@dataclass
class BatchRequest:
    """Run several inputs one after another; the worker sends one reply per input as soon as it is made
    (each with that input's output) and stops after the first that does not return normally."""

    mode: str
    items: list

    def to_message(self) -> dict:
        return {"op": "batch", "mode": self.mode, "items": self.items}


def parse_request(message: dict) -> LoadRequest | RunRequest | BatchRequest:
    op = message.get("op")
    try:
        if op == "load":
            return LoadRequest(str(message["path"]), str(message.get("display") or message["path"]), dict(message["spec"]))
        if op == "run":
            if not isinstance(message["inputs"], list):
                raise TypeError("inputs is not a list")
            return RunRequest(str(message["mode"]), message["inputs"], bool(message.get("timed")))
        if op == "batch":
            if not isinstance(message["items"], list) or not all(isinstance(x, list) for x in message["items"]):
                raise TypeError("items is not a list of inputs")
            return BatchRequest(str(message["mode"]), message["items"])
    except (KeyError, TypeError, ValueError) as e:
        raise ProtocolError(f"malformed {op} request: {e}") from None
    raise ProtocolError(f"unknown op {op!r}")


@dataclass
class Reply:
    status: Status
    result: object = None  # the answer in notation (ok)
    args_after: dict = field(default_factory=dict)  # in-place entries: the judged argument after the call
    returned_value: bool = False  # in-place entries: the call also returned something
    cpu: float = 0.0  # CPU seconds of the solution's own call(s)
    op_index: int | None = None  # design entries: the operation that failed
    exception: str = ""  # the exception's class name
    message: str = ""
    traceback: str = ""
    slips: list = field(default_factory=list)  # codes of answers accepted with a note (runtime.STR_NODE_VALUES)
    output: str = ""  # batches only: what this input printed (the solution's own word: shown, never trusted)
    output_truncated: bool = False

    def to_message(self) -> dict:
        out: dict = {"status": self.status.value}
        if self.status is Status.OK or self.result is not None:
            out["result"] = self.result
        if self.op_index is not None:
            out["op_index"] = self.op_index
        for name in ("args_after", "returned_value", "cpu", "exception", "message", "traceback", "slips", "output", "output_truncated"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        return out

    @classmethod
    def from_message(cls, message: dict) -> Reply:
        """Read a worker's reply; anything malformed is a ProtocolError (the solution's process sent it)."""
        try:
            reply = cls(Status(message["status"]))
            reply.result = message.get("result")
            reply.args_after = dict(message.get("args_after") or {})
            reply.returned_value = bool(message.get("returned_value", False))
            reply.cpu = float(message.get("cpu", 0.0))
            op_index = message.get("op_index")
            reply.op_index = None if op_index is None else int(op_index)
            reply.exception = str(message.get("exception", ""))
            reply.message = str(message.get("message", ""))
            reply.traceback = str(message.get("traceback", ""))
            reply.slips = [str(code) for code in message.get("slips") or []]
            reply.output = str(message.get("output", ""))
            reply.output_truncated = bool(message.get("output_truncated", False))
        except (KeyError, TypeError, ValueError) as e:
            raise ProtocolError(f"malformed reply: {type(e).__name__}") from None
        return reply


# ---------------------------------------------------------------- framing


def encode(message: dict) -> bytes:
    """One framed message. UnicodeEncodeError for strings that are not valid Unicode."""
    body = _ENCODE(message).encode("utf-8")
    if len(body) > MAX_MESSAGE:
        raise ProtocolError(f"message of {len(body)} bytes")
    return HEADER.pack(len(body)) + body


def body_size(header: bytes) -> int:
    (size,) = HEADER.unpack(header)
    if size > MAX_MESSAGE:
        raise ProtocolError(f"message of {size} bytes")
    return size


def decode(body: bytes) -> dict:
    try:
        message = _DECODE(body.decode("utf-8"))
    except (ValueError, RecursionError, MemoryError) as e:
        raise ProtocolError(f"unreadable message: {type(e).__name__}") from None
    if not isinstance(message, dict):
        raise ProtocolError("message is not an object")
    return message


def write_all(fd: int, data: bytes, write=os.write) -> None:
    view = memoryview(data)
    while view:
        view = view[write(fd, view) :]


def read_exact(fd: int, n: int) -> bytes:
    chunks = []
    while n:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def recv(fd: int) -> dict:
    """Block until one whole message arrives (the worker's side; the judge reads with deadlines)."""
    return decode(read_exact(fd, body_size(read_exact(fd, HEADER.size))))
