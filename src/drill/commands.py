"""What each command does, between parsing (cli.py) and the library.

Each function takes plain arguments, calls library modules and renders; it
returns the exit code. Expected failures are raised as DrillError.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import clock, errors, problems, workspace
from .errors import DrillError


def _json_out(data) -> None:
    click.echo(json.dumps(data, indent=2, default=str))


def _say(lines, err: bool = False) -> None:
    from .render import console

    con = console(stderr=err)
    for line in lines:
        con.print(line)


def _notice(message: str) -> None:
    click.echo(message, err=True)


class Session:
    """The workspace and its state, opened once per command."""

    def __init__(self, create: bool):
        from .state import State

        self.ws = workspace.find()
        if create:
            self.ws.create(notice=_notice)
        self.state = State(self.ws.state_path, create=create or self.ws.exists)

    def slug_or_current(self, slug: str | None) -> str:
        if slug:
            return problems.resolve(slug)
        current = self.state.current
        if not current:
            raise DrillError("no current problem: name one (drill start SLUG), or see `drill list`")
        return current


def fmt_duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}h{m:02d}m{s:02d}s" if h else f"{m}m{s:02d}s"


# -------------------------------------------------------------------- check


def check(slug: str | None, file: str | None, thorough: bool, seed: int | None, as_json: bool) -> int:
    from . import render

    ws = workspace.find()
    if file and not ws.exists:
        session = None  # judging a file outside any workspace: nothing to record
        if slug is None:
            raise DrillError("name the problem: drill check SLUG --file PATH")
        slug = problems.resolve(slug)
    else:
        session = Session(create=True)
        slug = session.slug_or_current(slug)
    problem = problems.load(slug)
    path = Path(file) if file else ws.solution(slug)
    if not as_json:
        _say([f"Checking {slug}…"], err=True)
    report, record, round_info = grade(session, problem, path, thorough, seed)
    if as_json:
        data = report.to_dict()
        if record:
            data["since_start"] = record["since_start"]
            data["first_solve"] = record["first_solve"]
            data["best_seconds"] = record["best_seconds"]
        _json_out(data)
    else:
        lines = render.report_lines(report, problem)
        if record.get("since_start") is not None:
            lines.append(f"[dim]Time since start: {fmt_duration(record['since_start'])}[/]")
        if round_info is not None and round_info.message:
            lines.append(round_info.message)
        if report.accepted and (round_info is None or not round_info.locked):
            if record.get("first_solve"):
                lines.append(f"[bold green]Solved in {fmt_duration(record['since_start'])}.[/]")
            elif record.get("previous_best") is not None:
                lines.append(f"Best time: {fmt_duration(record['best_seconds'])}")
            lines += render.after_acceptance(problem)
        _say(lines)
    return errors.EXIT_OK if report.accepted else errors.EXIT_FAILED


def grade(session, problem, path: Path, thorough: bool = False, seed: int | None = None):
    """Judge a file and record the check (when there is a workspace)."""
    from . import judge, mock

    if not path.exists():
        raise DrillError(f"{path} does not exist (start the problem with `drill start {problem.slug}`, or pass --file)")
    report = judge.check(problem, str(path), thorough=thorough, seed=seed)
    record: dict = {}
    round_info = None
    if session is not None:
        now = clock.now()
        round_info = mock.attach_check(session.state, problem.slug, now)
        record = session.state.record_check(problem.slug, report, now, **round_info.record_args())
    return report, record, round_info


# -------------------------------------------------------------------- verify


def verify(slugs: list[str], as_json: bool, jobs: int) -> int:
    from . import verify as verify_mod

    names = [problems.resolve(s) for s in slugs] if slugs else problems.slugs()
    if not names:
        raise DrillError(f"no problems found in {problems.bank_dir()}")
    progress = None if as_json else (lambda result: _say(verify_mod.result_lines(result)))
    results = verify_mod.verify_all(names, jobs=jobs, progress=progress)
    failed = [r for r in results if not r.ok]
    if as_json:
        _json_out({"version": 1, "ok": not failed, "problems": [r.to_dict() for r in results]})
    else:
        summary = f"{len(results) - len(failed)}/{len(results)} problems verified"
        tail = f"; failing: {', '.join(r.slug for r in failed)}" if failed else ""
        _say([f"[bold {'red' if failed else 'green'}]{summary}[/]{tail}"])
    return errors.EXIT_FAILED if failed else errors.EXIT_OK


# -------------------------------------------------------------------- list / status


def list_problems(category: str | None, difficulty: str | None, status: str | None, as_json: bool) -> int:
    from .render import list_lines

    summaries, broken = problems.catalog()
    for line in broken:
        _notice(f"drill: {line}")
    ws = workspace.find()
    progress = {}
    if ws.exists:
        from .state import State

        progress = State(ws.state_path, create=False).all_progress()
    rows = []
    for s in summaries:
        p = progress.get(s.slug)
        row = {
            "slug": s.slug,
            "title": s.title,
            "leetcode": s.leetcode,
            "category": s.category,
            "difficulty": s.difficulty,
            "status": p.status if p else "new",
            "attempts": p.attempts if p else 0,
            "best_seconds": p.best_seconds if p else None,
        }
        if category and row["category"] != category:
            continue
        if difficulty and row["difficulty"] != difficulty:
            continue
        if status and row["status"] != status:
            continue
        rows.append(row)
    if as_json:
        _json_out({"version": 1, "problems": rows})
    else:
        _say(list_lines(rows, fmt_duration))
    return errors.EXIT_OK


def status(as_json: bool) -> int:
    from . import mock

    ws = workspace.find()
    data: dict = {"workspace": str(ws.root), "current": None}
    if ws.exists:
        session = Session(create=False)
        current = session.state.current
        if current:
            p = session.state.progress(current)
            now = clock.now()
            data.update(
                current=current,
                status=p.status,
                started_at=p.started_at,
                running_seconds=(now - p.started_at) if p.started_at and p.status != "solved" else None,
                solve_seconds=p.solve_seconds,
                attempts=p.attempts,
                last_verdict=p.last_verdict,
                hints_shown=p.hints_shown,
                solution=str(ws.solution(current)),
            )
        data["mock_round"] = mock.round_summary(session.state, clock.now())
    if as_json:
        _json_out(data)
        return errors.EXIT_OK
    if not data["current"]:
        _say([f"No current problem in {data['workspace']}. Start one: [bold]drill start two-sum[/]"])
        return errors.EXIT_OK
    timer = (
        f"solved in {fmt_duration(data['solve_seconds'])}"
        if data["status"] == "solved"
        else f"clock running {fmt_duration(data['running_seconds'])}"
    )
    _say(
        [
            f"[bold]{data['current']}[/] — {data['status']}, {timer}",
            f"attempts: {data['attempts']}, last verdict: {data['last_verdict'] or '—'}, hints: {data['hints_shown']}",
            f"solution: {data['solution']}",
        ]
    )
    if data.get("mock_round"):
        _say([f"mock round running: {fmt_duration(data['mock_round']['seconds_left'])} left (drill mock status)"])
    return errors.EXIT_OK


def where_am_i() -> None:
    ws = workspace.find()
    lines = ["[bold]drill[/] — a local judge for the Blind 75."]
    current = None
    if ws.exists:
        from .state import State

        current = State(ws.state_path, create=False).current
    if current:
        lines.append(f"Current problem: [bold]{current}[/] ({ws.solution(current)})")
        lines.append("Next: edit the file, then [bold]drill check[/] (or drill hint / drill status).")
    else:
        lines.append("Next: [bold]drill list[/] to see the problems, [bold]drill start two-sum[/] to begin.")
    lines.append("All commands: drill --help")
    _say(lines)


# -------------------------------------------------------------------- start / prompt / reset


def start(name: str, edit: bool) -> int:
    from .render import prompt_lines

    slug = problems.resolve(name)
    problem = problems.load(slug)
    session = Session(create=True)
    path = session.ws.solution(slug)
    kept = path.exists()
    if not kept:
        session.ws.write_solution(slug, problem.stub)
    fresh = session.state.start(slug, clock.now())
    _say(prompt_lines(problem))
    lines = []
    if kept:
        lines.append(f"Kept your existing attempt: {path}")
    else:
        lines.append(f"Your stub: {path}")
    lines.append("The clock is running." if fresh else "The clock kept running from your first start.")
    lines.append(f"Next: write your solution, then [bold]drill check[/]  (hints: drill hint {slug})")
    _say(lines)
    if edit:
        _open_editor(path)
    return errors.EXIT_OK


def _open_editor(path: Path) -> None:
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise DrillError("--edit needs $VISUAL or $EDITOR to be set")
    import shlex
    import subprocess

    try:
        subprocess.call([*shlex.split(editor), str(path)])
    except OSError as e:
        raise DrillError(f"cannot run the editor {editor!r}: {e.strerror}") from None


def prompt(name: str | None) -> int:
    from .render import prompt_lines

    if name:
        slug = problems.resolve(name)
    else:
        slug = Session(create=False).slug_or_current(None)
    _say(prompt_lines(problems.load(slug)))
    return errors.EXIT_OK


def reset(name: str, yes: bool) -> int:
    slug = problems.resolve(name)
    problem = problems.load(slug)
    session = Session(create=True)
    path = session.ws.solution(slug)
    if path.exists() and path.read_text(encoding="utf-8", errors="replace") == problem.stub:
        _say([f"{path} is already the stub; nothing to reset."])
        return errors.EXIT_OK
    if path.exists() and not yes:
        if not sys.stdin.isatty():
            raise DrillError("reset replaces your attempt (a backup is kept); confirm with --yes")
        click.confirm(f"Put the stub back in {path}? Your attempt is kept as a backup", abort=True)
    backup = session.ws.backup(slug, clock.now())
    session.ws.write_solution(slug, problem.stub)
    lines = [f"Stub restored in {path}."]
    if backup:
        lines.append(f"Your attempt is saved as {backup}")
    _say(lines)
    return errors.EXIT_OK


# -------------------------------------------------------------------- hint / reveal


def hint(name: str | None, as_json: bool) -> int:
    from . import mock

    session = Session(create=True)
    slug = session.slug_or_current(name)
    problem = problems.load(slug)
    now = clock.now()
    shown = session.state.progress(slug).hints_shown
    round_id = mock.active_round_id(session.state, slug, now)
    if shown >= len(problem.hints):
        message = f"All {len(problem.hints)} hints are shown. The give-up path: drill reveal {slug}"
        if as_json:
            _json_out({"slug": slug, "hints": problem.hints, "number": None, "message": message})
        else:
            _say([f"Hint {i}: {h}" for i, h in enumerate(problem.hints, 1)] + [message])
        return errors.EXIT_OK
    number = shown + 1
    session.state.record_hint(slug, number, now, round_id)
    if as_json:
        _json_out({"slug": slug, "number": number, "of": len(problem.hints), "hint": problem.hints[number - 1]})
        return errors.EXIT_OK
    lines = [f"[dim]Hint {i}: {h}[/]" for i, h in enumerate(problem.hints[: number - 1], 1)]
    lines.append(f"[bold]Hint {number}/{len(problem.hints)}:[/] {problem.hints[number - 1]}")
    if round_id is not None:
        lines.append("[yellow]This hint counts against your mock round's score.[/]")
    _say(lines)
    return errors.EXIT_OK


def reveal(name: str | None, yes: bool, as_json: bool) -> int:
    from . import mock
    from .render import reveal_lines

    session = Session(create=True)
    slug = session.slug_or_current(name)
    problem = problems.load(slug)
    now = clock.now()
    mock.forbid_reveal_during_round(session.state)
    prog = session.state.progress(slug)
    solved = prog.status == "solved"
    if not solved and not yes:
        if not sys.stdin.isatty() or as_json:
            raise DrillError(f"{slug} is not solved yet: revealing the answer is recorded as giving up; confirm with --yes")
        click.confirm(f"{slug} is not solved yet. Reveal the reference (recorded as a give-up)?", abort=True)
    session.state.record_reveal(slug, now, before_solved=not solved)
    if as_json:
        _json_out(
            {
                "slug": slug,
                "reference": problem.reference_path.read_text(encoding="utf-8"),
                "brute_force": problem.brute_path.read_text(encoding="utf-8"),
                "notes": problem.notes,
                "follow_up": problem.follow_up,
                "before_solved": not solved,
            }
        )
    else:
        _say(reveal_lines(problem))
    return errors.EXIT_OK
