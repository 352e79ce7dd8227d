"""The problem loader (every defect named by file and field) and the runtime's value notation."""

from __future__ import annotations

import builtins
import math
import re
import typing

import pytest

from drill import problems, runtime
from drill.errors import DrillError
from drill.problems import ProblemError
from drill.verdicts import Verdict

# ---------------------------------------------------------------- the loader


def defects_of(slug: str = "two-sum") -> list[str]:
    with pytest.raises(ProblemError) as info:
        problems.load(slug)
    assert info.value.code != 0
    return info.value.defects


def edit(path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_the_copied_problem_loads(tmp_bank):
    folder = tmp_bank("two-sum")
    p = problems.load("two-sum")
    assert p.folder == folder
    assert p.slug == "two-sum" and p.title == "Two Sum" and p.leetcode == 1
    assert p.spec["kind"] == "method" and p.spec["method"] == "twoSum"
    assert [c["name"] for c in p.params] == ["nums", "target"]
    assert p.compare["kind"] == "any_order"
    assert len(p.cases) >= 8 and all(c.has_expected for c in p.cases)
    assert p.cases[0].inputs == [[1, 2], 3] and p.cases[0].expected == [0, 1]
    assert len(p.hints) == 3 and len(p.mistakes) >= 3
    assert {m.verdict for m in p.mutants} <= {*Verdict.learner_failures(), Verdict.ACCEPTED}
    assert all(m.optimal is False for m in p.mutants if m.verdict is Verdict.ACCEPTED)
    assert problems.slugs() == ["two-sum"]


def test_missing_entry_method(tmp_bank):
    folder = tmp_bank("two-sum")
    edit(folder / "problem.toml", 'method = "twoSum"\n', "")
    assert defects_of() == ["problems/two-sum/problem.toml: entry.method is missing"]


def test_invalid_toml(tmp_bank):
    folder = tmp_bank("two-sum")
    (folder / "problem.toml").write_text('format = 1\nslug = "two-sum\n', encoding="utf-8")
    defects = defects_of()
    assert len(defects) == 1
    assert defects[0].startswith("problems/two-sum/problem.toml: is not valid TOML (")


def test_fewer_than_eight_cases(tmp_bank):
    folder = tmp_bank("two-sum")
    path = folder / "cases.toml"
    blocks = path.read_text(encoding="utf-8").split("[[case]]")
    path.write_text("[[case]]".join(blocks[:8]), encoding="utf-8")  # a preamble and 7 cases
    assert defects_of() == ["problems/two-sum/cases.toml: has 7 cases; at least 8 are needed"]


def test_case_input_not_json(tmp_bank):
    folder = tmp_bank("two-sum")
    edit(folder / "cases.toml", '"""\n[1,2]\n3\n"""', '"""\n[1,2\n3\n"""')
    defects = defects_of()
    assert len(defects) == 1
    assert defects[0].startswith(
        "problems/two-sum/cases.toml: case 1 ('smallest input'): input is not one JSON value per line ("
    )


def test_case_with_the_wrong_number_of_lines(tmp_bank):
    folder = tmp_bank("two-sum")
    edit(folder / "cases.toml", '"""\n[1,2]\n3\n"""', '"""\n[1,2]\n"""')
    assert defects_of() == [
        "problems/two-sum/cases.toml: case 1 ('smallest input'): input has 1 lines, the entry takes 2"
    ]


@pytest.mark.parametrize("text", ['case = "smallest input"\n', "case = 8\n"], ids=["string", "number"])
def test_cases_toml_of_the_wrong_shape(tmp_bank, text):
    folder = tmp_bank("two-sum")
    (folder / "cases.toml").write_text(text, encoding="utf-8")
    defects = defects_of()
    assert defects and all(d.startswith("problems/two-sum/cases.toml: ") for d in defects)
    assert "problems/two-sum/cases.toml: has 0 cases; at least 8 are needed" in defects


def test_mutant_without_a_verdict_line(tmp_bank):
    folder = tmp_bank("two-sum")
    (folder / "mutants" / "no_verdict.py").write_text(
        "# mistake: forgets to say what it should get\nclass Solution:\n    def twoSum(self, nums, target):\n        return []\n",
        encoding="utf-8",
    )
    assert defects_of() == ["problems/two-sum/mutants/no_verdict.py: first lines lack '# verdict: <verdict>'"]


def test_mutant_with_an_unknown_verdict(tmp_bank):
    folder = tmp_bank("two-sum")
    (folder / "mutants" / "odd.py").write_text(
        "# verdict: judge_error\n# mistake: none at all\nclass Solution:\n    pass\n", encoding="utf-8"
    )
    defects = defects_of()
    assert len(defects) == 1
    assert defects[0].startswith("problems/two-sum/mutants/odd.py: verdict 'judge_error' is not one of wrong_answer,")


def test_an_accepted_mutant_must_declare_that_it_is_not_optimal(tmp_bank):
    folder = tmp_bank("two-sum")
    (folder / "mutants" / "odd.py").write_text(
        "# verdict: accepted\n# mistake: none at all\nclass Solution:\n    pass\n", encoding="utf-8"
    )
    assert defects_of() == [
        "problems/two-sum/mutants/odd.py: an accepted mutant is a mistake only of complexity: declare '# optimal: false'"
    ]
    (folder / "mutants" / "odd.py").write_text(
        "# verdict: accepted\n# optimal: false\n# mistake: quadratic\nclass Solution:\n    pass\n", encoding="utf-8"
    )
    odd = next(m for m in problems.load("two-sum").mutants if m.path.name == "odd.py")
    assert odd.verdict is Verdict.ACCEPTED and odd.optimal is False


def test_stray_file(tmp_bank):
    folder = tmp_bank("two-sum")
    (folder / "solution.py").write_text("", encoding="utf-8")
    assert defects_of() == ["problems/two-sum/solution.py: stray file (not part of the problem format)"]


def test_missing_required_file(tmp_bank):
    folder = tmp_bank("two-sum")
    (folder / "brute.py").unlink()
    assert defects_of() == ["problems/two-sum/brute.py: file is missing"]


def test_missing_notes_section(tmp_bank):
    folder = tmp_bank("two-sum")
    edit(folder / "notes.md", "## Invariant\n", "")
    assert defects_of() == ["problems/two-sum/notes.md: section '## Invariant' is missing or empty"]


def test_wrong_hint_count(tmp_bank):
    folder = tmp_bank("two-sum")
    path = folder / "notes.md"
    text = path.read_text(encoding="utf-8")
    third = re.search(r"^3\. .*$", text, re.M)
    assert third is not None
    path.write_text(text[: third.start()] + text[third.end() :], encoding="utf-8")
    assert defects_of() == ["problems/two-sum/notes.md: Hints should be a numbered list of 3 hints, found 2"]


def test_every_defect_is_reported_at_once(tmp_bank):
    folder = tmp_bank("two-sum")
    edit(folder / "problem.toml", 'method = "twoSum"\n', "")
    edit(folder / "problem.toml", 'difficulty = "easy"', 'difficulty = "trivial"')
    (folder / "notes.txt").write_text("", encoding="utf-8")
    with pytest.raises(ProblemError) as info:
        problems.load("two-sum")
    assert info.value.defects == [
        "problems/two-sum/problem.toml: difficulty 'trivial' should be easy, medium or hard",
        "problems/two-sum/problem.toml: entry.method is missing",
        "problems/two-sum/notes.txt: stray file (not part of the problem format)",
    ]
    assert info.value.message == f"{info.value.defects[0]} (and 2 more)"


def test_a_broken_generator_is_a_problem_defect(tmp_bank):
    folder = tmp_bank("two-sum")
    (folder / "generators.py").write_text("import no_such_module_for_drill\n", encoding="utf-8")
    p = problems.load("two-sum")  # loading reads no author code
    with pytest.raises(ProblemError) as info:
        p.generators()
    assert info.value.defects[0].startswith("problems/two-sum/generators.py: ModuleNotFoundError")


def test_unknown_slug_suggests_close_names(tmp_bank):
    tmp_bank("two-sum")
    with pytest.raises(DrillError) as info:
        problems.load("two-summ")
    assert info.value.code == 2
    assert info.value.message == "unknown problem 'two-summ'; did you mean two-sum?"
    with pytest.raises(DrillError) as info:
        problems.resolve("zzzz")
    assert "`drill list`" in info.value.message


def test_resolve_by_leetcode_number(tmp_bank):
    tmp_bank("two-sum")
    assert problems.resolve("1") == "two-sum"
    assert problems.resolve("two-sum") == "two-sum"


def test_drill_verify_on_a_broken_folder(tmp_bank, drill):
    folder = tmp_bank("two-sum")
    edit(folder / "problem.toml", 'method = "twoSum"\n', "")
    proc = drill("verify", "two-sum")
    assert proc.returncode == 1
    out = proc.stdout + proc.stderr
    assert "two-sum" in out
    assert "folder: problems/two-sum/problem.toml: entry.method is missing" in out
    assert "Traceback" not in out


def test_drill_verify_json_on_a_broken_folder(tmp_bank, drill):
    import json

    folder = tmp_bank("two-sum")
    (folder / "cases.toml").write_text("[[case]\n", encoding="utf-8")
    proc = drill("verify", "two-sum", "--json")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    data = json.loads(proc.stdout)
    assert data["ok"] is False
    (result,) = data["problems"]
    assert result["slug"] == "two-sum" and result["ok"] is False
    (step,) = result["steps"]
    assert step["name"] == "folder" and not step["ok"]
    assert step["detail"].startswith("problems/two-sum/cases.toml: is not valid TOML")


# ---------------------------------------------------------------- runtime: notation <-> objects


def test_list_round_trip():
    head = runtime.build("Optional[ListNode]", [1, 2, 3])
    assert isinstance(head, runtime.ListNode)
    assert [head.val, head.next.val, head.next.next.val] == [1, 2, 3]
    assert head.next.next.next is None
    assert runtime.read("Optional[ListNode]", head) == [1, 2, 3]
    assert runtime.build("ListNode", []) is None
    assert runtime.read("ListNode", None) == []


def test_list_of_lists_round_trip():
    lists = runtime.build("List[Optional[ListNode]]", [[1, 4], [], [2]])
    assert lists[1] is None and lists[0].next.val == 4
    assert runtime.read("List[Optional[ListNode]]", lists) == [[1, 4], [], [2]]


def test_long_list_round_trip_is_iterative():
    values = list(range(200_000))
    assert runtime.read("ListNode", runtime.build("ListNode", values)) == values


def test_tree_round_trip_in_level_order():
    root = runtime.build("Optional[TreeNode]", [1, None, 2, 3])
    assert root.val == 1 and root.left is None
    assert root.right.val == 2 and root.right.left.val == 3 and root.right.right is None
    assert runtime.read("TreeNode", root) == [1, None, 2, 3]
    values = [5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1]
    assert runtime.read("TreeNode", runtime.build("TreeNode", values)) == values
    assert runtime.build("TreeNode", []) is None
    assert runtime.read("TreeNode", None) == []


def test_tree_trailing_nulls_are_trimmed():
    root = runtime.build("TreeNode", [1, 2, None, None, None])
    assert runtime.read("TreeNode", root) == [1, 2]
    lone = runtime.TreeNode(7, runtime.TreeNode(8))
    assert runtime.read("TreeNode", lone) == [7, 8]


def test_deep_tree_round_trip_is_iterative():
    values = [0]
    for v in range(1, 100_000):
        values += [None, v]
    assert runtime.read("TreeNode", runtime.build("TreeNode", values)) == values


def test_graph_round_trip_and_shared_nodes():
    adjacency = [[2, 4], [1, 3], [2, 4], [1, 3]]
    ctx: dict = {}
    start = runtime.build("Node", adjacency, ctx)
    assert isinstance(start, runtime.Node) and start.val == 1
    assert [n.val for n in start.neighbors] == [2, 4]
    assert start.neighbors[0].neighbors[0] is start
    assert runtime.read("Node", start) == adjacency
    with pytest.raises(runtime.Refused, match="shares 4 node"):
        runtime.read("Node", start, ctx)  # the input itself handed back: every node is an input node
    copy = runtime.build("Node", adjacency)  # a separate graph, not recorded in ctx
    assert runtime.read("Node", copy, ctx) == adjacency
    assert runtime.build("Node", []) is None
    assert runtime.read("Node", None) == []
    assert runtime.read("Node", runtime.build("Node", [[]])) == [[]]


def test_list_with_a_cycle_is_refused():
    head = runtime.build_list([1, 2, 3], cycle_pos=1)
    assert head.next.next.next is head.next
    with pytest.raises(runtime.ResultError, match="cycle"):
        runtime.read("ListNode", head)
    selfloop = runtime.ListNode(1)
    selfloop.next = selfloop
    with pytest.raises(runtime.ResultError, match="cycle"):
        runtime.read_list(selfloop)
    assert runtime.read("ListNode", runtime.build_list([1, 2, 3], cycle_pos=-1)) == [1, 2, 3]


def test_tree_reaching_a_node_twice_is_refused():
    leaf = runtime.TreeNode(2)
    with pytest.raises(runtime.ResultError, match="twice"):
        runtime.read("TreeNode", runtime.TreeNode(1, leaf, leaf))
    root = runtime.TreeNode(1)
    root.left = root
    with pytest.raises(runtime.ResultError):
        runtime.read("TreeNode", root)


def test_graph_values_must_be_one_to_n():
    a, b = runtime.Node(1), runtime.Node(3)
    a.neighbors, b.neighbors = [b], [a]
    with pytest.raises(runtime.ResultError, match="1..n"):
        runtime.read("Node", a)


def test_objects_without_the_node_shape_are_refused_in_the_learners_terms():
    with pytest.raises(runtime.ResultError, match="the returned node is a list, which has no .val"):
        runtime.read("ListNode", [1, 2])
    with pytest.raises(runtime.ResultError, match="the returned node is a ListNode, which has no .left"):
        runtime.read("TreeNode", runtime.ListNode(1))
    with pytest.raises(runtime.ResultError, match="node values are ints"):
        runtime.read("TreeNode", runtime.TreeNode(1.5))


class OwnListNode:
    """A learner's own class: LeetCode's old shape, one argument."""

    def __init__(self, x):
        self.val = x
        self.next = None


class OwnTreeNode:
    __slots__ = ("val", "left", "right")

    def __init__(self, val=0, left=None, right=None):
        self.val, self.left, self.right = val, left, right


class OwnNode:
    def __init__(self, val, neighbors):
        self.val, self.neighbors = val, neighbors


def test_answers_are_read_back_by_shape_whatever_class_built_them():
    head = OwnListNode(1)
    head.next = OwnListNode(2)
    assert runtime.read("ListNode", head) == [1, 2]
    root = OwnTreeNode(1, None, OwnTreeNode(2))
    assert runtime.read("TreeNode", root) == [1, None, 2]
    a, b = OwnNode(1, []), OwnNode(2, [])
    a.neighbors, b.neighbors = [b], [a]
    assert runtime.read("Node", a) == [[2], [1]]
    # Every guard still holds for foreign classes: cycles, shared nodes, value types.
    head.next.next = head
    with pytest.raises(runtime.ResultError, match="cycle"):
        runtime.read("ListNode", head)
    root.left = root.right
    with pytest.raises(runtime.ResultError, match="twice"):
        runtime.read("TreeNode", root)


def test_inputs_are_built_with_the_learners_own_classes():
    ctx = {"classes": {"ListNode": OwnListNode, "TreeNode": OwnTreeNode, "Node": OwnNode}}
    head = runtime.build("ListNode", [1, 2, 3], ctx)
    assert type(head) is OwnListNode and type(head.next.next) is OwnListNode and head.next.next.next is None
    root = runtime.build("TreeNode", [1, None, 2], ctx)
    assert type(root) is OwnTreeNode and root.left is None and type(root.right) is OwnTreeNode
    start = runtime.build("Node", [[2], [1]], ctx)
    assert type(start) is OwnNode and start.neighbors[0].neighbors[0] is start  # old two-argument shape

    class Unbuildable:
        def __init__(self):  # takes no value: inputs fall back to drill's own class
            pass

    assert type(runtime.build("ListNode", [1], {"classes": {"ListNode": Unbuildable}})) is runtime.ListNode


def test_node_values_held_as_str_are_read_as_ints_with_a_slip():
    ctx: dict = {}
    assert runtime.read("TreeNode", runtime.TreeNode("0", runtime.TreeNode("-12")), ctx) == [0, -12]
    assert ctx["slips"] == [runtime.STR_NODE_VALUES]
    for odd in ("007", "1.5", "x", " 3"):  # not an int as LeetCode would print one: refused
        with pytest.raises(runtime.ResultError, match="node values are ints"):
            runtime.read("TreeNode", runtime.TreeNode(odd), {})


def test_intervals_work_as_pairs_and_as_objects():
    intervals = runtime.build("List[Interval]", [[5, 10], [0, 30]])
    assert [iv.start for iv in intervals] == [5, 0] and [iv[1] for iv in intervals] == [10, 30]
    intervals.sort()
    assert intervals == [[0, 30], [5, 10]]
    start, end = intervals[0]
    assert (start, end) == (0, 30)
    intervals[1].end = 12
    assert intervals[1] == [5, 12] and runtime.read("List[Interval]", intervals) == [[0, 30], [5, 12]]
    assert runtime.prelude()["Interval"] is runtime.Interval


def test_node_references_pick_the_node_and_answers_must_be_members():
    root = runtime.build("TreeNode", [6, 2, 8, 0, 4])
    node = runtime.node_with_value(root, 4)
    assert node is root.left.right
    assert runtime.read_member(node, root, "tree root") == 4
    with pytest.raises(runtime.Refused, match="yours holds 4 but is not one of them") as info:
        runtime.read_member(runtime.TreeNode(4), root, "tree `root`")
    assert info.value.value == 4  # shown as the learner's output
    with pytest.raises(runtime.ResultError, match="must be a node of the tree `root` you were given, not int 4"):
        runtime.read_member(4, root, "tree `root`")


def test_an_in_place_list_must_be_relinked_not_rebuilt():
    head = runtime.build("ListNode", [1, 2, 3])
    given = runtime.given_nodes(head)
    head.next.next, head.next = None, head.next.next  # relinked: 1 -> 3, 2 dropped
    head.next.next = None
    runtime.check_relinked(head, given)  # only given nodes, values kept: fine
    head.next = runtime.ListNode(3)
    with pytest.raises(runtime.Refused, match="new node"):
        runtime.check_relinked(head, given)
    head = runtime.build("ListNode", [1, 2])
    given, ctx = runtime.given_nodes(head), {}
    head.val, head.next.val = 2, 1
    runtime.check_relinked(head, given, ctx)
    assert ctx["slips"] == [runtime.VALUES_REWRITTEN]


def test_snake_case_spellings_of_one_letter_words():
    assert runtime.snake_cases("mergeKLists") == ["merge_k_lists", "merge_klists"]
    assert runtime.snake_cases("topKFrequent")[0] == "top_k_frequent"
    assert runtime.snake_case("lengthOfLIS") == "length_of_lis"


def test_scalar_reads_check_the_declared_type():
    assert runtime.read("int", 5) == 5
    with pytest.raises(runtime.ResultError):
        runtime.read("int", True)
    with pytest.raises(runtime.ResultError):
        runtime.read("int", "5")
    assert runtime.read("bool", True) is True
    assert runtime.read("bool", 0) is False
    with pytest.raises(runtime.ResultError):
        runtime.read("bool", 2)
    assert runtime.read("float", 3) == 3.0
    with pytest.raises(runtime.ResultError):
        runtime.read("str", 5)
    assert runtime.read("List[int]", (1, 2)) == [1, 2]
    assert runtime.read("List[int]", iter([3, 4])) == [3, 4]
    with pytest.raises(runtime.ResultError):
        runtime.read("List[int]", "12")
    assert runtime.read("None", 42) is None


def test_self_referencing_value_is_refused():
    loop: list = []
    loop.append(loop)
    with pytest.raises(runtime.ResultError):
        runtime.plain(loop)
    with pytest.raises(runtime.ResultError):
        runtime.plain({1: 2})


def test_nodes_hash_by_identity():
    a, b = runtime.ListNode(1), runtime.ListNode(1)
    assert a != b and len({a, b}) == 2
    for cls in (runtime.ListNode, runtime.TreeNode, runtime.Node):
        assert cls.__eq__ is object.__eq__ and cls.__hash__ is object.__hash__
    assert runtime.Node(1).neighbors == [] and runtime.Node(1).neighbors is not runtime.Node(2).neighbors


def test_prelude_has_leetcode_names_and_keeps_builtins():
    names = runtime.prelude()
    for name in ("List", "Optional", "deque", "Counter", "defaultdict", "heappush", "heapify", "bisect_left",
                 "inf", "gcd", "comb", "cache", "lru_cache", "accumulate", "reduce", "ascii_lowercase"):
        assert name in names, name
    assert names["List"] is typing.List
    assert names["inf"] == math.inf
    assert names["math"] is math and names["collections"].__name__ == "collections"
    assert names["ListNode"] is runtime.ListNode
    assert names["TreeNode"] is runtime.TreeNode and names["Node"] is runtime.Node
    # No wildcard import may shadow a builtin: pow stays three-argument pow, not math.pow.
    assert not set(names) & set(vars(builtins))
    ns = dict(names)
    exec("a = pow(3, 2, 5); b = sum([1, 2], 10); c = compile('1', '<x>', 'eval'); p, s = pow, sum", ns)
    assert (ns["a"], ns["b"]) == (4, 13)
    assert ns["p"] is builtins.pow and ns["s"] is builtins.sum


def test_snake_case():
    assert runtime.snake_case("twoSum") == "two_sum"
    assert runtime.snake_case("startsWith") == "starts_with"
    assert runtime.snake_case("mergeTwoLists") == "merge_two_lists"
    assert runtime.snake_case("rotate") == "rotate"


def test_pattern_lists_and_rubric_are_read_and_checked(tmp_bank):
    folder = tmp_bank("two-sum")
    p = problems.load("two-sum")
    assert p.pattern == "hash map" and p.lists == ("blind75", "neetcode-blind75")
    assert 3 <= len(p.rubric) <= 5 and all(point.phrase and point.says for point in p.rubric)
    edit(folder / "problem.toml", 'pattern = "hash map"', 'pattern = "hashing"')
    edit(folder / "problem.toml", 'lists = ["blind75", "neetcode-blind75"]', 'lists = ["grind75"]')
    follow_up = folder / "follow-up.md"
    follow_up.write_text(follow_up.read_text().replace("- **", "- **not in the answer: ", 1))
    assert defects_of() == [
        "problems/two-sum/follow-up.md: rubric key phrase 'not in the answer: 1 remote look-up per speaker' does not appear in the strong answer",
        "problems/two-sum/problem.toml: pattern 'hashing' is not a name in problems/patterns.toml",
        "problems/two-sum/problem.toml: lists should name one or both of blind75, neetcode-blind75",
    ]


def test_a_rubric_needs_three_to_five_points(tmp_bank):
    folder = tmp_bank("two-sum")
    follow_up = folder / "follow-up.md"
    text = follow_up.read_text()
    follow_up.write_text(text[: text.index("## Rubric")] + "## Rubric\n\n- **1 remote look-up per speaker** — one\n")
    assert defects_of() == ["problems/two-sum/follow-up.md: Rubric should have 3 to 5 points, found 1"]
