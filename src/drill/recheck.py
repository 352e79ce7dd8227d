"""Checking one problem again and again, as a watch session does, each check as fast as it can be.

Between checks the problem, the reference (with the answers it already gave),
its timing worker and the generated inputs stay loaded, and the next learner
worker is started as soon as a check ends, so that it has booted before the
next save. Nothing of one check reaches the next: every check gets a fresh
worker process that has run no learner code, loading a snapshot of the file
taken when that check begins; the warm parts hold only trusted code and data.
A check can be cancelled from another thread (a newer save arrived).
"""

from __future__ import annotations

import threading

from . import judge, sandbox
from .attempts import Aborted, SandboxedSolution


class Rechecker:
    def __init__(self, problem):
        self.problem = problem
        self.kit = judge.Kit(problem, keep_answers=True)
        self._lock = threading.Lock()
        self._learner: SandboxedSolution | None = None
        self._spare = self._spawn_spare()

    def _spawn_spare(self) -> sandbox.Worker:
        return sandbox.Worker("", self.problem.entry.spec, memory_mb=self.problem.memory_mb)

    def check(self, path: str):
        """The report of one check of the file at path, or None when it was cancelled."""
        with self._lock:
            spare, self._spare = self._spare, None
            self._learner = SandboxedSolution(self.problem, path, spare=spare).start()
            learner = self._learner
        try:
            return judge.check(self.problem, path, learner=learner, kit=self.kit)
        except Aborted:
            return None
        finally:
            with self._lock:
                self._learner = None
                self._spare = self._spare or self._spawn_spare()
            if learner.aborted:
                learner.close()

    def cancel(self) -> None:
        """Stop the running check, if any, from another thread."""
        with self._lock:
            if self._learner is not None:
                self._learner.abort()

    def close(self) -> None:
        self.cancel()
        with self._lock:
            if self._spare is not None:
                self._spare.close()
                self._spare = None
        self.kit.close()
