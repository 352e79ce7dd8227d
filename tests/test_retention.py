"""Learn the pattern and keep it: reviews on schedule (FSRS), classify, quiz, follow-up; through the CLI
with a controllable clock (DRILL_CLOCK_OFFSET), and the library's rules directly."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from conftest import drill_at, small_bank_env

from drill import problems, progression, recognition, retention, reviews
from drill.problems import Summary
from drill.state import MIGRATIONS, State

REPO = Path(__file__).resolve().parent.parent
ACCEPTED = (REPO / "bench" / "solutions" / "two-sum.py").read_text()
DAY = 86400
BANK = ("two-sum", "climbing-stairs", "rotate-image")
# Review dates come from fsrs, which needs Python 3.10 (on 3.9 drill runs without it).
needs_fsrs = pytest.mark.skipif(not retention.fsrs_available(), reason="fsrs is not installed (it needs Python 3.10)")


@pytest.fixture
def env(tmp_path):
    # A bank of three problems in three categories, so what `drill next` picks does not depend on the bank's growth.
    return small_bank_env(tmp_path, BANK)


def drill(env, *args, offset: float = 0):
    return drill_at(env, *args, offset=offset)


def js(env, *args, offset: float = 0) -> dict:
    r = drill(env, *args, "--json", offset=offset)
    assert "Traceback" not in r.stderr, r.stderr
    return json.loads(r.stdout)


def fsrs_due(*reviews) -> float:
    """The date FSRS itself gives after these (time, rating) reviews."""
    return retention.schedule(list(reviews)).due.timestamp()


@needs_fsrs
def test_accepted_classified_rated_and_due_on_the_day_fsrs_says(env, tmp_path):
    ws = tmp_path / "ws"
    assert drill(env, "start", "two-sum").returncode == 0
    assert drill(env, "check", offset=30).returncode == 1  # a wrong submission
    assert js(env, "hint", offset=60)["number"] == 1
    (ws / "solutions" / "two-sum.py").write_text(ACCEPTED)
    r = drill(env, "check", offset=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "rated hard — 1 wrong submission, 1 hint" in r.stdout and "Next review: in 1 day" in r.stdout
    assert "drill classify two-sum" in r.stdout  # no terminal: the question is skipped, and named
    row = next(p for p in js(env, "list")["problems"] if p["slug"] == "two-sum")
    reviews = sqlite3.connect(ws / ".drill" / "state.sqlite3").execute("SELECT at, rating, evidence FROM reviews").fetchall()
    ((at, rating, evidence),) = reviews
    assert rating == evidence == "hard"
    assert row["review_due_at"] == pytest.approx(fsrs_due((at, "hard"))) == pytest.approx(at + 1 * DAY)

    # Classified (the choice by name or by letter), with the invariant beside the bank's.
    asked = js(env, "classify", "two-sum")
    assert asked["recorded"] is False and "hash map" in asked["choices"] and len(asked["choices"]) == 4
    letter = "abcd"[asked["choices"].index("hash map")]
    c = drill(env, "classify", "two-sum", "--answer", letter, "--invariant", "seen holds every value left of i")
    assert c.returncode == 0 and "✓ hash map" in c.stdout
    assert "seen holds every value left of i" in c.stdout and "Before index i is examined" in c.stdout

    # The learner overrides the rating: FSRS re-dates from the whole history. Then, nothing being
    # due, new work: by the study order, the easiest problem of the next category.
    step = js(env, "next", "--rate", "good", offset=200)
    assert step["rated"] == {
        "slug": "two-sum", "rating": "good", "was": "hard", "evidence": "hard", "due_at": pytest.approx(fsrs_due((at, "good")))}
    due = step["rated"]["due_at"]
    assert due == pytest.approx(at + 2 * DAY)
    assert step["kind"] == "new" and step["slug"] == "climbing-stairs"
    assert (ws / "solutions" / "climbing-stairs.py").exists()
    step = js(env, "next", offset=DAY)
    assert step["kind"] == "continue" and step["slug"] == "climbing-stairs"  # started, unsolved, nothing due
    # Due: the review wins over new work (climbing-stairs is started, not solved).
    step = js(env, "next", offset=due - at + 200)
    assert step["kind"] == "review" and step["slug"] == "two-sum" and step["due_at"] == pytest.approx(due)
    assert Path(step["backup"]).read_text() == ACCEPTED  # the old attempt kept aside
    assert (ws / "solutions" / "two-sum.py").read_text() == (REPO / "problems" / "two-sum" / "stub.py").read_text()
    status = js(env, "status", offset=due - at + 260)
    assert status["current"] == "two-sum" and status["review"]["open"] is True
    assert status["review"]["running_seconds"] == pytest.approx(60, abs=5)  # the clock restarted
    r = drill(env, "reveal", offset=due - at + 270)
    assert r.returncode == 2 and "two-sum is open for review" in r.stderr  # a reveal now would be a give-up
    # Asked again, it goes on with the open review: no second fresh stub.
    (ws / "solutions" / "two-sum.py").write_text(ACCEPTED)
    again = js(env, "next", offset=due - at + 300)
    assert again["kind"] == "review" and again["reopened"] is True and again["backup"] is None
    assert (ws / "solutions" / "two-sum.py").read_text() == ACCEPTED
    # First try, no hints, optimal: easy; dated from both reviews.
    review = js(env, "check", offset=due - at + 400)["review"]
    assert review["rating"] == "easy" and review["reviews"] == 2
    assert review["due_at"] == pytest.approx(fsrs_due((at, "good"), (review["at"], "easy")))
    assert js(env, "next", offset=due - at + 500)["kind"] == "continue"  # climbing-stairs again, nothing due


def on_a_terminal(env, args, answers, offset: float = 0) -> tuple[int, str]:
    """Run drill on a pseudo-terminal; answer each (marker, line) once the marker is on screen."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: drill at a terminal
        os.execvpe(sys.executable, [sys.executable, "-m", "drill", *args], dict(env, DRILL_CLOCK_OFFSET=str(offset)))
    out = b""

    def read() -> bytes:
        try:
            return os.read(fd, 4096)
        except OSError:  # the child has closed the terminal
            return b""

    for marker, line in answers:
        while marker.encode() not in out:
            chunk = read()
            assert chunk, out.decode(errors="replace")
            out += chunk
        os.write(fd, line.encode() + b"\n")
    while True:
        chunk = read()
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    text = re.sub(r"\x1b\[[0-9;]*m", "", out.decode(errors="replace"))  # NO_COLOR still leaves bold
    return os.waitstatus_to_exitcode(status), text.replace("\r\n", "\n")


