"""`drill next`: what to do now (a review that is due, else new work), and `--rate` to override a rating."""

from __future__ import annotations

from .. import clock, errors, problems, retention
from ..errors import DrillError
from ..rounds import Rounds
from . import Session, json_out, say


def next_(rate: str | None, as_json: bool) -> int:
    from ..render.retention import next_lines, rated_line
    from .practice import begin

    session = Session(create=True)
    state, now = session.state, clock.now()
    if Rounds(state).open() is not None:
        raise DrillError("a mock round is running: finish it first (drill mock status; drill mock end)")
    retention.catch_up(state)
    rated = None
    if rate:
        review, before = retention.rate_last(state, rate, now)
        rated = {"slug": review.slug, "rating": review.rating, "was": before, "evidence": review.evidence, "due_at": review.due}
        if not as_json:
            say([rated_line(review, before, now)])
    step = retention.choose_next(state, now)
    problem = problems.load(step.slug) if step.slug else None
    backup, kept, solution = None, False, None
    if step.kind == "review" and not step.reopened:
        backup = retention.open_review(state, session.ws, problem, now)
        solution = session.ws.solution(step.slug)
    elif step.kind == "review":
        state.write(state.make_current(step.slug))
        solution = session.ws.solution(step.slug)
    elif problem is not None:
        solution, kept, _ = begin(session, problem)
    progress = state.progress(step.slug) if step.slug else None
    if as_json:
        json_out(
            {
                "version": 1,
                "kind": step.kind,
                "slug": step.slug,
                "due_at": step.due,
                "reopened": step.reopened,
                "solution": str(solution) if solution else None,
                "backup": str(backup) if backup else None,
                "kept": kept,
                "next_review": {"slug": step.upcoming.slug, "due_at": step.upcoming.due} if step.upcoming else None,
                "dated": step.dated,
                "rated": rated,
            }
        )
        return errors.EXIT_OK
    lines = next_lines(step, problem, now, solution, backup, kept, progress)
    if not step.dated:
        lines.append(f"[yellow]Some reviews are not dated: {retention.NO_FSRS}[/]")
    say(lines)
    return errors.EXIT_OK
