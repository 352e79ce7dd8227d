"""Stage 2: random inputs from the problem's generator, differential against the reference.

Hypothesis runs here, in the trusted process. The examples are generated
first (derandomized, so the same ones every run: they are cached by the
content of the problem's generator), answered by the reference, and sent to
the learner's worker in one round trip. Only when one fails does hypothesis
run the search again with one call per example, reaching the same failing
example and shrinking it (unless it is a limit: shrinking through timeouts
would take minutes); the smallest failing input is reported.
"""

from __future__ import annotations

import hashlib
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
CACHE_FORMAT = 1


def hypothesis_home() -> str:
    return os.path.join(tempfile.gettempdir(), f"drill-hypothesis-{os.getuid()}")


def quiet_hypothesis() -> None:
    """Keep hypothesis' own files (caches, .hypothesis/) out of the learner's folders."""
    from hypothesis import configuration

    configuration.set_hypothesis_home_dir(hypothesis_home())


class _Search:
    """The hypothesis test of one problem: first it only collects examples, then (after a failure) it judges
    one example per call and shrinks. The same function object both times, so that derandomized generation
    gives the same examples in the same order."""

    def __init__(self, r: Run, count: int, seed: int | None):
        from hypothesis import HealthCheck, Phase, given, settings
        from hypothesis import seed as hypothesis_seed

        quiet_hypothesis()
        self.r, self.examples, self.failures = r, [], []
        self.judging, self.stop, self.count, self.start = False, False, 0, 0.0
        test = settings(
            max_examples=count,
            derandomize=seed is None,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.explicit, Phase.generate, Phase.shrink],
            print_blob=False,
            report_multiple_bugs=False,
        )(given(r.problem.generators().random_input())(self.one))
        self.test = hypothesis_seed(seed)(test) if seed is not None else test

    def one(self, inputs):
        inputs = json.loads(json.dumps(inputs))
        if not self.judging:
            self.examples.append(inputs)
            return
        if self.stop:
            return
        self.count += 1
        problem = self.r.problem
        expected = self.r.reference.answer(inputs)
        att = self.r.learner.attempt(inputs, problem.call_seconds)
        decision = decide(problem, inputs, expected, att)
        if decision.verdict is Verdict.JUDGE_ERROR:
            raise JudgeError(decision.message)
        if decision.accepted:
            self.stop = time.perf_counter() - self.start > STAGE_SECONDS
            return
        self.failures.append((inputs, expected, att, decision))
        if decision.verdict.is_limit or time.perf_counter() - self.start > STAGE_SECONDS:
            self.stop = True
            return
        raise AssertionError(decision.message)

    def run(self, judging: bool) -> None:
        self.judging, self.start = judging, time.perf_counter()
        try:
            self.test()
        except JudgeError:
            raise
        except Exception as e:  # noqa: BLE001 - hypothesis re-raises the shrunk failure; we kept it
            if not self.failures:
                # Not the learner's failure: the problem's generator or hypothesis itself broke.
                raise JudgeError(f"random inputs could not be generated: {type(e).__name__}: {e}") from None


def cache_path(problem, what: str) -> str:
    """Where generated inputs of a problem are kept (`what` names them): keyed by everything that makes
    them, so that a changed generator, strategy or hypothesis never serves old inputs."""
    import importlib.util

    # hypothesis' version (its examples may change with it) read from its file, without importing it.
    version = os.path.join(os.path.dirname(importlib.util.find_spec("hypothesis").origin), "version.py")
    strategies = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "strategies.py")
    digest = hashlib.sha256()
    for path in (problem.folder / "generators.py", problem.folder / "problem.toml", strategies, version):
        with open(path, "rb") as f:
            digest.update(f.read())
    digest.update(f"{what}:{CACHE_FORMAT}".encode())
    return os.path.join(hypothesis_home(), "inputs", f"{problem.slug}-{what}-{digest.hexdigest()[:20]}.json")


_MEMO: dict[str, object] = {}  # what this process read or made already (a watch session checks again)


def cached(path: str | None, make):
    """The JSON value stored at path, or make() stored there for next time (never fatal: no cache).
    Read-only for the caller: inputs reach solutions only serialised or copied (TrustedSolution)."""
    if path is not None and path in _MEMO:
        return _MEMO[path]
    value = _read(path) if path is not None else None
    if value is None:
        value = _made(path, make)
    if path is not None:
        _MEMO[path] = value
    return value


def _read(path: str):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def _made(path: str | None, make):
    value = make()
    if path is not None:
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(value, f)
            os.replace(tmp, path)
        except OSError:
            pass  # no cache: the next run makes them again
    return value


def examples_of(r: Run, count: int, seed: int | None) -> list:
    """The random inputs of this run: generated, or read back from the cache (derandomized runs only)."""

    def generate():
        search = _Search(r, count, seed)
        search.run(judging=False)
        return search.examples

    return cached(cache_path(r.problem, f"random{count}") if seed is None else None, generate)


def run(r: Run) -> StageResult:
    problem = r.problem
    result = StageResult()
    count = EXAMPLES * (10 if r.thorough else 1)
    seed = None
    if r.thorough:
        seed = result.seed = r.seed if r.seed is not None else random.SystemRandom().randrange(2**32)
    try:
        examples = examples_of(r, count, seed)
    except JudgeError:
        raise
    expected = [r.reference.answer(inputs) for inputs in examples]
    attempts = r.learner.attempt_many(examples, problem.call_seconds, stop_after=STAGE_SECONDS)
    failed = None
    for i, (inputs, answer, att) in enumerate(zip(examples, expected, attempts)):
        decision = decide(problem, inputs, answer, att)
        if decision.verdict is Verdict.JUDGE_ERROR:
            raise JudgeError(decision.message)
        if not decision.accepted:
            failed = (inputs, answer, att, decision)
            break
        result.noticed(att)
    result.random_examples = len(attempts)
    if failed is None:
        return result
    inputs, answer, att, decision = failed
    if not decision.verdict.is_limit:
        # Search again one call at a time: hypothesis meets the same failing example and shrinks it.
        search = _Search(r, count, seed)
        search.run(judging=True)
        if search.failures:
            result.random_examples = search.count
            inputs, answer, att, decision = search.failures[-1]
            shrunk = len(search.failures) > 1 and not decision.verdict.is_limit
            return result.fail(decision, failure(problem, f"random input{' (shrunk)' if shrunk else ''}", inputs, answer, att, decision))
    return result.fail(decision, failure(problem, "random input", inputs, answer, att, decision))
