"""Stage 2: random inputs from the problem's generator, differential against the reference.

Hypothesis runs here, in the trusted process; the learner's worker answers one
call at a time, so a hang or a crash costs one example, never the run. A
failure is shrunk (unless it is a limit: shrinking through timeouts would take
minutes) and the smallest failing input is reported.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
import time

from ..decide import decide
from ..errors import JudgeError
from ..verdicts import Verdict
from .stage import Run, StageResult, failure

EXAMPLES = 100  # as many as a hand-written property test runs; --thorough runs ten times more
STAGE_SECONDS = 30.0  # past this the stage stops early (a slow solution must not take minutes)


def quiet_hypothesis() -> None:
    """Keep hypothesis' own files (caches, .hypothesis/) out of the learner's folders."""
    from hypothesis import configuration

    configuration.set_hypothesis_home_dir(os.path.join(tempfile.gettempdir(), f"drill-hypothesis-{os.getuid()}"))


def run(r: Run) -> StageResult:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    quiet_hypothesis()
    problem = r.problem
    result = StageResult()
    strategy = problem.generators().random_input()
    failures: list = []
    state = {"count": 0, "stop": False, "start": time.perf_counter()}

    def overtime() -> bool:
        return time.perf_counter() - state["start"] > STAGE_SECONDS

    def one(inputs):
        if state["stop"]:
            return
        inputs = json.loads(json.dumps(inputs))
        state["count"] += 1
        expected = r.reference.answer(inputs)
        att = r.learner.attempt(inputs, problem.call_seconds)
        decision = decide(problem, inputs, expected, att)
        if decision.verdict is Verdict.JUDGE_ERROR:
            raise JudgeError(decision.message)
        if decision.accepted:
            result.noticed(att)
            state["stop"] = overtime()
            return
        failures.append((inputs, expected, att, decision))
        if decision.verdict.is_limit or overtime():
            state["stop"] = True
            return
        raise AssertionError(decision.message)

    test = settings(
        max_examples=EXAMPLES * (10 if r.thorough else 1),
        derandomize=not r.thorough,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        print_blob=False,
        report_multiple_bugs=False,
    )(given(strategy)(one))
    if r.thorough:
        result.seed = r.seed if r.seed is not None else random.SystemRandom().randrange(2**32)
        test = hypothesis_seed(result.seed)(test)
    try:
        test()
    except JudgeError:
        raise
    except Exception as e:  # noqa: BLE001 - hypothesis re-raises the shrunk failure; we kept it
        if not failures:
            # Not the learner's failure: the problem's generator or hypothesis itself broke.
            raise JudgeError(f"random inputs could not be generated: {type(e).__name__}: {e}") from None
    result.random_examples = state["count"]
    if failures:
        inputs, expected, att, decision = failures[-1]
        shrunk = " (shrunk)" if len(failures) > 1 and not decision.verdict.is_limit else ""
        result.fail(decision, failure(problem, f"random input{shrunk}", inputs, expected, att, decision))
    return result
