"""Getting help: `drill hint` (three graded hints) and `drill reveal` (the give-up path)."""

from __future__ import annotations

from .. import clock, errors, problems
from ..errors import DrillError
from ..vocab import SOLVED
from . import Session, confirm, json_out, say


def hint(name: str | None, as_json: bool) -> int:
    from .. import mock

    session = Session(create=True)
    slug = session.slug_or_current(name)
    problem = problems.load(slug)
    now = clock.now()
    shown = session.state.progress(slug).hints_shown
    round_id = mock.active_round_id(session.state, slug, now)
    if shown >= len(problem.hints):
        message = f"All {len(problem.hints)} hints are shown. The give-up path: drill reveal {slug}"
        if as_json:
            json_out({"slug": slug, "hints": problem.hints, "number": None, "message": message})
        else:
            say([f"Hint {i}: {h}" for i, h in enumerate(problem.hints, 1)] + [message])
        return errors.EXIT_OK
    number = shown + 1
    session.state.record_hint(slug, number, now, round_id)
    if as_json:
        json_out({"slug": slug, "number": number, "of": len(problem.hints), "hint": problem.hints[number - 1]})
        return errors.EXIT_OK
    lines = [f"[dim]Hint {i}: {h}[/]" for i, h in enumerate(problem.hints[: number - 1], 1)]
    lines.append(f"[bold]Hint {number}/{len(problem.hints)}:[/] {problem.hints[number - 1]}")
    if round_id is not None:
        lines.append("[yellow]This hint counts against your mock round's score.[/]")
    say(lines)
    return errors.EXIT_OK


def reveal(name: str | None, yes: bool, as_json: bool) -> int:
    from .. import mock
    from ..render.problem import reveal_lines

    session = Session(create=True)
    slug = session.slug_or_current(name)
    problem = problems.load(slug)
    now = clock.now()
    mock.forbid_reveal_during_round(session.state)
    solved = session.state.progress(slug).status in SOLVED
    reviewing = _review_open(session.state, slug)
    if not solved or reviewing:
        what = "is open for review" if solved else "is not solved yet"
        refusal = f"{slug} {what}: revealing the answer is recorded as giving up; confirm with --yes"
        if as_json and not yes:
            raise DrillError(refusal)  # never a question in the middle of JSON output
        confirm(f"{slug} {what}. Reveal the reference (recorded as a give-up)?", refusal, yes)
    session.state.record_reveal(slug, now, before_solved=not solved)
    if as_json:
        json_out(
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
        say(reveal_lines(problem))
    return errors.EXIT_OK


def _review_open(state, slug: str) -> bool:
    """A review re-opened by drill next and not accepted yet: a reveal now gives it up."""
    from .. import reviews

    due = reviews.cards(state).get(slug)
    return due is not None and due.opened_at is not None