@needs_fsrs
def test_a_revealed_problem_comes_back_sooner_than_an_easy_one(env, tmp_path):
    ws = tmp_path / "ws"
    drill(env, "start", "two-sum")
    (ws / "solutions" / "two-sum.py").write_text(ACCEPTED)
    # At a terminal, a first acceptance asks the pattern and the invariant before the notes show them.
    letter = recognition.classify_question("two-sum").letter("hash map")
    code, screen = on_a_terminal(env, ["check"], [("Your answer", letter), ("Enter to skip", "seen maps each value to its index")], offset=10)
    assert code == 0, screen
    assert "rated easy — first try, no hints, optimal class" in screen and "Next review: in 8 days" in screen
    assert screen.index("Which pattern is two-sum?") < screen.index("Your classification beside the notes")
    assert "Why it works" not in screen  # the invariant is shown beside the learner's, not before it
    assert "✓ hash map" in screen and "seen maps each value to its index" in screen
    state = State(ws / ".drill" / "state.sqlite3", create=False)
    assert recognition.classified(state, "two-sum").invariant == "seen maps each value to its index"
    easy = retention.last_review(state, "two-sum")

    drill(env, "start", "climbing-stairs", offset=20)
    assert drill(env, "reveal", "--yes", offset=30).returncode == 0  # the give-up path
    shutil.copy(REPO / "problems" / "climbing-stairs" / "reference.py", ws / "solutions" / "climbing-stairs.py")
    again = js(env, "check", offset=40)["review"]
    assert (easy.rating, again["rating"]) == ("easy", "again")
    assert again["facts"]["revealed"] is True
    assert again["due_at"] < easy.due
    assert again["due_at"] == pytest.approx(again["at"] + 1 * DAY) and easy.due == pytest.approx(easy.at + 8 * DAY)
    listed = {p["slug"]: p["review_due_at"] for p in js(env, "list")["problems"]}
    assert listed == {"two-sum": pytest.approx(easy.due), "climbing-stairs": pytest.approx(again["due_at"]), "rotate-image": None}
    human = drill(env, "list", offset=2 * DAY).stdout
    assert "review" in human and "due" in human and "in 6d" in human
    assert "Review due: climbing-stairs — drill next opens it." in drill(env, offset=2 * DAY).stdout
    assert "climbing-stairs is due for review: drill next opens it" in drill(env, "start", "climbing-stairs", offset=2 * DAY).stdout


