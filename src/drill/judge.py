"""The judge: edge cases, then random differential tests, then scale.

It stops at the first failure, like an online judge, and decides the verdict in
one place (`_verdict_of`). The learner's code runs only in sandbox workers; the
reference runs here, in the trusted process, and in a trusted worker of its own
when its time is measured against the learner's.
"""

from __future__ import annotations

import json
import math
import os
import random
import shutil
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field

from . import checkers, problems, runner, sandbox
from .problems import Problem

VERDICTS = problems.VERDICTS + ("judge_error",)  # judge_error: the judge's fault, never the learner's
STAGES = ("load", "cases", "random", "scale")
RANDOM_EXAMPLES = 100
RANDOM_STAGE_SECONDS = 30.0
SCALE_CALL_SECONDS = 3.0  # absolute ceiling on one call at scale
TLE_SECONDS = 1.0  # predicted time at the largest n that fails, if also ...
TLE_RATIO = 20.0  # ... this many times the reference's
SUPERLINEAR = 0.45  # relative log-log slope that counts as a worse class
AMBIGUOUS = 0.25
ENOUGH_SIGNAL = 0.02  # stop growing n once the learner takes this long


@dataclass
class Failure:
    case: str
    input: str  # LeetCode's box: one value per line
    call: str  # "nums = [3,3], target = 6"
    expected: object = None
    got: object = None
    message: str = ""
    why: str = ""
    traceback: str = ""
    stdout: str = ""
    stdout_truncated: bool = False
    operation: str = ""


@dataclass
class Point:
    n: int
    learner: float | None  # None: no answer within the ceiling
    reference: float


@dataclass
class Growth:
    points: list[Point]
    learner_factor: float  # time multiplier when n doubles
    reference_factor: float
    predicted_learner: float  # seconds at the largest n
    predicted_reference: float
    max_n: int
    measured_at_max: bool
    summary: str = ""


@dataclass
class Report:
    slug: str
    verdict: str
    stage: str
    passed: int = 0
    total: int = 0
    failure: Failure | None = None
    message: str = ""
    timings: dict = field(default_factory=dict)
    growth: Growth | None = None
    notes: list[str] = field(default_factory=list)
    random_examples: int = 0
    seed: int | None = None

    @property
    def accepted(self) -> bool:
        return self.verdict == "accepted"

    def to_dict(self) -> dict:
        d = asdict(self)
        d["version"] = 1
        d["status"] = "pass" if self.accepted else ("error" if self.verdict in ("compile_error", "judge_error") else "fail")
        return d


class JudgeError(Exception):
    """The judge's or the problem author's fault, never the learner's."""


# ---------------------------------------------------------------- notation


def show(value, limit: int = 300) -> str:
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if len(text) > limit:
        size = f" ({len(value):,} items)" if isinstance(value, list) else ""
        text = text[: limit - 3] + "..." + size
    return text


def call_text(problem: Problem, inputs: list, limit: int = 300) -> str:
    return ", ".join(f"{p['name']} = {show(v, limit)}" for p, v in zip(problem.params, inputs))


def box_text(inputs: list, limit: int = 100_000) -> str:
    return "\n".join(show(v, limit) for v in inputs)


# ---------------------------------------------------------------- reference


class Reference:
    """A trusted solution run in this process (reference or brute force)."""

    def __init__(self, problem: Problem, path=None):
        self.problem = problem
        path = str(path or problem.reference_path)
        try:
            self.ns = runner.load(path, module_name=f"drill_trusted_{abs(hash(path))}")
            runner.check_entry(self.ns, problem.spec)
        except runner.LoadError as e:
            raise JudgeError(f"{path}: {e.message}") from None

    def reply(self, inputs: list) -> dict:
        """The same shape of reply a worker gives, computed here."""
        spec = self.problem.spec
        ctx: dict = {}
        inputs = json.loads(json.dumps(inputs))
        try:
            if spec["kind"] == "codec":
                encoded = runner.run(self.ns, spec, "encode", inputs, ctx)["result"]
                return runner.run(self.ns, spec, "decode", [encoded], ctx) | {"status": "ok"}
            mode = "design" if spec["kind"] == "design" else "call"
            return runner.run(self.ns, spec, mode, inputs, ctx) | {"status": "ok", "shared_nodes": ctx.get("shared_nodes")}
        except Exception as e:  # noqa: BLE001 - a failing reference is a judge error
            raise JudgeError(f"the reference failed on {show(inputs, 200)}: {type(e).__name__}: {e}") from None

    def answer(self, inputs: list):
        return answer_of(self.problem, self.reply(inputs))


