"""Review on schedule: what is solved comes back before it is forgotten.

An attempt runs from the clock's start (`drill start`, a review re-opened by
`drill next`, a mock round) to its first acceptance; that acceptance is a
review, rated from the evidence of the attempt, and FSRS (the `fsrs` package,
never a scheduler of our own) dates the next one from all of a problem's
reviews. `drill next` picks a due review first, else new work.

The store is `drill.reviews` (tables `reviews` and `cards`, migration
0004_retention). `fsrs` is imported only where a date is computed, and `drill
list` and bare `drill` read dates from the store without loading this module.
Facts only: `drill.render.retention` words them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from . import progression, reviews
from .errors import DrillError
from .verdicts import Verdict
from .vocab import RATINGS

NO_FSRS = "review dates need the fsrs package (Python 3.10 or newer): pip install 'fsrs>=6,<7'"
_LEARNER_FAILURES = tuple(v.value for v in Verdict.learner_failures())


# ------------------------------------------------------------------ the rating


@dataclass
class Evidence:
    """What an attempt showed, up to its first acceptance."""

    wrong_submissions: int = 0  # learner failures before the acceptance (a judge error is not the learner's)
    hints: int = 0
    revealed: bool = False  # the reference was shown during the attempt: a give-up
    optimal: bool | None = None  # the acceptance was at the reference's complexity class

    @property
    def rating(self) -> str:
        """Revealed: again; wrong submissions or a hint: hard; first try at the optimal class: easy; else good."""
        if self.revealed:
            return "again"
        if self.wrong_submissions or self.hints:
            return "hard"
        return "easy" if self.optimal else "good"

    def to_dict(self) -> dict:
        return {"wrong_submissions": self.wrong_submissions, "hints": self.hints, "revealed": self.revealed, "optimal": self.optimal}


def evidence(state, slug: str, start: float, end: float) -> Evidence:
    """The evidence of the attempt between `start` and its first acceptance (at or before `end`)."""
    rows = state.query(
        "SELECT at, verdict, optimal FROM checks WHERE slug = ? AND late = 0 AND at >= ? AND at <= ? ORDER BY at, id",
        (slug, start, end),
    )
    wrong, optimal = 0, None
    for at, verdict, opt in rows:
        if verdict == Verdict.ACCEPTED.value:
            end, optimal = at, None if opt is None else bool(opt)
            break
        wrong += verdict in _LEARNER_FAILURES
    hints = state.query("SELECT COUNT(*) FROM hints WHERE slug = ? AND at >= ? AND at <= ?", (slug, start, end))[0][0]
    reveals = state.query("SELECT COUNT(*) FROM reveals WHERE slug = ? AND at >= ? AND at <= ?", (slug, start, end))[0][0]
    return Evidence(wrong, hints, bool(reveals), optimal)


# ------------------------------------------------------------------ FSRS


def _utc(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, tz=timezone.utc)


def schedule(history: list[tuple[float, str]]):
    """FSRS's card after these (time, rating) reviews, oldest first; None without the fsrs package.

    No learning steps (a solved problem is not a flash card to see again in ten
    minutes: the first review already dates the next in days) and no fuzzing (the
    same history always gives the same dates, which the learner can check).
    """
    try:
        from fsrs import Card, Rating, Scheduler
    except ImportError:
        return None
    scheduler = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
    card = Card(card_id=1, due=_utc(history[0][0])) if history else Card(card_id=1)
    for at, rating in history:
        card, _ = scheduler.review_card(card, Rating[rating.capitalize()], _utc(at))
    return card


def fsrs_available() -> bool:
    try:
        import fsrs  # noqa: F401
    except ImportError:
        return False
    return True


# ------------------------------------------------------------------ recording and dating


@dataclass
class Review:
    slug: str
    at: float
    rating: str  # what FSRS was given: the evidence's, or the learner's override
    evidence: str  # the rating from the evidence
    facts: dict = field(default_factory=dict)  # Evidence.to_dict()
    source: str = "check"  # check | history (an acceptance from before reviews were recorded)
    due: float | None = None  # the next review, as FSRS dates it after this one (None without fsrs)
    reviews: int = 1  # how many reviews the problem has had, this one included


def _dated(slug: str, history: list[tuple[float, str]], opened_at: float | None = None) -> tuple[tuple[str, tuple], float | None]:
    """The statement storing a problem's card as FSRS dates it after `history`, and its due time."""
    card = schedule(history)
    due = card.due.timestamp() if card is not None else None
    return reviews.store_card(slug, due, card.to_dict() if card is not None else None, opened_at), due


