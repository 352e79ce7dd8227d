"""Pattern recognition: name a problem's pattern from its prompt, and keep the score per pattern.

`drill classify` asks it of one problem (and `drill check` on a first
acceptance, at a terminal), with the learner's one-line invariant beside the
bank's; `drill quiz` asks it of several prompts, no code. Choices are the right
pattern and distractors from the patterns of other problems in the same
category first, then from the whole vocabulary (problems/patterns.toml),
repeatable with a seed. Answers live in the table `pattern_answers` (migration
0004_retention). Facts only: `drill.render.recognition` words them.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass

from . import problems
from .errors import DrillError

CHOICES = 4
LETTERS = "abcd"


@dataclass
class Question:
    slug: str
    title: str
    category: str
    pattern: str  # the right answer
    choices: list[str]  # CHOICES pattern names (fewer only if the vocabulary is smaller), the answer among them

    def letter(self, pattern: str) -> str:
        return LETTERS[self.choices.index(pattern)]


def distractors(answer: str, category: str, summaries, vocabulary, rng: random.Random, n: int = CHOICES - 1) -> list[str]:
    """n patterns other than the answer: those of other problems in the category first, then any."""
    near = sorted({s.pattern for s in summaries if s.category == category and s.pattern and s.pattern != answer})
    rng.shuffle(near)
    picked = near[:n]
    rest = sorted(p for p in vocabulary if p != answer and p not in picked)
    rng.shuffle(rest)
    return picked + rest[: n - len(picked)]


def question(summary, summaries, vocabulary, rng: random.Random) -> Question:
    choices = [summary.pattern, *distractors(summary.pattern, summary.category, summaries, vocabulary, rng)]
    rng.shuffle(choices)
    return Question(summary.slug, summary.title, summary.category, summary.pattern, choices)


def classify_seed(slug: str) -> int:
    """classify's default seed: fixed per problem, so a letter answer given later meets the same choices."""
    return zlib.crc32(slug.encode())


def classify_question(slug: str, seed: int | None = None) -> Question:
    summaries, _ = problems.catalog()
    summary = next(s for s in summaries if s.slug == slug)
    return question(summary, summaries, problems.patterns(), random.Random(classify_seed(slug) if seed is None else seed))


def quiz(count: int, category: str | None, seed: int) -> list[Question]:
    """`count` distinct problems (of `category`), each a question; the same seed gives the same quiz."""
    if count < 1:
        raise DrillError("--count should be at least 1")
    summaries, _ = problems.catalog()
    pool = sorted((s for s in summaries if s.pattern and (not category or s.category == category)), key=lambda s: s.slug)
    if not pool:
        raise DrillError(f"no problem of category {category!r} has a pattern to quiz")
    rng = random.Random(seed)
    vocabulary = problems.patterns()
    return [question(s, summaries, vocabulary, rng) for s in rng.sample(pool, min(count, len(pool)))]


def understand(q: Question, given: str) -> str:
    """A learner's answer (a letter of the choices, or a pattern's name) as a pattern name."""
    text = given.strip()
    if len(text) == 1 and text.lower() in LETTERS[: len(q.choices)]:
        return q.choices[LETTERS.index(text.lower())]
    by_name = {p.lower(): p for p in problems.patterns()}
    if text.lower() in by_name:
        return by_name[text.lower()]
    letters = ", ".join(LETTERS[: len(q.choices)])
    raise DrillError(f"{given!r} is neither a choice ({letters}) nor a pattern name (problems/patterns.toml)")


def split_answers(values) -> list[str]:
    """--answer values, each maybe a comma-separated list (no pattern name holds a comma)."""
    return [part.strip() for v in values for part in v.split(",") if part.strip()]


# ------------------------------------------------------------------ the store


@dataclass
class Answer:
    slug: str
    pattern: str
    chosen: str
    correct: bool
    invariant: str | None = None
    at: float | None = None
    source: str = "classify"  # classify | quiz


def record(state, answers: list[Answer]) -> None:
    state.write(
        *[
            (
                "INSERT INTO pattern_answers (slug, at, source, pattern, chosen, correct, invariant) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (a.slug, a.at, a.source, a.pattern, a.chosen, int(a.correct), a.invariant),
            )
            for a in answers
        ]
    )


def classified(state, slug: str) -> Answer | None:
    """The learner's last classification of a problem (from classify, not the quiz)."""
    rows = state.query(
        "SELECT pattern, chosen, correct, invariant, at FROM pattern_answers WHERE slug = ? AND source = 'classify'"
        " ORDER BY at DESC, id DESC LIMIT 1",
        (slug,),
    )
    if not rows:
        return None
    pattern, chosen, correct, invariant, at = rows[0]
    return Answer(slug, pattern, chosen, bool(correct), invariant, at)


def accuracy(state) -> dict[str, tuple[int, int]]:
    """Per pattern (the right answer's), how often it was recognised: (correct, asked), quiz and classify."""
    rows = state.query("SELECT pattern, SUM(correct), COUNT(*) FROM pattern_answers GROUP BY pattern ORDER BY pattern")
    return {r[0]: (int(r[1]), int(r[2])) for r in rows}