def answer_of(problem: Problem, reply: dict):
    arg = problem.spec.get("judge_arg")
    if arg:
        return reply["args_after"][arg]
    return reply["result"]


# ---------------------------------------------------------------- learner


@dataclass
class Attempt:
    verdict: str  # one of VERDICTS
    got: object = None
    message: str = ""
    traceback: str = ""
    stdout: str = ""
    stdout_truncated: bool = False
    cpu: float = 0.0
    operation: str = ""
    returned_value: bool = False
    shared_nodes: int = 0


class Learner:
    """The learner's file behind one or two sandbox workers, restarted after a death."""

    def __init__(self, problem: Problem, path: str):
        self.problem = problem
        self.path = path
        self.codec = problem.spec["kind"] == "codec"
        self.workers: dict[str, sandbox.Worker | None] = {"main": None, "decode": None}
        self.load_failure: Attempt | None = None
        # Every worker loads a snapshot taken as the check begins: a file saved again meanwhile cannot
        # mix two versions into one verdict, and a solution that writes to its own __file__ rewrites
        # the snapshot, never the learner's work. (Not a file: the worker reports what it is.)
        self.snapshot_dir: str | None = None
        self.load_path = path
        if os.path.isfile(path):
            try:
                self.snapshot_dir = tempfile.mkdtemp(prefix="drill-solution-")
                self.load_path = os.path.join(self.snapshot_dir, os.path.basename(path))
                shutil.copyfile(path, self.load_path)
            except OSError:
                self.load_path = path  # unreadable: the worker's own attempt to read it reports why

    def _worker(self, role: str) -> sandbox.Worker | None:
        w = self.workers[role]
        if w is not None and not w.closed:
            return w
        w = sandbox.Worker(self.load_path, self.problem.spec, memory_mb=self.problem.memory_mb, display=self.path)
        self.workers[role] = w
        load_timeout = max(5.0, self.problem.call_seconds * 2)
        out = w.load(timeout=load_timeout)
        if out.status != "ok":
            self.load_failure = _attempt_from(out, self.problem, "load", load_timeout)
            w.close()
            self.workers[role] = None
            return None
        return w

    def load(self) -> Attempt | None:
        """None when the file loads and has the entry point; else the failure."""
        self._worker("main")
        return self.load_failure

    def attempt(self, inputs: list, timeout: float, timed: bool = False) -> Attempt:
        if not self.codec:
            mode = "design" if self.problem.spec["kind"] == "design" else "call"
            return self._run("main", mode, inputs, timeout, timed)
        enc = self._run("main", "encode", inputs, timeout, timed)
        if enc.verdict != "accepted":
            return enc
        # A separate process decodes, so nothing but the string crosses over.
        dec = self._run("decode", "decode", [enc.got], timeout, timed)
        dec.cpu += enc.cpu
        dec.stdout = enc.stdout + dec.stdout
        if dec.verdict != "accepted":
            dec.message = f"decode: {dec.message}" if dec.message else dec.message
        return dec

    def _run(self, role: str, mode: str, inputs: list, timeout: float, timed: bool) -> Attempt:
        w = self._worker(role)
        if w is None:
            return self.load_failure
        out = w.run(mode, inputs, timeout, timed)
        att = _attempt_from(out, self.problem, mode, timeout)
        if out.status not in ("ok", "exception", "bad_result", "bad_input"):
            w.close()  # dead, killed or out of memory: a fresh worker next time
        return att

    def close(self) -> None:
        for w in self.workers.values():
            if w is not None:
                w.close()
        if self.snapshot_dir is not None:
            shutil.rmtree(self.snapshot_dir, ignore_errors=True)


