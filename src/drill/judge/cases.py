"""Stage 1: the problem's named edge cases, in order, stopping at the first failure."""

from __future__ import annotations

from ..decide import decide
from .report import Note
from .stage import Run, StageResult, failure


def run(r: Run) -> StageResult:
    problem = r.problem
    result = StageResult(total=len(problem.cases))
    for case in problem.cases:
        expected = case.expected if case.has_expected else r.reference.answer(case.inputs)
        att = r.learner.attempt(case.inputs, problem.call_seconds)
        decision = decide(problem, case.inputs, expected, att)
        if att.reply.returned_value and problem.entry.in_place and Note.RETURNED_VALUE_IGNORED not in result.notes:
            result.notes.append(Note.RETURNED_VALUE_IGNORED)
        result.noticed(att)
        if not decision.accepted:
            return result.fail(decision, failure(problem, case.name, case.inputs, expected, att, decision, case.why))
        result.passed += 1
    return result
