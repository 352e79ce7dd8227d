"""What a solution sees, and how values cross between notation and objects.

Imported by the sandbox worker as well as the judge, so it holds nothing secret
and imports nothing heavy. Values in LeetCode's notation are plain JSON values;
`build` turns them into the objects a solution receives (ListNode, TreeNode,
Node) and `read` turns what a solution returns back into notation, refusing
cycles, shared nodes and runaway sizes with a `ResultError`.
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
    names.update(ListNode=ListNode, TreeNode=TreeNode, Node=Node)
    return names


def snake_case(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


class ResultError(Exception):
    """A returned value that cannot be read back as the declared type."""

    def __init__(self, message: str, value=None):
        super().__init__(message)
        self.value = value  # the answer in notation, when it could be read but is refused all the same

    def describe(self) -> str:
        return f"your answer could not be read back: {self}"


class SharedNodes(ResultError):
    """A returned graph that reuses nodes of the input graph: a copy must be made of new nodes."""

    def describe(self) -> str:
        return str(self)


def _strip_optional(t: str) -> str:
    t = t.replace(" ", "")
    if t.startswith("Optional[") and t.endswith("]"):
        return t[len("Optional[") : -1]
    return t


def _inner(t: str) -> str | None:
    if t.startswith("List[") and t.endswith("]"):
        return t[5:-1]
    return None


# ---------------------------------------------------------------- building


def build(t: str, value, ctx: dict | None = None):
    """Notation value -> the object a solution receives."""
    t = _strip_optional(t)
    if t in NODE_TYPES:
        return NODE_TYPES[t][0](value, ctx)
    inner = _inner(t)
    if inner is not None and inner.replace("Optional[", "").startswith(("ListNode", "TreeNode")):
        return [build(inner, v, ctx) for v in value]
    # Plain values arrive freshly decoded from JSON: nothing else holds them.
    return value


def build_list(values, cycle_pos: int = -1):
    head = tail = None
    nodes = []
    for v in values or []:
        node = ListNode(v)
        nodes.append(node)
        if tail is None:
            head = tail = node
        else:
            tail.next = node
            tail = node
    if tail is not None and 0 <= cycle_pos < len(nodes):
        tail.next = nodes[cycle_pos]
    return head


def build_tree(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = deque([root])
    i = 1
    while queue and i < len(values):
        node = queue.popleft()
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def build_graph(adjacency, ctx: dict | None = None):
    if not adjacency:
        return None
    nodes = [Node(i + 1) for i in range(len(adjacency))]
    for node, neighbours in zip(nodes, adjacency):
        node.neighbors = [nodes[j - 1] for j in neighbours]
    if ctx is not None:
        ctx.setdefault("input_nodes", set()).update(id(n) for n in nodes)
        ctx.setdefault("keep_alive", []).append(nodes)
    return nodes[0]


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


def _val(v):
    try:
        return plain(v)
    except ResultError as e:
        raise ResultError(f"a node holds a value that cannot be read: {e}") from None


def read_list(head):
    if head is None:
        return []
    if not isinstance(head, ListNode):
        raise ResultError(f"expected a ListNode, got {type(head).__name__}")
    out, seen, node = [], set(), head
    while node is not None:
        if id(node) in seen:
            raise ResultError(f"the returned list has a cycle (after {len(out)} nodes)")
        if not isinstance(node, ListNode):
            raise ResultError(f"node {len(out)} of the returned list is a {type(node).__name__}")
        if len(out) >= MAX_NODES:
            raise ResultError(f"the returned list has over {MAX_NODES:,} nodes")
        seen.add(id(node))
        out.append(_val(node.val))
        node = node.next
    return out


def read_tree(root):
    if root is None:
        return []
    if not isinstance(root, TreeNode):
        raise ResultError(f"expected a TreeNode, got {type(root).__name__}")
    out, seen, queue = [], {id(root)}, deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(_val(node.val))
        for child in (node.left, node.right):
            if child is not None:
                if not isinstance(child, TreeNode):
                    raise ResultError(f"a child is a {type(child).__name__}, not a TreeNode")
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
    if not isinstance(start, Node):
        raise ResultError(f"expected a Node, got {type(start).__name__}")
    seen = {id(start): start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        neighbours = node.neighbors
        if not isinstance(neighbours, (list, tuple)):
            raise ResultError(f"node {node.val!r} has neighbors of type {type(neighbours).__name__}")
        for nb in neighbours:
            if not isinstance(nb, Node):
                raise ResultError(f"node {node.val!r} has a neighbour of type {type(nb).__name__}")
            if id(nb) not in seen:
                if len(seen) >= MAX_NODES:
                    raise ResultError(f"the returned graph has over {MAX_NODES:,} nodes")
                seen[id(nb)] = nb
                queue.append(nb)
    nodes = list(seen.values())
    by_val: dict = {}
    for node in nodes:
        if type(node.val) is not int or node.val in by_val:
            raise ResultError(f"node values must be distinct ints; found {node.val!r} twice or not an int")
        by_val[node.val] = node
    if sorted(by_val) != list(range(1, len(nodes) + 1)):
        raise ResultError("the returned graph's values are not 1..n")
    if ctx is not None:
        inputs = ctx.get("input_nodes", set())
        shared = sum(1 for n in nodes if id(n) in inputs)
        if shared:
            value = [[nb.val for nb in by_val[v].neighbors] for v in range(1, len(nodes) + 1)]
            raise SharedNodes(f"the copy shares {shared} node(s) with the original graph: every node must be new", value)
    return [[nb.val for nb in by_val[v].neighbors] for v in range(1, len(nodes) + 1)]


# The structures the judge builds from notation and reads back: (build, read), each taking (value, ctx).
NODE_TYPES = {
    "ListNode": (lambda value, ctx: build_list(value), lambda obj, ctx: read_list(obj)),
    "TreeNode": (lambda value, ctx: build_tree(value), lambda obj, ctx: read_tree(obj)),
    "Node": (build_graph, read_graph),
}
