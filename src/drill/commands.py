"""What each command does, between parsing (cli.py) and the library.

Each function takes plain arguments, calls library modules and renders; it
returns the exit code. Errors are raised as DrillError.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import errors, problems
from .errors import DrillError


def _json_out(data) -> None:
    click.echo(json.dumps(data, indent=2, default=str))


def _say(lines, err: bool = False) -> None:
    from .render import console

    con = console(stderr=err)
    for line in lines:
        con.print(line)


def check(slug: str | None, file: str | None, thorough: bool, seed: int | None, as_json: bool) -> int:
    from . import judge, render

    if slug is None:
        raise DrillError("name a problem: drill check SLUG --file PATH")
    slug = problems.resolve(slug)
    problem = problems.load(slug)
    path = Path(file) if file else Path("solutions") / f"{slug}.py"
    if not path.exists():
        raise DrillError(f"{path} does not exist (start the problem with `drill start {slug}`, or pass --file)")
    if not as_json:
        _say([f"Checking {slug}…"], err=True)
    report = judge.check(problem, str(path), thorough=thorough, seed=seed)
    if as_json:
        _json_out(report.to_dict())
    else:
        _say(render.report_lines(report, problem))
    return errors.EXIT_OK if report.accepted else errors.EXIT_FAILED


def verify(slugs: list[str], as_json: bool, jobs: int) -> int:
    from . import verify as verify_mod

    names = [problems.resolve(s) for s in slugs] if slugs else problems.slugs()
    if not names:
        raise DrillError(f"no problems found in {problems.bank_dir()}")
    progress = None if as_json else (lambda result: _say(verify_mod.result_lines(result)))
    results = verify_mod.verify_all(names, jobs=jobs, progress=progress)
    failed = [r for r in results if not r.ok]
    if as_json:
        _json_out({"version": 1, "ok": not failed, "problems": [r.to_dict() for r in results]})
    else:
        summary = f"{len(results) - len(failed)}/{len(results)} problems verified"
        _say([f"[bold {'red' if failed else 'green'}]{summary}[/]" + (f"; failing: {', '.join(r.slug for r in failed)}" if failed else "")])
    return errors.EXIT_FAILED if failed else errors.EXIT_OK


def where_am_i() -> None:
    click.echo("drill: a local judge for the Blind 75. Try `drill list`, or `drill --help`.")
