"""Progress figures for `drill stats`: facts only, from the state file and the bank's metadata.

Per category solved (optimally) / attempted / total; practice days over the
last 12 weeks; time to first acceptance by difficulty; the problems whose last
check failed; hints and reveals used; and a place for pattern-recognition
accuracy, which the pattern quiz fills (empty until it has answers).
`drill.render.stats` draws them; `--json` prints the same figures.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import asdict, dataclass, field

from .vocab import CATEGORIES, DIFFICULTIES, SOLVED

WEEKS = 12


@dataclass
class CategoryFigures:
    category: str
    total: int = 0
    attempted: int = 0  # any progress: started, checked, solved or revealed
    solved: int = 0  # accepted (optimal ones included)
    optimal: int = 0  # accepted at the optimal class
    revealed: int = 0  # given up (revealed before solving)


@dataclass
class PracticeDay:
    date: str
    actions: int  # starts, checks and runs that day


@dataclass
class Calendar:
    first: str  # a Monday, WEEKS - 1 weeks before this week's
    today: str
    days: list[PracticeDay]  # from `first` through today
    practice_days: int
    current_streak: int  # days in a row with practice, ending today (or yesterday, when today has none yet)
    longest_streak: int


@dataclass
class SolveTimes:
    difficulty: str
    problems: list[dict] = field(default_factory=list)  # {slug, seconds}, fastest first
    median_seconds: float | None = None

    @property
    def solved(self) -> int:
        return len(self.problems)


@dataclass
class Failing:
    slug: str
    verdict: str
    at: float
    solved_before: bool  # accepted earlier: the last check is a regression


@dataclass
class Stats:
    total: int
    attempted: int
    solved: int
    optimal: int
    categories: list[CategoryFigures]
    calendar: Calendar
    solve_times: list[SolveTimes]
    failing: list[Failing]
    help: dict
    # Recognition accuracy per pattern, from the pattern quiz: [{pattern, asked, right}]. Filled by
    # `recognition(state)` once the quiz records answers; an empty list (shown as such) until then.
    # render.stats.recognition_line draws it (right/asked per pattern).
    pattern_recognition: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        out = asdict(self)
        for st_, d in zip(self.solve_times, out["solve_times"]):
            d["solved"] = st_.solved
        return out


def recognition(state) -> list[dict]:
    """Recognition accuracy per pattern: [{"pattern", "asked", "right"}], one per pattern asked (in
    `drill quiz` or `drill classify`, from the `pattern_answers` store of drill.recognition)."""
    from .recognition import accuracy

    return [{"pattern": p, "asked": asked, "right": right} for p, (right, asked) in accuracy(state).items()]


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _streaks(active: set[dt.date], today: dt.date) -> tuple[int, int]:
    current, day = 0, today if today in active else today - dt.timedelta(days=1)
    while day in active:
        current += 1
        day -= dt.timedelta(days=1)
    longest = run = 0
    previous = None
    for d in sorted(active):
        run = run + 1 if previous is not None and d - previous == dt.timedelta(days=1) else 1
        longest = max(longest, run)
        previous = d
    return current, longest


def calendar(state, now: float) -> Calendar:
    today = dt.datetime.fromtimestamp(now).date()
    first = monday_of(today) - dt.timedelta(weeks=WEEKS - 1)
    counts: dict[dt.date, int] = {}
    for at, _what in state.activity(0.0):
        day = dt.datetime.fromtimestamp(at).date()
        counts[day] = counts.get(day, 0) + 1
    active = {d for d in counts if d <= today}
    current, longest = _streaks(active, today)
    days = [
        PracticeDay((first + dt.timedelta(days=i)).isoformat(), counts.get(first + dt.timedelta(days=i), 0))
        for i in range((today - first).days + 1)
    ]
    return Calendar(first.isoformat(), today.isoformat(), days, sum(1 for d in days if d.actions), current, longest)


def gather(state, summaries: list, now: float) -> Stats:
    """Every figure of `drill stats`, from the learner's state and the bank's summaries."""
    progress = state.all_progress()
    cats = {c: CategoryFigures(c) for c in CATEGORIES}
    difficulty = {}
    for s in summaries:
        fig = cats.setdefault(s.category, CategoryFigures(s.category))
        difficulty[s.slug] = s.difficulty
        fig.total += 1
        p = progress.get(s.slug)
        if p is None or p.status == "new":
            continue
        fig.attempted += 1
        fig.solved += p.status in SOLVED
        fig.optimal += p.status == "optimal"
        fig.revealed += p.status == "revealed"
    categories = [f for f in cats.values() if f.total]
    times = {d: SolveTimes(d) for d in DIFFICULTIES}
    for slug, p in progress.items():
        if p.solve_seconds is not None and slug in difficulty:
            times[difficulty[slug]].problems.append({"slug": slug, "seconds": p.solve_seconds})
    for t in times.values():
        t.problems.sort(key=lambda x: x["seconds"])
        if t.problems:
            t.median_seconds = statistics.median(x["seconds"] for x in t.problems)
    failing = [
        Failing(slug, verdict, at, progress[slug].solved_at is not None if slug in progress else False)
        for slug, (verdict, at) in state.last_checks().items()
        if verdict != "accepted" and slug in difficulty
    ]
    failing.sort(key=lambda f: -f.at)
    help_used = state.help_used()
    help_used["solved_without_help"] = sum(
        1 for p in progress.values() if p.status in SOLVED and p.hints_shown == 0 and not p.revealed
    )
    return Stats(
        total=sum(f.total for f in categories),
        attempted=sum(f.attempted for f in categories),
        solved=sum(f.solved for f in categories),
        optimal=sum(f.optimal for f in categories),
        categories=categories,
        calendar=calendar(state, now),
        solve_times=list(times.values()),
        failing=failing,
        help=help_used,
        pattern_recognition=recognition(state),
    )
