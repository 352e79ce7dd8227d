"""`drill stats`, drawn in 80 columns that read without colour (bars and shades are characters)."""

from __future__ import annotations

import datetime as dt

from ..verdicts import Verdict
from . import esc, text
from .plan import fit

# Category bars: one cell per problem.
CELL_OPTIMAL, CELL_SOLVED, CELL_TRIED, CELL_NEW = "█", "▓", "░", "·"
# Calendar shades by the day's practice actions (starts, checks, runs).
SHADES = ((0, "·"), (1, "░"), (3, "▒"), (6, "▓"), (10, "█"))
SHADE_LEGEND = "· none  ░ 1-2  ▒ 3-5  ▓ 6-9  █ 10+ starts, checks and runs"
TIME_BAR = 24


def shade(actions: int) -> str:
    mark = SHADES[0][1]
    for low, m in SHADES:
        if actions >= low:
            mark = m
    return mark


def category_bar(f, width: int) -> str:
    tried = f.attempted - f.solved
    cells = CELL_OPTIMAL * f.optimal + CELL_SOLVED * (f.solved - f.optimal) + CELL_TRIED * tried
    return (cells + CELL_NEW * (f.total - f.attempted)).ljust(width)


def stats_lines(s) -> list[str]:
    lines = [
        f"[bold]Progress[/]: {s.solved} of {s.total} solved ({s.optimal} at the optimal class), {s.attempted} attempted",
        "",
        "[bold]By category[/]  "
        f"{CELL_OPTIMAL} optimal  {CELL_SOLVED} solved  {CELL_TRIED} attempted  {CELL_NEW} not yet",
    ]
    width = max((f.total for f in s.categories), default=0)
    name_width = max((len(f.category) for f in s.categories), default=0)
    for f in s.categories:
        figures = f"{f.solved:>2} solved ({f.optimal} optimal) / {f.attempted:>2} tried / {f.total:>2}"
        lines.append(esc(f"  {f.category:<{name_width}} {category_bar(f, width)} {figures}"))
    lines += ["", *calendar_lines(s.calendar), "", *time_lines(s.solve_times), "", *failing_lines(s.failing)]
    lines += ["", *help_lines(s.help), recognition_line(s.pattern_recognition)]
    return lines


def calendar_lines(c) -> list[str]:
    first = dt.date.fromisoformat(c.first)
    today = dt.date.fromisoformat(c.today)
    by_date = {d.date: d.actions for d in c.days}
    weeks = (len(c.days) + 6) // 7
    # Month labels over the first week column of each month.
    header = [" "] * (weeks * 3)
    last_month = None
    for w in range(weeks):
        monday = first + dt.timedelta(weeks=w)
        if monday.month != last_month:
            label = monday.strftime("%b")
            if all(ch == " " for ch in header[w * 3 : w * 3 + len(label)]) and w * 3 + len(label) <= len(header):
                header[w * 3 : w * 3 + len(label)] = label
            last_month = monday.month
    streak = f"current streak {c.current_streak} day{'s' if c.current_streak != 1 else ''}, longest {c.longest_streak}"
    lines = [f"[bold]Practice days[/], last {weeks} weeks: {c.practice_days} ({streak})", "      " + "".join(header).rstrip()]
    for weekday in range(7):
        row = []
        for w in range(weeks):
            day = first + dt.timedelta(weeks=w, days=weekday)
            row.append(" " if day > today else shade(by_date.get(day.isoformat(), 0)))
        label = (first + dt.timedelta(days=weekday)).strftime("%a")
        lines.append(esc(f"  {label} " + "".join(f"{cell}  " for cell in row).rstrip()))
    lines.append(f"  [dim]{SHADE_LEGEND}[/]")
    return lines


def time_lines(times) -> list[str]:
    lines = ["[bold]Time to first acceptance[/] (from drill start to the first accepted check)"]
    longest = max((t.median_seconds or 0 for t in times), default=0) or 1
    for t in times:
        if not t.problems:
            lines.append(f"  {t.difficulty:<7} none solved yet")
            continue
        bar = "█" * max(1, round(TIME_BAR * t.median_seconds / longest))
        fastest, slowest = t.problems[0]["seconds"], t.problems[-1]["seconds"]
        lines.append(
            f"  {t.difficulty:<7} {t.solved:>2} solved  median {text.duration(t.median_seconds):>8} {bar:<{TIME_BAR}}"
            f" {text.duration(fastest)}-{text.duration(slowest)}"
        )
    return lines


def failing_lines(failing) -> list[str]:
    if not failing:
        return ["[bold]Last check failed[/]: none"]
    lines = [f"[bold]Last check failed[/] ({len(failing)}):"]
    for f in failing:
        when = dt.datetime.fromtimestamp(f.at).strftime("%Y-%m-%d")
        regressed = ", solved before" if f.solved_before else ""
        lines += fit(f"  {f.slug}", f"{Verdict(f.verdict).title} on {when}{regressed}")
    return lines


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def help_lines(h: dict) -> list[str]:
    return [
        f"[bold]Help used[/]: {_n(h['hints'], 'hint')} on {_n(h['problems_with_hints'], 'problem')}; "
        f"{_n(h['solved_without_help'], 'problem')} solved without one",
        f"  reveals: {h['reveals_before_solving']} before solving (a give-up), {h['reveals_after_solving']} after",
    ]


def recognition_line(rows: list[dict]) -> str:
    if not rows:
        return "[bold]Pattern recognition[/]: no quiz answers yet"
    parts = [f"{r['pattern']} {r['right']}/{r['asked']}" for r in rows]
    return "[bold]Pattern recognition[/]: " + ", ".join(parts)
