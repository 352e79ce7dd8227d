"""Timed mock interview rounds: pick, run against the wall clock, close, score.

A round lives in the state file (`drill.rounds`), so closing the terminal and
coming back shows the same countdown. Checks of a round's problems count toward
it until the deadline; later ones are recorded as late and do not count. Every
function here returns facts; `drill.render.mock` words them.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field

from . import problems
from .errors import DrillError
from .rounds import Round, Rounds

# The score rule, stated once; render.mock shows it with every report.
POINTS_SOLVED = 100
POINTS_NOT_OPTIMAL = 70  # accepted, but of a worse complexity class than the reference's
HINT_COST = 15
WRONG_COST = 5
FLOOR_SOLVED = 40
# Without --difficulty, the first problem is easy or medium and the rest medium or hard.
LEVELS = (("easy", "medium"), ("medium", "hard"))


@dataclass
class RoundInfo:
    """How a check relates to the open round."""

    round_id: int | None = None  # the round the check counts toward (or would, if not late)
    late: bool = False  # made after the deadline: recorded, never counted

    @property
    def locked(self) -> bool:
        """The notes stay locked: the problem belongs to a round that is not closed."""
        return self.round_id is not None


@dataclass
class ProblemResult:
    slug: str
    verdict: str | None
    first_accepted_seconds: float | None
    wrong_submissions: int
    checks: int
    hints: int
    late_checks: int
    growth: str | None
    points: int
    optimal: bool | None = None  # the best acceptance in time was at the reference's class


@dataclass
class RoundReport:
    round_id: int
    started_at: float
    deadline: float
    ended_at: float | None
    problems: list[ProblemResult] = field(default_factory=list)
    score: float = 0.0
    earlier_scores: list[float] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def points(accepted: bool, hints: int, wrong: int, optimal: bool = True) -> int:
    """One problem's points under the score rule."""
    if not accepted:
        return 0
    base = POINTS_SOLVED if optimal else POINTS_NOT_OPTIMAL
    return max(FLOOR_SOLVED, base - HINT_COST * hints - WRONG_COST * wrong)


# ------------------------------------------------------------------ during a round


def attach_check(state, slug: str, now: float) -> RoundInfo:
    rounds = Rounds(state)
    r = rounds.open()
    if r is None or slug not in rounds.slugs(r.id):
        return RoundInfo()
    return RoundInfo(r.id, late=r.time_up(now))


def active_round_id(state, slug: str, now: float) -> int | None:
    """The round a hint of `slug` counts against now, if any."""
    info = attach_check(state, slug, now)
    return None if info.late else info.round_id


def forbid_reveal_during_round(state) -> None:
    """Reveals are locked while a round runs (for every problem: no peeking)."""
    if Rounds(state).open() is not None:
        raise DrillError("reveals are locked until the mock round ends (drill mock status; drill mock end)")


def round_summary(state, now: float) -> dict | None:
    rounds = Rounds(state)
    r = rounds.open()
    if r is None:
        return None
    return {
        "round_id": r.id,
        "seconds_left": max(0.0, r.deadline - now),
        "time_up": r.time_up(now),
        "problems": [asdict(p) for p in _results(rounds, r)],
    }


# ------------------------------------------------------------------ picking


def pick(state, count: int, category: str | None, difficulty: str | None, seed: int) -> list[str]:
    """Unsolved problems first (random among them), then those solved longest ago; different
    categories where possible; easy-or-medium then medium-or-hard unless a difficulty is given."""
    summaries, _ = problems.catalog()
    pool = [s for s in summaries if (not category or s.category == category) and (not difficulty or s.difficulty == difficulty)]
    if count < 1:
        raise DrillError("--count must be at least 1")
    if count > len(pool):
        what = " ".join(x for x in (category, difficulty) if x) or "all"
        raise DrillError(f"--count {count} is more than the {len(pool)} problems available ({what})")
    rng = random.Random(seed)
    progress = state.all_progress()

    def staleness(s):
        p = progress.get(s.slug)
        solved_at = p.solved_at if p and p.solved_at else None
        return (0, rng.random()) if solved_at is None else (1, solved_at)

    ranked = sorted(pool, key=staleness)
    chosen: list = []
    for i in range(count):
        levels = None if difficulty else LEVELS[min(i, len(LEVELS) - 1)]
        used = {c.category for c in chosen}
        options = [s for s in ranked if s not in chosen]
        for prefer in (
            lambda s: (levels is None or s.difficulty in levels) and s.category not in used,
            lambda s: levels is None or s.difficulty in levels,
            lambda s: True,
        ):
            match = [s for s in options if prefer(s)]
            if match:
                chosen.append(match[0])
                break
    return [c.slug for c in chosen]


