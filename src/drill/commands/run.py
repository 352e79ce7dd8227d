"""`drill run`: the learner's solution on their own input (or the prompt's examples), beside the reference's answer."""

from __future__ import annotations

import sys
from pathlib import Path

from .. import clock, errors, problems
from ..errors import DrillError, JudgeError
from . import Session, json_out, say


def run(slug: str | None, input_path: str | None, as_json: bool) -> int:
    from ..render import data
    from ..render.run import run_lines, starting_line

    session = Session(create=True)
    slug = session.slug_or_current(slug)
    problem = problems.load(slug)
    path = session.ws.solution(slug)
    if not path.exists():
        raise DrillError(f"{path} does not exist: start the problem with `drill start {slug}`")
    text = _read(input_path) if input_path is not None else None
    cases, source = read_cases(problem, text)
    if not as_json:
        say([starting_line(slug, len(cases), source)], err=True)
    result = execute(session, problem, path, cases, source, text)
    if as_json:
        json_out(data.run_result(result, problem))
    else:
        say(run_lines(result, problem))
    return errors.EXIT_OK if result.all_matched else errors.EXIT_FAILED


def read_cases(problem, text: str | None) -> tuple[list[list], str]:
    """The cases of a run: the learner's box (`text`), else the prompt's examples; (cases, source)."""
    from .. import inputs
    from ..notation import examples

    slug = problem.slug
    if text is None:
        try:
            cases = [values for values, _ in examples(problem.prompt)]
        except ValueError as e:
            raise DrillError(f"the prompt's examples of {slug} cannot be read ({e}): give your input with --input FILE", code=3) from None
        if not cases:
            raise DrillError(f"the prompt of {slug} has no examples: give your input with --input FILE (or --input - to paste it)")
        return cases, "examples"
    try:
        return [case.values for case in inputs.read(problem, text)], "input"
    except JudgeError as e:
        raise DrillError(f"problems/{slug}/{e} (the problem's fault, not your input's)", code=errors.EXIT_INTERNAL) from None


def execute(session, problem, path: Path, cases: list[list], source: str, text: str | None):
    """Run the cases and record the run (never a check); the facts (runs.RunResult)."""
    from .. import runs

    try:
        result = runs.run(problem, str(path), cases, source)
    except JudgeError as e:
        raise DrillError(f"the reference of {problem.slug} cannot run: {e} (the problem's fault, not yours)", code=errors.EXIT_INTERNAL) from None
    verdicts = [c.verdict.value for c in result.cases] or [result.load_failure.verdict.value]
    session.state.record_run(problem.slug, clock.now(), source, verdicts, result.matched, text)
    return result


def _read(input_path: str) -> str:
    """The learner's box: a file, or standard input for `-` (with a word on how to end it when typed)."""
    if input_path == "-":
        if sys.stdin.isatty():
            say(["Paste or type the input, one value per line (several cases one after another), then Ctrl-D:"], err=True)
        try:
            return sys.stdin.read()
        except UnicodeDecodeError as e:
            raise DrillError(f"the input is not UTF-8 text ({e.reason})") from None
    p = Path(input_path)
    try:
        return p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DrillError(f"--input {input_path}: no such file") from None
    except IsADirectoryError:
        raise DrillError(f"--input {input_path} is a folder; give a file of inputs") from None
    except UnicodeDecodeError as e:
        raise DrillError(f"--input {input_path} is not UTF-8 text ({e.reason})") from None
    except OSError as e:
        raise DrillError(f"--input {input_path} cannot be read: {e.strerror}") from None
