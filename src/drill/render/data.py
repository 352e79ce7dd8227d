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


def run_result(r, problem) -> dict:
    """`drill run`: each case's input, output, the reference's output, whether they match, printed output, time."""
    from ..notation import box_text, call_text

    failure = r.load_failure
    return {
        "version": VERSION,
        "slug": r.slug,
        "source": r.source,
        "status": "pass" if r.all_matched else ("error" if failure is not None else "fail"),
        "matched": r.matched,
        "total": len(r.cases),
        "load_failure": None
        if failure is None
        else {"verdict": failure.verdict.value, "message": failure.message, "traceback": failure.traceback, "stdout": failure.stdout},
        "cases": [
            {
                "number": c.number,
                "input": box_text(c.inputs),
                "call": call_text(problem.params, c.inputs),
                "output": c.got,
                "expected": c.expected,
                "match": c.matched,
                "verdict": c.verdict.value,
                "message": c.message,
                "stdout": c.stdout,
                "stdout_truncated": c.stdout_truncated,
                "cpu_seconds": c.cpu,
                "traceback": c.traceback,
                "operation": c.operation,
            }
            for c in r.cases
        ],
    }


def stats(s) -> dict:
    """`drill stats`: the figures the terminal view draws."""
    return {"version": VERSION, **s.to_dict()}


def plan(standing) -> dict:
    """`drill plan`: the active plan's days and where the learner stands (`{"plan": null}` without one)."""
    return {"version": VERSION, "plan": standing.to_dict() if standing is not None else None}
