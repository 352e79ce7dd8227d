"""The JSON contract: the objects `--json` prints. Versioned; fields are only ever added."""

from __future__ import annotations

from dataclasses import asdict

from . import text

VERSION = 1


def report(r, problem=None) -> dict:
    """A check's report (exercism-like: a version, a status of pass / fail / error, the details)."""
    growth = None
    if r.growth is not None:
        g = r.growth
        growth = {
            "points": [asdict(p) for p in g.points],
            "learner_factor": g.learner_factor,
            "reference_factor": g.reference_factor,
            "predicted_learner": g.predicted_learner,
            "predicted_reference": g.predicted_reference,
            "max_n": g.max_n,
            "measured_at_max": g.measured_at_max,
            "lower_bound": g.lower_bound,
            "budget": g.budget,
            "summary": text.growth_summary(g),
        }
    return {
        "version": VERSION,
        "slug": r.slug,
        "verdict": r.verdict.value,
        "status": r.verdict.status,
        "optimal": r.optimal,
        "stage": r.stage,
        "passed": r.passed,
        "total": r.total,
        "failure": asdict(r.failure) if r.failure is not None else None,
        "message": r.message,
        "timings": r.timings,
        "growth": growth,
        "notes": [text.note_text(n, r, problem) for n in r.notes],
        "random_examples": r.random_examples,
        "seed": r.seed,
    }


def round_report(r) -> dict:
    from .mock import SCORE_RULE

    return r.to_dict() | {"rule": SCORE_RULE}
