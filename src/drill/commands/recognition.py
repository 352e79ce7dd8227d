"""Naming the pattern: `drill classify` (one problem, with the invariant) and `drill quiz` (prompts only)."""

from __future__ import annotations

import random

from .. import clock, errors, problems, recognition
from ..errors import DrillError
from ..recognition import Answer
from . import Session, ask, interactive, json_out, say


def ask_pattern(q) -> str:
    """Ask until the answer is a choice or a pattern name."""
    while True:
        try:
            return recognition.understand(q, ask(f"Your answer ({'/'.join('abcd'[: len(q.choices)])})"))
        except DrillError as e:
            say([f"[yellow]{e.message}[/]"])


def ask_invariant() -> str | None:
    line = ask("The invariant in one line (Enter to skip)").strip()
    return line or None


def classify_now(session, problem, seed: int | None = None) -> tuple[Answer, str]:
    """At a terminal: ask the pattern and the invariant, record them. (answer, the pattern's signal)."""
    from ..render.recognition import classify_question_lines

    q = recognition.classify_question(problem.slug, seed)
    say(["", *classify_question_lines(q)])
    chosen = ask_pattern(q)
    return _record(session, q, chosen, ask_invariant())


def _record(session, q, chosen: str, invariant: str | None) -> tuple[Answer, str]:
    answer = Answer(q.slug, q.pattern, chosen, chosen == q.pattern, invariant, clock.now(), "classify")
    recognition.record(session.state, [answer])
    return answer, problems.patterns().get(q.pattern, "")


def classify(name: str | None, answer: str | None, invariant: str | None, seed: int | None, as_json: bool) -> int:
    from ..render.recognition import answer_with, classify_question_lines, compare_lines

    session = Session(create=True)
    slug = session.slug_or_current(name)
    problem = problems.load(slug)
    q = recognition.classify_question(slug, seed)
    if answer is None and (as_json or not interactive()):
        how = f"drill classify {slug}{f' --seed {seed}' if seed is not None else ''} --answer LETTER [--invariant 'one line']"
        if as_json:
            json_out({"version": 1, "slug": slug, "choices": q.choices, "recorded": False, "answer_with": how})
        else:
            say([*classify_question_lines(q), answer_with(how)])
        return errors.EXIT_OK
    if answer is None:
        say(classify_question_lines(q))
        chosen = ask_pattern(q)
        invariant = invariant if invariant is not None else ask_invariant()
    else:
        chosen = recognition.understand(q, answer)
    result, signal = _record(session, q, chosen, " ".join((invariant or "").split()) or None)
    if as_json:
        json_out(
            {
                "version": 1, "slug": slug, "choices": q.choices, "recorded": True, "chosen": result.chosen,
                "pattern": result.pattern, "correct": result.correct, "signal": signal, "invariant": result.invariant,
                "notes": {"Pattern": problem.notes["Pattern"], "Invariant": problem.notes["Invariant"]},
            }
        )
    else:
        say(compare_lines(problem, result, signal))
    return errors.EXIT_OK


def quiz(count: int, category: str | None, seed: int | None, answers: tuple, as_json: bool) -> int:
    from ..render.recognition import answer_with, quiz_question_lines, quiz_summary_lines, result_lines

    session = Session(create=True)
    seed = seed if seed is not None else random.SystemRandom().randrange(1, 10**6)
    questions = recognition.quiz(count, category, seed)
    given = recognition.split_answers(answers)
    signals = problems.patterns()
    loaded = {q.slug: problems.load(q.slug) for q in questions}
    if not given and (as_json or not interactive()):
        how = f"drill quiz --seed {seed} --count {len(questions)}{f' --category {category}' if category else ''} --answer " + ",".join(
            "LETTER" for _ in questions
        )
        if as_json:
            json_out(
                {
                    "version": 1, "seed": seed, "recorded": False, "answer_with": how,
                    "questions": [{"slug": q.slug, "title": q.title, "prompt": loaded[q.slug].prompt, "choices": q.choices} for q in questions],
                }
            )
        else:
            lines: list = [f"[bold]Pattern quiz[/] (seed {seed}): name the pattern of each prompt."]
            for i, q in enumerate(questions, 1):
                lines += quiz_question_lines(q, i, len(questions), loaded[q.slug])
            say([*lines, "", answer_with(how)])
        return errors.EXIT_OK
    if given and len(given) != len(questions):
        raise DrillError(f"the quiz has {len(questions)} questions and {len(given)} answers: give one per question, in order")
    results = []
    if given:
        chosen = [recognition.understand(q, g) for q, g in zip(questions, given)]
        now = clock.now()
        results = [Answer(q.slug, q.pattern, c, c == q.pattern, None, now, "quiz") for q, c in zip(questions, chosen)]
        recognition.record(session.state, results)
        if not as_json:
            lines = [f"[bold]Pattern quiz[/] (seed {seed})"]
            for i, (q, a) in enumerate(zip(questions, results), 1):
                lines += ["", f"[bold]{i}. {q.title}[/]", *result_lines(q, a.chosen, signals.get(q.pattern, ""), loaded[q.slug])]
            say(lines)
    else:
        say([f"[bold]Pattern quiz[/] (seed {seed}): name the pattern of each prompt."])
        for i, q in enumerate(questions, 1):
            say(quiz_question_lines(q, i, len(questions), loaded[q.slug]))
            c = ask_pattern(q)
            a = Answer(q.slug, q.pattern, c, c == q.pattern, None, clock.now(), "quiz")
            recognition.record(session.state, [a])  # one at a time: an interrupted quiz keeps what was answered
            results.append(a)
            say(result_lines(q, c, signals.get(q.pattern, ""), loaded[q.slug]))
    correct = sum(a.correct for a in results)
    accuracy = recognition.accuracy(session.state)
    if as_json:
        json_out(
            {
                "version": 1, "seed": seed, "recorded": True, "score": correct, "asked": len(results),
                "answers": [
                    {"slug": a.slug, "chosen": a.chosen, "pattern": a.pattern, "correct": a.correct, "signal": signals.get(a.pattern, "")}
                    for a in results
                ],
                "accuracy": {p: {"correct": c, "asked": n} for p, (c, n) in accuracy.items()},
            }
        )
    else:
        say(["", *quiz_summary_lines(correct, len(results), accuracy)])
    return errors.EXIT_OK
