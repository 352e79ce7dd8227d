"""Running one input through a solution: one interface, two backends.

`Solution.attempt(inputs, timeout)` runs every step of the problem's entry
kind (one call; or encode, then decode in another process) and returns an
`Attempt`: the facts of how it ended and what it answered. Deciding what that
means is `drill.decide`'s job.

- `SandboxedSolution`: a file run in sandbox workers (one per step role),
  restarted after a death. The learner's file always runs this way, from a
  snapshot taken when the check begins; the reference runs this way too when
  its time is measured against the learner's.
- `TrustedSolution`: the reference or brute force, run in the judge's own
  process. Any failure of it is a `JudgeError`.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from . import sandbox, solution
from .errors import JudgeError
from .notation import show
from .protocol import Reply, Status
from .sandbox import Ending, Outcome


@dataclass
class Attempt:
    """One input through a solution: how it ended, what it answered, what the judge measured."""

    ending: Ending
    reply: Reply = field(default_factory=lambda: Reply(Status.OK))  # the worker's word (REPLIED)
    got: object = None  # the judged answer in notation, when every step returned
    step: str = ""  # the step that failed, when the entry has several (encode, decode)
    timeout: float = 0.0  # the deadline each step had
    stdout: str = ""
    stdout_truncated: bool = False
    cpu: float = 0.0  # CPU seconds of the solution's own calls, all steps
    peak_mb: int | None = None
    exit_code: int | None = None
    detail: str = ""  # what happened to the process (DIED, CORRUPTED)

    @property
    def returned(self) -> bool:
        return self.ending is Ending.REPLIED and self.reply.status is Status.OK

    @property
    def signal(self) -> int | None:
        return -self.exit_code if self.exit_code is not None and self.exit_code < 0 else None


def from_outcome(outcome: Outcome, timeout: float) -> Attempt:
    return Attempt(
        ending=outcome.ending,
        reply=outcome.reply or Reply(Status.OK),
        timeout=timeout,
        stdout=outcome.output,
        stdout_truncated=outcome.output_truncated,
        cpu=outcome.reply.cpu if outcome.reply else 0.0,
        peak_mb=outcome.peak_mb,
        exit_code=outcome.exit_code,
        detail=outcome.detail,
    )


TRUSTED_RECURSION = 200_000  # trusted code runs on the judge's big-stack thread (see judge.trusted)


class Solution(ABC):
    """A solution file of one problem, ready to take inputs."""

    def __init__(self, problem):
        self.problem = problem
        self.entry = problem.entry

    def attempt(self, inputs: list, timeout: float, timed: bool = False) -> Attempt:
        """Run every step of the entry on one input; stops at the first step that does not return."""
        steps = self.entry.steps
        cpu, stdout, truncated = 0.0, "", False
        step_inputs = inputs
        for i, (role, mode) in enumerate(steps):
            att = self._step(role, mode, step_inputs, timeout, timed)
            cpu, stdout, truncated = cpu + att.cpu, stdout + att.stdout, truncated or att.stdout_truncated
            att.cpu, att.stdout, att.stdout_truncated = cpu, stdout, truncated
            if not att.returned:
                att.step = mode if len(steps) > 1 else ""
                att.got = att.reply.result  # an answer read back but refused (a copy sharing nodes), else None
                return att
            if i + 1 < len(steps):
                step_inputs = [att.reply.result]
        att.got = self.entry.answer({"result": att.reply.result, "args_after": att.reply.args_after})
        return att

    def attempt_many(self, inputs_list: list, timeout: float, stop_after: float | None = None) -> list[Attempt]:
        """attempt() on each input in turn, stopping after the first that does not return (or, one by one,
        once `stop_after` seconds have passed): the same attempts, however a backend gets them (the
        sandbox sends them in one round trip)."""
        out: list[Attempt] = []
        start = time.perf_counter()
        for inputs in inputs_list:
            if stop_after is not None and out and time.perf_counter() - start > stop_after:
                break
            out.append(self.attempt(inputs, timeout))
            if not out[-1].returned:
                break
        return out

    @abstractmethod
    def _step(self, role: str, mode: str, inputs: list, timeout: float, timed: bool) -> Attempt:
        """One step of the entry, run where this backend runs code."""

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Aborted(Exception):
    """The check was cancelled from another thread (a newer save arrived): its result is not wanted."""


class SandboxedSolution(Solution):
    """A file behind sandbox workers, one per step role, restarted after a death."""

    def __init__(self, problem, path: str, memory_mb: int | None = None, snapshot: bool = True, spare=None):
        super().__init__(problem)
        self.spare = spare  # a worker started earlier and never loaded (a watch session's next one)
        self.aborted = False
        self.path = path
        self.memory_mb = memory_mb or problem.memory_mb
        self.workers: dict[str, sandbox.Worker] = {}
        self.load_failure: Attempt | None = None
        # A snapshot taken as the check begins: a file saved again meanwhile cannot mix two versions
        # into one verdict, and a solution that writes to its own __file__ rewrites the snapshot,
        # never the learner's work. (Not a file: the worker reports what it is.)
        self.snapshot_dir: str | None = None
        self.load_path = path
        if snapshot and os.path.isfile(path):
            try:
                self.snapshot_dir = tempfile.mkdtemp(prefix="drill-solution-")
                self.load_path = os.path.join(self.snapshot_dir, os.path.basename(path))
                shutil.copyfile(path, self.load_path)
            except OSError:
                self.load_path = path  # unreadable: the worker's own attempt to read it reports why
        self._loading: dict[str, sandbox._Pending] = {}

    def start(self) -> SandboxedSolution:
        """Start the first worker and send it the file now; the answer is collected when first needed.
        The worker's interpreter starts and imports the solution while the judge does its own work."""
        role = self.entry.steps[0][0]
        if role not in self.workers:
            w = self.workers[role] = self._spawn()
            self._loading[role] = w.begin_load(self.load_seconds)
        return self

    def _spawn(self) -> sandbox.Worker:
        if self.aborted:
            raise Aborted
        spare, self.spare = self.spare, None
        if spare is not None and not spare.closed and spare.memory_mb == self.memory_mb:
            spare.target(self.load_path, self.entry.spec, display=self.path)
            return spare
        if spare is not None:
            spare.close()
        return sandbox.Worker(self.load_path, self.entry.spec, memory_mb=self.memory_mb, display=self.path)

    def abort(self) -> None:
        """Stop now, from any thread: the workers are killed and no new one starts (the judge's
        thread sees them die and gives up with Aborted)."""
        self.aborted = True
        for w in list(self.workers.values()):
            w.signal_kill()

    @property
    def load_seconds(self) -> float:
        return max(5.0, self.problem.call_seconds * 2)

    def _worker(self, role: str) -> sandbox.Worker | None:
        w = self.workers.get(role)
        pending = self._loading.pop(role, None)
        if w is not None and not w.closed and pending is None:
            return w
        if pending is None or w is None or w.closed:
            w = self.workers[role] = self._spawn()
            pending = w.begin_load(self.load_seconds)
        out = w.finish(pending)
        if out.ending is not Ending.REPLIED or out.reply.status is not Status.OK:
            self.load_failure = from_outcome(out, self.load_seconds)
            self.load_failure.step = "load"
            w.close()
            return None
        return w

    def load(self) -> Attempt | None:
        """None when the file loads and has the entry point; else the failed load."""
        self._worker(self.entry.steps[0][0])
        return self.load_failure

    def attempt_many(self, inputs_list: list, timeout: float, stop_after: float | None = None) -> list[Attempt]:
        """The inputs in one request to the worker (one-step entries): each reply is judged as a single
        call's would be (its own deadline, output and memory reading), without a round trip per input."""
        if self.aborted:
            raise Aborted
        if len(self.entry.steps) != 1 or len(inputs_list) < 2:
            return super().attempt_many(inputs_list, timeout, stop_after)
        role, mode = self.entry.steps[0]
        w = self._worker(role)
        if w is None:
            return [self.load_failure]
        attempts = []
        for out in w.batch(mode, inputs_list, timeout, stop_after):
            att = from_outcome(out, timeout)
            if att.returned:
                att.got = self.entry.answer({"result": att.reply.result, "args_after": att.reply.args_after})
            else:
                att.got = att.reply.result  # an answer read back but refused (a copy sharing nodes), else None
            attempts.append(att)
        if attempts and (attempts[-1].ending is not Ending.REPLIED or attempts[-1].reply.status is Status.MEMORY):
            w.close()  # dead, killed or out of memory: a fresh worker next time
        return attempts

    def _step(self, role: str, mode: str, inputs: list, timeout: float, timed: bool) -> Attempt:
        if self.aborted:
            raise Aborted
        w = self._worker(role)
        if w is None:
            return self.load_failure
        att = from_outcome(w.run(mode, inputs, timeout, timed), timeout)
        if att.ending is not Ending.REPLIED or att.reply.status is Status.MEMORY:
            w.close()  # dead, killed or out of memory: a fresh worker next time
        return att

    def close(self) -> None:
        for w in self.workers.values():
            w.close()
        if self.snapshot_dir is not None:
            shutil.rmtree(self.snapshot_dir, ignore_errors=True)


