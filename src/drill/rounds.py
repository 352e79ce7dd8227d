"""The mock-round store: rounds, their problems, and the checks and hints made during them.

Lives in the workspace's SQLite file next to the progress store (`drill.state`),
whose statements it uses when a round makes a problem current or restarts its
clock, so that each statement is written once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass
class Round:
    id: int
    started_at: float
    deadline: float
    ended_at: float | None
    seed: int | None
    settings: dict
    score: float | None

    def time_up(self, now: float) -> bool:
        return now > self.deadline


_COLUMNS = "id, started_at, deadline, ended_at, seed, settings, score"


def _round(row) -> Round:
    return Round(row[0], row[1], row[2], row[3], row[4], json.loads(row[5] or "{}"), row[6])


class Rounds:
    def __init__(self, state):
        self.state = state

    def open(self) -> Round | None:
        """The round not ended yet (there is at most one)."""
        rows = self.state.query(f"SELECT {_COLUMNS} FROM mock_rounds WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1")
        return _round(rows[0]) if rows else None

    def get(self, round_id: int) -> Round | None:
        rows = self.state.query(f"SELECT {_COLUMNS} FROM mock_rounds WHERE id = ?", (round_id,))
        return _round(rows[0]) if rows else None

    def all(self) -> list[Round]:
        return [_round(r) for r in self.state.query(f"SELECT {_COLUMNS} FROM mock_rounds ORDER BY id")]

    def slugs(self, round_id: int) -> list[str]:
        return [r[0] for r in self.state.query("SELECT slug FROM mock_problems WHERE round_id = ? ORDER BY position", (round_id,))]

    def create(self, now: float, deadline: float, seed: int, settings: dict, slugs: list[str], backups: list) -> int:
        """A new round; its problems' clocks restart now and the first becomes current."""
        with self.state.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO mock_rounds (started_at, deadline, seed, settings) VALUES (?, ?, ?, ?)",
                (now, deadline, seed, json.dumps(settings)),
            )
            round_id = cur.lastrowid
            for i, (slug, backup) in enumerate(zip(slugs, backups)):
                conn.execute("INSERT INTO mock_problems VALUES (?, ?, ?, ?)", (round_id, i, slug, str(backup) if backup else None))
                conn.execute(*self.state.restart_clock(slug, now))
            conn.execute(*self.state.make_current(slugs[0]))
        return round_id

    def checks(self, round_id: int, slug: str) -> list[tuple]:
        """(at, verdict, late, growth, optimal) of every check of `slug` counted against the round, oldest first."""
        return self.state.query(
            "SELECT at, verdict, late, growth, optimal FROM checks WHERE round_id = ? AND slug = ? ORDER BY at, id",
            (round_id, slug),
        )

    def hints(self, round_id: int, slug: str) -> int:
        return self.state.query("SELECT COUNT(*) FROM hints WHERE round_id = ? AND slug = ?", (round_id, slug))[0][0]

    def close(self, round_id: int, now: float, score: float) -> None:
        self.state.write(("UPDATE mock_rounds SET ended_at = ?, score = ? WHERE id = ?", (now, score, round_id)))

    def scores_before(self, round_id: int) -> list[float]:
        return [r[0] for r in self.state.query("SELECT score FROM mock_rounds WHERE id < ? AND score IS NOT NULL ORDER BY id", (round_id,))]
