"""`drill run`: each case's output beside the reference's, for the terminal."""

from __future__ import annotations

from ..notation import call_text
from . import compact, esc, text
from .report import SHOWN_OUTPUT_LINES

SOURCES = {"examples": "the prompt's examples", "input": "your input"}


def comparison_words(problem) -> str:
    """How answers are compared, when it is not plain equality (empty when it is)."""
    c = problem.compare
    kind = c.get("kind", "exact")
    if kind == "any_order":
        return "in any order"
    if kind == "nested_any_order":
        return "groups and their items in any order"
    if kind == "float":
        return f"within {float(c.get('tolerance', 1e-5)):g}"
    if kind == "custom":
        return "by the problem's own rule"
    return ""


def starting_line(slug: str, count: int, source: str) -> str:
    return f"Running {slug} on {count} case{'s' if count != 1 else ''} ({SOURCES.get(source, source)})…"


def run_lines(result, problem) -> list[str]:
    lines: list[str] = []
    f = result.load_failure
    if f is not None:
        lines.append(f"[bold {f.verdict.colour}]✗ {f.verdict.title}[/] — your file did not load; no case ran")
        if f.message:
            lines.append(esc(f.message))
        lines += _output("Traceback (your file):", f.traceback) + _output("Your stdout/stderr:", f.stdout)
        return lines
    how = comparison_words(problem)
    for c in result.cases:
        v = c.verdict
        if c.matched:
            head = "[bold green]✓ matches[/]"
        elif c.answered:
            head = "[bold red]✗ differs[/]"
        else:
            head = f"[bold {v.colour}]✗ {v.title}[/]"
        lines.append(f"[bold]Case {c.number}[/] {head}")
        lines.append(f"  Input:    {esc(call_text(problem.params, c.inputs))}")
        if c.operation is not None:
            lines.append(f"  Failed at: operation {c.operation}")
        if c.answered:
            lines.append(f"  Output:   {esc(compact(c.got))}")
        lines.append(f"  Expected: {esc(compact(c.expected))}")
        if c.message:
            lines.append(f"  Why:      {esc(c.message)}" if c.answered else f"  {esc(c.message)}")
        lines += ["  " + x for x in _output("Traceback (your file):", c.traceback)]
        lines += ["  " + x for x in _output("Your stdout/stderr:", c.stdout, c.stdout_truncated)]
        lines.append(f"  Time:     {text.call_time(c.cpu)} CPU" if c.answered else f"  Time:     {text.call_time(c.cpu)} CPU until it stopped")
    colour = "green" if result.all_matched else "red"
    compared = f"; answers compared {how}" if how else ""
    lines.append(
        f"[bold {colour}]{result.matched}/{len(result.cases)} cases match the reference[/] "
        f"({SOURCES.get(result.source, result.source)}{compared})."
    )
    lines.append(f"[dim]A run is not a check: drill check {result.slug} grades your solution.[/]")
    return lines


def _output(title: str, body: str, truncated: bool = False) -> list[str]:
    if not body:
        return []
    shown = body.rstrip("\n").splitlines()
    out = [f"[bold]{title}[/]"] + [f"  {esc(line)}" for line in shown[:SHOWN_OUTPUT_LINES]]
    if truncated or len(shown) > SHOWN_OUTPUT_LINES:
        out.append("  [dim](truncated)[/]")
    return out
