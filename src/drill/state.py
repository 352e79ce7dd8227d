"""The workspace's SQLite file, and the progress store in it: starts, checks, hints, reveals.

Schema changes are named migrations recorded in the file; every write is one
transaction, so a `drill` killed at any moment leaves the file consistent. A
damaged file is reported, never replaced. Mock rounds and study plans keep their
own stores in the same file (`drill.rounds`, `drill.plans`); runs on the
learner's own input (`drill run`) are recorded here, apart from checks.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import DrillError

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_progress",
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE progress (
            slug TEXT PRIMARY KEY,
            started_at REAL NOT NULL,
            solved_at REAL,
            solve_seconds REAL,
            best_seconds REAL,
            hints_shown INTEGER NOT NULL DEFAULT 0,
            revealed_at REAL,
            revealed_before_solved INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE checks (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL,
            at REAL NOT NULL,
            verdict TEXT NOT NULL,
            stage TEXT NOT NULL,
            passed INTEGER NOT NULL,
            total INTEGER NOT NULL,
            since_start REAL,
            timings TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX checks_slug ON checks (slug, at);
        CREATE TABLE hints (slug TEXT NOT NULL, number INTEGER NOT NULL, at REAL NOT NULL);
        CREATE TABLE reveals (slug TEXT NOT NULL, at REAL NOT NULL, before_solved INTEGER NOT NULL);
        """,
    ),
    (
        "0002_mock_rounds",
        """
        CREATE TABLE mock_rounds (
            id INTEGER PRIMARY KEY,
            started_at REAL NOT NULL,
            deadline REAL NOT NULL,
            ended_at REAL,
            seed INTEGER,
            settings TEXT NOT NULL DEFAULT '{}',
            score REAL
        );
        CREATE TABLE mock_problems (
            round_id INTEGER NOT NULL REFERENCES mock_rounds (id),
            position INTEGER NOT NULL,
            slug TEXT NOT NULL,
            backup TEXT,
            PRIMARY KEY (round_id, position)
        );
        ALTER TABLE checks ADD COLUMN round_id INTEGER;
        ALTER TABLE checks ADD COLUMN late INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE checks ADD COLUMN growth TEXT;
        ALTER TABLE hints ADD COLUMN round_id INTEGER;
        """,
    ),
    (
        "0003_optimal",
        """
        ALTER TABLE checks ADD COLUMN optimal INTEGER;
        ALTER TABLE progress ADD COLUMN optimal_at REAL;
        ALTER TABLE progress ADD COLUMN optimal_seconds REAL;
        """,
    ),
    (
        # Review on schedule (drill.retention), pattern recognition (drill.recognition),
        # follow-up scores (drill.followups). Nothing existing changes; earlier acceptances
        # become reviews the first time a schedule is needed (retention.catch_up).
        "0004_retention",
        """
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL,
            at REAL NOT NULL,
            rating TEXT NOT NULL,
            evidence TEXT NOT NULL,
            facts TEXT NOT NULL DEFAULT '{}',
            source TEXT NOT NULL DEFAULT 'check',
            overridden_at REAL
        );
        CREATE INDEX reviews_slug ON reviews (slug, at);
        CREATE TABLE cards (
            slug TEXT PRIMARY KEY,
            due REAL,
            card TEXT,
            opened_at REAL
        );
        CREATE TABLE pattern_answers (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL,
            at REAL NOT NULL,
            source TEXT NOT NULL,
            pattern TEXT NOT NULL,
            chosen TEXT NOT NULL,
            correct INTEGER NOT NULL,
            invariant TEXT
        );
        CREATE TABLE followup_scores (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL,
            at REAL NOT NULL,
            covered TEXT NOT NULL,
            total INTEGER NOT NULL
        );
        """,
    ),
    (
        "0005_plans",
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL,
            at REAL NOT NULL,
            source TEXT NOT NULL,
            cases INTEGER NOT NULL,
            matched INTEGER NOT NULL,
            verdicts TEXT NOT NULL DEFAULT '[]',
            input TEXT
        );
        CREATE INDEX runs_slug ON runs (slug, at);
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            created_at REAL NOT NULL,
            start_date TEXT NOT NULL,
            days INTEGER NOT NULL,
            per_day INTEGER,
            replaced_at REAL
        );
        CREATE TABLE plan_items (
            plan_id INTEGER NOT NULL REFERENCES plans (id),
            position INTEGER NOT NULL,
            day INTEGER NOT NULL,
            kind TEXT NOT NULL,
            slug TEXT,
            PRIMARY KEY (plan_id, position)
        );
        """,
    ),
]


RUN_INPUT_KEPT = 100_000  # characters of a run's input kept in the state file


@dataclass
class Progress:
    slug: str
    status: str  # one of vocab.STATUSES
    started_at: float | None = None
    solved_at: float | None = None
    solve_seconds: float | None = None
    best_seconds: float | None = None
    hints_shown: int = 0
    attempts: int = 0
    last_verdict: str | None = None
    revealed: bool = False
    optimal_at: float | None = None  # the first acceptance at the reference's complexity class
    optimal_seconds: float | None = None


class State:
    def __init__(self, path: Path, create: bool = True):
        self.path = path
        if not path.exists() and not create:
            self.conn = None
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(path), timeout=10, isolation_level=None)
            self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise DrillError(
                f"the state file {path} is damaged ({e}); move it aside to start afresh (nothing was changed)", code=3
            ) from None

    # ---------------------------------------------------------------- plumbing

    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL)")
        done = {row[0] for row in self.conn.execute("SELECT name FROM migrations")}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.transaction():
                for statement in filter(str.strip, sql.split(";")):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, time.time()))

    def transaction(self):
        return _Transaction(self.conn)

    @property
    def exists(self) -> bool:
        return self.conn is not None

    def query(self, sql: str, args=()) -> list:
        """Rows of one read; none when there is no state file yet."""
        if self.conn is None:
            return []
        try:
            return self.conn.execute(sql, args).fetchall()
        except sqlite3.DatabaseError as e:
            raise DrillError(f"the state file {self.path} is damaged ({e}); move it aside to start afresh", code=3) from None

    def write(self, *statements: tuple[str, tuple]) -> None:
        """Statements (sql, args) run as one transaction."""
        try:
            with self.transaction():
                for sql, args in statements:
                    self.conn.execute(sql, args)
        except sqlite3.DatabaseError as e:
            raise DrillError(f"could not write the state file {self.path} ({e})", code=3) from None

    # ---------------------------------------------------------------- settings

    def get(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    @property
    def current(self) -> str | None:
        return self.get("current")

    # ---------------------------------------------------------------- progress

    @staticmethod
    def make_current(slug: str) -> tuple[str, tuple]:
        """The statement that makes a problem the current one."""
        return ("INSERT INTO settings VALUES ('current', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", (slug,))

    @staticmethod
    def restart_clock(slug: str, now: float) -> tuple[str, tuple]:
        """The statement that (re)starts a problem's clock now."""
        return (
            "INSERT INTO progress (slug, started_at) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET started_at = excluded.started_at",
            (slug, now),
        )

    def start(self, slug: str, now: float) -> bool:
        """Start the clock (unless it runs already); make the problem current. True if started anew."""
        fresh = not self.query("SELECT started_at FROM progress WHERE slug = ?", (slug,))
        self.write(self.make_current(slug), *([self.restart_clock(slug, now)] if fresh else []))
        return fresh

    def record_check(
        self, slug: str, report, now: float, growth: str | None = None, round_id: int | None = None, late: bool = False
    ) -> dict:
        """Record a check (with its growth, worded); on the first acceptance, the time to solve, and on the
        first acceptance at the optimal class, the time to that. Returns what changed."""
        prog = self.progress(slug)
        since = now - prog.started_at if prog.started_at else None
        statements = [
            (
                "INSERT INTO checks (slug, at, verdict, stage, passed, total, since_start, timings, round_id, late, growth, optimal)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    slug, now, report.verdict.value, report.stage, report.passed, report.total, since,
                    json.dumps(report.timings), round_id, int(late), growth,
                    None if report.optimal is None else int(report.optimal),
                ),
            )
        ]
        if prog.started_at is None:
            statements.append(("INSERT INTO progress (slug, started_at) VALUES (?, ?)", (slug, now)))
        if late:
            self.write(*statements)
            return {
                "since_start": since,
                "first_solve": False,
                "first_optimal": False,
                "best_seconds": prog.best_seconds,
                "previous_best": prog.best_seconds,
            }
        info = {
            "since_start": since,
            "first_solve": False,
            "first_optimal": False,
            "best_seconds": prog.best_seconds,
            "previous_best": prog.best_seconds,
        }
        if report.accepted and report.optimal and since is not None and prog.optimal_at is None:
            info["first_optimal"] = True
            statements.append(("UPDATE progress SET optimal_at = ?, optimal_seconds = ? WHERE slug = ?", (now, since, slug)))
        if report.accepted and since is not None:
            best = since if prog.best_seconds is None else min(prog.best_seconds, since)
            info["best_seconds"] = best
            if prog.solved_at is None:
                info["first_solve"] = True
                statements.append(("UPDATE progress SET solved_at = ?, solve_seconds = ?, best_seconds = ? WHERE slug = ?", (now, since, best, slug)))
            else:
                statements.append(("UPDATE progress SET best_seconds = ? WHERE slug = ?", (best, slug)))
        self.write(*statements)
        return info

    def record_hint(self, slug: str, number: int, now: float, round_id: int | None = None) -> None:
        self.write(
            ("INSERT INTO hints (slug, number, at, round_id) VALUES (?, ?, ?, ?)", (slug, number, now, round_id)),
            ("INSERT INTO progress (slug, started_at) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING", (slug, now)),
            ("UPDATE progress SET hints_shown = MAX(hints_shown, ?) WHERE slug = ?", (number, slug)),
        )

    def record_reveal(self, slug: str, now: float, before_solved: bool) -> None:
        self.write(
            ("INSERT INTO reveals (slug, at, before_solved) VALUES (?, ?, ?)", (slug, now, int(before_solved))),
            ("INSERT INTO progress (slug, started_at) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING", (slug, now)),
            (
                "UPDATE progress SET revealed_at = COALESCE(revealed_at, ?),"
                " revealed_before_solved = MAX(revealed_before_solved, ?) WHERE slug = ?",
                (now, int(before_solved), slug),
            ),
        )

    def record_run(self, slug: str, now: float, source: str, verdicts: list[str], matched: int, text: str | None) -> None:
        """A run on the learner's own input (drill run): never a check, never a change of status."""
        kept = text if text is None or len(text) <= RUN_INPUT_KEPT else None  # a huge input is not kept
        self.write(
            (
                "INSERT INTO runs (slug, at, source, cases, matched, verdicts, input) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (slug, now, source, len(verdicts), matched, json.dumps(verdicts), kept),
            )
        )

    def progress(self, slug: str) -> Progress:
        rows = self.query(
            "SELECT started_at, solved_at, solve_seconds, best_seconds, hints_shown, revealed_before_solved,"
            " optimal_at, optimal_seconds FROM progress WHERE slug = ?",
            (slug,),
        )
        if not rows:
            return Progress(slug, "new")
        started, solved, solve_s, best, hints, revealed, optimal_at, optimal_s = rows[0]
        checks = self.query("SELECT verdict FROM checks WHERE slug = ? AND late = 0 ORDER BY at DESC, id DESC", (slug,))
        last = checks[0][0] if checks else None
        if revealed and solved is None:
            status = "revealed"
        elif optimal_at is not None:
            status = "optimal"
        elif solved is not None:
            status = "solved"
        elif checks:
            status = "attempted"
        else:
            status = "started"
        return Progress(slug, status, started, solved, solve_s, best, hints, len(checks), last, bool(revealed), optimal_at, optimal_s)

    def all_progress(self) -> dict[str, Progress]:
        return {row[0]: self.progress(row[0]) for row in self.query("SELECT slug FROM progress")}

    # ---------------------------------------------------------------- history (drill stats)

    def activity(self, since: float) -> list[tuple[float, str]]:
        """(at, what) of every practice action since `since`: starts, checks, runs."""
        return self.query(
            "SELECT started_at, 'start' FROM progress WHERE started_at >= ?"
            " UNION ALL SELECT at, 'check' FROM checks WHERE at >= ?"
            " UNION ALL SELECT at, 'run' FROM runs WHERE at >= ?"
            " ORDER BY 1",
            (since, since, since),
        )

    def last_checks(self) -> dict[str, tuple[str, float]]:
        """Each checked problem's last counted check: slug -> (verdict, at)."""
        rows = self.query(
            "SELECT slug, verdict, at FROM checks c WHERE late = 0 AND id = ("
            " SELECT id FROM checks d WHERE d.slug = c.slug AND d.late = 0 ORDER BY at DESC, id DESC LIMIT 1)"
        )
        return {slug: (verdict, at) for slug, verdict, at in rows}

    def help_used(self) -> dict[str, int]:
        """Hints shown and reveals made (before and after solving), over the whole history."""
        hints = self.query("SELECT COUNT(*), COUNT(DISTINCT slug) FROM hints")
        reveals = self.query("SELECT before_solved, COUNT(*) FROM reveals GROUP BY before_solved")
        by_kind = dict(reveals)
        return {
            "hints": hints[0][0] if hints else 0,
            "problems_with_hints": hints[0][1] if hints else 0,
            "reveals_before_solving": by_kind.get(1, 0),
            "reveals_after_solving": by_kind.get(0, 0),
        }


class _Transaction:
    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
        return False
