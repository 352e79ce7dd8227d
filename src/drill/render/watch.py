"""`drill watch`, for the terminal: the header, the keys, the lines between results."""

from __future__ import annotations

from . import esc, text


def watching_line(path, interactive: bool) -> str:
    if interactive:
        return f"Watching {esc(path)}: every save is checked."
    return f"Watching {esc(path)}: every save is checked (if saves are missed, run drill check). Ctrl-C stops."


def waiting_line(path) -> str:
    return f"[dim]{esc(path)} is still the stub: the first save is checked.[/]"


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
    keys = ["h hint", "r run your input", "c check again"]
    if status in ("solved", "optimal"):
        keys.append("n next problem")
    keys.append("q quit")
    return "[dim]" + " · ".join(keys) + "[/]"


def run_input_line(box, exists: bool) -> str:
    if exists:
        return f"[dim]r ran {esc(box)}; edit it to run other cases.[/]"
    return f"[dim]r ran the prompt's examples; put your own cases in {esc(box)} (one value per line) to run those.[/]"


def next_line(slug: str, interactive: bool) -> str:
    how = "press n" if interactive else f"drill start {slug}"
    return f"[bold]Next:[/] {slug} ({how})"


def stopped_line(slug: str) -> str:
    return f"Stopped watching {slug}. Resume with drill watch."
