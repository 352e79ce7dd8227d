"""The learner's workflow, end to end through the real command line."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path


REPO = Path(__file__).resolve().parent.parent
ACCEPTED = (REPO / "bench" / "solutions" / "two-sum.py").read_text()


def drill(*args, cwd=None, env=None, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", "drill", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def no_traceback(result):
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout


def test_start_puts_the_stub_and_starts_the_clock(home):
    r = drill("start", "two-sum")
    assert r.returncode == 0, r.stderr
    solution = home / "solutions" / "two-sum.py"
    assert solution.read_text() == (REPO / "problems" / "two-sum" / "stub.py").read_text()
    assert "Two Sum" in r.stdout and str(solution) in r.stdout and "drill check" in r.stdout
    assert "created a workspace" in r.stderr
    status = json.loads(drill("status", "--json").stdout)
    assert status["current"] == "two-sum" and status["status"] == "started"
    assert status["running_seconds"] is not None and status["running_seconds"] >= 0


def test_start_keeps_an_existing_attempt(home):
    drill("start", "two-sum")
    solution = home / "solutions" / "two-sum.py"
    solution.write_text("# my work\n")
    r = drill("start", "two-sum")
    assert r.returncode == 0
    assert solution.read_text() == "# my work\n"
    assert "Kept your existing attempt" in r.stdout


def test_start_by_leetcode_number_and_unknown_names(home):
    r = drill("start", "1")
    assert r.returncode == 0 and (home / "solutions" / "two-sum.py").exists()
    r = drill("start", "two-sun")
    assert r.returncode == 2
    assert "unknown problem 'two-sun'" in r.stderr and "two-sum" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    no_traceback(r)


def test_check_records_verdicts_time_to_solve_and_best_time(home):
    drill("start", "two-sum")
    r = drill("check", "--json")
    assert r.returncode == 1
    first = json.loads(r.stdout)
    assert first["verdict"] == "wrong_answer" and first["stage"] == "cases"
    (home / "solutions" / "two-sum.py").write_text(ACCEPTED)
    r = drill("check")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Accepted" in r.stdout and "Solved in" in r.stdout
    assert "Why it works" in r.stdout and "Question:" in r.stdout
    r = drill("check")
    assert r.returncode == 0 and "Best time" in r.stdout
    rows = json.loads(drill("list", "--json").stdout)["problems"]
    row = next(p for p in rows if p["slug"] == "two-sum")
    assert row["status"] == "optimal" and row["attempts"] == 3 and row["best_seconds"] is not None
    status = json.loads(drill("status", "--json").stdout)
    assert status["last_verdict"] == "accepted" and status["attempts"] == 3


def test_check_without_a_current_problem_or_file(home):
    r = drill("check")
    assert r.returncode == 2 and "no current problem" in r.stderr
    r = drill("check", "two-sum", "--file", str(home / "missing.py"))
    assert r.returncode == 2 and "does not exist" in r.stderr
    no_traceback(r)


def test_hints_come_in_order_and_are_recorded(home):
    drill("start", "two-sum")
    seen = [json.loads(drill("hint", "--json").stdout) for _ in range(3)]
    assert [h["number"] for h in seen] == [1, 2, 3]
    assert len({h["hint"] for h in seen}) == 3
    r = drill("hint")
    assert "All 3 hints are shown" in r.stdout and "drill reveal" in r.stdout
    assert json.loads(drill("status", "--json").stdout)["hints_shown"] == 3


def test_reveal_asks_before_solving_and_is_recorded(home):
    drill("start", "two-sum")
    r = drill("reveal")
    assert r.returncode == 2 and "--yes" in r.stderr
    r = drill("reveal", "--yes")
    assert r.returncode == 0
    assert "class Solution" in r.stdout and "A strong answer" in r.stdout
    rows = json.loads(drill("list", "--json", "--status", "revealed").stdout)["problems"]
    assert [p["slug"] for p in rows] == ["two-sum"]


def test_reset_keeps_a_backup(home):
    drill("start", "two-sum")
    solution = home / "solutions" / "two-sum.py"
    solution.write_text("# attempt one\n")
    r = drill("reset", "two-sum")
    assert r.returncode == 2 and solution.read_text() == "# attempt one\n"
    r = drill("reset", "two-sum", "--yes")
    assert r.returncode == 0
    assert solution.read_text() == (REPO / "problems" / "two-sum" / "stub.py").read_text()
    backups = list((home / "solutions" / ".backup").glob("two-sum-*.py"))
    assert len(backups) == 1 and backups[0].read_text() == "# attempt one\n"


def test_list_filters_and_prompt(home):
    rows = json.loads(drill("list", "--json", "--category", "tree").stdout)["problems"]
    assert rows and all(p["category"] == "tree" for p in rows)
    assert all(p["status"] == "new" for p in rows)
    r = drill("prompt", "rotate-image")
    assert r.returncode == 0 and "Rotate Image" in r.stdout


def test_a_damaged_state_file_is_reported_not_replaced(home):
    drill("start", "two-sum")
    state = home / ".drill" / "state.sqlite3"
    state.write_bytes(b"this is not a database" * 100)
    before = state.read_bytes()
    r = drill("status")
    assert r.returncode == 3
    assert "damaged" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert state.read_bytes() == before
    no_traceback(r)


# Accepted, and never faster than 20 ms a call (sleep is wall time, not the CPU time scale measures):
# a check takes over 2 s, so a kill at 1.5 s always lands in the middle of one, however fast the machine.
ACCEPTED_SLOW = ACCEPTED.replace("class Solution:", "import time as _t\n\nclass Solution:") + (
    "\n\n_solve = Solution.twoSum\nSolution.twoSum = lambda self, nums, target: (_t.sleep(0.02), _solve(self, nums, target))[1]\n"
)


def test_killing_drill_during_a_check_leaves_state_and_solution_intact(home):
    drill("start", "two-sum")
    solution = home / "solutions" / "two-sum.py"
    solution.write_text(ACCEPTED_SLOW)
    assert drill("check").returncode == 0
    for delay in (0.3, 0.8, 1.5):
        proc = subprocess.Popen(
            [sys.executable, "-m", "drill", "check"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        # The kill landed while the check ran (a check takes longer than 1.5 s): it mattered.
        assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(home / ".drill" / "state.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Only the check that finished is recorded: a killed check leaves nothing half-written.
    assert conn.execute("SELECT verdict FROM checks").fetchall() == [("accepted",)]
    conn.close()
    assert solution.read_text() == ACCEPTED_SLOW
    assert json.loads(drill("status", "--json").stdout)["status"] == "optimal"


def test_every_command_has_help():
    import click

    from drill.cli import cli

    def walk(group, path):
        for name, command in group.commands.items():
            yield (*path, name), command
            if isinstance(command, click.Group):
                yield from walk(command, (*path, name))

    seen = []
    for path, command in walk(cli, ()):
        seen.append(" ".join(path))
        assert command.help, path
        r = drill(*path, "--help")
        assert r.returncode == 0 and "Usage" in r.stdout, path
    assert "mock status" in seen and "mock watch" in seen  # subcommands are walked too


def test_bare_drill_says_where_you_are(home):
    r = drill()
    assert r.returncode == 0 and "drill start two-sum" in r.stdout
    drill("start", "two-sum")
    r = drill()
    assert "Current problem: two-sum" in r.stdout


def test_start_edit_opens_the_editor(home, tmp_path):
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\necho "# opened" >> "$1"\n')
    editor.chmod(0o755)
    env = dict(os.environ, VISUAL=str(editor))
    r = drill("start", "two-sum", "--edit", env=env)
    assert r.returncode == 0, r.stderr
    assert (home / "solutions" / "two-sum.py").read_text().endswith("# opened\n")
    env = {k: v for k, v in os.environ.items() if k not in ("VISUAL", "EDITOR")}
    r = drill("start", "two-sum", "--edit", env=env)
    assert r.returncode == 2 and "$VISUAL or $EDITOR" in r.stderr


def test_check_outside_a_workspace_records_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("DRILL_HOME", raising=False)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    r = drill("check", "two-sum", "--file", str(REPO / "bench" / "solutions" / "two-sum.py"), "--json", cwd=elsewhere)
    assert r.returncode == 0 and json.loads(r.stdout)["verdict"] == "accepted"
    assert list(elsewhere.iterdir()) == []


FIRST_RELEASE_SCHEMA = """
CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE progress (
    slug TEXT PRIMARY KEY, started_at REAL NOT NULL, solved_at REAL, solve_seconds REAL, best_seconds REAL,
    hints_shown INTEGER NOT NULL DEFAULT 0, revealed_at REAL, revealed_before_solved INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE checks (
    id INTEGER PRIMARY KEY, slug TEXT NOT NULL, at REAL NOT NULL, verdict TEXT NOT NULL, stage TEXT NOT NULL,
    passed INTEGER NOT NULL, total INTEGER NOT NULL, since_start REAL, timings TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX checks_slug ON checks (slug, at);
CREATE TABLE hints (slug TEXT NOT NULL, number INTEGER NOT NULL, at REAL NOT NULL);
CREATE TABLE reveals (slug TEXT NOT NULL, at REAL NOT NULL, before_solved INTEGER NOT NULL);
INSERT INTO migrations VALUES ('0001_progress', 1764000000);
INSERT INTO settings VALUES ('current', 'two-sum');
INSERT INTO progress (slug, started_at, solved_at, solve_seconds, best_seconds, hints_shown)
    VALUES ('two-sum', 1764000000, 1764000192, 192, 192, 1);
INSERT INTO checks (slug, at, verdict, stage, passed, total, since_start) VALUES
    ('two-sum', 1764000100, 'wrong_answer', 'cases', 1, 9, 100),
    ('two-sum', 1764000192, 'accepted', 'scale', 9, 9, 192);
INSERT INTO hints VALUES ('two-sum', 1, 1764000050);
"""


def test_a_database_made_by_the_first_release_is_migrated_and_kept(home):
    # The schema and rows as the first release (migration 0001 only) wrote them.
    (home / ".drill").mkdir(parents=True)
    conn = sqlite3.connect(home / ".drill" / "state.sqlite3")
    conn.executescript(FIRST_RELEASE_SCHEMA)
    conn.close()
    status = json.loads(drill("status", "--json").stdout)
    assert status["current"] == "two-sum" and status["status"] == "solved"
    assert status["attempts"] == 2 and status["solve_seconds"] == 192 and status["hints_shown"] == 1
    listed = {p["slug"]: p for p in json.loads(drill("list", "--json").stdout)["problems"]}
    assert listed["two-sum"]["status"] == "solved" and listed["two-sum"]["best_seconds"] == 192
    conn = sqlite3.connect(home / ".drill" / "state.sqlite3")
    applied = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY name")]
    from drill.state import MIGRATIONS

    assert applied == [name for name, _ in MIGRATIONS]
    assert conn.execute("SELECT COUNT(*) FROM checks").fetchone()[0] == 2
    conn.close()
    # The migrated file takes new work: a mock round (tables of a later migration) starts.
    r = drill("mock", "--count", "1", "--json")
    assert r.returncode == 0, r.stderr


NESTED_LOOPS = (REPO / "problems" / "two-sum" / "mutants" / "nested_loops.py").read_text()


def test_solved_then_solved_at_the_optimal_class(home):
    drill("start", "two-sum")
    (home / "solutions" / "two-sum.py").write_text(NESTED_LOOPS)
    first = json.loads(drill("check", "--json").stdout)
    assert first["verdict"] == "accepted" and first["optimal"] is False
    assert first["first_solve"] is True and first["first_optimal"] is False
    status = json.loads(drill("status", "--json").stdout)
    assert status["status"] == "solved" and status["optimal"] is False and status["optimal_seconds"] is None
    assert [p["slug"] for p in json.loads(drill("list", "--status", "solved", "--json").stdout)["problems"]] == ["two-sum"]
    human = drill("status").stdout
    assert "not yet at the optimal class" in human

    (home / "solutions" / "two-sum.py").write_text(ACCEPTED)
    second = json.loads(drill("check", "--json").stdout)
    assert second["optimal"] is True and second["first_solve"] is False and second["first_optimal"] is True
    status = json.loads(drill("status", "--json").stdout)
    assert status["status"] == "optimal" and status["optimal_seconds"] is not None
    assert json.loads(drill("list", "--status", "optimal", "--json").stdout)["problems"][0]["slug"] == "two-sum"
    # A later worse solution does not take the first optimal acceptance back.
    (home / "solutions" / "two-sum.py").write_text(NESTED_LOOPS)
    assert json.loads(drill("check", "--json").stdout)["first_optimal"] is False
    assert json.loads(drill("status", "--json").stdout)["status"] == "optimal"
