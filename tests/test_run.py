"""`drill run`: the learner's own input (LeetCode's "Run"), its validation, and the check_input hook."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from drill import inputs, notation, problems

REPO = Path(__file__).resolve().parent.parent
ACCEPTED = (REPO / "bench" / "solutions" / "two-sum.py").read_text()


def drill(*args, stdin_text: str | None = None, timeout: float = 120):
    return subprocess.run(
        [sys.executable, "-m", "drill", *args],
        capture_output=True,
        text=True,
        input=stdin_text,
        stdin=None if stdin_text is not None else subprocess.DEVNULL,
        timeout=timeout,
    )


def solve_with(home: Path, slug: str, source: str) -> None:
    (home / "solutions").mkdir(parents=True, exist_ok=True)
    (home / ".drill").mkdir(parents=True, exist_ok=True)
    (home / "solutions" / f"{slug}.py").write_text(source)


def runs_in(home: Path) -> list[tuple]:
    conn = sqlite3.connect(home / ".drill" / "state.sqlite3")
    try:
        return conn.execute("SELECT slug, source, cases, matched, verdicts, input FROM runs ORDER BY id").fetchall()
    finally:
        conn.close()


def test_the_prompts_examples_without_input_and_a_run_is_not_a_check(home):
    assert drill("start", "two-sum").returncode == 0
    r = drill("run", "--json")
    assert r.returncode == 1, r.stderr  # the stub answers nothing
    out = json.loads(r.stdout)
    assert out["source"] == "examples" and out["total"] == 3 and out["matched"] == 0 and out["status"] == "fail"
    first = out["cases"][0]
    assert first["call"] == "nums = [4,11,7,2], target = 9" and first["expected"] == [2, 3]
    assert first["output"] is None and first["match"] is False and first["verdict"] == "wrong_answer"

    (home / "solutions" / "two-sum.py").write_text(ACCEPTED)
    r = drill("run")
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("✓ matches") == 3 and "3/3 cases match the reference" in r.stdout
    assert "Output:   [2,3]" in r.stdout and "Expected: [2,3]" in r.stdout and "µs CPU" in r.stdout
    assert "Running two-sum on 3 cases (the prompt's examples)" in r.stderr
    # Recorded as runs, never as checks: the problem is still only started.
    assert [row[:4] for row in runs_in(home)] == [("two-sum", "examples", 3, 0), ("two-sum", "examples", 3, 3)]
    status = json.loads(drill("status", "--json").stdout)
    assert status["status"] == "started" and status["attempts"] == 0 and status["last_verdict"] is None


PRINTS_AND_FAILS = '''
class Solution:
    def twoSum(self, nums, target):
        print("looking for", target)
        if target == 7:
            return [1 // 0]
        if target == 11:
            return [0, 0]
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
'''


def test_several_cases_from_a_file_each_with_its_own_output_verdict_and_time(home, tmp_path):
    solve_with(home, "two-sum", PRINTS_AND_FAILS)
    box = tmp_path / "box.txt"
    # Three cases: the first two separated by a blank line, the third straight after.
    box.write_text("[2,7,11,15]\n9\n\n[3,4]\n7\n[1,10,5]\n11\n")
    r = drill("run", "two-sum", "--input", str(box), "--json")
    assert r.returncode == 1, r.stderr
    out = json.loads(r.stdout)
    assert out["source"] == "input" and [c["verdict"] for c in out["cases"]] == ["accepted", "runtime_error", "wrong_answer"]
    ok, crash, wrong = out["cases"]
    assert ok["match"] and ok["output"] == [0, 1] and ok["stdout"] == "looking for 9\n"
    assert ok["cpu_seconds"] >= 0 and ok["input"] == "[2,7,11,15]\n9"
    assert crash["output"] is None and crash["expected"] == [0, 1] and "ZeroDivisionError" in crash["message"]
    assert "two-sum.py" in crash["traceback"] and "drill" not in crash["traceback"].replace("two-sum", "")
    assert wrong["output"] == [0, 0] and wrong["expected"] == [0, 1] and not wrong["match"]
    assert runs_in(home)[-1][:5] == ("two-sum", "input", 3, 1, '["accepted", "runtime_error", "wrong_answer"]')
    assert runs_in(home)[-1][5] == box.read_text()

    human = drill("run", "two-sum", "--input", str(box))
    assert "Case 2 ✗ Runtime Error" in human.stdout and "Traceback (your file):" in human.stdout
    assert "Case 3 ✗ differs" in human.stdout and "Your stdout/stderr:" in human.stdout and "looking for 11" in human.stdout
    assert "1/3 cases match the reference (your input; answers compared in any order)" in human.stdout
    assert "Traceback" not in human.stderr


def test_input_from_stdin_a_design_problem_and_a_file_that_does_not_load(home):
    solve_with(home, "implement-trie-prefix-tree", (REPO / "problems" / "implement-trie-prefix-tree" / "reference.py").read_text())
    box = '["Trie","insert","search","startsWith"]\n[[],["cart"],["car"],["car"]]\n'
    r = drill("run", "implement-trie-prefix-tree", "--input", "-", "--json", stdin_text=box)
    assert r.returncode == 0, r.stderr
    case = json.loads(r.stdout)["cases"][0]
    assert case["output"] == [None, None, False, True] and case["match"]
    assert case["call"] == 'operations = ["Trie","insert","search","startsWith"], arguments = [[],["cart"],["car"],["car"]]'

    solve_with(home, "two-sum", "class Solution:\n    def twoSum(self, nums, target)\n        return []\n")
    r = drill("run", "two-sum")
    assert r.returncode == 1
    assert "✗ Compile Error — your file did not load; no case ran" in r.stdout
    assert runs_in(home)[-1][4] == '["compile_error"]'


def test_a_time_limit_is_a_verdict_of_the_case(home):
    solve_with(home, "two-sum", "class Solution:\n    def twoSum(self, nums, target):\n        while target == 0:\n            pass\n        return [0, 1]\n")
    r = drill("run", "two-sum", "--input", "-", "--json", stdin_text="[1,2]\n3\n[-1,1]\n0\n")
    assert r.returncode == 1
    first, second = json.loads(r.stdout)["cases"]
    assert first["verdict"] == "accepted"
    assert second["verdict"] == "time_limit_exceeded" and "no answer within 2 s" in second["message"]


def test_an_input_the_reference_cannot_answer_in_time_is_an_input_error_not_a_hang(home, tmp_path, monkeypatch):
    # A copy of climbing-stairs whose generators check nothing: n = 10^7 gets through, and the
    # reference (big-int Fibonacci) would take minutes. Its own sandboxed worker has a deadline.
    import shutil

    bank = tmp_path / "bank"
    shutil.copytree(REPO / "problems" / "climbing-stairs", bank / "climbing-stairs")
    shutil.copy(REPO / "problems" / "patterns.toml", bank / "patterns.toml")
    gen = bank / "climbing-stairs" / "generators.py"
    gen.write_text(gen.read_text() + "\n\ndef check_input(n):\n    return None\n")
    monkeypatch.setenv("DRILL_PROBLEMS", str(bank))
    solve_with(home, "climbing-stairs", "class Solution:\n    def climbStairs(self, n):\n        return 1\n")
    r = drill("run", "climbing-stairs", "--input", "-", stdin_text="3\n10000000\n", timeout=60)
    assert r.returncode == 2, r.stdout
    error = r.stderr.strip().splitlines()[-1]  # after the "Running ..." line
    assert error.startswith("drill: case 2: the reference cannot answer this input (time limit exceeded)"), r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize(
    "box, message",
    [
        ("[1,2]\n", "case 1 (from line 1) lacks target: each case is 2 lines (nums, target)"),
        ("[1,2]\n3\n[1,2\n4\n", "line 3 (nums, case 2): not JSON (Expecting ',' delimiter at column 5)"),
        ("[1,2]\n'3'\n", "line 2 (target, case 1): not JSON (strings take double quotes)"),
        ("[True, False]\n3\n", "line 1 (nums, case 1): not JSON (write true and false in lower case)"),
        ('[1,2]\n"3"\n', 'line 2 (target, case 1): target is a string ("3"); it takes a whole number'),
        ('[1,"a"]\n3\n', 'line 1 (nums, case 1): nums[1] is a string ("a"); it takes a whole number'),
        ("[1,2]\n3.0\n", "line 2 (target, case 1): target is 3.0; it takes a whole number (write 3)"),
        ("\n\n", "the input is empty: give one line per parameter (nums, target)"),
        ("[1,2]\n3\n\n[5]\n5\n", "line 4 (nums, case 2): nums has 1 number; it takes 2 to 10^4 (the prompt's constraints)"),
        ("[3,3,3]\n6\n", "case 1 (lines 1-2): 3 pairs of numbers in nums add up to target (6); exactly one must"),
    ],
)
def test_bad_input_is_one_line_naming_the_line_and_the_parameter(home, box, message):
    solve_with(home, "two-sum", ACCEPTED)
    r = drill("run", "two-sum", "--input", "-", stdin_text=box)
    assert r.returncode == 2, r.stdout
    assert r.stderr.startswith(f"drill: {message}") and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert r.stdout == "" and "Traceback" not in r.stderr


def test_missing_files_and_unknown_problems(home, tmp_path):
    r = drill("run", "two-sum")
    assert r.returncode == 2 and "does not exist: start the problem with `drill start two-sum`" in r.stderr
    solve_with(home, "two-sum", ACCEPTED)
    r = drill("run", "two-sum", "--input", str(tmp_path / "nowhere.txt"))
    assert r.returncode == 2 and "no such file" in r.stderr
    r = drill("run", "two-sun")
    assert r.returncode == 2 and "did you mean two-sum" in r.stderr


# ---------------------------------------------------------------- validation, without the CLI


def read(slug: str, text: str):
    return inputs.read(problems.load(slug), text)


def refusal(slug: str, text: str) -> str:
    with pytest.raises(inputs.InputError) as e:
        read(slug, text)
    return e.value.message


def test_shapes_of_the_structures():
    assert refusal("invert-binary-tree", "[1,null,null,2]") == (
        "line 1 (root, case 1): root[3] is 2 but no node is left to hang it on "
        "(level order lists the children of present nodes only)"
    )
    assert refusal("invert-binary-tree", "[null,1]").startswith("line 1 (root, case 1): root starts with null but goes on")
    assert [c.values for c in read("invert-binary-tree", "[]\n[1,null,2,3]\n[null]")] == [[[]], [[1, None, 2, 3]], [[None]]]
    assert refusal("clone-graph", "[[2],[3]]") == "line 1 (node, case 1): node 2 lists 3 as a neighbour; nodes are numbered 1 to 2"
    assert refusal("meeting-rooms", "[[1,2,3]]") == (
        "line 1 (intervals, case 1): intervals[0] is [1,2,3]; an interval is a pair of whole numbers [start, end]"
    )
    assert refusal("merge-two-sorted-lists", "[1,2]\n[1,null]") == (
        "line 2 (list2, case 1): list2[1] is null (null); a linked list holds whole numbers"
    )
    assert refusal("number-of-islands", '[["1",1]]') == (
        "line 1 (grid, case 1): grid[0][1] is a whole number (1); it takes a string in double quotes"
    )
    lca = "lowest-common-ancestor-of-a-binary-search-tree"
    assert refusal(lca, "[6,2,8]\n2\n9") == "line 3 (q, case 1): q = 9 is not a value of root"
    assert refusal("linked-list-cycle", "[3,2,0]\n3") == (
        "line 2 (pos, case 1): pos = 3 is outside head (3 nodes): use -1 for no cycle or an index from 0 to 2"
    )


def test_design_operations_and_arguments():
    trie = "implement-trie-prefix-tree"
    assert refusal(trie, '["insert"]\n[["a"]]') == (
        'line 1 (operations, case 1): operations[0] is "insert"; the first operation is the constructor, "Trie"'
    )
    assert refusal(trie, '["Trie","serch"]\n[[],["a"]]') == (
        'line 1 (operations, case 1): operations[1] is "serch"; Trie has no such operation (Trie, insert, search, startsWith)'
    )
    assert refusal(trie, '["Trie","search"]\n[[],["a","b"]]') == (
        'line 2 (arguments, case 1): arguments[1] is ["a","b"]; search takes 1 argument (word)'
    )
    assert refusal(trie, '["Trie","search"]\n[[],[5]]') == (
        "line 2 (arguments, case 1): arguments[1][0] (word of search) is a whole number (5); it takes a string in double quotes"
    )
    assert refusal(trie, '["Trie","search"]\n[[]]') == (
        "case 1 (lines 1-2): operations has 2 entries and arguments 1: one list of arguments per operation"
    )
    assert refusal(trie, '["Trie","search"]\n[[],["Apple"]]') == (
        "line 2 (arguments, case 1): arguments[1] is 'Apple'; words and prefixes hold lowercase English letters only"
        " (the prompt's constraints)"
    )


TEN = (
    "two-sum 3sum valid-parentheses merge-two-sorted-lists invert-binary-tree implement-trie-prefix-tree "
    "clone-graph number-of-islands meeting-rooms coin-change"
).split()

OUTSIDE = {
    "two-sum": ("[1,2]\n4", "no two numbers of nums add up to target (4); exactly one pair must"),
    "3sum": ("[1,100001,2]", "nums[1] is 100,001; every number is from -10^5 to 10^5"),
    "valid-parentheses": ('"(a)"', "s holds 'a' at index 1; it holds only the characters ()[]{}"),
    "merge-two-sorted-lists": ("[3,1]\n[]", "list1 is not sorted: 3 comes before 1 (positions 0 and 1)"),
    "invert-binary-tree": ("[1,2,101]", "root holds 101; every value is from -100 to 100"),
    "implement-trie-prefix-tree": ('["Trie","insert"]\n[[],[""]]', "arguments[1] holds a word of 0 letters; a word or prefix has 1 to 2,000"),
    "clone-graph": ("[[2],[]]", "node 1 lists 2 but node 2 does not list 1; edges are undirected"),
    "number-of-islands": ('[["1","0"],["1"]]', "grid[1] has 1 cells and grid[0] 2; every row has the same length"),
    "meeting-rooms": ("[[5,5]]", "intervals[0] is [5,5]; every meeting has 0 <= start < end <= 10^6"),
    "coin-change": ("[1,2,2]\n3", "coins holds 2 twice; the denominations are distinct"),
}


@pytest.mark.parametrize("slug", TEN)
def test_check_input_takes_the_bank_s_inputs_and_names_what_breaks_the_constraints(slug):
    p = problems.load(slug)
    assert p.input_check() is not None
    for case in p.cases:
        assert inputs.problem_with(p, case.inputs) is None, case.name
    for values, _ in notation.examples(p.prompt):
        assert inputs.problem_with(p, values) is None, values
    text, message = OUTSIDE[slug]
    bad = inputs.problem_with(p, notation.parse_lines(text))
    assert bad is not None and bad.constraint and bad.message == message


def test_every_problem_of_the_bank_checks_its_constraints():
    summaries, broken = problems.catalog()
    assert not broken
    missing = [s.slug for s in summaries if problems.load(s.slug).input_check() is None]
    assert missing == [], f"no check_input in generators.py: {missing}"


def test_clone_graph_constraints():
    p = problems.load("clone-graph")
    said = {text: inputs.problem_with(p, [json.loads(text)]) for text in ("[[1]]", "[[2,2],[1,1]]", "[[2],[1],[]]", "[]", "[[]]")}
    assert said["[[1]]"].message == "node 1 lists itself; no node is its own neighbour"
    assert said["[[2,2],[1,1]]"].message == "node 1 lists 2 twice; no edge appears twice"
    assert said["[[2],[1],[]]"].message == "node 3 cannot be reached from node 1; every node must be"
    assert said["[]"] is None and said["[[]]"] is None


def test_every_input_of_the_bank_is_well_formed():
    # The shape rules refuse nothing the bank's own cases and prompt examples hold (every problem, not only the ten).
    for slug in problems.slugs():
        p = problems.load(slug)
        for case in p.cases:
            assert inputs.malformed(p, case.inputs) is None, (slug, case.name)
        for values, _ in notation.examples(p.prompt):
            assert inputs.malformed(p, values) is None, (slug, values)


def test_verify_holds_cases_and_random_inputs_to_check_input(tmp_bank):
    from drill import verify

    folder = tmp_bank("two-sum")
    text = (folder / "generators.py").read_text()
    (folder / "generators.py").write_text(text.replace("if not 2 <= len(nums) <= 10**4:", "if not 2 <= len(nums) <= 3:"))
    result = verify.verify_part("two-sum", "static")
    bad = {s.name: s.detail for s in result.steps if not s.ok}
    assert set(bad) == {"inputs", "agree"}
    assert bad["inputs"].startswith("cases.toml: 'negative numbers': nums has 4 numbers; it takes 2 to 10^4; ")
    assert "'pair at the ends': nums has 5 numbers; it takes 2 to 10^4" in bad["inputs"]
    assert bad["agree"].startswith("random_input() gives nums = [")
    assert bad["agree"].endswith("which the problem does not take: nums has 4 numbers; it takes 2 to 10^4")


def test_a_broken_check_input_is_the_author_s_fault(tmp_bank, tmp_path):
    from drill.errors import JudgeError

    folder = tmp_bank("two-sum")
    text = (folder / "generators.py").read_text()
    (folder / "generators.py").write_text(text.replace("    counts = {}\n", "    counts = {}[0]\n"))
    with pytest.raises(JudgeError, match=r"generators.py: check_input failed on \[\[1,2\],3\]: KeyError: 0"):
        inputs.problem_with(problems.load("two-sum"), [[1, 2], 3])  # verify reports it as a failed step
    ws = tmp_path / "ws"
    env = dict(os.environ, DRILL_HOME=str(ws), DRILL_PROBLEMS=str(tmp_bank.bank))
    solve_with(ws, "two-sum", ACCEPTED)
    r = subprocess.run([sys.executable, "-m", "drill", "run", "two-sum", "--input", "-"], input="[1,2]\n3\n", capture_output=True, text=True, env=env)
    assert r.returncode == 3 and "check_input failed" in r.stderr and "not your input's" in r.stderr
    assert "Traceback" not in r.stderr
