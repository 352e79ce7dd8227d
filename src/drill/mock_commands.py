"""`drill mock ...`: start, status, watch, end, history. Parsing lives in cli.py."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from . import clock, errors, mock, problems
from .commands import Session, _json_out, _say, fmt_duration, grade


def start(count: int, minutes: float, category, difficulty, seed, as_json: bool) -> int:
    from .render import prompt_lines

    session = Session(create=True)
    now = clock.now()
    round_id, slugs, backups = mock.start_round(session.state, session.ws, count, minutes, category, difficulty, seed, now)
    if as_json:
        _json_out({"round_id": round_id, "problems": slugs, "minutes": minutes, "deadline": now + minutes * 60, "backups": [str(b) if b else None for b in backups]})
        return errors.EXIT_OK
    lines: list = [f"[bold]Mock round {round_id}[/]: {len(slugs)} problems, {minutes:g} minutes. Reveals are locked until it ends."]
    for i, slug in enumerate(slugs, 1):
        problem = problems.load(slug)
        lines += ["", f"[bold]Problem {i} of {len(slugs)}[/]", *prompt_lines(problem)]
        lines.append(f"Your stub: {session.ws.solution(slug)}")
    for slug, backup in zip(slugs, backups):
        if backup:
            lines.append(f"[dim]Your earlier attempt at {slug} is kept as {backup}[/]")
    lines.append(f"Next: drill check {slugs[0]}  ·  drill mock status  ·  drill mock watch (re-checks on save)  ·  drill mock end")
    _say(lines)
    return errors.EXIT_OK


def status(as_json: bool) -> int:
    session = Session(create=False)
    summary = mock.round_summary(session.state, clock.now()) if session.state.conn else None
    if as_json:
        _json_out({"round": summary})
        return errors.EXIT_OK
    if summary is None:
        _say(["No mock round is running. Start one: [bold]drill mock[/]"])
        return errors.EXIT_OK
    _say(status_lines(summary))
    return errors.EXIT_OK


def status_lines(summary: dict) -> list[str]:
    left = "time is up — close it with drill mock end" if summary["time_up"] else f"{fmt_duration(summary['seconds_left'])} left"
    lines = [f"[bold]Mock round {summary['round_id']}[/]: {left}"]
    for p in summary["problems"]:
        first = fmt_duration(p["first_accepted_seconds"]) if p["first_accepted_seconds"] is not None else "—"
        lines.append(f"  {p['slug']}: {p['verdict'] or 'not checked'} · checks {p['checks']} · first accepted at {first} · hints {p['hints']}")
    return lines


def end(as_json: bool) -> int:
    session = Session(create=False)
    if session.state.conn is None:
        raise errors.DrillError("no mock round is running: start one with drill mock")
    report = mock.end_round(session.state, clock.now())
    if as_json:
        _json_out(report.to_dict())
    else:
        _say(report_lines(report))
    return errors.EXIT_OK


def report_lines(report: mock.RoundReport) -> list:
    from .render import after_acceptance

    lines: list = [f"[bold]Mock round {report.round_id} — score {report.score:g}/100[/]"]
    for p in report.problems:
        first = fmt_duration(p.first_accepted_seconds) if p.first_accepted_seconds is not None else "not solved"
        lines.append(
            f"  [bold]{p.slug}[/]: {p.verdict or 'never checked'}; first accepted {first}; wrong submissions {p.wrong_submissions};"
            f" hints {p.hints}; late checks {p.late_checks}; {p.points} points"
        )
        if p.growth:
            lines.append(f"    growth: {p.growth}")
    lines.append(f"[dim]Score rule: {report.rule}.[/]")
    if report.earlier_scores:
        best = max(report.earlier_scores)
        avg = sum(report.earlier_scores) / len(report.earlier_scores)
        lines.append(f"Earlier rounds: {len(report.earlier_scores)}, best {best:g}, average {avg:.1f}; this round {report.score:g}.")
    else:
        lines.append("This is your first scored round.")
    for p in report.problems:
        problem = problems.load(p.slug)
        lines += ["", f"[bold]{problem.title}[/] — now unlocked:", *after_acceptance(problem)]
    return lines


def history(as_json: bool) -> int:
    session = Session(create=False)
    rounds = mock.history(session.state) if session.state.conn else []
    if as_json:
        _json_out({"rounds": rounds})
        return errors.EXIT_OK
    if not rounds:
        _say(["No mock rounds yet. Start one: [bold]drill mock[/]"])
        return errors.EXIT_OK
    lines = []
    for r in rounds:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(r["started_at"]))
        score = f"{r['score']:g}/100" if r["score"] is not None else "running"
        lines.append(f"round {r['round_id']}  {when}  {r['minutes']:g} min  {score}  {', '.join(r['problems'])}")
    _say(lines)
    return errors.EXIT_OK


def watch(poll: float = 0.3, settle: float = 0.2) -> int:
    """Re-check a round's solution when its file is saved, until the deadline."""
    session = Session(create=False)
    summary = mock.round_summary(session.state, clock.now()) if session.state.conn else None
    if summary is None:
        raise errors.DrillError("no mock round is running: start one with drill mock")
    slugs = [p["slug"] for p in summary["problems"]]
    paths = {slug: session.ws.solution(slug) for slug in slugs}
    interactive = sys.stdout.isatty()
    events: list[str] = ["watching " + ", ".join(str(p) for p in paths.values()) + " (if saves are missed, run drill check)"]

    def mtimes():
        return {s: (p.stat().st_mtime_ns if p.exists() else 0) for s, p in paths.items()}

    seen = mtimes()
    live = None
    if interactive:
        from rich.live import Live

        from .render import console

        live = Live(console=console(), auto_refresh=False)
        live.start()
    else:
        _say([events[0]])
    try:
        while True:
            now = clock.now()
            summary = mock.round_summary(session.state, now)
            if summary is None or summary["time_up"]:
                break
            if live is not None:
                from rich.console import Group
                from rich.text import Text

                live.update(Group(*[Text.from_markup(x) for x in status_lines(summary) + ["", *events[-5:], "", "[dim]Ctrl-C stops watching; the round goes on.[/]"]]), refresh=True)
            current = mtimes()
            changed = [s for s in slugs if current[s] != seen[s]]
            if changed:
                time.sleep(settle)  # let the editor finish writing
                for slug in changed:
                    report, _, _ = grade(session, problems.load(slug), Path(paths[slug]))
                    line = f"{time.strftime('%H:%M:%S')} {slug}: {report.verdict}" + (f" — {report.message[:100]}" if report.message else "")
                    events.append(line)
                    if live is None:
                        _say([line])
                seen = mtimes()  # saves made while grading are not re-checked
            time.sleep(poll)
    except KeyboardInterrupt:
        if live is not None:
            live.stop()
        _say(["Stopped watching; the round goes on. Resume with drill mock watch."])
        return errors.EXIT_INTERRUPTED
    if live is not None:
        live.stop()
    report = mock.end_round(session.state, clock.now())
    _say(["Time is up.", *report_lines(report)])
    return errors.EXIT_OK