def _attempt_from(out: sandbox.Outcome, problem: Problem, mode: str, timeout: float = 0.0) -> Attempt:
    """What a worker's reply means. The reply comes out of the solution's own process, so anything
    malformed in it is the solution's failure, never a crash of drill."""
    try:
        att = _read_reply(out, problem, mode, timeout)
        att.cpu, att.shared_nodes = float(att.cpu), int(att.shared_nodes)
        att.message, att.traceback, att.operation = str(att.message), str(att.traceback), str(att.operation)
        return att
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        return Attempt(
            "runtime_error",
            message="the solution's process sent a malformed answer",
            stdout=out.output,
            stdout_truncated=out.output_truncated,
        )


def _read_reply(out: sandbox.Outcome, problem: Problem, mode: str, timeout: float) -> Attempt:
    r = out.reply
    att = Attempt("accepted", stdout=out.output, stdout_truncated=out.output_truncated, cpu=r.get("cpu", 0.0) or 0.0)
    if r.get("op_index") is not None and mode == "design":
        att.operation = f"operation {r['op_index']}"
    status = out.status
    peak = r.get("peak_mb") or 0  # the worker's peak resident memory, read by the judge
    if status in ("ok", "timeout") and peak > problem.memory_mb:
        # RLIMIT_AS is only a backstop (it counts reserved address space): a solution that filled more
        # than memory_mb, whether it then answered or ran into the deadline, broke the memory limit.
        att.verdict = "memory_limit_exceeded"
        att.message = f"the solution held {peak:,} MB of memory, more than the {problem.memory_mb} MB allowed"
        if status == "timeout":
            att.message += f" (and gave no answer within {timeout:g} s)"
        return att
    if status == "ok":
        att.got = r["result"] if mode in ("encode", "decode", "design") else answer_of(problem, r)
        att.returned_value = bool(r.get("returned_value"))
        att.shared_nodes = r.get("shared_nodes") or 0
        return att
    if status == "compile_error":
        att.verdict, att.message, att.traceback = "compile_error", r.get("message", ""), r.get("traceback", "")
    elif status == "exception":
        att.verdict = "runtime_error"
        att.message = f"{r.get('exception')}: {r.get('message')}" if r.get("message") else r.get("exception", "")
        if r.get("exception") == "RecursionError":
            att.message += " (recursion too deep)"
        att.traceback = r.get("traceback", "")
    elif status == "bad_result":
        att.verdict, att.message = "wrong_answer", f"your answer could not be read back: {r.get('message')}"
    elif status == "memory":
        att.verdict = "memory_limit_exceeded"
        att.message = f"MemoryError: the solution used more than the {problem.memory_mb} MB allowed"
        att.traceback = r.get("traceback", "")
    elif status == "timeout":
        att.verdict = "time_limit_exceeded"
        att.message = f"no answer within {timeout:g} s"
        if peak >= 256:
            att.message += f" (by then it held {peak:,} MB of memory)"
    elif status == "died":
        msg = r.get("message", "the solution's process died")
        att.verdict = "time_limit_exceeded" if "CPU time" in msg else "runtime_error"
        att.message = msg
    elif status == "bad_input":
        att.verdict, att.message = "judge_error", f"malformed input: {r.get('message')}"
    else:
        att.verdict, att.message = "judge_error", f"unexpected reply {status!r}"
    return att


# ---------------------------------------------------------------- the check


def _verdict_of(problem: Problem, inputs: list, expected, att: Attempt) -> tuple[str, str]:
    """The verdict of one attempt, and the checker's message."""
    if att.verdict != "accepted":
        return att.verdict, att.message
    try:
        message = checkers.judge_answer(problem, inputs, expected, att.got, att.shared_nodes)
    except Exception as e:  # noqa: BLE001 - a broken checker is the author's fault
        return "judge_error", f"the checker failed: {type(e).__name__}: {e}"
    if message is None:
        return "accepted", ""
    return "wrong_answer", message


def _failure(problem: Problem, name: str, inputs: list, expected, att: Attempt, message: str, why: str = "", limit: int = 300) -> Failure:
    return Failure(
        case=name,
        why=why,
        input=box_text(inputs, limit * 4),
        call=call_text(problem, inputs, limit),
        expected=expected,
        got=att.got if att.verdict in ("accepted", "wrong_answer") else None,
        message=message,
        traceback=att.traceback,
        stdout=att.stdout,
        stdout_truncated=att.stdout_truncated,
        operation=att.operation,
    )


