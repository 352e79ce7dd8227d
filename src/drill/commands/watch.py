"""`drill watch`: check the current problem on every save, until q or Ctrl-C.

One loop waits on one queue (`drill.watcher.Events`): saves of the solution
file, keys pressed (on a terminal), and checks that finished. A check runs in a
thread of its own through a warm `Rechecker`; a save during a check cancels it
and starts a fresh one. On a terminal the screen is cleared before each result;
otherwise each result is printed plainly, one after another.
"""

from __future__ import annotations

import sys
import threading

from .. import clock, errors, problems
from ..errors import DrillError
from ..vocab import SOLVED
from . import Session


def run(slug: str | None) -> int:
    from ..render import console
    from ..watcher import Events

    session = Session(create=True)
    slug = session.slug_or_current(slug)
    path = session.ws.solution(slug)
    if not path.exists():
        raise DrillError(f"{path} does not exist: start the problem first (drill start {slug})")
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    watch = _Watch(session, slug, console(), interactive)
    events = Events([path])
    keys = _Keys(events) if interactive else None
    try:
        return watch.loop(events)
    except KeyboardInterrupt:
        watch.stopped("interrupted")
        return errors.EXIT_INTERRUPTED
    finally:
        events.close()
        if keys is not None:
            keys.restore()
        watch.close()


