"""`drill stats` and `drill plan` on a state with history, through the CLI (and the library `drill next` calls)."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path


from drill.report import Report
from drill.verdicts import Verdict

DAY = 86400


def noon(days_from_today: int = 0) -> float:
    """Local noon, some days from today: every event of a test falls on the calendar day it means."""
    day = dt.date.today() + dt.timedelta(days=days_from_today)
    return dt.datetime.combine(day, dt.time(12)).timestamp()


def drill(*args, at: float | None = None):
    """drill ARGS with the clock at `at` (default: today's noon)."""
    env = dict(os.environ, DRILL_CLOCK_OFFSET=str((noon() if at is None else at) - time.time()))
    return subprocess.run([sys.executable, "-m", "drill", *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)


def state(home: Path):
    from drill.state import State

    return State(home / ".drill" / "state.sqlite3")


def accepted(slug: str, optimal: bool = True) -> Report:
    return Report(slug, Verdict.ACCEPTED, "scale", 9, 9, optimal=optimal)


def failed(slug: str, verdict: Verdict = Verdict.WRONG_ANSWER) -> Report:
    return Report(slug, verdict, "cases", 1, 9)


def solve(st, slug: str, at: float, seconds: float = 300, optimal: bool = True) -> None:
    st.start(slug, at - seconds)
    st.record_check(slug, accepted(slug, optimal), at)


def make_history(home: Path):
    """Twelve days of practice: solved, solved at a worse class, regressed, failing, given up, hints, runs."""
    (home / ".drill").mkdir(parents=True)
    (home / "solutions").mkdir()
    st = state(home)
    st.start("two-sum", noon(-12))
    st.record_check("two-sum", failed("two-sum"), noon(-12) + 60)
    st.record_check("two-sum", accepted("two-sum"), noon(-12) + 200)  # optimal, 3m20s
    st.start("valid-anagram", noon(-11))
    st.record_hint("valid-anagram", 1, noon(-11) + 30)
    st.record_check("valid-anagram", accepted("valid-anagram", optimal=False), noon(-11) + 600)  # solved, 10m
    solve(st, "contains-duplicate", noon(-10), seconds=100)
    st.record_check("contains-duplicate", failed("contains-duplicate"), noon(-1))  # regressed yesterday
    st.start("3sum", noon(-1) - 60)
    st.record_check("3sum", failed("3sum", Verdict.TIME_LIMIT_EXCEEDED), noon(-1) + 60)
    st.start("climbing-stairs", noon(0) - 3600)
    st.record_reveal("climbing-stairs", noon(0) - 1800, before_solved=True)
    st.record_run("two-sum", noon(0), "input", ["accepted"], 1, "[3,3]\n6\n")
    return st


# ---------------------------------------------------------------- stats


def test_stats_on_a_state_with_history(home):
    make_history(home)
    r = drill("stats", "--json")
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)
    assert s["version"] == 1
    assert (s["total"], s["attempted"], s["solved"], s["optimal"]) == (76, 5, 3, 2)
    cats = {c["category"]: c for c in s["categories"]}
    assert cats["array"] == {"category": "array", "total": 10, "attempted": 3, "solved": 2, "optimal": 2, "revealed": 0}
    assert cats["string"]["solved"] == 1 and cats["string"]["optimal"] == 0
    assert cats["dynamic-programming"]["attempted"] == 1 and cats["dynamic-programming"]["revealed"] == 1
    assert sum(c["total"] for c in s["categories"]) == 76

    cal = s["calendar"]
    first = dt.date.fromisoformat(cal["first"])
    assert first.weekday() == 0 and cal["today"] == dt.date.today().isoformat()
    assert (dt.date.today() - first).days // 7 == 11 and len(cal["days"]) == (dt.date.today() - first).days + 1
    actions = {d["date"]: d["actions"] for d in cal["days"] if d["actions"]}
    day = lambda n: (dt.date.today() + dt.timedelta(days=n)).isoformat()  # noqa: E731
    # Starts, checks and runs per day (hints and reveals are help, not practice).
    assert actions == {day(-12): 3, day(-11): 2, day(-10): 2, day(-1): 3, day(0): 2}
    assert (cal["practice_days"], cal["current_streak"], cal["longest_streak"]) == (5, 2, 3)

    times = {t["difficulty"]: t for t in s["solve_times"]}
    assert [p["slug"] for p in times["easy"]["problems"]] == ["contains-duplicate", "two-sum", "valid-anagram"]
    assert times["easy"]["median_seconds"] == 200 and times["easy"]["solved"] == 3 and times["hard"]["solved"] == 0
    assert [(f["slug"], f["verdict"], f["solved_before"]) for f in s["failing"]] == [
        ("3sum", "time_limit_exceeded", False),
        ("contains-duplicate", "wrong_answer", True),
    ]
    assert s["help"] == {
        "hints": 1,
        "problems_with_hints": 1,
        "reveals_before_solving": 1,
        "reveals_after_solving": 0,
        "solved_without_help": 2,
    }
    assert s["pattern_recognition"] == []  # no quiz or classify answers in this history

    human = drill("stats")
    assert human.returncode == 0
    lines = human.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    assert "\x1b" not in human.stdout  # NO_COLOR
    assert "Progress: 3 of 76 solved (2 at the optimal class), 5 attempted" in lines
    array = next(line for line in lines if line.strip().startswith("array"))
    assert "██░·······" in array and " 2 solved (2 optimal) /  3 tried / 10" in array
    assert any(line.startswith("  easy") and "median    3m20s" in line for line in lines)
    assert "Last check failed (2):" in lines and any("3sum" in line and "Time Limit Exceeded" in line for line in lines)
    assert "Pattern recognition: no quiz answers yet" in lines
    week_rows = [line for line in lines if line[2:5] in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")]
    assert len(week_rows) == 7


def test_stats_shows_recognition_accuracy_per_pattern_from_quiz_and_classify(home):
    from drill.recognition import Answer, record

    drill("start", "two-sum")
    record(
        state(home),
        [
            Answer("two-sum", "hash map", "hash map", True, source="quiz", at=noon()),
            Answer("3sum", "two pointers", "hash map", False, source="quiz", at=noon()),
            Answer("3sum", "two pointers", "two pointers", True, source="classify", at=noon()),
        ],
    )
    rows = json.loads(drill("stats", "--json").stdout)["pattern_recognition"]
    assert rows == [{"pattern": "hash map", "asked": 1, "right": 1}, {"pattern": "two pointers", "asked": 2, "right": 1}]
    assert "Pattern recognition: hash map 1/1, two pointers 1/2" in drill("stats").stdout.splitlines()


def test_stats_without_a_workspace(home):
    r = drill("stats", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["solved"] == 0
    assert not home.exists()  # looking never creates a workspace


# ---------------------------------------------------------------- plan


def plan_json(*args, at=None) -> dict:
    r = drill("plan", *args, "--json", at=at)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["plan"]


def test_no_plan_yet(home):
    assert drill("plan", "--json").stdout.strip() == '{\n  "version": 1,\n  "plan": null\n}'
    assert "No study plan yet" in drill("plan").stdout
    assert "Study plan" not in drill().stdout


def test_a_two_week_plan_lays_out_the_bank(home):
    from drill import problems

    start = (dt.date.today() - dt.timedelta(days=2)).isoformat()
    p = plan_json("--days", "14", "--start", start)
    assert (p["length"], p["start"], p["day"], p["planned"], p["done_before"]) == (14, start, 3, 76, 0)
    days = p["days"]
    assert [d["day"] for d in days if d["mock"]] == [7, 14]  # each week ends with timed mock practice
    assert all(not d["problems"] for d in days if d["mock"])
    assert sorted({len(d["problems"]) for d in days if not d["mock"]}) == [6, 7]
    order = [e["slug"] for d in days for e in d["problems"]]
    assert len(order) == len(set(order)) == 76
    info = {s.slug: s for s in problems.catalog()[0]}
    rank = {"easy": 0, "medium": 1, "hard": 2}
    for cat in {s.category for s in info.values()}:
        levels = [rank[info[slug].difficulty] for slug in order if info[slug].category == cat]
        assert levels == sorted(levels), cat  # easier first within a category
    assert len({info[slug].category for slug in order[:12]}) >= 8  # categories interleaved
    assert all(info[slug].difficulty != "hard" for slug in order[:12])
    # Day 3 of 14 with nothing solved: days 1 and 2 are overdue.
    due = len(days[0]["problems"]) + len(days[1]["problems"])
    assert p["expected_by_yesterday"] == due and p["behind"] == due and p["ahead"] == 0
    assert [e["slug"] for e in p["overdue"]] == order[:due] and p["next"] == order[0]

    human = drill("plan")
    lines = human.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    assert lines[0] == f"Study plan (14 days, {start} to {days[-1]['date']}): day 3 of 14"
    assert f"Behind by {due}: 0 of 76 solved; {due} were due by yesterday." in lines
    assert f"Next: drill start {order[0]}" in lines
    everything = drill("plan", "--all").stdout
    assert all(slug in everything for slug in order) and "·mock round" in everything
    assert all(len(line) <= 80 for line in everything.splitlines())
    bare = drill().stdout
    assert "Study plan: day 3 of 14" in bare and f"Next in the plan: drill start {order[0]}" in bare


def test_overdue_ahead_behind_mocks_and_replanning_keep_what_was_solved(home):
    from drill import plan
    from drill.rounds import Rounds

    st = make_history(home)  # two-sum, valid-anagram and contains-duplicate solved before the plan
    start = dt.date.today() - dt.timedelta(days=7)
    p = plan_json("--days", "28", "--start", start.isoformat(), at=noon(-7))
    assert p["planned"] == 73 and p["done_before"] == 3 and p["day"] == 1
    order = [e["slug"] for d in p["days"] for e in d["problems"]]
    assert not {"two-sum", "valid-anagram", "contains-duplicate"} & set(order)
    assert [d["day"] for d in p["days"] if d["mock"]] == [7, 14, 21, 28]
    assert plan.plan_next(st, noon(-7)) == order[0]

    # A week later (day 8): solve the first five of the plan and three from further on.
    for i, slug in enumerate(order[:5] + order[20:23]):
        solve(st, slug, noon(0) - 60 * (i + 1))
    p = plan_json()
    assert p["day"] == 8 and p["solved"] == 8
    due = p["expected_by_yesterday"]
    assert p["behind"] == due - 8 and p["overdue"][0]["slug"] == order[5]
    assert p["missed_mocks"] == [7] and plan.plan_next(st, noon(0)) == order[5]

    # A mock round done, and every problem due by tonight plus two more: ahead by two, nothing missed.
    Rounds(st).create(noon(0), noon(0) + 2700, 1, {}, ["3sum"], [None])
    tonight = p["expected_by_tonight"]
    for i, slug in enumerate([s for s in order if s not in order[:5] + order[20:23]][: tonight - 8 + 2]):
        solve(st, slug, noon(0) - 30 * (i + 1))
    p = plan_json()
    assert p["ahead"] == 2 and p["behind"] == 0 and p["overdue"] == [] and p["missed_mocks"] == []
    assert p["days"][6]["mock_done"] is True and p["mocks_done"] == 1
    assert "Ahead by 2" in drill("plan").stdout

    # Re-planning keeps what was solved (and the old plan, marked replaced).
    solved_now = 3 + p["solved"]
    p = plan_json("--days", "60")
    assert p["done_before"] == solved_now and p["planned"] == 76 - solved_now and p["day"] == 1 and p["length"] == 60
    assert [d["day"] for d in p["days"] if d["mock"]] == [7, 14, 21, 28, 35, 42, 49, 56, 60]
    conn = sqlite3.connect(home / ".drill" / "state.sqlite3")
    assert conn.execute("SELECT COUNT(*), COUNT(replaced_at) FROM plans").fetchone() == (2, 1)
    conn.close()


def test_per_day_and_bad_options(home):
    r = drill("plan", "--days", "14", "--per-day", "3")
    assert r.returncode == 2
    assert r.stderr.strip() == (
        "drill: 76 problems do not fit in 14 days at 3 a day (12 problem days hold 36); take --per-day 7 or more, or a longer plan"
    )
    r = drill("plan", "--per-day", "3")
    assert r.returncode == 2 and "give its length too, --days 14, 28 or 60" in r.stderr
    r = drill("plan", "--days", "14", "--start", "next monday")
    assert r.returncode == 2 and "--start 'next monday' is not a date: write it as YYYY-MM-DD" in r.stderr
    r = drill("plan", "--days", "21")
    assert r.returncode == 2 and "'21' is not one of '14', '28', '60'" in r.stderr

    p = plan_json("--days", "28", "--per-day", "4")
    counts = [len(d["problems"]) for d in p["days"] if not d["mock"]]
    assert counts[:19] == [4] * 19 and sum(counts) == 76 and p["per_day"] == 4
    # --per-day alone re-plans with the active plan's length; a start in the future is said so.
    later = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    p = plan_json("--per-day", "5", "--start", later)
    assert p["length"] == 28 and p["per_day"] == 5 and p["day"] == -2 and p["behind"] == 0
    out = drill("plan").stdout
    assert "starts in 3 days" in out and "day 1 holds:" in out


def test_a_state_file_of_the_previous_schema_is_upgraded_and_kept(home, monkeypatch):
    from drill import state as state_module

    before = [m for m in state_module.MIGRATIONS if m[0] != "0005_plans"]
    (home / ".drill").mkdir(parents=True)
    with monkeypatch.context() as m:
        m.setattr(state_module, "MIGRATIONS", before)
        old = state(home)
        solve(old, "two-sum", noon(-3))
        old.conn.close()
    conn = sqlite3.connect(home / ".drill" / "state.sqlite3")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "plans" not in tables and "runs" not in tables
    conn.close()

    p = plan_json("--days", "14")
    assert p["done_before"] == 1 and p["planned"] == 75
    s = json.loads(drill("stats", "--json").stdout)
    assert s["solved"] == 1 and s["calendar"]["practice_days"] == 1
    conn = sqlite3.connect(home / ".drill" / "state.sqlite3")
    applied = [r[0] for r in conn.execute("SELECT name FROM migrations")]
    assert applied[-1] == "0005_plans" and set(applied) == {name for name, _ in state_module.MIGRATIONS}
    assert conn.execute("SELECT solve_seconds FROM progress WHERE slug = 'two-sum'").fetchone() == (300,)
    conn.close()


def test_plan_next_without_a_plan_or_a_workspace(home):
    from drill import plan

    assert plan.plan_next(state(home), time.time()) is None
