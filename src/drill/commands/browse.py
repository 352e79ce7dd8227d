"""Looking around: `drill list`, `drill status`, `drill prompt`, and bare `drill`."""

from __future__ import annotations

from .. import clock, errors, workspace
from ..vocab import SOLVED
from . import Session, echo, json_out, notice, say


def date_reviews(state) -> None:
    """Date what is not dated yet (a file of an earlier release); the logic and FSRS load only then."""
    from .. import reviews

    if reviews.pending(state):
        from .. import retention

        retention.catch_up(state)


def list_problems(category: str | None, difficulty: str | None, status: str | None, as_json: bool) -> int:
    from ..render.listing import list_lines

    from ..catalog import catalog

    summaries, broken = catalog()
    for line in broken:
        notice(f"drill: {line}")
    ws = workspace.find()
    progress, cards = {}, {}
    if ws.exists:
        from .. import reviews
        from ..state import State

        state = State(ws.state_path, create=False)
        date_reviews(state)
        progress, cards = state.all_progress(), reviews.cards(state)
    rows = []
    for s in summaries:
        p = progress.get(s.slug)
        row = {
            "slug": s.slug,
            "title": s.title,
            "leetcode": s.leetcode,
            "category": s.category,
            "difficulty": s.difficulty,
            "lists": list(s.lists),
            "status": p.status if p else "new",
            "attempts": p.attempts if p else 0,
            "best_seconds": p.best_seconds if p else None,
            "review_due_at": cards[s.slug].due if s.slug in cards else None,  # the next review (FSRS), once reviewed
        }
        if (category and row["category"] != category) or (difficulty and row["difficulty"] != difficulty):
            continue
        if status and row["status"] != status:
            continue
        rows.append(row)
    if as_json:
        json_out({"version": 1, "problems": rows})
    else:
        from ..render.plain import colour_on

        echo(list_lines(rows, colour_on(), clock.now()))
    return errors.EXIT_OK


def status(as_json: bool) -> int:
    from .. import mock
    from ..render.listing import status_lines

    ws = workspace.find()
    data: dict = {"workspace": str(ws.root), "current": None}
    if ws.exists:
        session = Session(create=False)
        current = session.state.current
        now = clock.now()
        if current:
            p = session.state.progress(current)
            data.update(
                current=current,
                status=p.status,
                started_at=p.started_at,
                running_seconds=(now - p.started_at) if p.started_at and p.status not in SOLVED else None,
                optimal=p.status == "optimal",
                optimal_seconds=p.optimal_seconds,
                solve_seconds=p.solve_seconds,
                attempts=p.attempts,
                last_verdict=p.last_verdict,
                hints_shown=p.hints_shown,
                solution=str(ws.solution(current)),
                review=_review(session.state, current, p.started_at, now),
            )
        data["mock_round"] = mock.round_summary(session.state, now)
    if as_json:
        json_out(data)
    else:
        say(status_lines(data, clock.now()))
    return errors.EXIT_OK


def _review(state, slug: str, started_at: float | None, now: float) -> dict | None:
    """The current problem's review: when it is due, and whether it is open (re-opened, not yet
    accepted; its clock then runs from the re-opening)."""
    from .. import reviews

    card = reviews.cards(state).get(slug)
    if card is None:
        return None
    running = now - started_at if card.opened_at is not None and started_at else None
    return {"due_at": card.due, "open": card.opened_at is not None, "running_seconds": running}


def where_am_i() -> None:
    from ..render.listing import where_lines

    ws = workspace.find()
    current, due, lines = None, [], []
    if ws.exists:
        from .. import plan, reviews
        from ..render.plan import today_lines
        from ..state import State

        state = State(ws.state_path, create=False)
        current = state.current
        standing = plan.standing(state, clock.now())
        if standing is not None:
            lines = today_lines(standing)
        date_reviews(state)
        due = reviews.due_reviews(state, clock.now())
    say(where_lines(current, ws.solution(current) if current else None, due) + lines)


def prompt(name: str | None) -> int:
    from ..render.problem import prompt_lines

    from .. import problems

    slug = problems.resolve(name) if name else Session(create=False).slug_or_current(None)
    say(prompt_lines(problems.load(slug)))
    return errors.EXIT_OK
