"""What a solution sees, and how values cross between notation and objects.

Imported by the sandbox worker as well as the judge, so it holds nothing secret
and imports nothing heavy. Values in LeetCode's notation are plain JSON values;
`build` turns them into the objects a solution receives (ListNode, TreeNode,
Node, Interval) and `read` turns what a solution returns back into notation,
refusing cycles, shared nodes and runaway sizes with a `ResultError`.

Nodes are read back by shape (`val`/`next`, `val`/`left`/`right`,
`val`/`neighbors`), whatever class built them: a learner's file may bring its
own `ListNode`, and inputs are then built with it too, as LeetCode's would be.
"""

from __future__ import annotations

import builtins
import re
from collections import deque

MAX_NODES = 2_000_000
MAX_ITEMS = 5_000_000


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val!r})"


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val!r})"


class Node:
    def __init__(self, val=0, neighbors=None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []

    def __repr__(self) -> str:
        return f"Node({self.val!r})"


class Interval(list):
    """An interval that works in both common shapes: a pair `[start, end]` (LeetCode) and an object
    with `.start` and `.end` (the free copies of the premium interval problems)."""

    def __init__(self, start=0, end=0):
        super().__init__((start, end))

    @property
    def start(self):
        return self[0]

    @start.setter
    def start(self, value):
        self[0] = value

    @property
    def end(self):
        return self[1]

    @end.setter
    def end(self, value):
        self[1] = value

    def __repr__(self) -> str:
        return f"Interval({self[0]!r}, {self[1]!r})"


_PRELUDE_MODULES = ["typing", "collections", "heapq", "bisect", "math", "itertools", "functools", "string", "re", "operator", "random", "statistics", "copy", "io", "json", "datetime"]


def prelude() -> dict:
    """The names LeetCode's Python 3 environment has without an import."""
    import importlib

    names: dict = {}
    modules = [importlib.import_module(m) for m in _PRELUDE_MODULES]
    for mod in modules:
        public = getattr(mod, "__all__", None) or [n for n in vars(mod) if not n.startswith("_")]
        for name in public:
            if hasattr(mod, name):
                names[name] = getattr(mod, name)
    # Builtins stay builtins (math.pow must not shadow pow), modules stay modules.
    for name in list(names):
        if name in vars(builtins):
            del names[name]
    for mod in modules:
        names[mod.__name__] = mod
    names.update(ListNode=ListNode, TreeNode=TreeNode, Node=Node, Interval=Interval)
    return names


def snake_case(name: str) -> str:
    """twoSum -> two_sum, mergeKLists -> merge_k_lists, lengthOfLIS -> length_of_lis."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def snake_cases(name: str) -> list[str]:
    """The snake_case spellings a learner may use for a camelCase name (merge_k_lists, merge_klists)."""
    return list(dict.fromkeys([snake_case(name), re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()]))


class ResultError(Exception):
    """A returned value that cannot be read back as the declared type."""

    def __init__(self, message: str, value=None):
        super().__init__(message)
        self.value = value  # the answer in notation, when it could be read but is refused all the same

    def describe(self) -> str:
        return f"your answer could not be read back: {self}"


class Refused(ResultError):
    """An answer that reads back but breaks a rule of the problem (a copy sharing input nodes, an in-place
    list rebuilt instead of relinked): its message stands on its own, and `value` shows the answer."""

    def describe(self) -> str:
        return str(self)


def _strip_optional(t: str) -> str:
    t = t.replace(" ", "")
    if t.startswith("Optional[") and t.endswith("]"):
        return t[len("Optional[") : -1]
    return t


# Slips: an answer LeetCode accepts, read back with a note (codes; drill.render words them).
STR_NODE_VALUES = "str_node_values"
VALUES_REWRITTEN = "values_rewritten"


def _slip(ctx: dict | None, code: str) -> None:
    if ctx is not None:
        ctx.setdefault("slips", [])
        if code not in ctx["slips"]:
            ctx["slips"].append(code)


def _inner(t: str) -> str | None:
    if t.startswith("List[") and t.endswith("]"):
        return t[5:-1]
    return None


# ---------------------------------------------------------------- building


NODE_CLASS_NAMES = ("ListNode", "TreeNode", "Node")


def node_class(ctx: dict | None, name: str, default: type):
    """The class the learner's file defines under `name` (inputs are built with it), else ours."""
    cls = (ctx or {}).get("classes", {}).get(name)
    return cls if isinstance(cls, type) else default


def _make(cls: type, default: type, val, *extra):
    """cls(val) (or cls(val, *extra) for old-style constructors); ours when the learner's will not do."""
    if cls is not default:
        for args in ((val,), (val, *extra)):
            try:
                return cls(*args)
            except Exception:  # noqa: BLE001 - a constructor of another shape: build with ours
                continue
    return default(val)


def build(t: str, value, ctx: dict | None = None):
    """Notation value -> the object a solution receives."""
    t = _strip_optional(t)
    if t in NODE_TYPES:
        return NODE_TYPES[t][0](value, ctx)
    if t == "Interval":
        return Interval(value[0], value[1])
    inner = _inner(t)
    if inner is not None and _strip_optional(inner).startswith(("ListNode", "TreeNode", "Interval", "List[")):
        return [build(inner, v, ctx) for v in value]
    # Plain values arrive freshly decoded from JSON: nothing else holds them.
    return value


def build_list(values, cycle_pos: int = -1, ctx: dict | None = None):
    cls = node_class(ctx, "ListNode", ListNode)
    head = tail = None
    nodes = []
    for v in values or []:
        node = _make(cls, ListNode, v)
        node.next = None
        nodes.append(node)
        if tail is None:
            head = tail = node
        else:
            tail.next = node
            tail = node
    if tail is not None and 0 <= cycle_pos < len(nodes):
        tail.next = nodes[cycle_pos]
    return head


def build_tree(values, ctx: dict | None = None):
    if not values or values[0] is None:
        return None
    cls = node_class(ctx, "TreeNode", TreeNode)

    def make(v):
        node = _make(cls, TreeNode, v)
        node.left = node.right = None
        return node

    root = make(values[0])
    queue = deque([root])
    i = 1
    while queue and i < len(values):
        node = queue.popleft()
        if i < len(values) and values[i] is not None:
            node.left = make(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = make(values[i])
            queue.append(node.right)
        i += 1
    return root


def build_graph(adjacency, ctx: dict | None = None):
    if not adjacency:
        return None
    cls = node_class(ctx, "Node", Node)
    nodes = [_make(cls, Node, i + 1, []) for i in range(len(adjacency))]
    for node, neighbours in zip(nodes, adjacency):
        node.neighbors = [nodes[j - 1] for j in neighbours]
    if ctx is not None:
        ctx.setdefault("input_nodes", set()).update(id(n) for n in nodes)
        ctx.setdefault("keep_alive", []).append(nodes)
    return nodes[0]


def nodes_of(root) -> list:
    """Every node of a built tree or list, in level order (iterative)."""
    out, queue, seen = [], deque([root] if root is not None else []), set()
    while queue:
        node = queue.popleft()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        out.append(node)
        queue.extend(getattr(node, name, None) for name in ("left", "right", "next"))
    return out


def node_with_value(root, value):
    """The first node (level order) of a built tree or list holding `value`; None if there is none."""
    return next((n for n in nodes_of(root) if n.val == value), None)


# ---------------------------------------------------------------- reading


def read(t: str, obj, ctx: dict | None = None):
    """A returned object -> notation, checked against the declared type."""
    t = _strip_optional(t)
    if t == "None":
        return None
    if t in NODE_TYPES:
        return NODE_TYPES[t][1](obj, ctx)
    if obj is None:
        return None
    inner = _inner(t)
    if inner is not None:
        if isinstance(obj, (str, bytes, dict)) or not hasattr(obj, "__iter__"):
            raise ResultError(f"expected a list, got {type(obj).__name__}")
        items = list(obj) if isinstance(obj, (list, tuple)) else _bounded_list(obj)
        if len(items) > MAX_ITEMS:
            raise ResultError(f"the returned list has over {MAX_ITEMS:,} items")
        return [read(inner, item, ctx) for item in items]
    if t == "int":
        if isinstance(obj, bool) or not isinstance(obj, int):
            raise ResultError(f"expected an int, got {type(obj).__name__} {_short(obj)}")
        return int(obj)
    if t == "float":
        if isinstance(obj, bool) or not isinstance(obj, (int, float)):
            raise ResultError(f"expected a float, got {type(obj).__name__} {_short(obj)}")
        return float(obj)
    if t == "bool":
        if isinstance(obj, bool):
            return obj
        if type(obj) is int and obj in (0, 1):
            return bool(obj)
        raise ResultError(f"expected a bool, got {type(obj).__name__} {_short(obj)}")
    if t == "str":
        if not isinstance(obj, str):
            raise ResultError(f"expected a str, got {type(obj).__name__} {_short(obj)}")
        return str(obj)
    if t == "Interval":
        return read("List[int]", obj, ctx)
    return plain(obj)


def _bounded_list(obj):
    items = []
    for item in obj:
        items.append(item)
        if len(items) > MAX_ITEMS:
            break
    return items


def _short(obj) -> str:
    try:
        text = repr(obj)
    except BaseException:  # noqa: BLE001 - a hostile __repr__ must not break reading
        text = "<unprintable>"
    return text if len(text) <= 60 else text[:57] + "..."


def plain(obj, _depth: int = 0):
    """Any JSON-shaped value, with cycles and foreign types refused."""
    if _depth > 100:
        raise ResultError("the returned value is nested too deeply (or refers to itself)")
    if obj is None or type(obj) in (bool, int, float, str):
        return obj
    if type(obj) in (list, tuple):
        return [plain(v, _depth + 1) for v in obj]
    raise ResultError(f"cannot read back a value of type {type(obj).__name__}")


_MISSING = object()


def _field(node, name: str, what: str):
    """node.<name>, or a ResultError saying in the learner's terms what the object lacks."""
    try:
        value = getattr(node, name, _MISSING)
    except Exception as e:  # noqa: BLE001 - a property that raises
        raise ResultError(f"reading .{name} of {what} raised {type(e).__name__}") from None
    if value is _MISSING:
        raise ResultError(f"{what} is a {type(node).__name__}, which has no .{name}")
    return value


def _node_value(node, what: str, ctx: dict | None) -> int:
    """A node's value: an int. A str holding an int in canonical form is read as that int with a slip
    (LeetCode prints values as it serialises the tree, so it accepts it); anything else is refused."""
    v = _field(node, "val", what)
    if isinstance(v, int) and not isinstance(v, bool):
        return int(v)
    if isinstance(v, str):
        try:
            number = int(v)
        except ValueError:
            number = None
        if number is not None and str(number) == v:
            _slip(ctx, STR_NODE_VALUES)
            return number
    raise ResultError(f"{what} holds {type(v).__name__} {_short(v)}; node values are ints")


def read_list(head, ctx: dict | None = None):
    if head is None:
        return []
    out, seen, node = [], set(), head
    while node is not None:
        what = "the returned node" if not out else f"node {len(out)} of the returned list"
        if id(node) in seen:
            raise ResultError(f"the returned list has a cycle (after {len(out)} nodes)")
        if len(out) >= MAX_NODES:
            raise ResultError(f"the returned list has over {MAX_NODES:,} nodes")
        seen.add(id(node))
        value = _node_value(node, what, ctx)
        nxt = _field(node, "next", what)
        out.append(value)
        node = nxt
    return out


def read_tree(root, ctx: dict | None = None):
    if root is None:
        return []
    out, seen, queue = [], {id(root)}, deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        what = "the returned node" if not out else f"node {len(out)} (level order) of the returned tree"
        out.append(_node_value(node, what, ctx))
        for child in (_field(node, "left", what), _field(node, "right", what)):
            if child is not None:
                if id(child) in seen:
                    raise ResultError("the returned tree reaches one node twice (a cycle or a shared node)")
                if len(seen) >= MAX_NODES:
                    raise ResultError(f"the returned tree has over {MAX_NODES:,} nodes")
                seen.add(id(child))
            queue.append(child)
    while out and out[-1] is None:
        out.pop()
    return out


def read_graph(start, ctx: dict | None = None):
    if start is None:
        return []
    seen = {id(start): start}
    queue = deque([start])
    values: dict[int, int] = {}  # id -> value
    while queue:
        node = queue.popleft()
        what = "a node of the returned graph"
        values[id(node)] = _node_value(node, what, ctx)
        neighbours = _field(node, "neighbors", what)
        if not isinstance(neighbours, (list, tuple)):
            raise ResultError(f"node {values[id(node)]} has neighbors of type {type(neighbours).__name__}")
        for nb in neighbours:
            if id(nb) not in seen:
                if len(seen) >= MAX_NODES:
                    raise ResultError(f"the returned graph has over {MAX_NODES:,} nodes")
                seen[id(nb)] = nb
                queue.append(nb)
    by_val: dict = {}
    for node in seen.values():
        v = values[id(node)]
        if v in by_val:
            raise ResultError(f"node values must be distinct; {v} appears twice")
        by_val[v] = node
    if sorted(by_val) != list(range(1, len(by_val) + 1)):
        raise ResultError("the returned graph's values are not 1..n")
    value = [[values[id(nb)] for nb in by_val[v].neighbors] for v in range(1, len(by_val) + 1)]
    if ctx is not None:
        inputs = ctx.get("input_nodes", set())
        shared = sum(1 for n in seen.values() if id(n) in inputs)
        if shared:
            raise Refused(f"the copy shares {shared} node(s) with the original graph: every node must be new", value)
    return value


def given_nodes(root) -> dict:
    """The nodes built for an in-place argument, with their values: {id: (node, value)} (empty for plain values)."""
    if not hasattr(root, "val"):
        return {}
    return {id(n): (n, n.val) for n in nodes_of(root)}


def check_relinked(root, given: dict, ctx: dict | None = None) -> None:
    """An in-place answer made of nodes: only the links of the given nodes may change. A new node is
    refused; a rewritten value is a slip (LeetCode's statement forbids it, its judge cannot see it)."""
    seen = set()
    node, index = root, 0
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if node is None or id(node) in seen or len(seen) > MAX_NODES:
            continue
        seen.add(id(node))
        if id(node) not in given:
            raise Refused(
                f"node {index} of the result is a new node ({_short(getattr(node, 'val', None))}): "
                "relink the nodes you were given; do not build new ones"
            )
        original, value = given[id(node)]
        current = getattr(node, "val", None)
        if current is not value and current != value:
            _slip(ctx, VALUES_REWRITTEN)
        index += 1
        queue.extend(getattr(node, name, None) for name in ("left", "right", "next"))


def read_member(obj, root, what: str, ctx: dict | None = None):
    """A returned node that must be one of the nodes built for `root` (not a copy): its value."""
    if obj is None:
        return None
    if id(obj) not in {id(n) for n in nodes_of(root)}:
        try:
            value = _node_value(obj, "the returned node", ctx)
        except ResultError:
            raise ResultError(f"the answer must be a node of the {what} you were given, not {type(obj).__name__} {_short(obj)}") from None
        raise Refused(f"the answer must be a node of the {what} you were given; yours holds {value} but is not one of them (a copy?)", value)
    return _node_value(obj, "the returned node", ctx)


# The structures the judge builds from notation and reads back: (build, read), each taking (value, ctx).
NODE_TYPES = {
    "ListNode": (lambda value, ctx: build_list(value, ctx=ctx), read_list),
    "TreeNode": (lambda value, ctx: build_tree(value, ctx), read_tree),
    "Node": (build_graph, read_graph),
}
