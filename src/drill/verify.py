"""`drill verify`: the author's checks of problem folders, on both cores."""

from __future__ import annotations

import json
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field

from . import problems
from .attempts import TrustedSolution
from .decide import compare
from .errors import DrillError, JudgeError
from .notation import call_text, examples
from .verdicts import Verdict

AGREE_EXAMPLES = 500


@dataclass
class Step:
    name: str
    ok: bool
    detail: str = ""
    seconds: float = 0.0


@dataclass
class Result:
    slug: str
    steps: list[Step] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.steps)

    def to_dict(self) -> dict:
        return asdict(self) | {"ok": self.ok}


PARTS = ("static", "reference", "wrong", "brute")  # independent pieces of one problem's checks


def verify_all(slugs: list[str], jobs: int = 2, progress=None) -> list[Result]:
    """Verify problems; with jobs > 1 the parts of all problems share a process pool."""
    if jobs <= 1:
        results = []
        for slug in slugs:
            results.append(verify_one(slug))
            if progress:
                progress(results[-1])
        return results
    parts: dict[str, dict[str, Result]] = {slug: {} for slug in slugs}
    done: dict[str, Result] = {}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(verify_part, slug, part): (slug, part) for slug in slugs for part in PARTS}
        for fut in as_completed(futures):
            slug, part = futures[fut]
            try:
                parts[slug][part] = fut.result()
            except Exception as e:  # noqa: BLE001 - one broken problem must not hide the others
                parts[slug][part] = Result(slug, [Step(part, False, f"crashed: {type(e).__name__}: {e}")])
            if len(parts[slug]) == len(PARTS):
                done[slug] = _merge(slug, [parts[slug][p] for p in PARTS])
                if progress:
                    progress(done[slug])
    return [done[s] for s in slugs]


def _merge(slug: str, pieces: list[Result]) -> Result:
    merged = Result(slug, seconds=sum(p.seconds for p in pieces))
    for piece in pieces:
        for step in piece.steps:
            # Every part loads the folder; report its outcome once.
            if step.name == "folder" and any(s.name == "folder" for s in merged.steps):
                continue
            merged.steps.append(step)
    return merged


def verify_one(slug: str) -> Result:
    return _merge(slug, [verify_part(slug, part) for part in PARTS])


def verify_part(slug: str, part: str) -> Result:
    """One part of a problem's checks (see PARTS)."""
    from . import judge

    result = Result(slug)
    start = time.perf_counter()

    def step(name: str, fn) -> bool:
        t0 = time.perf_counter()
        try:
            detail = fn()
            result.steps.append(Step(name, True, detail or "", time.perf_counter() - t0))
            return True
        except _Fail as e:
            result.steps.append(Step(name, False, str(e)))
        except JudgeError as e:
            result.steps.append(Step(name, False, str(e)))
        except problems.ProblemError as e:
            result.steps.append(Step(name, False, "; ".join(e.defects)))
        except DrillError as e:
            result.steps.append(Step(name, False, e.message))
        except Exception as e:  # noqa: BLE001 - a broken author file is a finding, not a crash
            result.steps.append(Step(name, False, f"{type(e).__name__}: {e}"))
        return False

    box: dict = {}

    def load():
        box["p"] = problems.load(slug)
        box["p"].generators()  # checked here, not only when a check first needs it
        if box["p"].compare["kind"] == "custom":
            box["p"].checker()

    if not step("folder", load):
        result.seconds = time.perf_counter() - start
        return result
    p = box["p"]

    def run():
        if part == "static":
            ref = TrustedSolution(p)
            step("cases", lambda: _cases(p, ref))
            step("inputs", lambda: _inputs(p))
            step("agree", lambda: _agree(p, ref))
            step("examples", lambda: _examples(p, ref))
            step("hints", lambda: _hints(p))
        elif part == "reference":
            step("reference", lambda: _expect_reference(p))
        elif part == "wrong":
            step("stub", lambda: _expect_not(p, p.stub_path))
            step("mutants", lambda: _mutants(p))
        elif part == "brute" and p.scale.brute_slower:
            step("brute at scale", lambda: _expect_worse(p))

    try:
        judge.trusted(run)
    except JudgeError as e:
        result.steps.append(Step("reference", False, str(e)))
    result.seconds = time.perf_counter() - start
    return result


class _Fail(Exception):
    pass




def _cases(p, ref) -> str:
    bad = []
    for case in p.cases:
        answer = ref.answer(case.inputs)
        if case.has_expected and not compare(p, case.inputs, answer, case.expected).ok:
            bad.append(f"{case.name!r}: expected {json.dumps(case.expected)} but the reference gives {json.dumps(answer)}")
    if bad:
        raise _Fail("; ".join(bad))
    return str(len(p.cases))


