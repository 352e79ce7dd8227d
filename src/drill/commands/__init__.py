"""The command layer: one module per command or family, between parsing (cli.py) and the library.

Each command function takes plain arguments, calls library modules, renders
through `drill.render`, and returns the exit code. Expected failures are raised
as DrillError. What several commands share is public here.
"""

from __future__ import annotations

import json
import sys

from .. import workspace
from ..errors import DrillError


def json_out(data) -> None:
    """Pure JSON on stdout (the --json contract)."""
    print(json.dumps(data, indent=2, default=str), flush=True)


def echo(lines: list[str]) -> None:
    """Plain lines on stdout (already coloured or not): the fast path, without rich or click."""
    print("\n".join(lines), flush=True)


def say(lines, err: bool = False) -> None:
    from ..render import say as render_say

    render_say(lines, err)


def notice(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def interactive() -> bool:
    """A person at a terminal: only then is a question asked (without one, answers come as options)."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def ask(question: str, default: str = "") -> str:
    """One line typed at the terminal (call only when interactive())."""
    import click

    return click.prompt(question, default=default, show_default=False)


def ask_yes(question: str, default: bool = False) -> bool:
    import click

    return click.confirm(question, default=default)


def confirm(question: str, refusal: str, yes: bool) -> None:
    """Ask before something the learner may regret; without a terminal, --yes must say it."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise DrillError(refusal)
    import click

    click.confirm(question, abort=True)


class Session:
    """The workspace and its state, opened once per command."""

    def __init__(self, create: bool):
        from ..state import State

        self.ws = workspace.find()
        if create:
            self.ws.create(notice=notice)
        self.state = State(self.ws.state_path, create=create or self.ws.exists)

    def slug_or_current(self, slug: str | None) -> str:
        if slug:
            from .. import problems

            return problems.resolve(slug)
        current = self.state.current
        if not current:
            raise DrillError("no current problem: name one (drill start SLUG), or see `drill list`")
        return current
