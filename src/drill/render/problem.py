"""A problem's texts: prompt, what acceptance teaches, what a reveal shows."""

from __future__ import annotations

from . import markdown


def prompt_lines(problem) -> list:
    head = f"[bold]{problem.title}[/] [dim](LeetCode {problem.leetcode} · {problem.category} · {problem.difficulty})[/]"
    return [head, markdown(problem.prompt)]


def after_acceptance(problem, classification=None, signal: str = "") -> list:
    """What an accepted check teaches: the invariant (beside the learner's classification, when
    they just gave one), the complexity, the follow-up question."""
    if classification is not None:
        from .recognition import compare_lines

        head = compare_lines(problem, classification, signal)
    else:
        head = ["", "[bold]Why it works[/]", markdown(problem.notes["Invariant"])]
    return head + [
        "[bold]Complexity[/]",
        markdown(problem.notes["Complexity"]),
        "[bold]Follow-up: speech-ML serving[/]",
        markdown(problem.follow_up["Scenario"]),
        markdown("**Question:** " + problem.follow_up["Question"]),
        f"[dim]Answer it, then score it against the rubric: drill followup {problem.slug}. The reference and the common mistakes: drill reveal {problem.slug}[/]",
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
