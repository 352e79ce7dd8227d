"""Looking around: `drill list`, `drill status`, `drill prompt`, and bare `drill`."""

from __future__ import annotations

from .. import clock, errors, problems, workspace
from ..vocab import SOLVED
from . import Session, echo, json_out, notice, say


def list_problems(category: str | None, difficulty: str | None, status: str | None, as_json: bool) -> int:
    from ..render.listing import list_lines

    summaries, broken = problems.catalog()
    for line in broken:
        notice(f"drill: {line}")
    ws = workspace.find()
    progress = {}
    if ws.exists:
        from ..state import State

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
            "lists": list(s.lists),
            "status": p.status if p else "new",
            "attempts": p.attempts if p else 0,
            "best_seconds": p.best_seconds if p else None,
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

        echo(list_lines(rows, colour_on()))
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
            )
        data["mock_round"] = mock.round_summary(session.state, now)
    if as_json:
        json_out(data)
    else:
        say(status_lines(data))
    return errors.EXIT_OK


def where_am_i() -> None:
    from ..render.listing import where_lines

    ws = workspace.find()
    current = None
    lines = []
    if ws.exists:
        from .. import plan
        from ..render.plan import today_lines
        from ..state import State

        state = State(ws.state_path, create=False)
        current = state.current
        standing = plan.standing(state, clock.now())
        if standing is not None:
            lines = today_lines(standing)
    say(where_lines(current, ws.solution(current) if current else None) + lines)


def prompt(name: str | None) -> int:
    from ..render.problem import prompt_lines

    slug = problems.resolve(name) if name else Session(create=False).slug_or_current(None)
    say(prompt_lines(problems.load(slug)))
    return errors.EXIT_OK
