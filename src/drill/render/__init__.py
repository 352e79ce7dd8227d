"""The one rendering layer: reports, problems, lists and rounds as text. Decides nothing.

`text` holds the plain wording that JSON shares, `data` the JSON contract; the
other modules produce lines with rich markup for the terminal. rich is imported
only when something is printed.
"""

from __future__ import annotations

import json
import os


def console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, no_color=bool(os.environ.get("NO_COLOR")), highlight=False, soft_wrap=True)


def say(lines, err: bool = False) -> None:
    """Print lines (rich markup, or rich renderables) to stdout or stderr."""
    con = console(stderr=err)
    for line in lines:
        con.print(line)


def esc(text) -> str:
    """Text from a learner or an author, shown literally (no rich markup)."""
    from rich.markup import escape

    return escape(str(text))


def compact(value) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def markdown(text: str):
    from rich.markdown import Markdown

    return Markdown(text)
