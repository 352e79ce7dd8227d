"""Working on a problem: `drill start` and `drill reset`."""

from __future__ import annotations

import os
from pathlib import Path

from .. import clock, errors, problems
from ..errors import DrillError
from . import Session, confirm, say


def start(name: str, edit: bool) -> int:
    from ..render.problem import prompt_lines

    from .. import reviews

    slug = problems.resolve(name)
    problem = problems.load(slug)
    session = Session(create=True)
    path, kept, fresh = begin(session, problem)
    say(prompt_lines(problem))
    due = [d for d in reviews.due_reviews(session.state, clock.now()) if d.slug == slug and d.opened_at is None]
    say(
        [
            f"Kept your existing attempt: {path}" if kept else f"Your stub: {path}",
            "The clock is running." if fresh else "The clock kept running from your first start.",
            *([f"{slug} is due for review: [bold]drill next[/] opens it with a fresh stub and the clock (a review)."] if due else []),
            f"Next: write your solution, then [bold]drill check[/]  (hints: drill hint {slug})",
        ]
    )
    if edit:
        open_editor(path)
    return errors.EXIT_OK


def begin(session, problem) -> tuple[Path, bool, bool]:
    """Open a problem: the stub in place unless an attempt exists, the clock started unless it runs,
    the problem current. Returns (solution path, attempt kept, clock started anew)."""
    path = session.ws.solution(problem.slug)
    kept = path.exists()
    if not kept:
        session.ws.write_solution(problem.slug, problem.stub)
    fresh = session.state.start(problem.slug, clock.now())
    return path, kept, fresh


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
