"""The speech-serving follow-up as an exercise: answer in a file, then score it against the rubric.

`drill followup SLUG` puts the scenario and question in
solutions/followups/<slug>.md (created once, never overwritten) for the
learner's answer; `--done` shows the strong answer and its rubric (3-5 points,
each a key phrase of the strong answer), the learner ticks the points their
answer made, and the score is kept in the table `followup_scores` (migration
0004_retention). Facts only: `drill.render.followup` words them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from . import problems, workspace
from .errors import DrillError

ANSWER_HEADING = "## Your answer"


def template(problem) -> str:
    f = problem.follow_up
    return (
        f"# Follow-up: {problem.title} (speech-ML serving)\n\n"
        f"## Scenario\n\n{f['Scenario']}\n\n## Question\n\n{f['Question']}\n\n{ANSWER_HEADING}\n\n"
        f"<!-- Write your answer below: the numbers, the trade-offs, what fails and how.\n"
        f"     Then compare it with the strong answer: drill followup {problem.slug} --done -->\n\n"
    )


def open_answer(ws, problem) -> tuple[Path, bool]:
    """The answer file, created from the template if it does not exist yet: (path, created)."""
    path = ws.followup_answer(problem.slug)
    return path, workspace.write_new(path, template(problem))


def answer_text(path: Path) -> str:
    """What the learner wrote: the text under the answer heading (the whole file without it), comments left out."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return ""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip().lower() == ANSWER_HEADING.lower():
            text = "\n".join(lines[i + 1 :])
            break
    return re.sub(r"<!--.*?-->", "", text, flags=re.S).strip()


def mentioned(problem, text: str) -> list[int]:
    """The rubric points (1-based) whose key phrase appears in the text: a hint for ticking, never the score."""
    return [i for i, point in enumerate(problem.rubric, 1) if problems.phrase_in(point.phrase, text)]


def parse_covered(spec: str, total: int) -> list[int]:
    """--covered: point numbers (`1,3`), `all` or `none`."""
    text = spec.strip().lower()
    if text == "none":
        return []
    if text == "all":
        return list(range(1, total + 1))
    try:
        numbers = sorted({int(part) for part in text.replace(" ", "").split(",") if part})
    except ValueError:
        numbers = []
    if not numbers or any(not 1 <= n <= total for n in numbers):
        raise DrillError(f"--covered takes point numbers from 1 to {total} (like 1,3), all or none; got {spec!r}")
    return numbers


@dataclass
class Score:
    slug: str
    at: float
    covered: list[int]
    total: int

    @property
    def fraction(self) -> float:
        return len(self.covered) / self.total if self.total else 0.0


def record(state, score: Score) -> None:
    state.write(
        (
            "INSERT INTO followup_scores (slug, at, covered, total) VALUES (?, ?, ?, ?)",
            (score.slug, score.at, json.dumps(score.covered), score.total),
        )
    )


def scores(state, slug: str) -> list[Score]:
    rows = state.query("SELECT at, covered, total FROM followup_scores WHERE slug = ? ORDER BY at, id", (slug,))
    return [Score(slug, at, json.loads(covered), total) for at, covered, total in rows]