def test_a_quiz_is_scored_per_pattern(env):
    asked = js(env, "quiz", "--count", "3", "--seed", "5")
    assert asked["recorded"] is False and len(asked["questions"]) == 3
    assert {q["slug"] for q in asked["questions"]} == set(BANK)
    assert js(env, "quiz", "--count", "3", "--seed", "5") == asked  # repeatable with the seed
    truth = {slug: problems.load(slug).pattern for slug in BANK}
    answers = []
    for q in asked["questions"]:
        right = q["choices"].index(truth[q["slug"]])
        answers.append("abcd"[right] if q["slug"] != "rotate-image" else "abcd"[(right + 1) % 4])
    scored = js(env, "quiz", "--count", "3", "--seed", "5", "--answer", ",".join(answers))
    assert scored["recorded"] is True and scored["score"] == 2 and scored["asked"] == 3
    wrong = next(a for a in scored["answers"] if a["slug"] == "rotate-image")
    assert wrong["correct"] is False and wrong["pattern"] == "matrix traversal" and wrong["signal"]
    assert scored["accuracy"] == {
        "1-D dynamic programming": {"correct": 1, "asked": 1},
        "hash map": {"correct": 1, "asked": 1},
        "matrix traversal": {"correct": 0, "asked": 1},
    }
    human = drill(env, "quiz", "--count", "1", "--seed", "5", "--answer", "hash map")
    assert human.returncode == 0 and "Score:" in human.stdout and "Recognition so far, weakest first: matrix traversal 0/1" in human.stdout
    bad = drill(env, "quiz", "--count", "3", "--seed", "5", "--answer", "a")
    assert bad.returncode == 2 and "3 questions and 1 answers" in bad.stderr
    bad = drill(env, "quiz", "--count", "1", "--seed", "5", "--answer", "hashing")
    assert bad.returncode == 2 and "neither a choice" in bad.stderr and "Traceback" not in bad.stderr


