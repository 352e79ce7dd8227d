"""A check's report, for the terminal."""

from __future__ import annotations

from ..verdicts import Verdict
from . import compact, esc, text

STAGE_NAMES = {"load": "loading", "cases": "edge cases", "random": "random tests", "scale": "scale"}
SHOWN_OUTPUT_LINES = 40


def draw_tree(values: list, limit: int = 15) -> list[str]:
    """A small level-order tree drawn sideways (right subtree on top)."""
    if not values or len(values) > limit:
        return []
    from ..runtime import build_tree

    lines: list[str] = []

    def walk(node, prefix: str, side: str):
        # side: "root", "left" (drawn below its parent) or "right" (drawn above it)
        if node is None:
            return
        up = "" if side == "root" else ("│   " if side == "left" else "    ")
        down = "" if side == "root" else ("    " if side == "left" else "│   ")
        walk(node.right, prefix + up, "right")
        joint = {"root": "", "left": "└── ", "right": "┌── "}[side]
        lines.append(f"{prefix}{joint}{node.val}")
        walk(node.left, prefix + down, "left")

    walk(build_tree(values), "", "root")
    return lines


def report_lines(report, problem=None) -> list[str]:
    """Lines (with rich markup) for a report."""
    v = report.verdict
    lines = []
    if report.accepted:
        parts = [f"{report.passed}/{report.total} edge cases", f"{report.random_examples} random tests"]
        g = report.growth
        if g is not None:
            parts.append("scale")
        if report.optimal is False:
            lines.append(f"[bold {v.colour}]✓ {v.title}[/] — [bold yellow]slower class than expected:[/] {esc(text.growth_summary(g))}")
            lines.append(f"  {', '.join(parts)}; {esc(text.fast_enough(g))}")
        else:
            lines.append(f"[bold {v.colour}]✓ {v.title}[/] — " + ", ".join(parts) + ("; optimal class" if g is not None else ""))
    else:
        where = STAGE_NAMES.get(report.stage, report.stage)
        count = f", {report.passed}/{report.total} edge cases passed" if report.stage == "cases" else ""
        lines.append(f"[bold {v.colour}]✗ {v.title}[/] — at {where}{count}")
    f = report.failure
    if f is not None:
        lines += _failure_lines(report, f, problem)
    elif report.message and not report.accepted:
        lines.append(esc(report.message))
    g = report.growth
    if g is not None:
        sizes = " → ".join(f"{p.n:,}" for p in g.points)
        lines.append(f"[bold]Growth:[/] n = {sizes}: {esc(text.growth_summary(g))}")
        lines.append(
            "  " + ", ".join(f"n={p.n:,}: you {text.call_time(p.learner)}, reference {text.call_time(p.reference)}" for p in g.points)
        )
    for note in report.notes:
        lines.append(f"[dim]Note: {esc(text.note_text(note, report, problem))}[/]")
    if report.seed is not None:
        lines.append(f"[dim]random seed {report.seed} (repeat with --seed {report.seed})[/]")
    return lines


def graded_lines(report, problem, record: dict, round_info=None, now: float | None = None, teach: bool = True) -> list:
    """A recorded check, as `drill check` and `drill watch` show it: the report, the clock, what changed,
    the review it counts as, and, once accepted (outside a running mock round), what acceptance teaches
    (`teach`; off when the learner names the pattern first)."""
    from .mock import check_line
    from .problem import after_acceptance

    lines: list = report_lines(report, problem)
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
        if record.get("review") is not None and now is not None:
            from .retention import review_lines

            lines += review_lines(record["review"], now)
        if teach:
            lines += after_acceptance(problem)
            if record.get("first_solve"):
                lines.append(f"[dim]Name its pattern and state its invariant: drill classify {problem.slug}[/]")
    return lines


def _failure_lines(report, f, problem) -> list[str]:
    wrong = report.verdict is Verdict.WRONG_ANSWER
    lines = []
    if f.case and report.stage != "load":
        lines.append(f"[bold]Case:[/] {esc(f.case)}" + (f" [dim]— {esc(f.why)}[/]" if f.why else ""))
    if f.call:
        lines.append(f"[bold]Input:[/] {esc(f.call)}")
    if f.operation:
        lines.append(f"[bold]Failed at:[/] {f.operation}")
    if wrong:
        lines.append(f"[bold]Output:[/] {esc(compact(f.got))}")
        lines.append(f"[bold]Expected:[/] {esc(compact(f.expected))}")
        if problem is not None and "TreeNode" in str(problem.spec.get("returns", "")):
            for label, val in (("yours", f.got), ("expected", f.expected)):
                drawn = draw_tree(val) if isinstance(val, list) else []
                if drawn:
                    lines.append(f"[dim]{label}:[/]")
                    lines.extend(f"  {esc(line)}" for line in drawn)
    if f.message:
        lines.append(f"[bold]Why:[/] {esc(f.message)}" if wrong else esc(f.message))
    if f.traceback:
        lines.append("[bold]Traceback (your file):[/]")
        lines.extend(f"  {esc(line)}" for line in f.traceback.splitlines())
    if f.stdout:
        lines.append("[bold]Your stdout/stderr:[/]")
        lines.extend(f"  {esc(line)}" for line in f.stdout.rstrip("\n").splitlines()[:SHOWN_OUTPUT_LINES])
        if f.stdout_truncated or f.stdout.count("\n") > SHOWN_OUTPUT_LINES:
            lines.append("  [dim](truncated)[/]")
    if f.input and report.stage != "scale":
        lines.append("[dim]To try it on LeetCode, paste into the test-case box:[/]")
        lines.extend(f"  [dim]{esc(line)}[/]" for line in f.input.splitlines())
    return lines