def review_after_acceptance(state, slug: str, now: float) -> Review | None:
    """Record the review an accepted check makes, when it is its attempt's first acceptance (else None)."""
    start = state.progress(slug).started_at
    if start is None or reviews.reviewed_since(state, slug, start):
        return None
    ev = evidence(state, slug, start, now)
    review = Review(slug, now, ev.rating, ev.rating, ev.to_dict())
    history = [(at, r) for _, at, r in reviews.history(state, slug)] + [(now, review.rating)]
    card, review.due = _dated(slug, history)  # the review is done: nothing left open
    review.reviews = len(history)
    state.write(reviews.insert(slug, now, review.rating, review.evidence, review.facts, review.source), card)
    return review


def rate_last(state, rating: str, now: float) -> tuple[Review, str]:
    """Override the rating of the last review recorded; returns it (re-dated) and the rating it had."""
    if rating not in RATINGS:
        raise DrillError(f"a rating is one of {', '.join(RATINGS)}")
    last = reviews.last(state)
    if last is None:
        raise DrillError("nothing to rate yet: a review is recorded when an attempt is first accepted")
    rid, slug, at, before, ev, facts, source = last
    history = [(a, rating if i == rid else r) for i, a, r in reviews.history(state, slug)]
    # A re-dated card keeps an open review open: rating the last one must not close the next.
    card = reviews.cards(state).get(slug)
    statement, due = _dated(slug, history, card.opened_at if card else None)
    state.write(reviews.rerate(rid, rating, now), statement)
    return Review(slug, at, rating, ev, facts, source, due, len(history)), before


def catch_up(state) -> int:
    """Date what is not dated yet: acceptances from before reviews were recorded (a file from an
    earlier release) become reviews rated from their evidence, and reviews recorded without fsrs
    are dated once it is there. Returns how many problems were dated."""
    old, undated = reviews.not_reviewed(state), reviews.not_dated(state)
    if not old and not undated:
        return 0
    available = fsrs_available()
    statements = []
    for slug, solved_at in old:
        # Before its first acceptance a problem had one attempt: all its history up to then.
        ev = evidence(state, slug, 0.0, solved_at)
        statements.append(reviews.insert(slug, solved_at, ev.rating, ev.rating, ev.to_dict(), "history"))
        if available:
            statements.append(_dated(slug, [(solved_at, ev.rating)])[0])
    if available:
        statements += [_dated(slug, [(at, r) for _, at, r in reviews.history(state, slug)])[0] for slug in undated]
    state.write(*statements)
    return len(old) + (len(undated) if available else 0)


def open_review(state, ws, problem, now: float):
    """Re-open a problem for its review: the attempt kept aside, a fresh stub, the clock and the
    hints from zero. Returns the backup's path (None when there was no file)."""
    slug = problem.slug
    backup = ws.backup(slug, now)
    ws.write_solution(slug, problem.stub)
    state.write(
        state.make_current(slug),
        state.restart_clock(slug, now),
        ("UPDATE progress SET hints_shown = 0 WHERE slug = ?", (slug,)),
        reviews.open_statement(slug, now),
    )
    return backup


def last_review(state, slug: str) -> Review | None:
    last = reviews.last(state, slug)
    if last is None:
        return None
    _, slug, at, rating, ev, facts, source = last
    card = reviews.cards(state).get(slug)
    return Review(slug, at, rating, ev, facts, source, card.due if card else None, reviews.count(state, slug))


# ------------------------------------------------------------------ what to do next


@dataclass
class NextStep:
    kind: str  # review (due) | continue (a started, unsolved problem: the current one first) | new | none
    slug: str | None = None
    due: float | None = None  # review: when it fell due
    reopened: bool = False  # review: already re-opened (its attempt goes on; no fresh stub)
    upcoming: reviews.Due | None = None  # none: the next review to come
    dated: bool = True  # False: reviews exist but cannot be dated (no fsrs)


def choose_next(state, now: float, summaries=None) -> NextStep:
    """What to do now: a due review, else the current unsolved problem, else new work (the study
    plan's next, else the bank's: `progression.next_problem`)."""
    dated = reviews.all_dated(state)
    due = reviews.due_reviews(state, now)
    if due:
        return NextStep("review", due[0].slug, due[0].due, reopened=due[0].opened_at is not None, dated=dated)
    current = state.current
    if current and state.progress(current).status in ("started", "attempted"):
        return NextStep("continue", current, dated=dated)
    slug = progression.next_problem(state, now, summaries=summaries)
    if slug is not None:
        started = state.progress(slug).status in ("started", "attempted")
        return NextStep("continue" if started else "new", slug, dated=dated)
    return NextStep("none", upcoming=reviews.upcoming(state), dated=dated)
