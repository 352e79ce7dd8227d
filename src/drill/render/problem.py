"""A problem's texts: prompt, what acceptance teaches, what a reveal shows."""

from __future__ import annotations

from . import markdown


def prompt_lines(problem) -> list:
    head = f"[bold]{problem.title}[/] [dim](LeetCode {problem.leetcode} · {problem.category} · {problem.difficulty})[/]"
    return [head, markdown(problem.prompt)]


def after_acceptance(problem) -> list:
    """What an accepted check teaches: the invariant, the complexity, the follow-up question."""
    return [
        "",
        "[bold]Why it works[/]",
        markdown(problem.notes["Invariant"]),
        "[bold]Complexity[/]",
        markdown(problem.notes["Complexity"]),
        "[bold]Follow-up: speech-ML serving[/]",
        markdown(problem.follow_up["Scenario"]),
        markdown("**Question:** " + problem.follow_up["Question"]),
        f"[dim]A strong answer, the reference and the common mistakes: drill reveal {problem.slug}[/]",
    ]


def reveal_lines(problem) -> list:
    from rich.syntax import Syntax

    def code(path):
        return Syntax(path.read_text(encoding="utf-8"), "python", theme="ansi_dark", background_color="default")

    out = [f"[bold]{problem.title}: the reference[/]", code(problem.reference_path)]
    out += ["[bold]The brute force[/]", code(problem.brute_path)]
    for name in ("Pattern", "Invariant", "Complexity", "Common mistakes"):
        out += [f"[bold]{name}[/]", markdown(problem.notes[name])]
    out += [
        "[bold]Follow-up: speech-ML serving[/]",
        markdown(problem.follow_up["Scenario"]),
        markdown("**Question:** " + problem.follow_up["Question"]),
        "[bold]A strong answer[/]",
        markdown(problem.follow_up["Strong answer"]),
    ]
    return out
