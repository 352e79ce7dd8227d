"""`drill watch`, for the terminal: the header, the keys, the lines between results."""

from __future__ import annotations

from . import esc, text


def watching_line(path, interactive: bool) -> str:
    if interactive:
        return f"Watching {esc(path)}: every save is checked."
    return f"Watching {esc(path)}: every save is checked (if saves are missed, run drill check). Ctrl-C stops."


def checking_line(slug: str) -> str:
    return f"[dim]Checking {slug}…[/]"


def header_line(slug: str, progress, now: float) -> str:
    """One line: the problem, the clock, attempts, the last verdict."""
    if progress.status in ("solved", "optimal"):
        clock = f"solved in {text.duration(progress.solve_seconds)}"
    elif progress.started_at is not None:
        clock = f"clock {text.duration(now - progress.started_at)}"
    else:
        clock = "clock not started"
    last = progress.last_verdict or "not checked yet"
    return f"[bold]{slug}[/] · {clock} · attempts {progress.attempts} · last: {last} · {progress.status}"


def keys_line(status: str) -> str:
    keys = ["h hint", "c check again"]
    if status in ("solved", "optimal"):
        keys.append("n next problem")
    keys.append("q quit")
    return "[dim]" + " · ".join(keys) + "[/]"


def next_line(slug: str, interactive: bool) -> str:
    how = "press n" if interactive else f"drill start {slug}"
    return f"[bold]Next:[/] {slug} ({how})"


def stopped_line(slug: str) -> str:
    return f"Stopped watching {slug}. Resume with drill watch."
