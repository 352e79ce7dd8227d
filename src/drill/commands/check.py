"""`drill check`: judge a solution, record the check, render the report."""

from __future__ import annotations

from pathlib import Path

from .. import clock, errors, problems, workspace
from ..errors import DrillError
from . import Session, json_out, say


def run(slug: str | None, file: str | None, thorough: bool, seed: int | None, as_json: bool) -> int:
    from ..render import data, text
    from ..render.mock import check_line
    from ..render.problem import after_acceptance
    from ..render.report import report_lines

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
    if not as_json:
        say([f"Checking {slug}…"], err=True)
    report, record, round_info = grade(session, problem, path, thorough, seed)
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
    lines = report_lines(report, problem)
    if record.get("since_start") is not None:
        lines.append(f"[dim]Time since start: {text.duration(record['since_start'])}[/]")
    if round_info is not None and check_line(round_info):
        lines.append(check_line(round_info))
    if report.accepted and (round_info is None or not round_info.locked):
        if record.get("first_solve"):
            lines.append(f"[bold green]Solved in {text.duration(record['since_start'])}.[/]")
        if record.get("first_optimal") and not record.get("first_solve"):
            lines.append(f"[bold green]The optimal class, {text.duration(record['since_start'])} after you started.[/]")
        elif record.get("previous_best") is not None:
            lines.append(f"Best time: {text.duration(record['best_seconds'])}")
        if record.get("review") is not None:
            from ..render.retention import review_lines

            lines += review_lines(record["review"], clock.now())
        if record.get("first_solve") and _ask_classification(session, slug):
            # Name the pattern and state the invariant before the notes show them, then compare.
            from .recognition import classify_now

            say(lines)
            answer, signal = classify_now(session, problem)
            lines = after_acceptance(problem, answer, signal)
        else:
            lines += after_acceptance(problem)
            if record.get("first_solve"):
                lines.append(f"[dim]Name its pattern and state its invariant: drill classify {slug}[/]")
    say(lines)
    return errors.EXIT_OK if report.accepted else errors.EXIT_FAILED


def _ask_classification(session, slug: str) -> bool:
    """Ask on a first acceptance, at a terminal, unless the learner classified it already."""
    from .. import recognition
    from . import interactive

    return interactive() and recognition.classified(session.state, slug) is None


def grade(session, problem, path: Path, thorough: bool = False, seed: int | None = None):
    """Judge a file and record the check (when there is a workspace): (report, record, round info)."""
    from .. import judge, mock, retention
    from ..render.text import growth_summary

    if not path.exists():
        raise DrillError(f"{path} does not exist (start the problem with `drill start {problem.slug}`, or pass --file)")
    report = judge.check(problem, str(path), thorough=thorough, seed=seed)
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