def test_a_follow_up_is_answered_and_scored(env, tmp_path):
    answer = tmp_path / "ws" / "solutions" / "followups" / "two-sum.md"
    r = drill(env, "followup", "two-sum")
    assert r.returncode == 0 and str(answer) in r.stdout and "Question:" in r.stdout
    assert "## Your answer" in answer.read_text() and "feature store" in answer.read_text()
    r = drill(env, "followup", "two-sum", "--done")
    assert r.returncode == 2 and "write your answer" in r.stderr  # nothing written yet
    answer.write_text(answer.read_text() + "Cache per session; single-flight on a miss.\n")
    drill(env, "followup", "two-sum")
    assert answer.read_text().endswith("single-flight on a miss.\n")  # an existing answer is never overwritten
    shown = js(env, "followup", "two-sum", "--done")  # no terminal and no --covered: shown, nothing recorded
    assert shown["recorded"] is False and "single-flight" in shown["strong_answer"]
    assert [p["mentioned"] for p in shown["rubric"]] == [False, False, False, True, False]
    assert 3 <= len(shown["rubric"]) <= 5
    scored = js(env, "followup", "two-sum", "--done", "--covered", "1,4")
    assert scored["recorded"] is True and (scored["score"], scored["total"]) == (2, 5)
    assert [p["covered"] for p in scored["rubric"]] == [True, False, False, True, False]
    r = drill(env, "followup", "two-sum", "--done", "--covered", "all")
    assert r.returncode == 0 and "Your score: 5/5" in r.stdout and "Earlier: 2/5" in r.stdout
    r = drill(env, "followup", "two-sum", "--done", "--covered", "7")
    assert r.returncode == 2 and "from 1 to 5" in r.stderr


RELEASE_DB = REPO / "tests" / "data" / "state-0003.sql"


@needs_fsrs
def test_a_database_of_the_current_release_keeps_its_history_and_gets_reviews(env, tmp_path):
    # Made by drill before 0004_retention (tests/data/state-0003.sql says how): two-sum solved after a wrong
    # check and a hint, climbing-stairs solved first try at the optimal class, rotate-image revealed,
    # 3sum attempted, insert-interval in an ended mock round.
    env = dict(env, DRILL_PROBLEMS=str(REPO / "problems"))
    (tmp_path / "ws" / ".drill").mkdir(parents=True)
    path = tmp_path / "ws" / ".drill" / "state.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(RELEASE_DB.read_text())
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in ("progress", "checks", "hints", "reveals", "mock_rounds")}
    solved = dict(conn.execute("SELECT slug, solved_at FROM progress WHERE solved_at IS NOT NULL"))
    conn.close()

    listed = {p["slug"]: p for p in js(env, "list")["problems"]}
    assert {s: listed[s]["status"] for s in ("two-sum", "climbing-stairs", "rotate-image", "3sum")} == {
        "two-sum": "optimal", "climbing-stairs": "optimal", "rotate-image": "revealed", "3sum": "attempted"}
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY name")] == [name for name, _ in MIGRATIONS]
    for table, rows in before.items():
        assert conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() == rows, table  # history kept as it was
    reviews = {r[0]: r[1:] for r in conn.execute("SELECT slug, at, rating, source FROM reviews")}
    conn.close()
    # Earlier acceptances became reviews, rated from their evidence and dated by FSRS.
    assert reviews == {
        "two-sum": (solved["two-sum"], "hard", "history"),
        "climbing-stairs": (solved["climbing-stairs"], "easy", "history"),
    }
    assert listed["two-sum"]["review_due_at"] == pytest.approx(solved["two-sum"] + 1 * DAY)
    assert listed["climbing-stairs"]["review_due_at"] == pytest.approx(solved["climbing-stairs"] + 8 * DAY)
    assert "Review due: two-sum (and 1 more)" in drill(env).stdout
    step = js(env, "next")
    assert step["kind"] == "review" and step["slug"] == "two-sum"  # the longest overdue first


def test_classify_at_a_terminal_asks_until_the_answer_is_a_choice(env, tmp_path):
    letter = recognition.classify_question("two-sum").letter("hash map")
    code, screen = on_a_terminal(env, ["classify", "two-sum"], [("Your answer", "z"), ("neither a choice", letter), ("Enter to skip", "")])
    assert code == 0, screen
    assert "✓ hash map" in screen and "(not stated)" in screen
    state = State(tmp_path / "ws" / ".drill" / "state.sqlite3", create=False)
    answer = recognition.classified(state, "two-sum")
    assert answer.correct and answer.invariant is None


# ------------------------------------------------------------------ the rules, directly


