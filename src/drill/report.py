"""What a check found: the data model of a report. Facts only; `drill.render` words them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .verdicts import Verdict



@dataclass
class Failure:
    """The first failing case: where, on what input, what came back."""

    case: str  # the case's name, "random input (shrunk)", "scale, n = 2,500", "loading your file"
    input: str = ""  # LeetCode's box: one value per line
    call: str = ""  # "nums = [3,3], target = 6"
    expected: object = None
    got: object = None
    message: str = ""
    why: str = ""  # the edge case's reason to exist
    traceback: str = ""
    stdout: str = ""
    stdout_truncated: bool = False
    operation: str = ""  # design problems: "operation 3"


@dataclass
class Point:
    n: int
    learner: float  # CPU seconds; the ceiling when `Growth.lower_bound`
    reference: float


@dataclass
class Growth:
    """How the learner's time grew against the reference's (the complexity evidence, from the last two
    points), and the times at LeetCode's largest input (the verdict's evidence)."""

    points: list[Point]
    learner_factor: float  # time multiplier when n doubles
    reference_factor: float
    predicted_learner: float  # CPU seconds at max_n (measured there when measured_at_max)
    predicted_reference: float
    max_n: int  # LeetCode's largest input, in the scale's units: where the verdict is decided
    measured_at_max: bool
    lower_bound: bool = False  # the last point timed out: the learner's factor is at least this
    budget: float = 0.0  # the CPU seconds allowed at max_n on this machine (the problem's budget, calibrated)
    confirmed: bool | None = None  # measured twice: whether the worse growth held both times

    @property
    def relative_slope(self) -> float:
        """log2 of the learner's factor over the reference's: 0 for the same class, about 1 for n² against n."""
        import math

        return math.log2(self.learner_factor) - math.log2(self.reference_factor)


class Note(str, Enum):
    """Something worth knowing about an accepted or failed check; `drill.render` words it."""

    RETURNED_VALUE_IGNORED = "returned_value_ignored"  # an in-place function also returned something
    NO_SCALE_STAGE = "no_scale_stage"  # the input has a fixed size
    STR_NODE_VALUES = "str_node_values"  # accepted as LeetCode does, but node values are str, not int
    VALUES_REWRITTEN = "values_rewritten"  # accepted as LeetCode does, but the values moved, not the nodes


@dataclass
class Report:
    slug: str
    verdict: Verdict
    stage: str  # load, cases, random or scale: where the check stopped
    passed: int = 0  # edge cases passed
    total: int = 0
    failure: Failure | None = None
    error: str = ""  # judge_error without a failing case: what broke
    timings: dict = field(default_factory=dict)
    growth: Growth | None = None
    notes: list[Note] = field(default_factory=list)
    random_examples: int = 0
    seed: int | None = None
    optimal: bool | None = None  # accepted and of the reference's complexity class; None until known

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED

    @property
    def message(self) -> str:
        return self.failure.message if self.failure is not None else self.error