def check(problem: Problem, path: str, thorough: bool = False, seed: int | None = None, progress=None) -> Report:
    """Judge the file at `path`; every failure of the learner's code is a verdict."""
    import sys

    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)  # answers may hold huge ints; the worker allows them too
    return run_with_big_stack(lambda: _check(problem, path, thorough, seed, progress or (lambda stage: None)))


def run_with_big_stack(fn):
    """Run fn in a thread with a large stack, so deep trusted recursion cannot crash drill."""
    import sys

    box: dict = {}

    def target():
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old, 200_000))
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = e

    previous = threading.stack_size()
    threading.stack_size(512 * 1024 * 1024)
    try:
        t = threading.Thread(target=target, name="judge")
        t.start()
    finally:
        threading.stack_size(previous)
    t.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


def _check(problem: Problem, path: str, thorough: bool, seed: int | None, progress) -> Report:
    report = Report(problem.slug, "accepted", "load")
    learner = Learner(problem, path)
    started = time.perf_counter()
    try:
        progress("load")
        fail = learner.load()
        report.timings["load"] = time.perf_counter() - started
        if fail is not None:
            report.verdict, report.message = fail.verdict, fail.message
            report.failure = Failure(case="loading your file", input="", call="", message=fail.message, traceback=fail.traceback, stdout=fail.stdout)
            return report
        ref = Reference(problem)
        for stage, fn in (("cases", _stage_cases), ("random", _stage_random), ("scale", _stage_scale)):
            progress(stage)
            report.stage = stage
            t0 = time.perf_counter()
            fn(problem, learner, ref, report, thorough, seed)
            report.timings[stage] = time.perf_counter() - t0
            if report.verdict != "accepted":
                return report
        return report
    except JudgeError as e:
        report.verdict, report.message = "judge_error", str(e)
        return report
    finally:
        learner.close()
        report.timings["total"] = time.perf_counter() - started


def _stage_cases(problem: Problem, learner: Learner, ref: Reference, report: Report, thorough, seed) -> None:
    report.total = len(problem.cases)
    for case in problem.cases:
        expected = case.expected if case.has_expected else ref.answer(case.inputs)
        att = learner.attempt(case.inputs, problem.call_seconds)
        verdict, message = _verdict_of(problem, case.inputs, expected, att)
        if att.returned_value and problem.spec.get("judge_arg") and "returned" not in " ".join(report.notes):
            report.notes.append(f"your function returned a value; only {problem.spec['judge_arg']} is judged, in place")
        if verdict != "accepted":
            report.verdict, report.message = verdict, message
            report.failure = _failure(problem, case.name, case.inputs, expected, att, message, case.why)
            return
        report.passed += 1


def quiet_hypothesis() -> None:
    """Keep hypothesis' own files (caches, .hypothesis/) out of the learner's folders."""
    import os
    import tempfile

    from hypothesis import configuration

    configuration.set_hypothesis_home_dir(os.path.join(tempfile.gettempdir(), f"drill-hypothesis-{os.getuid()}"))