class _Watch:
    def __init__(self, session: Session, slug: str, con, interactive: bool):
        self.session, self.con, self.interactive = session, con, interactive
        self.rechecker = None
        self.thread: threading.Thread | None = None
        self.pending = False  # a save came while a check ran: check again when it ends
        self.last_lines: list = []
        self.switch(slug)

    def switch(self, slug: str) -> None:
        from ..recheck import Rechecker

        if self.rechecker is not None:
            self.rechecker.close()
        self.slug = slug
        self.problem = problems.load(slug)
        self.path = self.session.ws.solution(slug)
        self.rechecker = Rechecker(self.problem)

    # ---------------------------------------------------------------- the loop

    def loop(self, events) -> int:
        from ..render.watch import watching_line

        self.show([watching_line(self.path, self.interactive)])
        self.check_unless_stub(events)
        while True:
            event = events.get(timeout=None)
            kind, value = event
            if kind == "save" and self.path.resolve() in value:
                if self.thread is not None:
                    self.pending = True
                    self.rechecker.cancel()
                else:
                    self.start_check(events)
            elif kind == "checked":
                self.thread = None
                if self.pending:
                    self.pending = False
                    self.start_check(events)
                elif isinstance(value, str):
                    self.show_error(value)
                elif value is not None:
                    self.show_check(*self.record(value))
            elif kind == "error":
                self.show([f"[yellow]File events stopped ({value}); run drill check yourself.[/]"])
            elif kind == "key":
                if self.key(value, events) == "quit":
                    self.stopped("q")
                    return errors.EXIT_OK

    def check_unless_stub(self, events) -> None:
        """Check the file as the session opens, unless it is still the untouched stub: a check nobody
        asked for would count as a wrong submission (an attempt, and a harder review rating)."""
        from ..render.watch import waiting_line

        events.wait_armed()  # read the file only once a save would be seen: none falls between
        try:
            untouched = self.path.read_text(encoding="utf-8") == self.problem.stub
        except (OSError, UnicodeDecodeError):
            untouched = False  # the check says what is wrong with the file
        if untouched:
            self.last_lines = [waiting_line(self.path)]
            self.show(self.last_lines)
        else:
            self.start_check(events)

    def start_check(self, events) -> None:
        from ..render.watch import checking_line

        if self.interactive:
            self.show([checking_line(self.slug)], keep=True)
        rechecker, path = self.rechecker, self.path

        def work():
            # The state file is written by the loop's own thread (record), never from here.
            try:
                events.put("checked", rechecker.check(str(path)))
            except DrillError as e:
                events.put("checked", e.message)
            except Exception as e:  # noqa: BLE001 - the loop must go on: show it and wait for the next save
                events.put("checked", f"internal error: {type(e).__name__}: {e}")

        self.thread = threading.Thread(target=work, name="check", daemon=True)
        self.thread.start()

    def record(self, report):
        """Record a check as drill check does: (report, what changed, the mock round it counts toward)."""
        from .check import grade

        return grade(self.session, self.problem, self.path, judged=report)

    # ---------------------------------------------------------------- showing

    def show(self, lines: list, keep: bool = False) -> None:
        """On a terminal: the screen cleared, then the header, the lines and the keys (never clearing an
        error away: a checking line keeps the last result on screen). Otherwise: the lines."""
        from ..render.watch import header_line, keys_line

        if not self.interactive:
            for line in lines:
                self.con.print(line)
            return
        if keep:
            lines = lines + ([""] + self.last_lines if self.last_lines else [])
        self.con.clear()
        progress = self.session.state.progress(self.slug)
        self.con.print(header_line(self.slug, progress, clock.now()))
        for line in lines:
            self.con.print(line)
        self.con.print(keys_line(progress.status))

    def show_check(self, report, record: dict, round_info) -> None:
        from ..render.report import graded_lines
        from ..render.watch import next_line

        lines = graded_lines(report, self.problem, record, round_info, clock.now())
        if report.accepted:
            nxt = self.next_problem()
            if nxt:
                lines.append(next_line(nxt, self.interactive))
        self.last_lines = lines
        self.show(lines)

    def show_error(self, message: str) -> None:
        from ..render import esc

        self.last_lines = [f"[red]{esc(message)}[/]"]
        self.show(self.last_lines)

    def stopped(self, why: str) -> None:
        from ..render.watch import stopped_line

        self.con.print(stopped_line(self.slug))

    # ---------------------------------------------------------------- keys

    def key(self, ch: str, events) -> str | None:
        ch = ch.lower()
        if ch == "q":
            return "quit"
        if ch == "h":
            self.hint()
        elif ch == "r":
            self.run_input()
        elif ch == "n":
            self.next(events)
        elif ch in ("c", "\r", "\n"):
            if self.thread is None:
                self.start_check(events)
        return None

    def hint(self) -> None:
        from .. import mock

        progress = self.session.state.progress(self.slug)
        shown = progress.hints_shown
        if shown < len(self.problem.hints):
            now = clock.now()
            self.session.state.record_hint(self.slug, shown + 1, now, mock.active_round_id(self.session.state, self.slug, now))
            shown += 1
        lines = [f"[bold]Hint {i}/{len(self.problem.hints)}:[/] {h}" for i, h in enumerate(self.problem.hints[:shown], 1)]
        self.show(lines + [""] + self.last_lines)

    def run_input(self) -> None:
        """LeetCode's Run: the learner's box (solutions/SLUG.input.txt) or the prompt's examples, beside the
        reference's answers, recorded as a run as drill run records it."""
        from ..render.run import run_lines, starting_line
        from .run import execute, read_cases

        box = self.session.ws.run_input(self.slug)
        try:
            text = box.read_text(encoding="utf-8") if box.exists() else None
            cases, source = read_cases(self.problem, text)
            self.show([starting_line(self.slug, len(cases), source)], keep=True)
            result = execute(self.session, self.problem, self.path, cases, source, text)
        except (OSError, UnicodeDecodeError) as e:
            self.show_error(f"{box} cannot be read: {e}")
            return
        except DrillError as e:
            self.show_error(e.message)
            return
        from ..render.watch import run_input_line

        self.show(run_lines(result, self.problem) + ["", run_input_line(box, box.exists())] + [""] + self.last_lines)

    def next_problem(self) -> str | None:
        from ..progression import next_problem

        return next_problem(self.session.state, clock.now(), after=self.slug)

    def next(self, events) -> None:
        progress = self.session.state.progress(self.slug)
        nxt = self.next_problem()
        if progress.status not in SOLVED or nxt is None:
            self.show(["[yellow]n moves on once this problem is accepted.[/]"] + [""] + self.last_lines)
            return
        from .practice import begin

        begin(self.session, problems.load(nxt))
        self.switch(nxt)
        self.last_lines = []
        events.rewatch([self.path])
        self.check_unless_stub(events)

    def close(self) -> None:
        if self.rechecker is not None:
            self.rechecker.close()


class _Keys:
    """Single keys from a terminal (cbreak mode), put on the events queue by a thread of their own."""

    def __init__(self, events):
        import termios
        import tty

        self.fd = sys.stdin.fileno()
        self.saved = termios.tcgetattr(self.fd)
        tty.setcbreak(self.fd)
        self.events = events
        threading.Thread(target=self._read, name="keys", daemon=True).start()

    def _read(self) -> None:
        import os

        while not self.events.closed.is_set():
            try:
                ch = os.read(self.fd, 1).decode("utf-8", "replace")
            except OSError:
                return
            if not ch:
                return
            self.events.put("key", ch)

    def restore(self) -> None:
        import termios

        try:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self.saved)
        except (termios.error, OSError):
            pass
