"""What every stage of a check shares: its inputs (`Run`) and what it returns (`StageResult`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..attempts import Attempt, SandboxedSolution, TrustedSolution
from ..decide import Decision
from ..notation import box_text, call_text
from ..verdicts import Verdict
from ..report import Failure, Growth, Note


@dataclass
class Run:
    """One check: the problem, the learner's solution, the trusted reference, the options."""

    problem: object
    learner: SandboxedSolution
    reference: TrustedSolution
    thorough: bool = False
    seed: int | None = None
    timer: SandboxedSolution | None = None  # the reference for the scale stage, started early (else made there)


@dataclass
class StageResult:
    verdict: Verdict = Verdict.ACCEPTED
    failure: Failure | None = None
    passed: int = 0
    total: int = 0
    random_examples: int = 0
    seed: int | None = None
    growth: Growth | None = None
    notes: list[Note] = field(default_factory=list)
    optimal: bool | None = None  # the scale stage's complexity answer

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED

    def noticed(self, att: Attempt) -> None:
        """Keep the notes an accepted answer carries (slips LeetCode forgives, named for the learner)."""
        for code in att.reply.slips:
            note = Note(code) if code in Note._value2member_map_ else None
            if note is not None and note not in self.notes:
                self.notes.append(note)

    def fail(self, decision: Decision, failure: Failure) -> StageResult:
        self.verdict, self.failure = decision.verdict, failure
        return self


def failure(problem, name: str, inputs: list, expected, att: Attempt, decision: Decision, why: str = "", limit: int = 300) -> Failure:
    """The Failure of one attempt on one input, in LeetCode's notation."""
    answered = decision.verdict in (Verdict.ACCEPTED, Verdict.WRONG_ANSWER)
    return Failure(
        case=name,
        why=why,
        input=box_text(inputs, limit * 4),
        call=call_text(problem.params, inputs, limit),
        expected=expected,
        got=att.got if answered else None,
        message=decision.message,
        traceback=att.reply.traceback,
        stdout=att.stdout,
        stdout_truncated=att.stdout_truncated,
        operation=f"operation {att.reply.op_index}" if att.reply.op_index is not None else "",
    )
