"""LeetCode's test-case notation: one JSON value per line, one line per parameter."""

from __future__ import annotations

import json


def parse_lines(text: str) -> list:
    """LeetCode's test-case box: one JSON value per non-empty line."""
    return [json.loads(line) for line in text.strip().splitlines() if line.strip()]


def show(value, limit: int = 300) -> str:
    """One value, compact, cut to about `limit` characters."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if len(text) > limit:
        size = f" ({len(value):,} items)" if isinstance(value, list) else ""
        text = text[: limit - 3] + "..." + size
    return text


def call_text(params: list[dict], inputs: list, limit: int = 300) -> str:
    """`nums = [3,3], target = 6`"""
    return ", ".join(f"{p['name']} = {show(v, limit)}" for p, v in zip(params, inputs))


def box_text(inputs: list, limit: int = 100_000) -> str:
    """The lines to paste into LeetCode's test-case box."""
    return "\n".join(show(v, limit) for v in inputs)
