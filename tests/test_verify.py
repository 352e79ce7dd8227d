"""`drill verify`: the author's checks catch each kind of broken problem folder."""

from __future__ import annotations

import shutil

from drill import notation, verify

STEPS = ["folder", "cases", "inputs", "agree", "examples", "hints", "reference", "stub", "mutants", "brute at scale"]


def failing(result: verify.Result) -> dict[str, str]:
    return {s.name: s.detail for s in result.steps if not s.ok}


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_two_sum_passes_every_step():
    result = verify.verify_one("two-sum")
    assert failing(result) == {}
    assert result.ok
    assert [s.name for s in result.steps] == STEPS
    details = {s.name: s.detail for s in result.steps}
    assert details["agree"] == str(verify.AGREE_EXAMPLES)
    assert details["examples"] == "3"
    assert details["stub"] == "wrong_answer"
    assert details["mutants"] == "5/5"
    assert result.to_dict()["ok"] is True


def test_a_wrong_expected_answer_fails_the_cases_step(tmp_bank):
    folder = tmp_bank("two-sum")
    edit(folder / "cases.toml", 'expected = "[0,1]"', 'expected = "[1,1]"')
    result = verify.verify_one("two-sum")
    bad = failing(result)
    assert bad["cases"] == "'smallest input': expected [1, 1] but the reference gives [0, 1]"
    # The other author checks do not depend on that case.
    for ok in ("folder", "agree", "examples", "hints", "stub"):
        assert ok not in bad
    assert not result.ok


def test_a_solved_stub_fails_the_stub_step(tmp_bank):
    folder = tmp_bank("two-sum")
    shutil.copy(folder / "reference.py", folder / "stub.py")
    result = verify.verify_one("two-sum")
    assert failing(result) == {"stub": "the stub is accepted: the exercise ships solved"}


def test_a_mutant_declaring_the_wrong_verdict_fails_the_mutants_step(tmp_bank):
    folder = tmp_bank("two-sum")
    edit(folder / "mutants" / "value_set.py", "# verdict: wrong_answer", "# verdict: runtime_error")
    result = verify.verify_one("two-sum")
    bad = failing(result)
    assert list(bad) == ["mutants"]
    assert bad["mutants"].startswith("mutants/value_set.py declares runtime_error but got wrong_answer")


def test_a_wrong_prompt_example_fails_the_examples_step(tmp_bank):
    folder = tmp_bank("two-sum")
    edit(folder / "prompt.md", "Output: [2,3]", "Output: [1,3]")
    result = verify.verify_one("two-sum")
    bad = failing(result)
    assert list(bad) == ["examples"]
    assert "says [1, 3], the reference gives [2, 3]" in bad["examples"]


def test_a_broken_folder_stops_at_the_folder_step(tmp_bank):
    folder = tmp_bank("two-sum")
    edit(folder / "problem.toml", 'method = "twoSum"\n', "")
    result = verify.verify_one("two-sum")
    assert [(s.name, s.ok) for s in result.steps] == [("folder", False)]
    assert result.steps[0].detail == "problems/two-sum/problem.toml: entry.method is missing"


def test_examples_are_parsed_as_leetcode_writes_them():
    prompt = "Example\n\n    Input: nums = [2,7,11,15], target = 9\n    Output: [0,1]\n\n`Input: s = \"a, b\"`\n`Output: true`\n"
    assert notation.examples(prompt) == [([[2, 7, 11, 15], 9], [0, 1]), (["a, b"], True)]
    assert notation.parse_example('["Trie","insert"], [[],["apple"]]') == [["Trie", "insert"], [[], ["apple"]]]


def test_a_brute_force_that_disagrees_fails_the_agree_step(tmp_bank):
    folder = tmp_bank("two-sum")
    edit(folder / "brute.py", "return [i, j]", "return [j, i] if i else [i, i]")
    bad = failing(verify.verify_one("two-sum"))
    assert "agree" in bad
    assert bad["agree"].startswith("reference and brute force disagree on nums = ")


def test_a_hint_holding_a_line_of_the_reference_fails_the_hints_step(tmp_bank):
    folder = tmp_bank("two-sum")
    edit(folder / "notes.md", "3. At index `i`", "3. Write `j = seen.get(target - x)`. At index `i`")
    bad = failing(verify.verify_one("two-sum"))
    assert list(bad) == ["hints"]
    assert bad["hints"] == "hint 3 contains a line of the reference: 'j = seen.get(target - x)'"


def test_a_reference_that_fails_its_own_checks_fails_the_reference_step(tmp_bank):
    folder = tmp_bank("two-sum")
    # Right on every short list (cases, random inputs, examples), broken on the long ones of the scale stage.
    edit(folder / "reference.py", "        seen = {}\n", "        seen = {}\n        if len(nums) > 1000:\n            raise ValueError('too long')\n")
    bad = failing(verify.verify_one("two-sum"))
    assert "reference" in bad
    assert bad["reference"].startswith("the reference got judge_error at scale: the reference failed at scale, n = ")


def test_a_brute_force_as_fast_as_the_reference_fails_the_brute_step(tmp_bank):
    folder = tmp_bank("two-sum")
    shutil.copy(folder / "reference.py", folder / "brute.py")
    bad = failing(verify.verify_one("two-sum"))
    assert list(bad) == ["brute at scale"]
    assert bad["brute at scale"].startswith("the brute force got accepted")


def test_generators_without_scale_input_fail_the_folder_step(tmp_bank, drill):
    folder = tmp_bank("two-sum")
    edit(folder / "generators.py", "def scale_input(", "def scale_inputs(")
    result = verify.verify_one("two-sum")
    assert [(s.name, s.ok) for s in result.steps] == [("folder", False)]
    assert result.steps[0].detail == "problems/two-sum/generators.py: defines no scale_input()"
    # drill check says so too: a judge error naming the defect, never an internal error.
    r = drill("check", "two-sum", "--file", str(folder / "reference.py"), "--json")
    assert r.returncode == 1, r.stderr
    report = __import__("json").loads(r.stdout)
    assert report["verdict"] == "judge_error" and "defines no scale_input()" in report["message"]


def test_a_missing_rubric_or_rubric_point_fails_the_folder_step_clearly(tmp_bank, drill):
    folder = tmp_bank("two-sum")
    edit(folder / "follow-up.md", "Fill misses with single-flight", "Fill misses with one fetch")
    defect = "problems/two-sum/follow-up.md: rubric key phrase 'single-flight' does not appear in the strong answer"
    assert failing(verify.verify_one("two-sum")) == {"folder": defect}
    r = drill("verify", "two-sum")
    assert r.returncode == 1 and f"folder: {defect}" in r.stdout and "0/1 problems verified" in r.stdout
    text = (folder / "follow-up.md").read_text()
    (folder / "follow-up.md").write_text(text[: text.index("## Rubric")])
    assert failing(verify.verify_one("two-sum")) == {"folder": "problems/two-sum/follow-up.md: section '## Rubric' is missing or empty"}
