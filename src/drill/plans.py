"""The study-plan store: plans and their items (a problem or a mock round on a day of the plan).

Lives in the workspace's SQLite file next to the progress store (`drill.state`).
One plan is active at a time; re-planning marks the old one replaced and keeps
it. The logic that lays a plan out and reads where the learner stands is
`drill.plan`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PROBLEM = "problem"
MOCK = "mock"


@dataclass
class Item:
    position: int
    day: int  # 1-based day of the plan; 0: solved before the plan was made
    kind: str  # PROBLEM or MOCK
    slug: str | None = None


@dataclass
class Plan:
    id: int
    created_at: float
    start: dt.date
    days: int
    per_day: int | None
    items: list[Item] = field(default_factory=list)


class Plans:
    def __init__(self, state):
        self.state = state

    def active(self) -> Plan | None:
        rows = self.state.query(
            "SELECT id, created_at, start_date, days, per_day FROM plans WHERE replaced_at IS NULL ORDER BY id DESC LIMIT 1"
        )
        if not rows:
            return None
        pid, created, start, days, per_day = rows[0]
        items = [
            Item(*row)
            for row in self.state.query(
                "SELECT position, day, kind, slug FROM plan_items WHERE plan_id = ? ORDER BY position", (pid,)
            )
        ]
        return Plan(pid, created, dt.date.fromisoformat(start), days, per_day, items)

    def create(self, now: float, start: dt.date, days: int, per_day: int | None, items: list[Item]) -> int:
        """Store a plan as the active one (the one before, if any, is kept as replaced)."""
        with self.state.transaction() as conn:
            conn.execute("UPDATE plans SET replaced_at = ? WHERE replaced_at IS NULL", (now,))
            cur = conn.execute(
                "INSERT INTO plans (created_at, start_date, days, per_day) VALUES (?, ?, ?, ?)",
                (now, start.isoformat(), days, per_day),
            )
            plan_id = cur.lastrowid
            conn.executemany(
                "INSERT INTO plan_items (plan_id, position, day, kind, slug) VALUES (?, ?, ?, ?, ?)",
                [(plan_id, it.position, it.day, it.kind, it.slug) for it in items],
            )
        return plan_id

    def count(self) -> int:
        return self.state.query("SELECT COUNT(*) FROM plans")[0][0] if self.state.exists else 0