def _inputs(p) -> str:
    """Every case's input (and every prompt example's) is one the problem takes: well formed, and within
    check_input's constraints. Random inputs are held to the same in the agree step."""
    from .inputs import problem_with

    bad = []
    for case in p.cases:
        why = problem_with(p, case.inputs)
        if why is not None:
            bad.append(f"cases.toml: {case.name!r}: {why.message}")
    try:
        shown = examples(p.prompt)
    except ValueError:
        shown = []  # the examples step says why
    for i, (values, _) in enumerate(shown, 1):
        why = problem_with(p, values)
        if why is not None:
            bad.append(f"prompt.md: example {i}: {why.message}")
    if bad:
        raise _Fail("; ".join(bad))
    return f"{len(p.cases)}, check_input" if p.input_check() else str(len(p.cases))


def _agree(p, ref) -> str:
    from hypothesis import HealthCheck, given, settings

    from .inputs import problem_with
    from .judge.randomized import quiet_hypothesis

    quiet_hypothesis()
    brute = TrustedSolution(p, p.brute_path, who="the brute force")
    seen = {"n": 0}

    def one(inputs):
        inputs = json.loads(json.dumps(inputs))
        seen["n"] += 1
        outside = problem_with(p, inputs)
        if outside is not None:
            raise _Fail(f"random_input() gives {call_text(p.params, inputs, 200)}, which the problem does not take: {outside.message}")
        expected = ref.answer(inputs)
        got = brute.answer(inputs)
        verdict = compare(p, inputs, expected, got)
        if not verdict.ok:
            raise _Fail(
                f"reference and brute force disagree on {call_text(p.params, inputs, 200)}: "
                f"{json.dumps(expected)[:200]} vs {json.dumps(got)[:200]} {verdict.why}"
            )

    test = settings(
        max_examples=AGREE_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )(given(p.generators().random_input())(one))
    test()
    return str(seen["n"])


def _examples(p, ref) -> str:
    try:
        pairs = examples(p.prompt)
    except ValueError as e:
        raise _Fail(f"prompt.md: an example cannot be parsed ({e})") from None
    if not pairs:
        raise _Fail("prompt.md has no 'Input: ... / Output: ...' example")
    for inputs, output in pairs:
        expected = ref.answer(inputs)
        if not compare(p, inputs, expected, output).ok:
            raise _Fail(f"prompt example {json.dumps(inputs)[:120]} says {json.dumps(output)}, the reference gives {json.dumps(expected)}")
    return str(len(pairs))


def _hints(p) -> str:
    code = [
        line.strip()
        for line in p.reference_path.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) >= 12 and not line.strip().startswith(("#", "def ", "class ", "return", '"""'))
    ]
    for i, hint in enumerate(p.hints, 1):
        for line in code:
            if line in hint:
                raise _Fail(f"hint {i} contains a line of the reference: {line!r}")
    return ""


def _growth_detail(report) -> str:
    g = report.growth
    if g is None:
        return ""
    return f"x2 n: time x{g.learner_factor:.1f}{'+' if g.lower_bound else ''}, the reference's x{g.reference_factor:.1f}"


def _expect_reference(p) -> str:
    from . import judge

    report = judge.check(p, str(p.reference_path))
    if not report.accepted:
        raise _Fail(f"the reference got {report.verdict.value} at {report.stage}: {report.message}"[:400])
    if report.optimal is False:
        raise _Fail(f"the reference is not of its own class on a second run ({_growth_detail(report)}): scale inputs too small?")
    return _growth_detail(report)


def _expect_worse(p) -> str:
    """brute_slower: the brute force must come out of a worse class (too slow, or accepted not optimal)."""
    from . import judge

    report = judge.check(p, str(p.brute_path))
    if report.verdict is Verdict.TIME_LIMIT_EXCEEDED:
        return "time_limit_exceeded; " + _growth_detail(report)
    if report.accepted and report.optimal is False:
        return "accepted, not optimal; " + _growth_detail(report)
    raise _Fail(f"the brute force got {report.verdict.value} (optimal: {report.optimal}) at {report.stage}: {report.message}"[:400])


def _expect_not(p, path) -> str:
    from . import judge

    report = judge.check(p, str(path))
    if report.accepted:
        raise _Fail("the stub is accepted: the exercise ships solved")
    return report.verdict.value


def _mutants(p) -> str:
    from . import judge

    bad = []
    for m in p.mutants:
        report = judge.check(p, str(m.path))
        if report.verdict is not m.verdict:
            bad.append(f"mutants/{m.path.name} declares {m.verdict.value} but got {report.verdict.value} ({report.message[:160]})")
        elif m.optimal is not None and report.optimal is not m.optimal:
            bad.append(f"mutants/{m.path.name} declares optimal: {str(m.optimal).lower()} but got {report.optimal} ({_growth_detail(report)})")
    if bad:
        raise _Fail("; ".join(bad))
    return f"{len(p.mutants)}/{len(p.mutants)}"