class TrustedSolution(Solution):
    """The reference or the brute force, run in the judge's own process: any failure is the judge's."""

    def __init__(self, problem, path=None, who: str = "the reference", remember: bool = False):
        super().__init__(problem)
        self.who = who
        self.answers: dict | None = {} if remember else None  # kept across checks of a watch session
        path = str(path or problem.reference_path)
        try:
            self.ns = solution.load(path, module_name=f"drill_trusted_{abs(hash(path))}")
            self.entry.check(self.ns)
        except solution.LoadError as e:
            raise JudgeError(f"{path}: {e.message}") from None

    def _step(self, role: str, mode: str, inputs: list, timeout: float, timed: bool) -> Attempt:
        # A copy: a trusted solution that edits its input in place must not edit the case's.
        inputs = json.loads(json.dumps(inputs))
        # Hypothesis runs each example with the recursion limit lowered to the current depth plus a
        # couple of thousand; a recursive reference or brute force must not fail on that.
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, TRUSTED_RECURSION))
        try:
            out = self.entry.run(self.ns, mode, inputs, {})
        except Exception as e:  # noqa: BLE001 - a failing trusted solution is a judge error
            raise JudgeError(f"{self.who} failed on {show(inputs, 200)}: {type(e).__name__}: {e}") from None
        finally:
            sys.setrecursionlimit(limit)
        reply = Reply(Status.OK, result=out["result"], args_after=out.get("args_after", {}))
        return Attempt(Ending.REPLIED, reply=reply, timeout=timeout)

    def answer(self, inputs: list):
        if self.answers is None:
            return self.attempt(inputs, timeout=0.0).got
        key = json.dumps(inputs)
        if key not in self.answers:
            self.answers[key] = self.attempt(inputs, timeout=0.0).got
        return json.loads(json.dumps(self.answers[key]))  # a copy: callers may not share it
