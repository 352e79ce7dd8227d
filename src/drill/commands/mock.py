"""`drill mock ...`: start, status, watch, end, history."""

from __future__ import annotations

import sys
import time

from .. import clock, errors, mock, problems
from ..errors import DrillError
from . import Session, json_out, say
from .check import grade


def start(count: int, minutes: float, category, difficulty, seed, as_json: bool) -> int:
    from ..render.mock import started_lines

    session = Session(create=True)
    now = clock.now()
    round_id, slugs, backups = mock.start_round(session.state, session.ws, count, minutes, category, difficulty, seed, now)
    if as_json:
        json_out({"round_id": round_id, "problems": slugs, "minutes": minutes, "deadline": now + minutes * 60, "backups": [str(b) if b else None for b in backups]})
    else:
        say(started_lines(round_id, slugs, minutes, [problems.load(s) for s in slugs], session.ws, backups))
    return errors.EXIT_OK


def _open_session() -> Session:
    session = Session(create=False)
    if not session.state.exists:
        raise DrillError("no mock round is running: start one with drill mock")
    return session


def status(as_json: bool) -> int:
    from ..render.mock import status_lines

    session = Session(create=False)
    summary = mock.round_summary(session.state, clock.now()) if session.state.exists else None
    if as_json:
        json_out({"round": summary})
    elif summary is None:
        say(["No mock round is running. Start one: [bold]drill mock[/]"])
    else:
        say(status_lines(summary))
    return errors.EXIT_OK


def end(as_json: bool) -> int:
    report = mock.end_round(_open_session().state, clock.now())
    _show_report(report, as_json)
    return errors.EXIT_OK


def _show_report(report: mock.RoundReport, as_json: bool, before: list[str] = ()) -> None:
    from ..render import data
    from ..render.mock import report_lines

    if as_json:
        json_out(data.round_report(report))
    else:
        say([*before, *report_lines(report, [problems.load(p.slug) for p in report.problems])])


def history(as_json: bool) -> int:
    from ..render.mock import history_lines

    session = Session(create=False)
    rounds = mock.history(session.state) if session.state.exists else []
    if as_json:
        json_out({"rounds": rounds})
    else:
        say(history_lines(rounds))
    return errors.EXIT_OK


def watch() -> int:
    """Re-check a round's solution when its file is saved, until the deadline."""
    from ..render.mock import status_lines, watch_event
    from ..watcher import Events

    session = _open_session()
    summary = mock.round_summary(session.state, clock.now())
    if summary is None:
        raise DrillError("no mock round is running: start one with drill mock")
    slugs = [p["slug"] for p in summary["problems"]]
    paths = {session.ws.solution(slug).resolve(): slug for slug in slugs}
    events_seen: list[str] = ["watching " + ", ".join(str(p) for p in paths) + " (if saves are missed, run drill check)"]
    live = None
    if sys.stdout.isatty():
        from rich.live import Live

        from ..render import console

        live = Live(console=console(), auto_refresh=False)
        live.start()
    else:
        say([events_seen[0]])
    events = Events(paths)
    try:
        while True:
            summary = mock.round_summary(session.state, clock.now())
            if summary is None or summary["time_up"]:
                break
            if live is not None:
                from rich.console import Group
                from rich.text import Text

                shown = status_lines(summary) + ["", *events_seen[-5:], "", "[dim]Ctrl-C stops watching; the round goes on.[/]"]
                live.update(Group(*[Text.from_markup(x) for x in shown]), refresh=True)
            event = events.get(timeout=min(1.0, max(0.05, summary["seconds_left"])))
            if event is None:
                continue
            kind, value = event
            if kind == "error":
                events_seen.append(f"file events stopped ({value}): run drill check yourself")
            for path in sorted(value) if kind == "save" else []:
                slug = paths[path]
                report, _, _ = grade(session, problems.load(slug), path)
                events_seen.append(watch_event(time.strftime("%H:%M:%S"), slug, report))
            if live is None and len(events_seen) > 1 and kind in ("save", "error"):
                say(events_seen[-(len(value) if kind == "save" else 1):])
    except KeyboardInterrupt:
        if live is not None:
            live.stop()
        say(["Stopped watching; the round goes on. Resume with drill mock watch."])
        return errors.EXIT_INTERRUPTED
    finally:
        events.close()
    if live is not None:
        live.stop()
    _show_report(mock.end_round(session.state, clock.now()), as_json=False, before=["Time is up."])
    return errors.EXIT_OK
