"""Seeing progress and following a plan: `drill stats` and `drill plan`."""

from __future__ import annotations

from .. import clock, errors, problems, workspace
from ..errors import DrillError
from . import Session, json_out, notice, say


def _state():
    """The workspace's state, read-only (an empty one when there is no workspace yet)."""
    from ..state import State

    return State(workspace.find().state_path, create=False)


def _catalog() -> list:
    summaries, broken = problems.catalog()
    for line in broken:
        notice(f"drill: {line}")
    return summaries


def stats(as_json: bool) -> int:
    from .. import stats as figures
    from ..render import data
    from ..render.stats import stats_lines

    s = figures.gather(_state(), _catalog(), clock.now())
    if as_json:
        json_out(data.stats(s))
    else:
        say(stats_lines(s))
    return errors.EXIT_OK


def plan(days: int | None, start: str | None, per_day: int | None, show_all: bool, as_json: bool) -> int:
    from .. import plan as plans
    from ..plans import Plans
    from ..render import data
    from ..render.plan import made_lines, plan_lines

    now = clock.now()
    summaries = _catalog()
    made = None
    if days is None and (start is not None or per_day is not None):
        active = Plans(_state()).active()
        if active is None:
            raise DrillError("--start and --per-day shape a new plan: give its length too, --days 14, 28 or 60")
        days = active.days
    if days is not None:
        # Everything that can refuse the options runs before a workspace is made.
        first = plans.parse_start(start, plans.today_of(now))
        plans.lay_out(summaries, plans.solved(_state()), days, per_day)
        state = Session(create=True).state
        plans.make(state, summaries, days, first, per_day, now)
        made = plans.standing(state, now)
    else:
        state = _state()
    standing = made or plans.standing(state, now)
    if as_json:
        json_out(data.plan(standing))
        return errors.EXIT_OK
    info = {s.slug: s for s in summaries}
    lines = made_lines(standing) if made is not None else []
    say(lines + plan_lines(standing, info, show_all))
    return errors.EXIT_OK
