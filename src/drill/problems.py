"""The problem bank: find, load and validate problem folders.

Every defect is reported as `problems/<slug>/<file>: <field> <what is wrong>`;
nothing here lets a traceback escape for a broken folder.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on older Pythons
    import tomli as tomllib

from . import checkers, entries
from .catalog import Summary, bank_dir, catalog, slugs  # noqa: F401 - Summary and catalog re-exported
from .catalog import rel as _rel
from .errors import DrillError
from .notation import parse_lines
from .verdicts import Verdict
from .vocab import CATEGORIES, DIFFICULTIES, LISTS

FORMAT = 1  # the problem format this drill reads
DEFAULT_LIMITS = {"call_seconds": 2.0, "memory_mb": 1024, "budget_seconds": 10.0}  # budget: see judge.growth
REQUIRED_FILES = (
    ["problem.toml", "prompt.md", "stub.py", "reference.py", "brute.py", "cases.toml", "generators.py", "notes.md", "follow-up.md"]
)
NOTES_SECTIONS = ("Pattern", "Invariant", "Complexity", "Common mistakes", "Hints")
FOLLOW_UP_SECTIONS = ("Scenario", "Question", "Strong answer", "Rubric")
RUBRIC_POINTS = (3, 5)
RUBRIC_RE = re.compile(r"^\*\*(.+?)\*\*\s*[—:-]+\s*(.+)$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TYPE_RE = re.compile(r"^((Optional|List)\[)*(int|float|bool|str|None|ListNode|TreeNode|Node|Interval)(\])*$")


class ProblemError(DrillError):
    """A problem folder that is broken; `defects` lists every finding."""

    def __init__(self, defects: list[str]):
        super().__init__(defects[0] if len(defects) == 1 else f"{defects[0]} (and {len(defects) - 1} more)")
        self.defects = defects


@dataclass
class Case:
    name: str
    why: str
    text: str  # the input exactly as in LeetCode's box
    inputs: list
    expected: object = None
    has_expected: bool = False


@dataclass
class RubricPoint:
    """One point a strong follow-up answer makes: a key phrase (found in the strong answer) and what it says."""

    phrase: str
    says: str


@dataclass
class Mutant:
    path: Path
    verdict: Verdict
    mistake: str
    optimal: bool | None = None  # declared with `# optimal: false` (an accepted solution of a worse class)


@dataclass
class Scale:
    """The scale stage: sizes from `start` to `max` (in scale_input's units)."""

    enabled: bool = True
    start: int = 0
    max: int = 0  # the largest size measured: beyond LeetCode's where its sizes cannot separate classes
    brute_slower: bool = False  # the brute force is of a worse class: it must not come out optimal
    leetcode_max: int = 0  # LeetCode's largest input in the same units: where the verdict is decided
    budget_seconds: float = 0.0  # CPU seconds a call may take there (before calibration to the machine)
    why: str = ""  # why there is no scale stage, when there is none


@dataclass
class Problem:
    slug: str
    title: str
    leetcode: int
    category: str
    difficulty: str
    folder: Path
    spec: dict
    compare: dict
    call_seconds: float
    memory_mb: int
    scale: Scale
    prompt: str
    cases: list[Case]
    notes: dict[str, str]
    hints: list[str]
    mistakes: list[str]
    follow_up: dict[str, str]
    mutants: list[Mutant] = field(default_factory=list)
    pattern: str = ""  # a name from problems/patterns.toml
    lists: tuple[str, ...] = LISTS  # which Blind 75 lists hold it
    rubric: list[RubricPoint] = field(default_factory=list)
    _generators: object = None
    _checker: object = None

    @property
    def reference_path(self) -> Path:
        return self.folder / "reference.py"

    @property
    def brute_path(self) -> Path:
        return self.folder / "brute.py"

    @property
    def stub_path(self) -> Path:
        return self.folder / "stub.py"

    @property
    def stub(self) -> str:
        return self.stub_path.read_text(encoding="utf-8")

    @cached_property
    def entry(self) -> entries.Entry:
        return entries.from_spec(self.spec)

    @property
    def params(self) -> list[dict]:
        """The parameters of the input lines (design problems: operations and arguments)."""
        return self.entry.input_params

    def generators(self):
        """generators.py, imported once and checked for the functions the judge calls."""
        if self._generators is None:
            module = _import(self.folder / "generators.py", f"drill_problem_{self.slug}_generators")
            needed = ["random_input"] + (["scale_input"] if self.scale.enabled else [])
            missing = [name for name in needed if not callable(getattr(module, name, None))]
            if missing:
                raise ProblemError([f"{_rel(self.folder / 'generators.py')}: defines no {name}()" for name in missing])
            if getattr(module, "check_input", None) is not None and not callable(module.check_input):
                raise ProblemError([f"{_rel(self.folder / 'generators.py')}: check_input is not a function"])
            self._generators = module
        return self._generators

    def input_check(self):
        """generators.py's optional `check_input(*values) -> str | None` (LeetCode's constraints), or None."""
        return getattr(self.generators(), "check_input", None)

    def checker(self):
        """checker.py's check function (compare.kind = "custom")."""
        if self._checker is None:
            module = _import(self.folder / "checker.py", f"drill_problem_{self.slug}_checker")
            if not callable(getattr(module, "check", None)):
                raise ProblemError([f"{_rel(self.folder / 'checker.py')}: defines no check(inputs, expected, got)"])
            self._checker = module.check
        return self._checker


def _import(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as e:  # noqa: BLE001 - a broken author file is a problem defect
        raise ProblemError([f"{_rel(path)}: {type(e).__name__}: {e}"]) from None
    return module


def sections(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        m = re.match(r"^##\s+(.+?)\s*$", line)
        if m:
            current = m.group(1)
            out[current] = ""
        elif current is not None:
            out[current] += line + "\n"
    return {k: v.strip() for k, v in out.items()}


def _list_items(text: str, numbered: bool) -> list[str]:
    pattern = r"^\s*\d+[.)]\s+" if numbered else r"^\s*[-*]\s+"
    items: list[str] = []
    for line in text.splitlines():
        if re.match(pattern, line):
            items.append(re.sub(pattern, "", line).strip())
        elif items and line.strip():
            items[-1] += " " + line.strip()
    return items


class _Reader:
    """Collects defects while reading one folder."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.defects: list[str] = []

    def bad(self, file: str, what: str) -> None:
        self.defects.append(f"{_rel(self.folder / file)}: {what}")

    def get(self, table: dict, key: str, kind, file: str, prefix: str = "", default=...):
        value = table.get(key, default)
        name = f"{prefix}{key}"
        if value is ...:
            self.bad(file, f"{name} is missing")
            return None
        if kind is not None and not isinstance(value, kind) or isinstance(value, bool) and kind in (int, float):
            self.bad(file, f"{name} should be {getattr(kind, '__name__', kind)}, got {type(value).__name__}")
            return None
        return value

    def text(self, name: str) -> str:
        path = self.folder / name
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.bad(name, "file is missing")
        except (OSError, UnicodeDecodeError) as e:
            self.bad(name, f"cannot be read ({e})")
        return ""


def _check_params(r: _Reader, params, where: str) -> list[dict]:
    if not isinstance(params, list):
        r.bad("problem.toml", f"{where} should be a list of {{name, type}} tables")
        return []
    out = []
    for i, p in enumerate(params):
        if not isinstance(p, dict) or not isinstance(p.get("name"), str) or not isinstance(p.get("type"), str):
            r.bad("problem.toml", f"{where}[{i}] needs a name and a type")
            continue
        if not TYPE_RE.match(p["type"].replace(" ", "")):
            r.bad("problem.toml", f"{where}[{i}].type {p['type']!r} is not a supported type")
        out.append({k: p[k] for k in ("name", "type", "hidden", "cycle", "node_of") if k in p})
    types = {p["name"]: p["type"].replace(" ", "") for p in out}
    for p in out:
        if p.get("cycle") and p["cycle"] not in types:
            r.bad("problem.toml", f"{where}: cycle names {p['cycle']!r}, which is not a parameter")
        if p.get("node_of") and not re.search(r"ListNode|TreeNode", types.get(p["node_of"], "")):
            r.bad("problem.toml", f"{where}: node_of names {p['node_of']!r}, which is not a ListNode or TreeNode parameter")
    return out


def _read_entry(r: _Reader, meta: dict) -> dict:
    entry = meta.get("entry")
    if not isinstance(entry, dict):
        r.bad("problem.toml", "[entry] is missing")
        return {}
    kind = r.get(entry, "kind", str, "problem.toml", "entry.")
    cls = r.get(entry, "class", str, "problem.toml", "entry.")
    spec: dict = {"kind": kind, "class": cls}
    if kind == "method":
        spec["method"] = r.get(entry, "method", str, "problem.toml", "entry.")
        spec["params"] = _check_params(r, entry.get("params", ...), "entry.params") if "params" in entry else []
        if "params" not in entry:
            r.bad("problem.toml", "entry.params is missing")
        spec["returns"] = r.get(entry, "returns", str, "problem.toml", "entry.")
        if "returns_node_of" in entry:
            names = [p["name"] for p in spec["params"] if not p.get("node_of")]
            if entry["returns_node_of"] not in names:
                r.bad("problem.toml", f"entry.returns_node_of {entry['returns_node_of']!r} should name a tree or list parameter")
            else:
                spec["returns_node_of"] = entry["returns_node_of"]
        if "in_place" in entry:
            names = [p["name"] for p in spec["params"]]
            if entry["in_place"] not in names:
                r.bad("problem.toml", f"entry.in_place {entry['in_place']!r} should name a parameter ({', '.join(names)})")
            else:
                spec["in_place"] = entry["in_place"]
    elif kind == "design":
        spec["init"] = _check_params(r, entry.get("init", []), "entry.init")
        methods = entry.get("methods")
        if not isinstance(methods, dict) or not methods:
            r.bad("problem.toml", "entry.methods is missing (one table per method)")
            methods = {}
        spec["methods"] = {
            name: {
                "params": _check_params(r, m.get("params", []), f"entry.methods.{name}.params"),
                "returns": m.get("returns", "None"),
            }
            for name, m in methods.items()
            if isinstance(m, dict)
        }
    elif kind == "codec":
        spec["encode"] = r.get(entry, "encode", str, "problem.toml", "entry.")
        spec["decode"] = r.get(entry, "decode", str, "problem.toml", "entry.")
        spec["params"] = _check_params(r, entry.get("params", []), "entry.params")
        if len(spec["params"]) != 1:
            r.bad("problem.toml", "entry.params of a codec holds exactly one parameter")
        spec["returns"] = r.get(entry, "returns", str, "problem.toml", "entry.")
    elif kind is not None:
        r.bad("problem.toml", f"entry.kind {kind!r} should be method, design or codec")
    return spec


def _read_cases(r: _Reader, n_lines: int, codec: bool) -> list[Case]:
    text = r.text("cases.toml")
    if not text:
        return []
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        r.bad("cases.toml", f"is not valid TOML ({e})")
        return []
    cases = []
    raw_cases = data.get("case", [])
    if not isinstance(raw_cases, list):
        r.bad("cases.toml", "should hold [[case]] tables")
        raw_cases = []
    for i, c in enumerate(raw_cases, 1):
        label = f"case {i}"
        if not isinstance(c, dict):
            r.bad("cases.toml", f"{label} is not a table")
            continue
        name = c.get("name")
        label = f"case {i} ({name!r})" if name else label
        for key in ("name", "why", "input"):
            if not isinstance(c.get(key), str) or not c.get(key).strip():
                r.bad("cases.toml", f"{label}: {key} is missing")
        if not isinstance(c.get("input"), str):
            continue
        try:
            inputs = parse_lines(c["input"])
        except ValueError as e:
            r.bad("cases.toml", f"{label}: input is not one JSON value per line ({e})")
            continue
        if n_lines and len(inputs) != n_lines:
            r.bad("cases.toml", f"{label}: input has {len(inputs)} lines, the entry takes {n_lines}")
            continue
        case = Case(str(name), str(c.get("why", "")), c["input"].strip(), inputs)
        if codec:
            # A codec's answer is the round trip: the input itself.
            case.expected, case.has_expected = inputs[0], True
            if "expected" in c:
                r.bad("cases.toml", f"{label}: leave expected out (a codec's expected answer is its input)")
        elif "expected" in c:
            try:
                case.expected = json.loads(c["expected"]) if isinstance(c["expected"], str) else None
                case.has_expected = isinstance(c["expected"], str)
                if not case.has_expected:
                    r.bad("cases.toml", f"{label}: expected should be a string in LeetCode notation")
            except ValueError as e:
                r.bad("cases.toml", f"{label}: expected is not JSON ({e})")
        cases.append(case)
    if len(cases) < 8:
        r.bad("cases.toml", f"has {len(cases)} cases; at least 8 are needed")
    names = [c.name for c in cases]
    for dup in sorted({n for n in names if names.count(n) > 1}):
        r.bad("cases.toml", f"case name {dup!r} is used twice")
    return cases


def _read_mutants(r: _Reader) -> list[Mutant]:
    folder = r.folder / "mutants"
    if not folder.is_dir():
        r.bad("mutants", "folder is missing (one wrong solution per common mistake)")
        return []
    out = []
    for path in sorted(folder.glob("*.py")):
        head = path.read_text(encoding="utf-8", errors="replace").splitlines()[:4]
        verdict = next((m.group(1) for line in head if (m := re.match(r"#\s*verdict:\s*(\w+)", line))), None)
        mistake = next((m.group(1).strip() for line in head if (m := re.match(r"#\s*mistake:\s*(.+)", line))), "")
        optimal = next((m.group(1) for line in head if (m := re.match(r"#\s*optimal:\s*(\w+)", line))), None)
        name = f"mutants/{path.name}"
        if verdict is None:
            r.bad(name, "first lines lack '# verdict: <verdict>'")
            continue
        allowed = [v.value for v in Verdict.learner_failures()] + [Verdict.ACCEPTED.value]
        if verdict not in allowed:
            r.bad(name, f"verdict {verdict!r} is not one of {', '.join(allowed)}")
            continue
        if optimal not in (None, "true", "false"):
            r.bad(name, f"optimal {optimal!r} should be true or false")
            continue
        if verdict == Verdict.ACCEPTED.value and optimal != "false":
            r.bad(name, "an accepted mutant is a mistake only of complexity: declare '# optimal: false'")
            continue
        if not mistake:
            r.bad(name, "first lines lack '# mistake: <the common mistake>'")
        out.append(Mutant(path, Verdict(verdict), mistake, None if optimal is None else optimal == "true"))
    if not out:
        r.bad("mutants", "holds no mutant")
    return out


def _normalised(text: str) -> str:
    return " ".join(re.sub(r"[*_`]", "", text).lower().split())


def phrase_in(phrase: str, text: str) -> bool:
    """A rubric key phrase appears in a text (case, spacing and Markdown emphasis ignored)."""
    return _normalised(phrase) in _normalised(text)


def _read_rubric(r: _Reader, follow_up: dict) -> list[RubricPoint]:
    """`## Rubric`: 3-5 bullets `- **key phrase** — what a good answer says`, each phrase in the strong answer."""
    if not follow_up.get("Rubric"):
        return []
    points = []
    strong = follow_up.get("Strong answer", "")
    for item in _list_items(follow_up["Rubric"], numbered=False):
        m = RUBRIC_RE.match(item)
        if not m:
            r.bad("follow-up.md", f"rubric point {item[:40]!r}... should read '**key phrase** — what it says'")
            continue
        point = RubricPoint(m.group(1).strip(), m.group(2).strip())
        if not phrase_in(point.phrase, strong):
            r.bad("follow-up.md", f"rubric key phrase {point.phrase!r} does not appear in the strong answer")
        points.append(point)
    low, high = RUBRIC_POINTS
    if not low <= len(points) <= high:
        r.bad("follow-up.md", f"Rubric should have {low} to {high} points, found {len(points)}")
    return points


_PATTERNS: dict[Path, dict[str, str]] = {}


def patterns() -> dict[str, str]:
    """The bank's pattern vocabulary (problems/patterns.toml): name -> how a prompt signals it."""
    path = bank_dir() / "patterns.toml"
    if path not in _PATTERNS:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            _PATTERNS[path] = {str(p["name"]): str(p.get("signal", "")) for p in data.get("pattern", [])}
        except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError) as e:
            raise ProblemError([f"{_rel(path)}: cannot be read ({type(e).__name__}: {e})"]) from None
    return _PATTERNS[path]


def load(slug: str) -> Problem:
    """Load and validate one problem folder; ProblemError lists every defect."""
    folder = bank_dir() / slug
    if not folder.is_dir():
        raise DrillError(unknown_slug_message(slug), code=2)
    r = _Reader(folder)
    for name in REQUIRED_FILES:
        if not (folder / name).is_file():
            r.bad(name, "file is missing")
    meta: dict = {}
    meta_text = r.text("problem.toml") if (folder / "problem.toml").is_file() else ""
    if meta_text:
        try:
            meta = tomllib.loads(meta_text)
        except tomllib.TOMLDecodeError as e:
            r.bad("problem.toml", f"is not valid TOML ({e})")
    if not meta:
        raise ProblemError(r.defects or [f"{_rel(folder / 'problem.toml')}: is empty"])
    f = "problem.toml"
    if meta.get("format", FORMAT) != FORMAT:
        r.bad(f, f"format {meta.get('format')!r} is not supported (this drill reads format {FORMAT})")
    if meta.get("slug", slug) != slug:
        r.bad(f, f"slug {meta.get('slug')!r} does not match the folder name {slug!r} (leave it out: the folder names it)")
    title = r.get(meta, "title", str, f) or slug
    leetcode = r.get(meta, "leetcode", int, f) or 0
    category = r.get(meta, "category", str, f)
    if category is not None and category not in CATEGORIES:
        r.bad(f, f"category {category!r} should be one of {', '.join(CATEGORIES)}")
    difficulty = r.get(meta, "difficulty", str, f)
    if difficulty is not None and difficulty not in DIFFICULTIES:
        r.bad(f, f"difficulty {difficulty!r} should be easy, medium or hard")
    spec = _read_entry(r, meta)
    compare = meta.get("compare", {"kind": "exact"})
    if not isinstance(compare, dict):
        r.bad(f, "[compare] should be a table")
        compare = {"kind": "exact"}
    compare.setdefault("kind", "exact")
    moved = {"in_place": "[entry] in_place = \"<parameter>\"", "codec": "entry.kind = \"codec\" (its answer is the round trip)",
             "graph_copy": "exact (a returned graph that shares input nodes is refused when read back)"}
    if compare.get("kind") in moved:
        r.bad(f, f"compare.kind {compare['kind']!r} is gone: use {moved[compare['kind']]}")
    elif compare.get("kind") not in checkers.KINDS:
        r.bad(f, f"compare.kind {compare.get('kind')!r} should be one of {', '.join(checkers.KINDS)}")
    if compare.get("kind") == "custom" and not (folder / "checker.py").is_file():
        r.bad("checker.py", "file is missing (compare.kind is custom)")
    limits = meta.get("limits", {}) if isinstance(meta.get("limits"), dict) else {}
    scale = meta.get("scale") if isinstance(meta.get("scale"), dict) else None  # the [scale] table
    if scale is None:
        r.bad(f, "[scale] is missing (start, max, brute_slower)")
        scale = {}
    scale_enabled = scale.get("enabled", True)
    if not isinstance(scale_enabled, bool):
        r.bad(f, "scale.enabled should be true or false")
        scale_enabled = True
    if scale_enabled:
        start = r.get(scale, "start", int, f, "scale.") or 1
        top = r.get(scale, "max", int, f, "scale.") or 1
        if top < start:
            r.bad(f, f"scale.max {top} is below scale.start {start}")
        brute_slower = r.get(scale, "brute_slower", bool, f, "scale.")
        leetcode_max = r.get(scale, "leetcode_max", int, f, "scale.", default=top) or top
        if leetcode_max < 1:
            r.bad(f, "scale.leetcode_max should be a positive size")
    else:
        start = top = leetcode_max = 0
        brute_slower = False
        if not isinstance(scale.get("why"), str) or not scale["why"].strip():
            r.bad(f, "scale.why is missing (say why this problem has no scale stage)")
    budget = limits.get("budget_seconds", DEFAULT_LIMITS["budget_seconds"])
    if not isinstance(budget, (int, float)) or isinstance(budget, bool) or not 0.1 <= budget <= 60:
        r.bad(f, "limits.budget_seconds should be a number of seconds from 0.1 to 60")
        budget = DEFAULT_LIMITS["budget_seconds"]
    call_seconds = limits.get("call_seconds", DEFAULT_LIMITS["call_seconds"])
    memory_mb = limits.get("memory_mb", DEFAULT_LIMITS["memory_mb"])
    if not isinstance(call_seconds, (int, float)) or not 0.1 <= call_seconds <= 30:
        r.bad(f, "limits.call_seconds should be a number of seconds from 0.1 to 30")
        call_seconds = 2.0
    if not isinstance(memory_mb, int) or not 64 <= memory_mb <= 16384:
        r.bad(f, "limits.memory_mb should be a whole number from 64 to 16384")
        memory_mb = 1024
    prompt = r.text("prompt.md")
    if prompt is not None and not prompt.strip() and (folder / "prompt.md").is_file():
        r.bad("prompt.md", "is empty")
    n_lines = 2 if spec.get("kind") == "design" else len(spec.get("params", []))
    cases = _read_cases(r, n_lines, codec=spec.get("kind") == "codec") if (folder / "cases.toml").is_file() else []
    notes = sections(r.text("notes.md")) if (folder / "notes.md").is_file() else {}
    for s in NOTES_SECTIONS:
        if (folder / "notes.md").is_file() and not notes.get(s):
            r.bad("notes.md", f"section '## {s}' is missing or empty")
    hints = _list_items(notes.get("Hints", ""), numbered=True)
    if notes.get("Hints") and len(hints) != 3:
        r.bad("notes.md", f"Hints should be a numbered list of 3 hints, found {len(hints)}")
    mistakes = _list_items(notes.get("Common mistakes", ""), numbered=False)
    if notes.get("Common mistakes") and len(mistakes) < 3:
        r.bad("notes.md", f"Common mistakes should list at least 3, found {len(mistakes)}")
    follow_up = sections(r.text("follow-up.md")) if (folder / "follow-up.md").is_file() else {}
    for s in FOLLOW_UP_SECTIONS:
        if (folder / "follow-up.md").is_file() and not follow_up.get(s):
            r.bad("follow-up.md", f"section '## {s}' is missing or empty")
    rubric = _read_rubric(r, follow_up)
    pattern = r.get(meta, "pattern", str, f)
    if pattern is not None and pattern not in patterns():
        r.bad(f, f"pattern {pattern!r} is not a name in problems/patterns.toml")
    lists = r.get(meta, "lists", list, f) or []
    if not lists or any(x not in LISTS for x in lists):
        r.bad(f, f"lists should name one or both of {', '.join(LISTS)}")
    mutants = _read_mutants(r)
    allowed = set(REQUIRED_FILES) | {"checker.py", "mutants", "__pycache__"}
    for p in folder.iterdir():
        if p.name not in allowed:
            r.bad(p.name, "stray file (not part of the problem format)")
    if r.defects:
        raise ProblemError(r.defects)
    limits = (float(call_seconds), int(memory_mb))
    scale = Scale(scale_enabled, start, top, bool(brute_slower), leetcode_max, float(budget), str(scale.get("why", "")).strip())
    texts = (prompt, cases, notes, hints, mistakes, follow_up, mutants)
    learning = (pattern, tuple(lists), rubric)
    return Problem(slug, title, leetcode, category, difficulty, folder, spec, compare, *limits, scale, *texts, *learning)


def resolve(name: str) -> str:
    """A slug, a LeetCode number or a close name -> the slug; DrillError otherwise."""
    known = slugs()
    if name in known:
        return name
    if name.isdigit():
        for slug in known:
            try:
                meta = tomllib.loads((bank_dir() / slug / "problem.toml").read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
            if meta.get("leetcode") == int(name):
                return slug
    raise DrillError(unknown_slug_message(name), code=2)


def unknown_slug_message(name: str) -> str:
    import difflib

    known = slugs()
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
    close += [s for s in known if name and name in s and s not in close][: 3 - len(close)]
    hint = f"; did you mean {', '.join(close)}?" if close else "; `drill list` shows them all"
    return f"unknown problem {name!r}{hint}"


