"""The bank's index: where the problem folders are, their slugs, and each one's metadata (Summary).

What `drill list`, bare `drill`, the plan and the quiz read: problem.toml only,
never a problem's code. Light on purpose (no tomllib unless a file changed,
nothing of the judge): the metadata of the whole bank is kept in a small cache
(marshal, in ~/.cache/drill) and read again only for the folders whose
problem.toml changed since (its mtime and size), so a command that lists the
bank does not parse 76 TOML files each time. `drill.problems` loads a whole
problem and re-exports these names.
"""

from __future__ import annotations

import marshal
import os
import zlib
from pathlib import Path

from .vocab import LISTS

CACHE_VERSION = 1


class Summary:
    """A problem's metadata, as listed (problem.toml only)."""

    __slots__ = ("slug", "title", "leetcode", "category", "difficulty", "lists", "pattern")

    def __init__(self, slug: str, title: str, leetcode: int, category: str, difficulty: str, lists: tuple[str, ...] = LISTS, pattern: str = ""):
        self.slug, self.title, self.leetcode, self.category, self.difficulty = slug, title, leetcode, category, difficulty
        self.lists, self.pattern = tuple(lists), pattern

    def _fields(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other) -> bool:
        return isinstance(other, Summary) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return "Summary(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__) + ")"


def bank_dir() -> Path:
    """Where the problem folders live: $DRILL_PROBLEMS, the checkout, or the wheel."""
    env = os.environ.get("DRILL_PROBLEMS")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    checkout = here.parent.parent / "problems"
    if checkout.is_dir() and (here.parent.parent / "pyproject.toml").is_file():
        return checkout
    return here / "problems"


def rel(path: Path) -> str:
    """A path inside the bank, as an author reads it (problems/two-sum/problem.toml)."""
    try:
        return str(path.relative_to(bank_dir().parent))
    except ValueError:
        return str(path)


def slugs() -> list[str]:
    root = bank_dir()
    try:
        entries = list(os.scandir(root))
    except OSError:
        return []
    return sorted(e.name for e in entries if e.is_dir() and not e.name.startswith((".", "_")))


def catalog() -> tuple[list[Summary], list[str]]:
    """Every problem's metadata (problem.toml only: fast), and a line per unreadable folder."""
    root = bank_dir()
    cache_path = _cache_path(root)
    kept = _read_cache(cache_path)
    fresh: dict = {}
    out, broken = [], []
    for slug in slugs():
        path = root / slug / "problem.toml"
        try:
            st = os.stat(path)
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        row = kept.get(slug)
        if stamp is None or row is None or row[0] != stamp:
            row = (stamp, _read(path))
        fresh[slug] = row
        if isinstance(row[1], str):
            broken.append(row[1])
        else:
            out.append(Summary(slug, *row[1]))
    if fresh != kept:
        _write_cache(cache_path, fresh)
    return out, broken


def _read(path: Path):
    """The fields of a Summary after the slug, or the line that says why the file cannot be read."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python < 3.11
        import tomli as tomllib

    try:
        meta = tomllib.loads(path.read_text(encoding="utf-8"))
        return (
            str(meta["title"]), int(meta["leetcode"]), str(meta["category"]), str(meta["difficulty"]),
            tuple(str(x) for x in meta.get("lists", LISTS)), str(meta.get("pattern", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, tomllib.TOMLDecodeError) as e:
        return f"{rel(path)}: cannot be read ({type(e).__name__}: {e})"


def _cache_path(root: Path) -> str | None:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    try:
        key = zlib.crc32(str(root.resolve()).encode("utf-8", "surrogateescape"))
    except OSError:
        return None
    return os.path.join(base, "drill", f"catalog-{key:08x}.marshal")


def _read_cache(path: str | None) -> dict:
    if path is None:
        return {}
    try:
        with open(path, "rb") as f:
            version, rows = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return rows if version == CACHE_VERSION and isinstance(rows, dict) else {}


def _write_cache(path: str | None, rows: dict) -> None:
    """Best effort: a home that cannot be written keeps nothing, and the next command parses again."""
    if path is None:
        return
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as f:
            marshal.dump((CACHE_VERSION, rows), f)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass
