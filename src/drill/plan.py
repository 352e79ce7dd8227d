"""Study plans: the bank laid over 14, 28 or 60 days, and where the learner stands in one.

Laying out: the bank's order (`progression.order`: easier first within a
category, categories interleaved evenly, each spread over the whole plan);
every week ends with timed mock practice (a mock round, no new problems that
day), and so does the plan. Problems solved before planning are kept as done,
never scheduled again. Every function returns facts; `drill.render.plan`
words them. `plan_next` is what `progression.next_problem` asks for.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass, field

from . import progression
from .errors import DrillError
from .plans import MOCK, PROBLEM, Item, Plan, Plans
from .vocab import SOLVED

LENGTHS = (14, 28, 60)
MOCK_EVERY = 7  # each week of a plan ends with timed mock practice


def mock_days(days: int) -> list[int]:
    """The days of a plan given to a mock round: the end of each week, and the plan's last day."""
    return sorted(set(range(MOCK_EVERY, days + 1, MOCK_EVERY)) | {days})


def lay_out(summaries: list, solved: set[str], days: int, per_day: int | None) -> list[Item]:
    """The items of a plan: solved problems as done (day 0), the rest over the problem days, mocks on theirs."""
    if days not in LENGTHS:
        raise DrillError(f"a plan is {', '.join(map(str, LENGTHS))} days long, not {days}")
    ordered = progression.order(summaries)
    todo = [s.slug for s in ordered if s.slug not in solved]
    done = [s.slug for s in ordered if s.slug in solved]
    mocks = mock_days(days)
    problem_days = [d for d in range(1, days + 1) if d not in mocks]
    if per_day is not None:
        if per_day < 1:
            raise DrillError("--per-day takes a whole number of at least 1")
        room = per_day * len(problem_days)
        if room < len(todo):
            need = math.ceil(len(todo) / len(problem_days))
            raise DrillError(
                f"{len(todo)} problems do not fit in {days} days at {per_day} a day ({len(problem_days)} problem days "
                f"hold {room}); take --per-day {need} or more, or a longer plan"
            )
        counts = [min(per_day, max(0, len(todo) - per_day * i)) for i in range(len(problem_days))]
    else:
        # Spread evenly: day i gets the problems between i/P and (i+1)/P of the way.
        n, p = len(todo), len(problem_days)
        counts = [(i + 1) * n // p - i * n // p for i in range(p)]
    items: list[Item] = [Item(0, 0, PROBLEM, slug) for slug in done]
    it = iter(todo)
    per = dict(zip(problem_days, counts))
    for day in range(1, days + 1):
        if day in mocks:
            items.append(Item(0, day, MOCK))
            continue
        for _ in range(per[day]):
            items.append(Item(0, day, PROBLEM, next(it)))
    for position, item in enumerate(items):
        item.position = position
    return items


def parse_start(text: str | None, today: dt.date) -> dt.date:
    if text is None:
        return today
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise DrillError(f"--start {text!r} is not a date: write it as YYYY-MM-DD, e.g. {today.isoformat()}") from None


def today_of(now: float) -> dt.date:
    """The learner's calendar day (local time) at `now`."""
    return dt.datetime.fromtimestamp(now).date()


def solved(state) -> set[str]:
    """What re-planning keeps: the problems accepted so far (never scheduled again)."""
    return {slug for slug, p in state.all_progress().items() if p.status in SOLVED}


def make(state, summaries: list, days: int, start: dt.date, per_day: int | None, now: float) -> int:
    """Lay out and store a plan (replacing the active one); what was solved stays solved and is not rescheduled."""
    return Plans(state).create(now, start, days, per_day, lay_out(summaries, solved(state), days, per_day))


# ------------------------------------------------------------------ where the learner stands


@dataclass
class Planned:
    slug: str
    day: int
    status: str  # the problem's progress status (vocab.STATUSES)

    @property
    def solved(self) -> bool:
        return self.status in SOLVED


@dataclass
class Day:
    day: int
    date: str
    problems: list[Planned] = field(default_factory=list)
    mock: bool = False
    mock_done: bool = False


@dataclass
class Standing:
    """A plan on a given day: today's work, what is overdue, ahead or behind."""

    plan_id: int
    length: int
    per_day: int | None
    start: str
    end: str
    today: str
    day: int  # today's day of the plan: below 1 before it starts, above `length` after it ends
    days: list[Day]
    planned: int  # problems laid over the days
    solved: int  # of them, solved (at any time)
    done_before: int  # solved before the plan was made (not scheduled)
    expected_by_yesterday: int  # problems scheduled before today
    expected_by_tonight: int  # ... through today
    overdue: list[Planned]
    missed_mocks: list[int]  # mock days before today with no round started for them
    mocks_done: int
    next: str | None  # the next unsolved problem of the plan

    @property
    def ahead(self) -> int:
        return max(0, self.solved - self.expected_by_tonight)

    @property
    def behind(self) -> int:
        return max(0, self.expected_by_yesterday - self.solved)

    @property
    def today_day(self) -> Day | None:
        return next((d for d in self.days if d.day == self.day), None)

    def to_dict(self) -> dict:
        return asdict(self) | {"ahead": self.ahead, "behind": self.behind}


def standing(state, now: float, plan: Plan | None = None) -> Standing | None:
    """Where the learner stands in the active plan today; None when there is no plan."""
    from .rounds import Rounds

    plan = plan or Plans(state).active()
    if plan is None:
        return None
    today = today_of(now)
    day_now = (today - plan.start).days + 1
    progress = state.all_progress()

    def planned_of(item: Item) -> Planned:
        p = progress.get(item.slug)
        return Planned(item.slug, item.day, p.status if p else "new")

    length = max([plan.days, *(it.day for it in plan.items)])
    days = [Day(d, (plan.start + dt.timedelta(days=d - 1)).isoformat()) for d in range(1, length + 1)]
    planned = [planned_of(it) for it in plan.items if it.kind == PROBLEM and it.day >= 1]
    for e in planned:
        days[e.day - 1].problems.append(e)
    # Mock practice: the first k mock days are done when k rounds were started since the plan began.
    start_ts = dt.datetime.combine(plan.start, dt.time()).timestamp()
    rounds = [r for r in Rounds(state).all() if r.started_at >= start_ts]
    mock_list = [it.day for it in plan.items if it.kind == MOCK]
    for k, d in enumerate(mock_list):
        days[d - 1].mock = True
        days[d - 1].mock_done = k < len(rounds)
    unsolved = [e for e in planned if not e.solved]
    return Standing(
        plan_id=plan.id,
        length=length,
        per_day=plan.per_day,
        start=plan.start.isoformat(),
        end=days[-1].date,
        today=today.isoformat(),
        day=day_now,
        days=days,
        planned=len(planned),
        solved=sum(e.solved for e in planned),
        done_before=sum(1 for it in plan.items if it.kind == PROBLEM and it.day == 0),
        expected_by_yesterday=sum(1 for e in planned if e.day < day_now),
        expected_by_tonight=sum(1 for e in planned if e.day <= day_now),
        overdue=[e for e in unsolved if e.day < day_now],
        missed_mocks=[d for d in mock_list if d < day_now and not days[d - 1].mock_done],
        mocks_done=min(len(rounds), len(mock_list)),
        next=unsolved[0].slug if unsolved else None,
    )


def plan_next(state, now: float) -> str | None:
    """The next unsolved problem of the active plan (overdue ones first, in plan order), or None."""
    s = standing(state, now)
    return s.next if s is not None else None
