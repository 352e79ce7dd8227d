"""Where the learner's work lives: solutions/<slug>.py, solutions/followups/<slug>.md and one SQLite file.

`DRILL_HOME` when set; otherwise the nearest parent folder holding the marker
folder `.drill/`; otherwise the current folder, made into a workspace on the
first command that needs to write (with a one-line notice).
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import DrillError

MARKER = ".drill"
STATE_FILE = "state.sqlite3"


@dataclass
class Workspace:
    root: Path

    @property
    def marker(self) -> Path:
        return self.root / MARKER

    @property
    def state_path(self) -> Path:
        return self.marker / STATE_FILE

    @property
    def solutions(self) -> Path:
        return self.root / "solutions"

    @property
    def backups(self) -> Path:
        return self.solutions / ".backup"

    @property
    def exists(self) -> bool:
        return self.marker.is_dir()

    def solution(self, slug: str) -> Path:
        return self.solutions / f"{slug}.py"

    def run_input(self, slug: str) -> Path:
        """The learner's own test-case box for a problem (LeetCode's notation), which `r` in drill watch runs."""
        return self.solutions / f"{slug}.input.txt"

    def followup_answer(self, slug: str) -> Path:
        """The learner's answer to a problem's follow-up (drill followup)."""
        return self.solutions / "followups" / f"{slug}.md"

    def create(self, notice=None) -> None:
        if self.exists:
            return
        try:
            self.marker.mkdir(parents=True, exist_ok=True)
            self.solutions.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise DrillError(f"cannot create a workspace in {self.root}: {e.strerror}") from None
        if notice:
            notice(f"drill: created a workspace in {self.root} (solutions/ and {MARKER}/)")

    def backup(self, slug: str, now: float | None = None) -> Path | None:
        """Copy the current attempt aside; returns the backup's path (None if nothing to keep)."""
        src = self.solution(slug)
        if not src.is_file():
            return None
        self.backups.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now or time.time()))
        dest = self.backups / f"{slug}-{stamp}.py"
        n = 1
        while dest.exists():
            n += 1
            dest = self.backups / f"{slug}-{stamp}-{n}.py"
        shutil.copy2(src, dest)
        return dest

    def write_solution(self, slug: str, text: str) -> Path:
        """Write atomically (temporary file, then rename)."""
        self.solutions.mkdir(parents=True, exist_ok=True)
        path = self.solution(slug)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
        return path


def write_new(path: Path, text: str) -> bool:
    """Create a file that does not exist yet; an existing one is never touched. True if written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8") as f:
            f.write(text)
    except FileExistsError:
        return False
    return True


def find(cwd: Path | None = None) -> Workspace:
    env = os.environ.get("DRILL_HOME")
    if env:
        return Workspace(Path(env).expanduser().resolve())
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / MARKER).is_dir():
            return Workspace(folder)
    return Workspace(here)
