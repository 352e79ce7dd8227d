"""Pattern recognition, for the terminal: the question, the answer and why, the learner's line beside the bank's."""

from __future__ import annotations

from . import esc, markdown
from .problem import prompt_lines


def choice_lines(q) -> list[str]:
    return [f"  {letter}) {esc(pattern)}" for letter, pattern in zip("abcd", q.choices)]


def classify_question_lines(q) -> list[str]:
    return [f"[bold]Which pattern is {q.slug}?[/]", *choice_lines(q)]


def answer_with(command: str) -> str:
    return f"[dim]Answer with: {esc(command)}[/]"


def quiz_question_lines(q, number: int, of: int, problem) -> list:
    return ["", f"[bold]Question {number} of {of}[/]", *prompt_lines(problem), "[bold]Which pattern?[/]", *choice_lines(q)]


def result_lines(q, chosen: str, signal: str, problem) -> list:
    """The answer and why: how a prompt gives the pattern away, and the problem's own notes."""
    if chosen == q.pattern:
        head = f"[green]✓ {esc(q.pattern)}[/]"
    else:
        head = f"[red]✗ you said {esc(chosen)}; it is {esc(q.pattern)}[/]"
    lines: list = [head]
    if signal:
        lines.append(f"[dim]How a prompt gives it away:[/] {esc(signal)}")
    lines += [f"[dim]{esc(problem.title)}'s notes:[/]", markdown(problem.notes["Pattern"])]
    return lines


def compare_lines(problem, answer, signal: str) -> list:
    """The learner's classification beside the bank's notes."""
    from rich.table import Table

    def plain(md: str) -> str:
        return esc(" ".join(md.replace("`", "").split()))

    table = Table(show_edge=False, pad_edge=False, box=None, expand=False, show_lines=True)
    table.add_column("", style="bold", no_wrap=True)
    table.add_column("yours", ratio=1)
    table.add_column("the bank's", ratio=2)
    mark = "[green]✓[/] " if answer.correct else "[red]✗[/] "
    table.add_row("pattern", mark + esc(answer.chosen), f"{esc(answer.pattern)}: {plain(problem.notes['Pattern'])}")
    table.add_row("invariant", esc(answer.invariant) if answer.invariant else "[dim](not stated)[/]", plain(problem.notes["Invariant"]))
    lines: list = ["", "[bold]Your classification beside the notes[/]", table]
    if signal:
        lines.append(f"[dim]How a prompt gives {esc(answer.pattern)} away:[/] {esc(signal)}")
    return lines


def quiz_summary_lines(correct: int, asked: int, accuracy: dict) -> list[str]:
    lines = [f"[bold]Score: {correct}/{asked}[/]"]
    if accuracy:
        weakest = sorted(accuracy.items(), key=lambda kv: (kv[1][0] / kv[1][1], -kv[1][1], kv[0]))
        shown = " · ".join(f"{esc(p)} {c}/{n}" for p, (c, n) in weakest)
        lines.append(f"Recognition so far, weakest first: {shown}")
    return lines