@pytest.mark.parametrize(
    "evidence, rating",
    [
        (retention.Evidence(0, 0, False, True), "easy"),
        (retention.Evidence(0, 0, False, False), "good"),
        (retention.Evidence(0, 0, False, None), "good"),
        (retention.Evidence(2, 0, False, True), "hard"),
        (retention.Evidence(0, 1, False, True), "hard"),
        (retention.Evidence(0, 0, True, True), "again"),
        (retention.Evidence(3, 3, True, False), "again"),
    ],
)
def test_the_rating_from_the_evidence(evidence, rating):
    assert evidence.rating == rating


def S(slug, category, difficulty, leetcode, pattern=""):
    return Summary(slug, slug, leetcode, category, difficulty, pattern=pattern)


def test_new_work_is_easier_first_within_a_category_with_the_categories_interleaved(tmp_path):
    summaries = [
        S("a-hard", "array", "hard", 1), S("a-easy", "array", "easy", 9), S("a-medium", "array", "medium", 2),
        S("t-medium", "tree", "medium", 5), S("t-easy", "tree", "easy", 7), S("g-medium", "graph", "medium", 3),
    ]
    # array's three sit at 1/6, 3/6, 5/6 of the way, tree's two at 1/4, 3/4, graph's one at 1/2.
    assert [s.slug for s in progression.order(summaries)] == ["a-easy", "t-easy", "a-medium", "g-medium", "t-medium", "a-hard"]
    state = State(tmp_path / "state.sqlite3")
    assert progression.next_problem(state, 0, summaries=summaries) == "a-easy"
    state.write(("INSERT INTO progress (slug, started_at, solved_at) VALUES ('a-easy', 0, 1)", ()))
    assert progression.next_problem(state, 0, summaries=summaries) == "t-easy"
    assert progression.next_problem(state, 0, after="t-easy", summaries=summaries) == "a-medium"


def test_an_active_study_plan_decides_the_next_problem_before_the_banks_order(tmp_path):
    import datetime as dt

    from drill import plan

    summaries = [S("a-easy", "array", "easy", 1), S("t-easy", "tree", "easy", 2), S("t-medium", "tree", "medium", 3)]
    state = State(tmp_path / "state.sqlite3")
    now = dt.datetime(2026, 3, 2, 9).timestamp()
    # A plan over the tree problems only: the bank's first (a-easy) is not in it.
    plan.make(state, summaries[1:], 14, dt.date(2026, 3, 2), None, now)
    assert progression.next_problem(state, now, summaries=summaries) == "t-easy"
    assert retention.choose_next(state, now, summaries).slug == "t-easy"
    state.write(("INSERT INTO progress (slug, started_at, solved_at) VALUES ('t-easy', 0, 1)", ()))
    assert progression.next_problem(state, now, summaries=summaries) == "t-medium"
    state.write(("INSERT INTO progress (slug, started_at, solved_at) VALUES ('t-medium', 0, 1)", ()))
    # The plan is done: the bank's order again.
    assert progression.next_problem(state, now, summaries=summaries) == "a-easy"


def test_distractors_come_from_the_category_first_and_never_repeat_the_answer():
    summaries, _ = problems.catalog()
    vocabulary = problems.patterns()
    tree = {s.pattern for s in summaries if s.category == "tree"} - {"trie"}
    for seed in range(20):
        import random

        picked = recognition.distractors("trie", "tree", summaries, vocabulary, random.Random(seed))
        assert len(picked) == 3 and "trie" not in picked and len(set(picked)) == 3
        assert set(picked) == tree  # the tree category has exactly three other patterns
    # A category with no other pattern draws from the whole vocabulary.
    picked = recognition.distractors("heap", "heap", summaries, vocabulary, random.Random(1))
    assert len(set(picked)) == 3 and "heap" not in picked and set(picked) <= set(vocabulary)
    q = recognition.classify_question("two-sum")
    assert recognition.classify_question("two-sum") == q and recognition.classify_question("two-sum", seed=3).pattern == "hash map"


