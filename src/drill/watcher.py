"""Saves of solution files as events: one per save, however the editor writes the file.

The folders holding the files are watched (watchfiles: inotify on Linux, FSEvents on
macOS), not the files themselves, so an editor that saves by writing a new file and
renaming it over the old one (a delete and an add) is seen; changes that come
within DEBOUNCE_MS of each other are one save, so an editor that writes twice in a
row triggers one check. Used by `drill watch` and `drill mock watch`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

DEBOUNCE_MS = 80  # changes closer than this are one save; rustlings-style watchers answer within 50-200 ms
STEP_MS = 20  # how often the watcher looks for the end of a burst of changes
ARMED_MS = 100  # the first look ends after this long even without changes: from then on no save is missed


def saves(paths: Iterable[Path], stop: threading.Event, armed: threading.Event | None = None) -> Iterator[set[Path]]:
    """The files of `paths` saved since the last look, one set per save, until `stop` is set. `armed` is
    set once the folders are watched: a save after that is an event, one before it is not.

    A file that was deleted and not written again is not a save (an editor's
    rename dance ends with the file in place; a deleted solution is not checked)."""
    from watchfiles import Change, watch

    wanted = {Path(p).resolve() for p in paths}
    folders = sorted({str(p.parent) for p in wanted})
    for folder in folders:
        Path(folder).mkdir(parents=True, exist_ok=True)

    def ours(change: Change, path: str) -> bool:
        return Path(path).resolve() in wanted

    for changes in watch(
        *folders,
        watch_filter=ours,
        debounce=DEBOUNCE_MS,
        step=STEP_MS,
        stop_event=stop,
        rust_timeout=ARMED_MS,
        yield_on_timeout=True,  # an empty look: the watcher is in place
        recursive=False,
        raise_interrupt=False,
    ):
        if armed is not None:
            armed.set()
        saved = {Path(p).resolve() for change, p in changes if change != Change.deleted or Path(p).exists()}
        saved = {p for p in saved if p.exists()}
        if saved:
            yield saved


class Events:
    """What a watching command waits for, in one queue: saves of its files (from a thread of their own),
    and whatever else it puts there (keys pressed, a check that finished)."""

    def __init__(self, paths: Iterable[Path]):
        import queue

        self.queue: queue.Queue = queue.Queue()
        self.closed = threading.Event()
        self.rewatch(paths)

    def rewatch(self, paths: Iterable[Path]) -> None:
        """Watch these files from now on (instead of the ones before)."""
        if getattr(self, "stop", None) is not None:
            self.stop.set()
        self.stop = threading.Event()
        self.armed = threading.Event()
        threading.Thread(target=self._watch, args=(list(paths), self.stop, self.armed), name="saves", daemon=True).start()

    def wait_armed(self, timeout: float = 5.0) -> bool:
        """Until the files are watched (a save from then on is an event); False if that took too long."""
        return self.armed.wait(timeout)

    def _watch(self, paths: list[Path], stop: threading.Event, armed: threading.Event) -> None:
        try:
            for saved in saves(paths, stop, armed):
                self.put("save", saved)
        except Exception as e:  # noqa: BLE001 - no file events here (too many watches, a gone folder): say so
            self.put("error", f"{type(e).__name__}: {e}")
        finally:
            armed.set()  # nobody waits for a watcher that will never come

    def put(self, kind: str, value=None) -> None:
        self.queue.put((kind, value))

    def get(self, timeout: float | None):
        """(kind, value), or None when nothing came within timeout seconds."""
        import queue

        try:
            return self.queue.get(timeout=timeout)
        except queue.Empty:
            return None

    def close(self) -> None:
        self.stop.set()
        self.closed.set()
