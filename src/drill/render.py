"""Human-readable rendering of judge reports. Decides nothing."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .judge import Report

TITLES = {
    "accepted": "Accepted",
    "wrong_answer": "Wrong Answer",
    "runtime_error": "Runtime Error",
    "time_limit_exceeded": "Time Limit Exceeded",
    "memory_limit_exceeded": "Memory Limit Exceeded",
    "compile_error": "Compile Error",
    "judge_error": "Judge Error",
}
STAGE_NAMES = {"load": "loading", "cases": "edge cases", "random": "random tests", "scale": "scale"}


def console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, no_color=bool(os.environ.get("NO_COLOR")), highlight=False, soft_wrap=True)


def _secs(seconds: float | None) -> str:
    if seconds is None:
        return "no answer"
    if seconds < 1e-4:
        return f"{seconds * 1e6:.0f} µs"
    return f"{seconds * 1000:.1f} ms"


def esc(text) -> str:
    """Text from a learner or an author, shown literally (no rich markup)."""
    from rich.markup import escape

    return escape(str(text))


def compact(value) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def draw_tree(values: list, limit: int = 15) -> list[str]:
    """A small level-order tree drawn sideways (right subtree on top)."""
    if not values or len(values) > limit:
        return []
    from .runtime import build_tree

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


def report_lines(report: Report, problem=None) -> list[str]:
    """Plain lines (with rich markup) for a report."""
    title = TITLES.get(report.verdict, report.verdict)
    colour = "green" if report.accepted else ("yellow" if report.verdict == "judge_error" else "red")
    lines = []
    if report.accepted:
        parts = [f"{report.passed}/{report.total} edge cases", f"{report.random_examples} random tests"]
        if report.growth is not None:
            parts.append("scale")
        lines.append(f"[bold {colour}]✓ {title}[/] — " + ", ".join(parts))
    else:
        where = STAGE_NAMES.get(report.stage, report.stage)
        count = f", {report.passed}/{report.total} edge cases passed" if report.stage == "cases" else ""
        lines.append(f"[bold {colour}]✗ {title}[/] — at {where}{count}")
    f = report.failure
    if f is not None:
        if f.case and report.stage != "load":
            lines.append(f"[bold]Case:[/] {esc(f.case)}" + (f" [dim]— {esc(f.why)}[/]" if f.why else ""))
        if f.call:
            lines.append(f"[bold]Input:[/] {esc(f.call)}")
        if f.operation:
            lines.append(f"[bold]Failed at:[/] {f.operation}")
        if report.verdict == "wrong_answer":
            lines.append(f"[bold]Output:[/] {esc(compact(f.got))}")
            lines.append(f"[bold]Expected:[/] {esc(compact(f.expected))}")
            if problem is not None and "TreeNode" in str(problem.spec.get("returns", "")):
                for label, val in (("yours", f.got), ("expected", f.expected)):
                    drawn = draw_tree(val) if isinstance(val, list) else []
                    if drawn:
                        lines.append(f"[dim]{label}:[/]")
                        lines.extend(f"  {esc(line)}" for line in drawn)
        if f.message and not (report.verdict == "wrong_answer" and f.message == ""):
            lines.append(f"[bold]Why:[/] {esc(f.message)}" if report.verdict == "wrong_answer" else esc(f.message))
        if f.traceback:
            lines.append("[bold]Traceback (your file):[/]")
            lines.extend(f"  {esc(line)}" for line in f.traceback.splitlines())
        if f.stdout:
            lines.append("[bold]Your stdout/stderr:[/]")
            lines.extend(f"  {esc(line)}" for line in f.stdout.rstrip("\n").splitlines()[:40])
            if f.stdout_truncated or f.stdout.count("\n") > 40:
                lines.append("  [dim](truncated)[/]")
        if f.input and report.stage != "scale":
            lines.append("[dim]To try it on LeetCode, paste into the test-case box:[/]")
            lines.extend(f"  [dim]{esc(line)}[/]" for line in f.input.splitlines())
    elif report.message and not report.accepted:
        lines.append(esc(report.message))
    g = report.growth
    if g is not None:
        sizes = " → ".join(f"{p.n:,}" for p in g.points)
        lines.append(f"[bold]Growth:[/] n = {sizes}: {esc(g.summary)}")
        lines.append(
            "  " + ", ".join(f"n={p.n:,}: you {_secs(p.learner)}, reference {_secs(p.reference)}" for p in g.points)
        )
    for note in report.notes:
        lines.append(f"[dim]Note: {esc(note)}[/]")
    if report.seed is not None:
        lines.append(f"[dim]random seed {report.seed} (repeat with --seed {report.seed})[/]")
    return lines


def _markdown(text: str):
    from rich.markdown import Markdown

    return Markdown(text)


def prompt_lines(problem) -> list:
    head = f"[bold]{problem.title}[/] [dim](LeetCode {problem.leetcode} · {problem.category} · {problem.difficulty})[/]"
    return [head, _markdown(problem.prompt)]


def after_acceptance(problem) -> list:
    """What an accepted check teaches: the invariant, the complexity, the follow-up question."""
    return [
        "",
        "[bold]Why it works[/]",
        _markdown(problem.notes["Invariant"]),
        "[bold]Complexity[/]",
        _markdown(problem.notes["Complexity"]),
        "[bold]Follow-up: speech-ML serving[/]",
        _markdown(problem.follow_up["Scenario"]),
        _markdown("**Question:** " + problem.follow_up["Question"]),
        f"[dim]A strong answer, the reference and the common mistakes: drill reveal {problem.slug}[/]",
    ]


def reveal_lines(problem) -> list:
    from rich.syntax import Syntax

    def code(path):
        return Syntax(path.read_text(encoding="utf-8"), "python", theme="ansi_dark", background_color="default")

    out = [f"[bold]{problem.title}: the reference[/]", code(problem.reference_path)]
    out += ["[bold]The brute force[/]", code(problem.brute_path)]
    for name in ("Pattern", "Invariant", "Complexity", "Common mistakes"):
        out += [f"[bold]{name}[/]", _markdown(problem.notes[name])]
    out += [
        "[bold]Follow-up: speech-ML serving[/]",
        _markdown(problem.follow_up["Scenario"]),
        _markdown("**Question:** " + problem.follow_up["Question"]),
        "[bold]A strong answer[/]",
        _markdown(problem.follow_up["Strong answer"]),
    ]
    return out


STATUS_STYLE = {"new": "dim", "started": "cyan", "attempted": "yellow", "solved": "green", "revealed": "magenta"}


def list_lines(rows: list[dict], fmt_duration) -> list:
    from rich.table import Table

    out: list = []
    by_cat: dict[str, list[dict]] = {}
    for row in rows:
        by_cat.setdefault(row["category"], []).append(row)
    if not rows:
        return ["No problem matches."]
    for cat in sorted(by_cat):
        table = Table(title=f"[bold]{cat}[/]", title_justify="left", show_edge=False, pad_edge=False, box=None)
        for col, justify in (("#", "right"), ("problem", "left"), ("difficulty", "left"), ("status", "left"), ("attempts", "right"), ("best", "right")):
            table.add_column(col, justify=justify)
        for r in sorted(by_cat[cat], key=lambda r: r["leetcode"]):
            style = STATUS_STYLE.get(r["status"], "")
            table.add_row(
                str(r["leetcode"]),
                r["slug"],
                r["difficulty"],
                f"[{style}]{r['status']}[/]",
                str(r["attempts"]),
                fmt_duration(r["best_seconds"]) if r["best_seconds"] is not None else "—",
            )
        out += [table, ""]
    solved = sum(1 for r in rows if r["status"] == "solved")
    out.append(f"{solved}/{len(rows)} solved")
    return out
