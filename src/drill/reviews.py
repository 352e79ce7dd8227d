"""The review store: `reviews` (each attempt's first acceptance, rated) and `cards` (each reviewed
problem's FSRS card and next date), in the workspace's SQLite file (migration 0004_retention).

Kept apart from the logic (`drill.retention`) so that `drill list` and bare `drill`, which only
read dates, load neither the logic nor FSRS.
"""

from __future__ import annotations

import json


class Due:
    """A reviewed problem's next review. A plain class, not a dataclass: `drill list` imports this
    module, and making a dataclass costs more start-up time than the rest of the module."""

    __slots__ = ("slug", "due", "opened_at")

    def __init__(self, slug: str, due: float | None, opened_at: float | None = None):
        self.slug = slug
        self.due = due  # None: reviewed, but not dated (no fsrs)
        self.opened_at = opened_at  # re-opened by drill next and not yet accepted again

    def __eq__(self, other) -> bool:
        return isinstance(other, Due) and (self.slug, self.due, self.opened_at) == (other.slug, other.due, other.opened_at)

    def __repr__(self) -> str:
        return f"Due({self.slug!r}, {self.due!r}, {self.opened_at!r})"


def cards(state) -> dict[str, Due]:
    """Every problem that has been reviewed, with its next review."""
    return {r[0]: Due(*r) for r in state.query("SELECT slug, due, opened_at FROM cards")}


def due_reviews(state, now: float) -> list[Due]:
    """Reviews due now: one already re-opened first, then the longest overdue."""
    rows = state.query("SELECT slug, due, opened_at FROM cards WHERE due <= ? ORDER BY opened_at IS NULL, due", (now,))
    return [Due(*r) for r in rows]


def upcoming(state) -> Due | None:
    rows = state.query("SELECT slug, due, opened_at FROM cards WHERE due IS NOT NULL ORDER BY due LIMIT 1")
    return Due(*rows[0]) if rows else None


def all_dated(state) -> bool:
    return not state.query("SELECT 1 FROM cards WHERE due IS NULL LIMIT 1")


def not_reviewed(state) -> list[tuple[str, float]]:
    """(slug, solved_at) of problems accepted before reviews were recorded (a file of an earlier release)."""
    return [
        (r[0], r[1])
        for r in state.query(
            "SELECT slug, solved_at FROM progress p WHERE solved_at IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.slug = p.slug) ORDER BY solved_at"
        )
    ]


def not_dated(state) -> list[str]:
    """Problems with reviews but no date (recorded without fsrs)."""
    return [r[0] for r in state.query("SELECT DISTINCT r.slug FROM reviews r LEFT JOIN cards c ON c.slug = r.slug WHERE c.due IS NULL")]


def pending(state) -> bool:
    """Something to date (retention.catch_up has work)."""
    return bool(not_reviewed(state) or not_dated(state))


def history(state, slug: str) -> list[tuple[int, float, str]]:
    """(id, at, rating) of a problem's reviews, oldest first."""
    return [(r[0], r[1], r[2]) for r in state.query("SELECT id, at, rating FROM reviews WHERE slug = ? ORDER BY at, id", (slug,))]


def reviewed_since(state, slug: str, start: float) -> bool:
    return bool(state.query("SELECT 1 FROM reviews WHERE slug = ? AND at >= ?", (slug, start)))


def last(state, slug: str | None = None) -> tuple | None:
    """(id, slug, at, rating, evidence, facts, source) of the last review recorded (of `slug`)."""
    where, args = ("WHERE slug = ?", (slug,)) if slug else ("", ())
    rows = state.query(f"SELECT id, slug, at, rating, evidence, facts, source FROM reviews {where} ORDER BY at DESC, id DESC LIMIT 1", args)
    if not rows:
        return None
    row = rows[0]
    return (*row[:5], json.loads(row[5] or "{}"), row[6])


def insert(slug: str, at: float, rating: str, evidence: str, facts: dict, source: str) -> tuple[str, tuple]:
    return (
        "INSERT INTO reviews (slug, at, rating, evidence, facts, source) VALUES (?, ?, ?, ?, ?, ?)",
        (slug, at, rating, evidence, json.dumps(facts), source),
    )


def rerate(review_id: int, rating: str, now: float) -> tuple[str, tuple]:
    return ("UPDATE reviews SET rating = ?, overridden_at = ? WHERE id = ?", (rating, now, review_id))


def store_card(slug: str, due: float | None, card: dict | None, opened_at: float | None = None) -> tuple[str, tuple]:
    """The statement storing a problem's card and its next date (opened_at: a review left open)."""
    return (
        "INSERT INTO cards (slug, due, card, opened_at) VALUES (?, ?, ?, ?) ON CONFLICT (slug) DO UPDATE"
        " SET due = excluded.due, card = excluded.card, opened_at = excluded.opened_at",
        (slug, due, None if card is None else json.dumps(card), opened_at),
    )


def open_statement(slug: str, now: float) -> tuple[str, tuple]:
    return ("UPDATE cards SET opened_at = ? WHERE slug = ?", (now, slug))


def count(state, slug: str) -> int:
    return state.query("SELECT COUNT(*) FROM reviews WHERE slug = ?", (slug,))[0][0]
