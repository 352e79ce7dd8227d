"""Reviews, for the terminal: how an acceptance was rated, when a problem comes back, what to do next."""

from __future__ import annotations

import math
import time

from . import esc

RATE_HINT = "drill next --rate again|hard|good|easy"
NO_DATE = "not dated: review dates need the fsrs package (Python 3.10 or newer)"


def day(ts: float) -> str:
    """A date the learner reads: Tue 08 Dec."""
    return time.strftime("%a %d %b", time.localtime(ts))


def when(due: float | None, now: float) -> str:
    """When a review falls due, in a sentence."""
    if due is None:
        return NO_DATE
    if due <= now:
        return f"due now (since {day(due)})"
    days = round((due - now) / 86400)
    if not days:
        hours = math.ceil((due - now) / 3600)
        return f"in {hours} hour{'s' if hours != 1 else ''} ({day(due)})"
    return f"in {days} day{'s' if days != 1 else ''} ({day(due)})"


def why(facts: dict) -> str:
    """The evidence a rating came from, in words."""
    if facts.get("revealed"):
        return "the reference was revealed"
    parts = []
    wrong, hints = facts.get("wrong_submissions", 0), facts.get("hints", 0)
    if wrong:
        parts.append(f"{wrong} wrong submission{'s' if wrong != 1 else ''}")
    if hints:
        parts.append(f"{hints} hint{'s' if hints != 1 else ''}")
    if parts:
        return ", ".join(parts)
    if facts.get("optimal"):
        return "first try, no hints, optimal class"
    if facts.get("optimal") is False:
        return "first try, no hints, slower class than the reference's"
    return "first try, no hints"


def review_lines(review, now: float) -> list[str]:
    """What an accepted check's review means: the rating, its evidence, the next date."""
    nth = "first review" if review.reviews == 1 else f"review {review.reviews}"
    return [
        f"[bold]Review recorded[/] ({nth}): rated [bold]{review.rating}[/] — {why(review.facts)}.",
        f"Next review: {when(review.due, now)}. [dim]Felt different? {RATE_HINT}[/]",
    ]


def rated_line(review, before: str, now: float) -> str:
    was = f" (was {before})" if before != review.rating else ""
    return f"{review.slug}: rated [bold]{review.rating}[/]{was}; next review {when(review.due, now)}."


def next_lines(step, problem, now: float, solution=None, backup=None, kept: bool = False, progress=None) -> list:
    """`drill next`: what was chosen, why, and what was opened."""
    from .problem import prompt_lines

    if step.kind == "none":
        if step.upcoming is not None and step.upcoming.due is not None:
            return [f"Nothing due, and every problem is solved. Next review: [bold]{step.upcoming.slug}[/] {when(step.upcoming.due, now)}."]
        return ["Nothing due, and every problem is solved."]
    lines: list = []
    if step.kind == "review" and step.reopened:
        clock = f"; the clock has run {_ago(progress.started_at, now)}" if progress and progress.started_at else ""
        return [f"Your review of [bold]{step.slug}[/] goes on: {solution}{clock}.", "Next: solve it again, then [bold]drill check[/]"]
    if step.kind == "review":
        lines.append(f"[bold]Review due:[/] {step.slug} (due since {day(step.due)})")
    elif step.kind == "continue":
        lines.append(f"[bold]Continue:[/] {step.slug} — {progress.status}, {progress.attempts} check{'s' if progress.attempts != 1 else ''} so far")
    else:
        lines.append(f"[bold]Next new problem:[/] {step.slug} ({problem.category} · {problem.difficulty})")
    if step.kind != "continue":
        lines += prompt_lines(problem)
    if step.kind == "review":
        lines.append(f"A fresh stub: {solution}" + (f" [dim](your last attempt is kept as {esc(backup)})[/]" if backup else ""))
        lines.append("The clock is running; hints start again from the first.")
    elif step.kind == "continue":
        lines.append(f"Your attempt: {solution}; the clock kept running.")
    else:
        lines.append(f"Kept your existing attempt: {solution}" if kept else f"Your stub: {solution}")
        lines.append("The clock is running.")
    lines.append("Next: write your solution, then [bold]drill check[/]")
    return lines


def _ago(start: float, now: float) -> str:
    from .text import duration

    return duration(max(0.0, now - start))


def due_line(due: list) -> str | None:
    """Bare `drill`: a review is due."""
    if not due:
        return None
    more = f" (and {len(due) - 1} more)" if len(due) > 1 else ""
    return f"Review due: [bold]{due[0].slug}[/]{more} — [bold]drill next[/] opens it."
