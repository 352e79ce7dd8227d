"""Length-prefixed JSON messages on a pipe of their own (never stdout)."""

from __future__ import annotations

import json
import os
import struct

HEADER = struct.Struct(">I")
MAX_MESSAGE = 256 * 1024 * 1024


class ProtocolError(Exception):
    pass


def encode(message: dict) -> bytes:
    body = json.dumps(message, separators=(",", ":")).encode("utf-8")
    return HEADER.pack(len(body)) + body


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def send(fd: int, message: dict) -> None:
    write_all(fd, encode(message))


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
    (size,) = HEADER.unpack(read_exact(fd, HEADER.size))
    if size > MAX_MESSAGE:
        raise ProtocolError(f"message of {size} bytes")
    try:
        message = json.loads(read_exact(fd, size))
    except ValueError as e:
        raise ProtocolError(f"unreadable message: {e}") from None
    if not isinstance(message, dict):
        raise ProtocolError("message is not an object")
    return message
