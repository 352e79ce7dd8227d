"""`drill verify` results, for the terminal."""

from __future__ import annotations

from . import esc


def result_lines(result) -> list[str]:
    mark = "[green]✓[/]" if result.ok else "[red]✗[/]"
    steps = ", ".join(f"{s.name}" + (f" ({esc(s.detail)})" if s.ok and s.detail else "") for s in result.steps if s.ok)
    lines = [f"{mark} {result.slug} [dim]{result.seconds:.1f}s: {steps}[/]"]
    for s in result.steps:
        if not s.ok:
            lines.append(f"    [red]{s.name}[/]: {esc(s.detail)}")
    return lines


def summary_line(results: list) -> str:
    failed = [r for r in results if not r.ok]
    summary = f"{len(results) - len(failed)}/{len(results)} problems verified"
    tail = f"; failing: {', '.join(r.slug for r in failed)}" if failed else ""
    return f"[bold {'red' if failed else 'green'}]{summary}[/]{tail}"
