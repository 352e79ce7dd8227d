"""Study plans, for the terminal (80 columns): a new plan, today's work, overdue, ahead or behind."""

from __future__ import annotations

import datetime as dt
import textwrap

from . import esc

WIDTH = 80
MARK = {"optimal": "✓", "solved": "✓", "attempted": "~", "started": "~", "revealed": "!", "new": "·"}


def _date(iso: str) -> str:
    """Mon 2026-12-01"""
    return dt.date.fromisoformat(iso).strftime("%a ") + iso


def _days_list(days: list[int]) -> str:
    if len(days) == 1:
        return f"day {days[0]}"
    return "days " + ", ".join(map(str, days[:-1])) + f" and {days[-1]}"


def fit(left: str, right: str, indent: int = 6) -> list[str]:
    """One line when both fit in 80 columns, else the right part on a line of its own (plain text)."""
    if len(left) + 2 + len(right) <= WIDTH:
        return [esc(f"{left}  {right}")]
    return [esc(left), esc(" " * indent + right)]


def made_lines(s) -> list[str]:
    """What a new plan holds, wrapped to 80 columns."""
    counts = [len(d.problems) for d in s.days if not d.mock]
    busy = [c for c in counts if c]
    spread = f"{min(busy)}-{max(busy)}" if busy and min(busy) != max(busy) else (str(busy[0]) if busy else "0")
    mocks = [d.day for d in s.days if d.mock]
    said = (
        f"{s.planned} problems over {len(busy)} days, {spread} a day: easier first within each category, "
        "categories interleaved."
    )
    if mocks:
        said += f" Timed mock practice (drill mock) on {_days_list(mocks)}."
    if s.done_before:
        said += f" The {s.done_before} problems you solved before are kept as done, not scheduled again."
    return [f"[bold]New plan:[/] {s.length} days, {_date(s.start)} to {_date(s.end)}.", *map(esc, textwrap.wrap(said, WIDTH)), ""]


def _entry_lines(e, info: dict, with_day: bool = False) -> list[str]:
    summary = info.get(e.slug)
    about = f"{summary.category}, {summary.difficulty}" if summary else "not in the bank"
    day = f"day {e.day}, " if with_day else ""
    return fit(f"  {MARK.get(e.status, '·')} {e.slug}", f"({day}{about})  {e.status}")


def plan_lines(s, info: dict, show_all: bool = False) -> list[str]:
    if s is None:
        return ["No study plan yet. Make one: [bold]drill plan --days 14[/] (or 28, 60; --start DATE, --per-day N)."]
    lines = [f"[bold]Study plan[/] ({s.length} days, {s.start} to {s.end}): {_where(s)}"]
    today = s.today_day
    if today is not None:
        left = sum(1 for e in today.problems if not e.solved)
        what = f"{len(today.problems)} problem{'s' if len(today.problems) != 1 else ''}, {left} to go" if today.problems else "no new problems"
        lines.append(f"[bold]Today[/] (day {today.day}, {_date(today.date)}): {what}")
        for e in today.problems:
            lines += _entry_lines(e, info)
        if today.mock:
            lines.append(
                "  ✓ timed mock practice: a round was started" if today.mock_done else "  · timed mock practice: [bold]drill mock[/]"
            )
    elif s.day < 1:
        lines.append(f"It starts on {_date(s.start)}; day 1 holds:")
        for e in s.days[0].problems:
            lines += _entry_lines(e, info)
    if s.overdue:
        lines.append(f"[bold]Overdue[/] ({len(s.overdue)}):")
        for e in s.overdue[:10]:
            lines += _entry_lines(e, info, with_day=True)
        if len(s.overdue) > 10:
            lines.append(f"  … and {len(s.overdue) - 10} more (drill plan --all)")
    if s.missed_mocks:
        lines.append(f"Mock practice not done yet for {_days_list(s.missed_mocks)}: [bold]drill mock[/]")
    lines.append(standing_line(s))
    if s.next:
        lines.append(f"Next: [bold]drill start {s.next}[/]")
    elif s.planned:
        lines.append("Every problem of the plan is solved.")
    if show_all:
        lines += ["", *all_days_lines(s)]
    return lines


def _where(s) -> str:
    if s.day < 1:
        return f"starts in {1 - s.day} day{'s' if 1 - s.day != 1 else ''}"
    if s.day > s.length:
        return f"ended {s.day - s.length} day{'s' if s.day - s.length != 1 else ''} ago"
    return f"day {s.day} of {s.length}"


def standing_line(s) -> str:
    solved = f"{s.solved} of {s.planned} solved"
    if s.ahead:
        return f"[bold green]Ahead by {s.ahead}[/]: {solved}; {s.expected_by_tonight} are due by tonight."
    if s.behind:
        return f"[bold yellow]Behind by {s.behind}[/]: {solved}; {s.expected_by_yesterday} were due by yesterday."
    return f"[bold]On schedule[/]: {solved}; {s.expected_by_tonight} are due by tonight."


def today_lines(s) -> list[str]:
    """The plan in a few lines (bare `drill`): today's problems, overdue, ahead or behind, what is next."""
    lines = [f"[bold]Study plan[/]: {_where(s)}"]
    today = s.today_day
    if today is not None and (today.problems or today.mock):
        items = [f"{MARK.get(e.status, '·')}{e.slug}" for e in today.problems]
        if today.mock:
            items.append(("✓" if today.mock_done else "·") + "mock round")
        lines += [esc(x) for x in textwrap.wrap("  today: " + " ".join(items), WIDTH, subsequent_indent="    ", break_on_hyphens=False)]
    if s.overdue:
        lines.append(f"  overdue: {len(s.overdue)} (drill plan)")
    lines.append("  " + standing_line(s))
    if s.next:
        lines.append(f"  Next in the plan: [bold]drill start {s.next}[/]")
    return lines


def all_days_lines(s) -> list[str]:
    lines = ["[bold]Every day of the plan[/] (✓ solved, ~ tried, ! revealed, · not yet):"]
    for d in s.days:
        here = "▸" if d.day == s.day else " "
        head = f"{here} day {d.day:>2} {_date(d.date)[:3]} {d.date[5:]}  "
        items = [f"{MARK.get(e.status, '·')}{e.slug}" for e in d.problems]
        if d.mock:
            items.append(("✓" if d.mock_done else "·") + "mock round")
        body = " ".join(items) or "—"
        wrapped = textwrap.wrap(body, WIDTH - len(head), break_long_words=False, break_on_hyphens=False) or ["—"]
        lines.append(esc(head + wrapped[0]))
        lines += [esc(" " * len(head) + w) for w in wrapped[1:]]
    return lines