@needs_fsrs
def test_an_attempt_is_reviewed_once_at_its_first_acceptance(tmp_path):
    state = State(tmp_path / "state.sqlite3")
    accepted = "INSERT INTO checks (slug, at, verdict, stage, passed, total, optimal) VALUES ('two-sum', ?, 'accepted', 'scale', 9, 9, 1)"
    state.write(
        ("INSERT INTO progress (slug, started_at, solved_at) VALUES ('two-sum', 100, 200)", ()),
        ("INSERT INTO checks (slug, at, verdict, stage, passed, total) VALUES ('two-sum', 150, 'judge_error', 'cases', 0, 9)", ()),
        (accepted, (200,)),
    )
    first = retention.review_after_acceptance(state, "two-sum", 200)
    assert first.rating == "easy"  # a judge error is not the learner's wrong submission
    state.write((accepted, (260,)))
    assert retention.review_after_acceptance(state, "two-sum", 260) is None  # the same attempt
    # A new attempt (the clock restarted, as drill next does for a review) is reviewed again.
    state.write(state.restart_clock("two-sum", 1000), (accepted, (1100,)))
    second = retention.review_after_acceptance(state, "two-sum", 1100)
    assert second.reviews == 2 and second.due == pytest.approx(fsrs_due((200, "easy"), (1100, "easy")))


def test_a_review_reopens_with_the_attempt_kept_a_fresh_stub_the_clock_and_no_hints(tmp_path):
    from drill.workspace import Workspace

    ws = Workspace(tmp_path / "ws")
    ws.create()
    state = State(ws.state_path)
    problem = problems.load("two-sum")
    ws.write_solution("two-sum", ACCEPTED)
    state.write(
        ("INSERT INTO progress (slug, started_at, solved_at, hints_shown) VALUES ('two-sum', 100, 200, 3)", ()),
        reviews.store_card("two-sum", 500.0, None),
    )
    backup = retention.open_review(state, ws, problem, 1000)
    assert backup.read_text() == ACCEPTED and ws.solution("two-sum").read_text() == problem.stub
    p = state.progress("two-sum")
    assert (p.started_at, p.hints_shown, p.status) == (1000, 0, "solved")  # the record of the first solve stays
    assert state.current == "two-sum" and reviews.cards(state)["two-sum"].opened_at == 1000


@needs_fsrs
def test_without_fsrs_reviews_are_kept_and_dated_once_it_is_there(tmp_path, monkeypatch):
    state = State(tmp_path / "state.sqlite3")
    state.write(
        ("INSERT INTO progress (slug, started_at, solved_at) VALUES ('two-sum', 100, 200)", ()),
        ("INSERT INTO checks (slug, at, verdict, stage, passed, total, optimal) VALUES ('two-sum', 200, 'accepted', 'scale', 9, 9, 1)", ()),
    )
    monkeypatch.setitem(sys.modules, "fsrs", None)  # `import fsrs` fails, as on Python 3.9
    review = retention.review_after_acceptance(state, "two-sum", 200)
    assert review.rating == "easy" and review.due is None
    assert reviews.cards(state)["two-sum"].due is None
    assert retention.choose_next(state, 300).dated is False
    monkeypatch.delitem(sys.modules, "fsrs")
    assert retention.catch_up(state) == 1
    assert reviews.cards(state)["two-sum"].due == pytest.approx(200 + 8 * DAY)


def test_every_problem_has_a_pattern_and_a_rubric():
    vocabulary = problems.patterns()
    for slug in problems.slugs():
        p = problems.load(slug)
        assert p.pattern in vocabulary, slug
        assert 3 <= len(p.rubric) <= 5, slug
        assert all(problems.phrase_in(point.phrase, p.follow_up["Strong answer"]) for point in p.rubric), slug
