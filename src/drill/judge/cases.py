"""Stage 1: the problem's named edge cases, in order, stopping at the first failure."""

from __future__ import annotations

from ..decide import decide
from ..report import Note
from .stage import Run, StageResult, failure


def run(r: Run) -> StageResult:
    problem = r.problem
    result = StageResult(total=len(problem.cases))
    attempts = r.learner.attempt_many([case.inputs for case in problem.cases], problem.call_seconds)
    for case, att in zip(problem.cases, attempts):
        expected = case.expected if case.has_expected else r.reference.answer(case.inputs)
        decision = decide(problem, case.inputs, expected, att)
        if att.reply.returned_value and problem.entry.in_place and Note.RETURNED_VALUE_IGNORED not in result.notes:
            result.notes.append(Note.RETURNED_VALUE_IGNORED)
        result.noticed(att)
        if not decision.accepted:
            return result.fail(decision, failure(problem, case.name, case.inputs, expected, att, decision, case.why))
        result.passed += 1
    return result
