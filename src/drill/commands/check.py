"""`drill check`: judge a solution, record the check, render the report."""

from __future__ import annotations

from pathlib import Path

from .. import clock, errors, problems, workspace
from ..errors import DrillError
from . import Session, json_out, say


def run(slug: str | None, file: str | None, thorough: bool, seed: int | None, as_json: bool) -> int:
    ws = workspace.find()
    if file and not ws.exists:
        session = None  # judging a file outside any workspace: nothing to record
        if slug is None:
            raise DrillError("name the problem: drill check SLUG --file PATH")
        slug = problems.resolve(slug)
    else:
        session = Session(create=True)
        slug = session.slug_or_current(slug)
    problem = problems.load(slug)
    path = Path(file) if file else ws.solution(slug)
    # The worker starts before the judge's own imports: both cores work from here on.
    learner = _start(problem, path)
    if not as_json:
        say([f"Checking {slug}…"], err=True)
    from ..render import data
    from ..render.report import graded_lines

    report, record, round_info = grade(session, problem, path, thorough, seed, learner)
    if as_json:
        out = data.report(report, problem)
        if record:
            out.update({k: record[k] for k in ("since_start", "first_solve", "first_optimal", "best_seconds")})
            review = record.get("review")
            out["review"] = None if review is None else {
                "at": review.at, "rating": review.rating, "evidence": review.evidence, "facts": review.facts, "due_at": review.due,
                "reviews": review.reviews,
            }
        json_out(out)
        return errors.EXIT_OK if report.accepted else errors.EXIT_FAILED
    first = bool(report.accepted and record.get("first_solve") and (round_info is None or not round_info.locked))
    if first and _ask_classification(session, slug):
        # Name the pattern and state the invariant before the notes show them, then compare.
        from ..render.problem import after_acceptance
        from .recognition import classify_now

        say(graded_lines(report, problem, record, round_info, clock.now(), teach=False))
        answer, signal = classify_now(session, problem)
        say(after_acceptance(problem, answer, signal))
    else:
        say(graded_lines(report, problem, record, round_info, clock.now()))
    return errors.EXIT_OK if report.accepted else errors.EXIT_FAILED


def _ask_classification(session, slug: str) -> bool:
    """Ask on a first acceptance, at a terminal, unless the learner classified it already."""
    from .. import recognition
    from . import interactive

    return session is not None and interactive() and recognition.classified(session.state, slug) is None


def _start(problem, path: Path):
    from ..attempts import SandboxedSolution

    return SandboxedSolution(problem, str(path)).start() if path.exists() else None


def grade(session, problem, path: Path, thorough: bool = False, seed: int | None = None, learner=None, judged=None):
    """Judge a file and record the check (when there is a workspace): (report, record, round info).
    `learner`: the file's solution already started (judge.start), else it starts here; `judged`: the
    report when the caller judged it already (a watch session's warm checks)."""
    from .. import judge, mock, retention
    from ..render.text import growth_summary

    if not path.exists():
        raise DrillError(f"{path} does not exist (start the problem with `drill start {problem.slug}`, or pass --file)")
    report = judged or judge.check(problem, str(path), thorough=thorough, seed=seed, learner=learner)
    record: dict = {}
    round_info = None
    if session is not None:
        now = clock.now()
        round_info = mock.attach_check(session.state, problem.slug, now)
        growth = growth_summary(report.growth) if report.growth else None
        retention.catch_up(session.state)  # earlier acceptances dated first, so this one is not mistaken for their review
        record = session.state.record_check(
            problem.slug, report, now, growth=growth, round_id=round_info.round_id, late=round_info.late
        )
        if report.accepted and not round_info.late:
            record["review"] = retention.review_after_acceptance(session.state, problem.slug, now)
    return report, record, round_info