def _stage_random(problem: Problem, learner: Learner, ref: Reference, report: Report, thorough: bool, seed: int | None) -> None:
    from hypothesis import HealthCheck, Phase, given, settings

    quiet_hypothesis()
    from hypothesis import seed as hypothesis_seed

    examples = RANDOM_EXAMPLES * (10 if thorough else 1)
    strategy = problem.generators().random_input()
    failures: list = []
    state = {"count": 0, "stop": False, "start": time.perf_counter()}

    def one(inputs):
        if state["stop"]:
            return
        inputs = json.loads(json.dumps(inputs))
        state["count"] += 1
        expected = ref.answer(inputs)
        att = learner.attempt(inputs, problem.call_seconds)
        verdict, message = _verdict_of(problem, inputs, expected, att)
        if verdict == "judge_error":
            raise JudgeError(message)
        if verdict == "accepted":
            if time.perf_counter() - state["start"] > RANDOM_STAGE_SECONDS:
                state["stop"] = True
            return
        failures.append((inputs, expected, att, verdict, message))
        if verdict in ("time_limit_exceeded", "memory_limit_exceeded") or time.perf_counter() - state["start"] > RANDOM_STAGE_SECONDS:
            state["stop"] = True  # shrinking through timeouts would take minutes
            return
        raise AssertionError(message)

    test = settings(
        max_examples=examples,
        derandomize=not thorough,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        print_blob=False,
        report_multiple_bugs=False,
    )(given(strategy)(one))
    if thorough:
        report.seed = seed if seed is not None else random.SystemRandom().randrange(2**32)
        test = hypothesis_seed(report.seed)(test)
    try:
        test()
    except JudgeError:
        raise
    except Exception as e:  # noqa: BLE001 - hypothesis re-raises the shrunk failure; we kept it
        if not failures:
            # Not the learner's failure: the problem's generator or hypothesis itself broke.
            raise JudgeError(f"random inputs could not be generated: {type(e).__name__}: {e}") from None
    report.random_examples = state["count"]
    if failures:
        inputs, expected, att, verdict, message = failures[-1]
        report.verdict, report.message = verdict, message
        shrunk = " (shrunk)" if len(failures) > 1 and verdict not in ("time_limit_exceeded", "memory_limit_exceeded") else ""
        report.failure = _failure(problem, f"random input{shrunk}", inputs, expected, att, message)


