"""Plain text with optional ANSI colour, for the outputs that must be fast (drill list): no rich.

Colour only on a terminal and never with NO_COLOR, as rich does for the others.
"""

from __future__ import annotations

import os
import sys

_CODES = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "magenta": "35", "cyan": "36"}


def colour_on(stream=None) -> bool:
    stream = stream or sys.stdout
    return not os.environ.get("NO_COLOR") and hasattr(stream, "isatty") and stream.isatty()


def paint(text: str, style: str, on: bool) -> str:
    """`text` in `style` ("bold green", "dim", ...) when `on`, else as it is."""
    codes = [_CODES[s] for s in style.split() if s in _CODES]
    return f"\033[{';'.join(codes)}m{text}\033[0m" if on and codes else text


def table(headers: list[tuple[str, str]], rows: list[list[tuple[str, str]]], on: bool, indent: str = "") -> list[str]:
    """Columns sized to their widest cell. headers: (title, "<" or ">"); rows: cells of (text, style)."""
    widths = [max([len(h)] + [len(r[i][0]) for r in rows]) for i, (h, _) in enumerate(headers)]

    def line(cells: list[tuple[str, str]]) -> str:
        parts = []
        for (text, style), (_, align), width in zip(cells, headers, widths):
            padded = text.rjust(width) if align == ">" else text.ljust(width)
            parts.append(paint(padded, style, on))
        return (indent + "  ".join(parts)).rstrip()

    return [line([(h, "dim") for h, _ in headers])] + [line(r) for r in rows]
