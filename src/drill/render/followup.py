"""The follow-up exercise, for the terminal: the question, then the strong answer, its rubric and the score."""

from __future__ import annotations

import time

from . import esc, markdown


def question_lines(problem, path, created: bool, words: int) -> list:
    where = f"Write your answer in {path}" if created or not words else f"Your answer so far ({words} words): {path}"
    return [
        f"[bold]Follow-up: {esc(problem.title)} — speech-ML serving[/]",
        markdown(problem.follow_up["Scenario"]),
        markdown("**Question:** " + problem.follow_up["Question"]),
        where,
        f"Then: [bold]drill followup {problem.slug} --done[/] shows the strong answer and its rubric, and you score yours.",
    ]


def strong_answer_lines(problem) -> list:
    return [f"[bold]{esc(problem.title)} — a strong answer[/]", markdown(problem.follow_up["Strong answer"])]


def rubric_lines(problem, covered: list[int] | None, mentioned: list[int]) -> list[str]:
    """The rubric's points, numbered; ticked when scored; those whose key phrase your answer uses are marked."""
    lines = ["[bold]Rubric: the points a strong answer makes[/]"]
    for i, point in enumerate(problem.rubric, 1):
        tick = "" if covered is None else ("[green]✓[/] " if i in covered else "[red]✗[/] ")
        seen = " [dim](your answer uses this phrase)[/]" if i in mentioned else ""
        lines.append(f"  {tick}{i}. [bold]{esc(point.phrase)}[/] — {esc(point.says)}{seen}")
    return lines


def tick_with(slug: str, total: int) -> str:
    return f"Tick the points your answer made: drill followup {slug} --done --covered 1,3 (numbers 1-{total}, all or none)"


def score_lines(score, earlier: list) -> list[str]:
    lines = [f"[bold]Your score: {len(score.covered)}/{score.total}[/]"]
    if earlier:
        shown = ", ".join(f"{len(s.covered)}/{s.total} on {time.strftime('%d %b', time.localtime(s.at))}" for s in earlier)
        lines.append(f"Earlier: {shown}")
    return lines
