"""Plain wording shared by every output (human and JSON): no rich, no decisions."""

from __future__ import annotations

TYPE_CHECKING = False  # typing itself costs milliseconds at start-up: `drill list` imports this module
if TYPE_CHECKING:
    from ..report import Growth, Note


def duration(seconds: float | None) -> str:
    """3m12s, 1h02m03s, or — for none."""
    if seconds is None:
        return "—"
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}h{m:02d}m{s:02d}s" if h else f"{m}m{s:02d}s"


def call_time(seconds: float | None) -> str:
    """A measured call: µs below 0.1 ms, else ms."""
    if seconds is None:
        return "no answer"
    if seconds < 1e-4:
        return f"{seconds * 1e6:.0f} µs"
    return f"{seconds * 1000:.1f} ms"


def growth_summary(g: Growth) -> str:
    at_least = "at least " if g.lower_bound else ""
    return f"doubling n multiplied your time by {at_least}{g.learner_factor:.1f}x, the reference's by {g.reference_factor:.1f}x"


def fast_enough(g: Growth) -> str:
    """Why a solution of a worse class still passes: its time at LeetCode's largest input."""
    where = "measured" if g.measured_at_max else "predicted"
    return f"fast enough at n = {g.max_n:,} (LeetCode's largest): {where} {seconds(g.predicted_learner)}, budget {g.budget:.1f} s"


def seconds(s: float) -> str:
    return f"{s:.2f} s" if s >= 0.1 else call_time(s)


def note_text(note: Note, report, problem=None) -> str:
    from ..report import Note

    if note is Note.RETURNED_VALUE_IGNORED:
        arg = problem.entry.in_place if problem is not None else "the argument"
        return f"your function returned a value; only {arg} is judged, in place"
    if note is Note.STR_NODE_VALUES:
        return "node values are str, not int: accepted, as LeetCode prints them the same, but an interviewer would flag it"
    if note is Note.VALUES_REWRITTEN:
        return (
            "you moved values between nodes instead of relinking them: LeetCode's judge cannot see it and accepts it, "
            "but the problem forbids it and an interviewer would not"
        )
    if note is Note.NO_SCALE_STAGE:
        why = problem.scale.why if problem is not None and problem.scale.why else "the input has a fixed size"
        return f"no scale stage: {why}"
    raise ValueError(f"no wording for {note!r}")