def start_round(state, ws, count: int, minutes: float, category, difficulty, seed: int | None, now: float) -> tuple[int, list[str], list]:
    rounds = Rounds(state)
    r = rounds.open()
    if r is not None:
        if not r.time_up(now):
            raise DrillError(f"mock round {r.id} is still running ({int((r.deadline - now) // 60)} min left): drill mock status")
        raise DrillError(f"mock round {r.id} ran out of time but is not closed yet: drill mock end")
    if minutes <= 0:
        raise DrillError("--minutes must be positive")
    seed = seed if seed is not None else random.SystemRandom().randrange(1, 10**6)
    slugs = pick(state, count, category, difficulty, seed)
    loaded = [problems.load(s) for s in slugs]
    backups = [ws.backup(s, now) for s in slugs]
    settings = {"count": count, "minutes": minutes, "category": category, "difficulty": difficulty}
    round_id = rounds.create(now, now + minutes * 60, seed, settings, slugs, backups)
    for p in loaded:
        ws.write_solution(p.slug, p.stub)
    return round_id, slugs, backups


# ------------------------------------------------------------------ closing


def _results(rounds: Rounds, r: Round) -> list[ProblemResult]:
    out = []
    for slug in rounds.slugs(r.id):
        checks = rounds.checks(r.id, slug)
        in_time = [c for c in checks if not c[2]]
        first_ok = next((c for c in in_time if c[1] == "accepted"), None)
        wrong = sum(1 for c in in_time if c[1] != "accepted" and (first_ok is None or c[0] <= first_ok[0]))
        hints = rounds.hints(r.id, slug)
        # An acceptance of unknown class (a check made before classes were recorded) counts as optimal.
        optimal = first_ok is not None and any(c[1] == "accepted" and c[4] != 0 for c in in_time)
        out.append(
            ProblemResult(
                slug=slug,
                verdict="accepted" if first_ok else (in_time[-1][1] if in_time else None),
                first_accepted_seconds=(first_ok[0] - r.started_at) if first_ok else None,
                wrong_submissions=wrong,
                checks=len(in_time),
                hints=hints,
                late_checks=len(checks) - len(in_time),
                growth=first_ok[3] if first_ok else None,
                points=points(first_ok is not None, hints, wrong, optimal),
                optimal=optimal if first_ok else None,
            )
        )
    return out


def end_round(state, now: float) -> RoundReport:
    rounds = Rounds(state)
    r = rounds.open()
    if r is None:
        raise DrillError("no mock round is running: start one with drill mock")
    results = _results(rounds, r)
    score = round(100.0 * sum(p.points for p in results) / (POINTS_SOLVED * len(results)), 1) if results else 0.0
    rounds.close(r.id, now, score)
    return report(state, r.id)


def report(state, round_id: int) -> RoundReport:
    rounds = Rounds(state)
    r = rounds.get(round_id)
    if r is None:
        raise DrillError(f"no mock round {round_id}")
    return RoundReport(r.id, r.started_at, r.deadline, r.ended_at, _results(rounds, r), r.score or 0.0, rounds.scores_before(r.id))


def history(state) -> list[dict]:
    rounds = Rounds(state)
    return [
        {
            "round_id": r.id,
            "started_at": r.started_at,
            "minutes": round((r.deadline - r.started_at) / 60, 1),
            "ended_at": r.ended_at,
            "score": r.score,
            "problems": rounds.slugs(r.id),
            "settings": r.settings,
        }
        for r in rounds.all()
    ]
