"""Timed mock interview rounds: pick, run against the wall clock, close, score.

A round lives in the state file, so closing the terminal and coming back shows
the same countdown. Checks of a round's problems count toward it until the
deadline; later ones are recorded as late and do not count.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass, field

from . import problems
from .errors import DrillError

# The score rule, stated once and shown with every report.
POINTS_SOLVED = 100
HINT_COST = 15
WRONG_COST = 5
FLOOR_SOLVED = 40
SCORE_RULE = (
    f"each problem accepted in time scores {POINTS_SOLVED}, minus {HINT_COST} per hint and {WRONG_COST} per wrong "
    f"submission before the acceptance (never below {FLOOR_SOLVED}); unsolved scores 0; the round's score is the "
    "percentage of the maximum"
)


@dataclass
class RoundInfo:
    """How a check relates to the running round."""

    round_id: int | None = None
    late: bool = False
    locked: bool = False
    message: str = ""

    def record_args(self) -> dict:
        return {"round_id": self.round_id, "late": self.late}


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


@dataclass
class RoundReport:
    round_id: int
    started_at: float
    deadline: float
    ended_at: float | None
    problems: list[ProblemResult] = field(default_factory=list)
    score: float = 0.0
    rule: str = SCORE_RULE
    earlier_scores: list[float] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


# ------------------------------------------------------------------ queries


def _open_round(state):
    rows = state._q("SELECT id, started_at, deadline, ended_at, seed, settings FROM mock_rounds WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1")
    return rows[0] if rows else None


def _round_slugs(state, round_id: int) -> list[str]:
    return [r[0] for r in state._q("SELECT slug FROM mock_problems WHERE round_id = ? ORDER BY position", (round_id,))]


def attach_check(state, slug: str, now: float) -> RoundInfo:
    row = _open_round(state)
    if row is None or slug not in _round_slugs(state, row[0]):
        return RoundInfo()
    if now > row[2]:
        return RoundInfo(row[0], late=True, locked=True, message="[yellow]The round's time is up: this check is recorded as late and does not count. Close it with drill mock end.[/]")
    return RoundInfo(row[0], locked=True, message=f"[dim]Counts toward mock round {row[0]}; notes unlock when it ends.[/]")


def active_round_id(state, slug: str, now: float) -> int | None:
    row = _open_round(state)
    if row is None or now > row[2] or slug not in _round_slugs(state, row[0]):
        return None
    return row[0]


def forbid_reveal_during_round(state) -> None:
    """Reveals are locked while a round runs (for every problem: no peeking)."""
    if _open_round(state) is None:
        return
    raise DrillError("reveals are locked until the mock round ends (drill mock status; drill mock end)")


def round_summary(state, now: float) -> dict | None:
    row = _open_round(state)
    if row is None:
        return None
    round_id, started, deadline = row[0], row[1], row[2]
    return {
        "round_id": round_id,
        "seconds_left": max(0.0, deadline - now),
        "time_up": now > deadline,
        "problems": [asdict(p) for p in _results(state, round_id, started, deadline)],
    }


# ------------------------------------------------------------------ picking


def pick(state, count: int, category: str | None, difficulty: str | None, seed: int) -> list[str]:
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
        # Unsolved first (random among them), then solved longest ago.
        return (0, rng.random()) if solved_at is None else (1, solved_at)

    ranked = sorted(pool, key=staleness)
    chosen: list = []
    wanted = None if difficulty else [("easy", "medium"), ("medium", "hard")]
    for i in range(count):
        levels = wanted[min(i, 1)] if wanted else None
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
    if _open_round(state) is not None:
        row = _open_round(state)
        if now <= row[2]:
            raise DrillError(f"mock round {row[0]} is still running ({int((row[2] - now) // 60)} min left): drill mock status")
        raise DrillError(f"mock round {row[0]} ran out of time but is not closed yet: drill mock end")
    if minutes <= 0:
        raise DrillError("--minutes must be positive")
    seed = seed if seed is not None else random.SystemRandom().randrange(1, 10**6)
    slugs = pick(state, count, category, difficulty, seed)
    loaded = [problems.load(s) for s in slugs]
    backups = [ws.backup(s, now) for s in slugs]
    settings = {"count": count, "minutes": minutes, "category": category, "difficulty": difficulty}
    with state.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO mock_rounds (started_at, deadline, seed, settings) VALUES (?, ?, ?, ?)",
            (now, now + minutes * 60, seed, json.dumps(settings)),
        )
        round_id = cur.lastrowid
        for i, (slug, backup) in enumerate(zip(slugs, backups)):
            conn.execute("INSERT INTO mock_problems VALUES (?, ?, ?, ?)", (round_id, i, slug, str(backup) if backup else None))
            conn.execute(
                "INSERT INTO progress (slug, started_at) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET started_at = excluded.started_at",
                (slug, now),
            )
        conn.execute("INSERT INTO settings VALUES ('current', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", (slugs[0],))
    for p in loaded:
        ws.write_solution(p.slug, p.stub)
    return round_id, slugs, backups


# ------------------------------------------------------------------ closing


def _results(state, round_id: int, started: float, deadline: float) -> list[ProblemResult]:
    out = []
    for slug in _round_slugs(state, round_id):
        checks = state._q(
            "SELECT at, verdict, late, growth FROM checks WHERE round_id = ? AND slug = ? ORDER BY at, id", (round_id, slug)
        )
        in_time = [c for c in checks if not c[2]]
        first_ok = next((c for c in in_time if c[1] == "accepted"), None)
        wrong = sum(1 for c in in_time if c[1] != "accepted" and (first_ok is None or c[0] <= first_ok[0]))
        hints = state._q("SELECT COUNT(*) FROM hints WHERE round_id = ? AND slug = ?", (round_id, slug))[0][0]
        verdict = "accepted" if first_ok else (in_time[-1][1] if in_time else None)
        points = max(FLOOR_SOLVED, POINTS_SOLVED - HINT_COST * hints - WRONG_COST * wrong) if first_ok else 0
        out.append(
            ProblemResult(
                slug=slug,
                verdict=verdict,
                first_accepted_seconds=(first_ok[0] - started) if first_ok else None,
                wrong_submissions=wrong,
                checks=len(in_time),
                hints=hints,
                late_checks=len(checks) - len(in_time),
                growth=first_ok[3] if first_ok else None,
                points=points,
            )
        )
    return out


def end_round(state, now: float) -> RoundReport:
    row = _open_round(state)
    if row is None:
        raise DrillError("no mock round is running: start one with drill mock")
    round_id, started, deadline = row[0], row[1], row[2]
    results = _results(state, round_id, started, deadline)
    score = round(100.0 * sum(r.points for r in results) / (POINTS_SOLVED * len(results)), 1) if results else 0.0
    state._w(("UPDATE mock_rounds SET ended_at = ?, score = ? WHERE id = ?", (now, score, round_id)))
    return report(state, round_id)


def report(state, round_id: int) -> RoundReport:
    rows = state._q("SELECT started_at, deadline, ended_at, score FROM mock_rounds WHERE id = ?", (round_id,))
    if not rows:
        raise DrillError(f"no mock round {round_id}")
    started, deadline, ended, score = rows[0]
    earlier = [r[0] for r in state._q("SELECT score FROM mock_rounds WHERE id < ? AND score IS NOT NULL ORDER BY id", (round_id,))]
    return RoundReport(round_id, started, deadline, ended, _results(state, round_id, started, deadline), score or 0.0, SCORE_RULE, earlier)


def history(state) -> list[dict]:
    rows = state._q("SELECT id, started_at, deadline, ended_at, score, settings FROM mock_rounds ORDER BY id")
    out = []
    for rid, started, deadline, ended, score, settings in rows:
        out.append(
            {
                "round_id": rid,
                "started_at": started,
                "minutes": round((deadline - started) / 60, 1),
                "ended_at": ended,
                "score": score,
                "problems": _round_slugs(state, rid),
                "settings": json.loads(settings or "{}"),
            }
        )
    return out
