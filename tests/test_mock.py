"""A whole mock round driven through the CLI with a controllable clock."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import drill_at, small_bank_env

REPO = Path(__file__).resolve().parent.parent
ACCEPTED = (REPO / "bench" / "solutions" / "two-sum.py").read_text()


@pytest.fixture
def env(tmp_path):
    # A bank of two problems, so the pick does not depend on what the bank grows to.
    return small_bank_env(tmp_path, ("two-sum", "rotate-image"))


def drill(env, *args, offset: float = 0):
    return drill_at(env, *args, offset=offset)


def test_a_whole_round(env, tmp_path):
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / ".drill").mkdir()
    (ws / "solutions").mkdir()
    (ws / "solutions" / "two-sum.py").write_text("# earlier work\n")
    before_start = time.time()
    r = drill(env, "mock", "--count", "1", "--minutes", "30", "--category", "array", "--json")
    assert r.returncode == 0, r.stderr
    started = json.loads(r.stdout)
    assert started["problems"] == ["two-sum"]
    backup = Path(started["backups"][0])
    assert backup.read_text() == "# earlier work\n"  # kept aside, never lost
    assert (ws / "solutions" / "two-sum.py").read_text() == (REPO / "problems" / "two-sum" / "stub.py").read_text()

    # A second round while one runs is refused; reveals are locked.
    r = drill(env, "mock")
    assert r.returncode == 2 and "still running" in r.stderr
    r = drill(env, "reveal", "two-sum", "--yes")
    assert r.returncode == 2 and "locked" in r.stderr

    # A wrong check at minute 1, a hint at minute 2, an accepted check at minute 5.
    assert drill(env, "check", offset=60).returncode == 1
    assert json.loads(drill(env, "hint", "--json", offset=120).stdout)["number"] == 1
    (ws / "solutions" / "two-sum.py").write_text(ACCEPTED)
    r = drill(env, "check", offset=300)
    assert r.returncode == 0
    assert "notes unlock when it ends" in r.stdout and "Why it works" not in r.stdout

    status = json.loads(drill(env, "mock", "status", "--json", offset=600).stdout)["round"]
    # The clock moved by the offsets, and by the real time these commands took (on a busy machine, many seconds).
    elapsed = time.time() - before_start
    assert 1200 - elapsed <= status["seconds_left"] <= 1200
    p = status["problems"][0]
    assert p["verdict"] == "accepted" and p["checks"] == 2 and p["hints"] == 1
    assert 300 <= p["first_accepted_seconds"] <= 300 + elapsed

    # After the deadline: a wrong check is late and changes nothing.
    (ws / "solutions" / "two-sum.py").write_text("class Solution:\n    def twoSum(self, nums, target):\n        return [0, 0]\n")
    r = drill(env, "check", offset=31 * 60)
    assert r.returncode == 1 and "late" in r.stdout

    r = drill(env, "mock", "end", "--json", offset=32 * 60)
    report = json.loads(r.stdout)
    (result,) = report["problems"]
    assert result["verdict"] == "accepted" and result["wrong_submissions"] == 1 and result["late_checks"] == 1
    assert result["points"] == 100 - 15 - 5 and report["score"] == 80.0
    assert "growth" in result and "doubling n" in (result["growth"] or "")

    hist = json.loads(drill(env, "mock", "history", "--json").stdout)["rounds"]
    assert [h["score"] for h in hist] == [80.0]
    # The notes are unlocked once the round is over.
    assert drill(env, "reveal", "two-sum").returncode == 0

    # A second round compares with the first.
    r = drill(env, "mock", "--count", "1", "--seed", "1", "--minutes", "10", offset=3600)
    assert r.returncode == 0
    r = drill(env, "mock", "end", offset=3700)
    assert "Earlier rounds: 1, best 80" in r.stdout and "score 0/100" in r.stdout


def test_error_paths(env):
    r = drill(env, "mock", "end")
    assert r.returncode == 2 and "no mock round" in r.stderr
    r = drill(env, "mock", "--count", "3")
    assert r.returncode == 2 and "more than the" in r.stderr
    assert "Traceback" not in r.stderr


def test_seed_makes_the_pick_repeatable(env, tmp_path):
    picks = []
    for i in range(2):
        e = dict(env, DRILL_HOME=str(tmp_path / f"ws{i}"))
        picks.append(json.loads(drill(e, "mock", "--seed", "42", "--json").stdout)["problems"])
    assert picks[0] == picks[1] and len(picks[0]) == 2


def test_watch_rechecks_a_saved_solution_and_closes_the_round_at_the_deadline(env, tmp_path):
    import time

    r = drill(env, "mock", "--count", "1", "--minutes", "0.15", "--category", "array", "--json")
    assert r.returncode == 0, r.stderr
    e = dict(env, DRILL_CLOCK_OFFSET="0")
    watch = subprocess.Popen([sys.executable, "-m", "drill", "mock", "watch"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=e)
    time.sleep(1.5)
    (tmp_path / "ws" / "solutions" / "two-sum.py").write_text(ACCEPTED)
    out, err = watch.communicate(timeout=60)
    assert watch.returncode == 0, err
    assert "watching" in out  # a plain line per event when not in a terminal
    assert "two-sum: accepted" in out
    assert "Time is up" in out and "score 100/100" in out
    assert json.loads(drill(env, "mock", "history", "--json").stdout)["rounds"][0]["score"] == 100.0


# ---------------------------------------------------------------- the picker and the score rule, without the CLI


def summary(slug, category, difficulty):
    from drill.problems import Summary

    return Summary(slug, slug, 0, category, difficulty)


@pytest.fixture
def bank_of(monkeypatch):
    """Pretend the bank holds these problems (catalog only: the picker reads nothing else)."""
    from drill import problems

    def install(*rows):
        monkeypatch.setattr(problems, "catalog", lambda: ([summary(*r) for r in rows], []))

    return install


class NoProgress:
    def all_progress(self):
        return {}


def test_the_pick_is_easy_or_medium_then_medium_or_hard_from_different_categories(bank_of):
    from drill import mock

    bank_of(
        ("e-array", "array", "easy"),
        ("h-array", "array", "hard"),
        ("m-array", "array", "medium"),
        ("h-tree", "tree", "hard"),
        ("e-tree", "tree", "easy"),
    )
    for seed in range(20):
        first, second = mock.pick(NoProgress(), 2, None, None, seed)
        levels = {s: s.split("-")[0] for s in (first, second)}
        assert levels[first] in ("e", "m"), (seed, first)
        assert levels[second] in ("m", "h"), (seed, second)
        assert first.split("-")[1] != second.split("-")[1], (seed, first, second)  # different categories


def test_the_pick_falls_back_when_the_rule_cannot_hold(bank_of):
    from drill import mock

    bank_of(("e-array", "array", "easy"), ("e-tree", "tree", "easy"))
    # No medium or hard problem exists: the second pick takes what there is rather than failing.
    assert sorted(mock.pick(NoProgress(), 2, None, None, 1)) == ["e-array", "e-tree"]
    # One category only: different categories are preferred, never required.
    bank_of(("e-a", "array", "easy"), ("h-a", "array", "hard"))
    assert mock.pick(NoProgress(), 2, None, None, 1) == ["e-a", "h-a"]


def test_a_difficulty_filter_replaces_the_level_rule(bank_of):
    from drill import mock

    bank_of(("e-array", "array", "easy"), ("e-tree", "tree", "easy"), ("h-tree", "tree", "hard"))
    assert sorted(mock.pick(NoProgress(), 2, None, "easy", 3)) == ["e-array", "e-tree"]
    assert mock.pick(NoProgress(), 1, "tree", "hard", 3) == ["h-tree"]


def test_a_correct_solution_of_a_worse_class_earns_partial_credit(env, tmp_path):
    r = drill(env, "mock", "--count", "1", "--minutes", "30", "--category", "array", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["problems"] == ["two-sum"]
    nested = (REPO / "problems" / "two-sum" / "mutants" / "nested_loops.py").read_text()
    (tmp_path / "ws" / "solutions" / "two-sum.py").write_text(nested)
    assert drill(env, "check", offset=60).returncode == 0  # accepted, not optimal
    report = json.loads(drill(env, "mock", "end", "--json", offset=120).stdout)
    assert report["score"] == 70.0 and report["problems"][0]["optimal"] is False
    assert "70 when no accepted solution was of the optimal class" in report["rule"]


def test_the_score_rule_and_its_floor():
    from drill import mock

    assert mock.points(True, hints=0, wrong=0) == 100
    assert mock.points(True, hints=1, wrong=1) == 80
    assert mock.points(True, hints=3, wrong=2) == 45
    assert mock.points(True, hints=3, wrong=3) == 40  # 100 - 45 - 15 = 40
    assert mock.points(True, hints=5, wrong=9) == 40  # never below the floor
    assert mock.points(False, hints=0, wrong=0) == 0
    assert mock.points(True, hints=0, wrong=0, optimal=False) == 70
    assert mock.points(True, hints=2, wrong=0, optimal=False) == 40
