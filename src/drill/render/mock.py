"""Mock rounds, for the terminal: the countdown, a check's place in a round, the closing report."""

from __future__ import annotations

import time

from .. import mock
from . import text

SCORE_RULE = (
    f"each problem accepted in time scores {mock.POINTS_SOLVED} ({mock.POINTS_NOT_OPTIMAL} when no accepted solution was of "
    f"the optimal class), minus {mock.HINT_COST} per hint and {mock.WRONG_COST} per wrong submission before the first "
    f"acceptance (never below {mock.FLOOR_SOLVED}); unsolved scores 0; the round's score is the percentage of the maximum"
)


def check_line(info: mock.RoundInfo) -> str | None:
    """What a check means for the open round, if it belongs to one."""
    if info.round_id is None:
        return None
    if info.late:
        return "[yellow]The round's time is up: this check is recorded as late and does not count. Close it with drill mock end.[/]"
    return f"[dim]Counts toward mock round {info.round_id}; notes unlock when it ends.[/]"


def started_lines(round_id: int, slugs: list[str], minutes: float, loaded: list, ws, backups: list) -> list:
    from .problem import prompt_lines

    lines: list = [f"[bold]Mock round {round_id}[/]: {len(slugs)} problems, {minutes:g} minutes. Reveals are locked until it ends."]
    for i, problem in enumerate(loaded, 1):
        lines += ["", f"[bold]Problem {i} of {len(slugs)}[/]", *prompt_lines(problem)]
        lines.append(f"Your stub: {ws.solution(problem.slug)}")
    for slug, backup in zip(slugs, backups):
        if backup:
            lines.append(f"[dim]Your earlier attempt at {slug} is kept as {backup}[/]")
    lines.append(f"Next: drill check {slugs[0]}  ·  drill mock status  ·  drill mock watch (re-checks on save)  ·  drill mock end")
    return lines


def status_lines(summary: dict) -> list[str]:
    left = "time is up — close it with drill mock end" if summary["time_up"] else f"{text.duration(summary['seconds_left'])} left"
    lines = [f"[bold]Mock round {summary['round_id']}[/]: {left}"]
    for p in summary["problems"]:
        first = text.duration(p["first_accepted_seconds"])
        lines.append(f"  {p['slug']}: {p['verdict'] or 'not checked'} · checks {p['checks']} · first accepted at {first} · hints {p['hints']}")
    return lines


def report_lines(report: mock.RoundReport, loaded: list) -> list:
    from .problem import after_acceptance

    lines: list = [f"[bold]Mock round {report.round_id} — score {report.score:g}/100[/]"]
    for p in report.problems:
        first = text.duration(p.first_accepted_seconds) if p.first_accepted_seconds is not None else "not solved"
        lines.append(
            f"  [bold]{p.slug}[/]: {p.verdict or 'never checked'}{'' if p.optimal is not False else ' (slower class than expected)'};"
            f" first accepted {first}; wrong submissions {p.wrong_submissions};"
            f" hints {p.hints}; late checks {p.late_checks}; {p.points} points"
        )
        if p.growth:
            lines.append(f"    growth: {p.growth}")
    lines.append(f"[dim]Score rule: {SCORE_RULE}.[/]")
    if report.earlier_scores:
        best = max(report.earlier_scores)
        avg = sum(report.earlier_scores) / len(report.earlier_scores)
        lines.append(f"Earlier rounds: {len(report.earlier_scores)}, best {best:g}, average {avg:.1f}; this round {report.score:g}.")
    else:
        lines.append("This is your first scored round.")
    for problem in loaded:
        lines += ["", f"[bold]{problem.title}[/] — now unlocked:", *after_acceptance(problem)]
    return lines


def history_lines(rounds: list[dict]) -> list[str]:
    if not rounds:
        return ["No mock rounds yet. Start one: [bold]drill mock[/]"]
    lines = []
    for r in rounds:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(r["started_at"]))
        score = f"{r['score']:g}/100" if r["score"] is not None else "running"
        lines.append(f"round {r['round_id']}  {when}  {r['minutes']:g} min  {score}  {', '.join(r['problems'])}")
    return lines


def watch_event(clock_text: str, slug: str, report) -> str:
    return f"{clock_text} {slug}: {report.verdict.value}" + (f" — {report.message[:100]}" if report.message else "")
