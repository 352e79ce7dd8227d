"""Working on a problem: `drill start` and `drill reset`."""

from __future__ import annotations

import os
from pathlib import Path

from .. import clock, errors, problems
from ..errors import DrillError
from . import Session, confirm, say


def start(name: str, edit: bool) -> int:
    from ..render.problem import prompt_lines

    slug = problems.resolve(name)
    session = Session(create=True)
    problem, path, kept, fresh = begin(session, slug)
    say(prompt_lines(problem))
    say(
        [
            f"Kept your existing attempt: {path}" if kept else f"Your stub: {path}",
            "The clock is running." if fresh else "The clock kept running from your first start.",
            f"Next: write your solution, then [bold]drill check[/]  (hints: drill hint {slug})",
        ]
    )
    if edit:
        open_editor(path)
    return errors.EXIT_OK


def begin(session: Session, slug: str):
    """Make `slug` the current problem: its stub in place unless an attempt exists, its clock running.
    (problem, solution path, whether an attempt was kept, whether the clock started now)."""
    problem = problems.load(slug)
    path = session.ws.solution(slug)
    kept = path.exists()
    if not kept:
        session.ws.write_solution(slug, problem.stub)
    fresh = session.state.start(slug, clock.now())
    return problem, path, kept, fresh


def open_editor(path: Path) -> None:
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise DrillError("--edit needs $VISUAL or $EDITOR to be set")
    import shlex
    import subprocess

    try:
        subprocess.call([*shlex.split(editor), str(path)])
    except OSError as e:
        raise DrillError(f"cannot run the editor {editor!r}: {e.strerror}") from None


def reset(name: str, yes: bool) -> int:
    slug = problems.resolve(name)
    problem = problems.load(slug)
    session = Session(create=True)
    path = session.ws.solution(slug)
    if path.exists() and path.read_text(encoding="utf-8", errors="replace") == problem.stub:
        say([f"{path} is already the stub; nothing to reset."])
        return errors.EXIT_OK
    if path.exists():
        confirm(
            f"Put the stub back in {path}? Your attempt is kept as a backup",
            "reset replaces your attempt (a backup is kept); confirm with --yes",
            yes,
        )
    backup = session.ws.backup(slug, clock.now())
    session.ws.write_solution(slug, problem.stub)
    say([f"Stub restored in {path}."] + ([f"Your attempt is saved as {backup}"] if backup else []))
    return errors.EXIT_OK