def _scale_sizes(problem: Problem) -> list[int]:
    sizes = [problem.scale_max]
    while sizes[0] // 4 >= problem.scale_start:
        sizes.insert(0, sizes[0] // 4)
    if len(sizes) == 1:
        sizes.insert(0, max(1, problem.scale_max // 2))
    return sizes


def _slope(t1: float, t2: float, n1: int, n2: int) -> float:
    t1, t2 = max(t1, 1e-6), max(t2, 1e-6)
    return math.log(t2 / t1) / math.log(n2 / n1)


def _stage_scale(problem: Problem, learner: Learner, ref: Reference, report: Report, thorough, seed) -> None:
    if not problem.scale_enabled:
        report.notes.append("this problem's input has a fixed size, so there is no scale stage")
        return
    with sandbox.Worker(str(problem.reference_path), problem.spec, memory_mb=max(problem.memory_mb, 2048)) as trusted:
        if trusted.load(timeout=10).status != "ok":
            raise JudgeError("the reference does not load in a worker")
        ref_timer = _RefTimer(problem, trusted)
        points: list[Point] = []
        sizes = _scale_sizes(problem)
        spent = time.perf_counter()
        for n in sizes:
            inputs = problem.generators().scale_input(n, random.Random(f"{problem.slug}:{n}"))
            inputs = json.loads(json.dumps(inputs))
            point = _measure(problem, learner, ref_timer, inputs, n, report)
            if point is None or point.learner is None:
                if point is not None and points:
                    # Timed out: the ceiling is a lower bound on the learner's time.
                    points.append(Point(n, SCALE_CALL_SECONDS, point.reference))
                    report.growth = _growth(points, problem)
                    report.growth.summary = report.growth.summary.replace("multiplied your time by", "multiplied your time by at least")
                    report.message += f"; {report.growth.summary}"
                return
            points.append(point)
            enough = len(points) >= 2 and (point.learner >= ENOUGH_SIGNAL or time.perf_counter() - spent > 0.8)
            if enough:
                break
        growth = _growth(points, problem)
        rel = math.log2(growth.learner_factor) - math.log2(growth.reference_factor)
        if AMBIGUOUS <= rel < SUPERLINEAR and not growth.measured_at_max:
            # Too close to call: measure the last two sizes again, never fail on noise.
            again = [_measure(problem, learner, ref_timer, _scale_inputs(problem, p.n), p.n, report) for p in points[-2:]]
            if any(p is None or p.learner is None for p in again):
                return
            points[-2:] = again
            growth = _growth(points, problem)
        report.growth = growth
        if growth.predicted_learner > TLE_SECONDS and growth.predicted_learner > TLE_RATIO * growth.predicted_reference:
            report.verdict = "time_limit_exceeded"
            where = "measured" if growth.measured_at_max else "predicted"
            report.message = (
                f"too slow at n = {growth.max_n:,}: {where} {growth.predicted_learner:.2f} s against the reference's "
                f"{growth.predicted_reference * 1000:.1f} ms; {growth.summary}"
            )
            last = points[-1]
            report.failure = Failure(case=f"scale, n = {last.n:,}", input="", call="", message=report.message)
        elif (advice := growth_advice(growth)) is not None:
            report.notes.append(advice)


def growth_advice(growth: Growth) -> str | None:
    """Fast enough to pass, but growing like a worse complexity class: say so, never fail on it."""
    relative = math.log2(growth.learner_factor) - math.log2(growth.reference_factor)
    if relative < SUPERLINEAR or growth.points[-1].learner < 0.001:
        return None
    return (
        f"your time grows faster than the reference's ({growth.summary}): likely a worse complexity class, "
        f"fast enough at n = {growth.max_n:,} but an interviewer would ask about it"
    )


def _scale_inputs(problem: Problem, n: int) -> list:
    return json.loads(json.dumps(problem.generators().scale_input(n, random.Random(f"{problem.slug}:{n}"))))


class _RefTimer:
    def __init__(self, problem: Problem, worker: sandbox.Worker):
        self.problem, self.worker = problem, worker
        self.codec = problem.spec["kind"] == "codec"

    def run(self, inputs: list) -> tuple[float, object]:
        spec = self.problem.spec
        if not self.codec:
            mode = "design" if spec["kind"] == "design" else "call"
            out = self.worker.run(mode, inputs, 60, timed=True)
            if out.status != "ok":
                raise JudgeError(f"the reference failed at scale: {out.status} {out.get('message', '')}")
            return out.get("cpu", 0.0), (out.reply["result"] if mode == "design" else answer_of(self.problem, out.reply))
        enc = self.worker.run("encode", inputs, 60, timed=True)
        dec = self.worker.run("decode", [enc.get("result")], 60, timed=True) if enc.status == "ok" else enc
        if dec.status != "ok":
            raise JudgeError("the reference codec failed at scale")
        return enc.get("cpu", 0.0) + dec.get("cpu", 0.0), dec.reply["result"]


def _measure(problem: Problem, learner: Learner, ref_timer: _RefTimer, inputs: list, n: int, report: Report) -> Point | None:
    """Best of three CPU times, learner and reference interleaved.

    After a failure the verdict is in `report` and the result is None, or, for
    a timeout, a Point whose learner time is None.
    """
    best_l = best_r = math.inf
    for rep in range(3):
        att = learner.attempt(inputs, SCALE_CALL_SECONDS, timed=True)
        ref_cpu, expected = ref_timer.run(inputs)
        best_r = min(best_r, ref_cpu)
        # Every repetition is judged, not only the first: a failure on a repeated call (a timeout, a
        # crash, another answer) must be the verdict, never a measurement of 0 s.
        verdict, message = _verdict_of(problem, inputs, expected, att)
        if verdict == "time_limit_exceeded":
            message = f"no answer within {SCALE_CALL_SECONDS:g} s at n = {n:,} (the reference took {ref_cpu * 1000:.1f} ms)"
        if verdict != "accepted":
            report.verdict, report.message = verdict, message
            report.failure = _failure(problem, f"scale, n = {n:,}", inputs, expected, att, message, limit=120)
            return Point(n, None, ref_cpu) if verdict == "time_limit_exceeded" else None
        best_l = min(best_l, att.cpu)
        if att.cpu > 0.15:
            break  # long runs are measured well enough once
    return Point(n, best_l, best_r)


def _growth(points: list[Point], problem: Problem) -> Growth:
    a, b = points[-2], points[-1]
    sl = _slope(a.learner, b.learner, a.n, b.n)
    sr = _slope(a.reference, b.reference, a.n, b.n)
    top = problem.scale_max
    at_max = b.n >= top
    if at_max:
        pl, pr = b.learner, b.reference
    else:
        pr = b.reference * (top / b.n) ** max(sr, 0.0)
        exponent = sl if sl - sr >= SUPERLINEAR else max(sr, 0.0)
        pl = b.learner * (top / b.n) ** exponent
    fl, fr = 2**sl, 2**sr
    summary = f"doubling n multiplied your time by {fl:.1f}x, the reference's by {fr:.1f}x"
    return Growth(points, fl, fr, pl, pr, top, at_max, summary)
