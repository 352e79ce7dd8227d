"""The fast entry point (drill.entry): the commands it serves without click behave exactly as through click."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from drill import entry
from drill.cli import cli

REPO = Path(__file__).resolve().parent.parent
ACCEPTED = REPO / "bench" / "solutions" / "two-sum.py"
WRONG = REPO / "problems" / "two-sum" / "mutants" / "value_set.py"
THROUGH_CLICK = "import sys; from drill.cli import main; sys.argv[0] = 'drill'; main()"


def run(args: list[str], env: dict, click_only: bool = False) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("drill")  # the installed entry point (click names it drill)
    prefix = [sys.executable, "-c", THROUGH_CLICK] if click_only else [str(script)] if script.exists() else [sys.executable, "-m", "drill"]
    return subprocess.run([*prefix, *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=300)


@pytest.fixture
def env(tmp_path):
    e = dict(os.environ, DRILL_HOME=str(tmp_path / "ws"), NO_COLOR="1", XDG_CACHE_HOME=str(tmp_path / "cache"), COLUMNS="80")
    e.pop("DRILL_PROBLEMS", None)
    return e


@pytest.mark.parametrize("name", sorted(entry._fast_commands()))
def test_the_fast_commands_take_exactly_the_options_cli_py_declares(name):
    spec = entry._fast_commands()[name]
    command = cli.commands[name]
    options = {p.opts[0]: p for p in command.params if isinstance(p, click.Option)}
    assert set(options) == set(spec["values"]) | set(spec["flags"])
    for flag in spec["flags"]:
        assert options[flag].is_flag
    for opt, kind in spec["values"].items():
        t = options[opt].type
        if isinstance(t, click.Choice):
            assert tuple(t.choices) == tuple(kind), opt
        elif t is click.INT:
            assert kind is int, opt
        else:
            assert kind is str, opt
    arguments = [p for p in command.params if isinstance(p, click.Argument)]
    assert [a.name for a in arguments] == (["slug"] if spec["slug"] else [])
    # The same function cli.py calls, with the arguments in the order it passes them.
    module, function, order = spec["call"]
    source = Path(entry.__file__).with_name("cli.py").read_text()
    assert f'_run("{module}", "{function}"' in source


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["list", "--category", "tree", "--json"],
        ["list", "--status=new", "--difficulty", "hard"],
        ["list", "--category", "nope"],  # a mistake: click's words either way
        ["check", "two-sum", "--file", str(ACCEPTED), "--json"],
        ["check", "two-sum", "--file", str(WRONG), "--json"],
        ["check", "--seed", "x"],
    ],
)
def test_fast_and_click_give_the_same_output_and_exit_code(args, env):
    fast, slow = run(args, env), run(args, env, click_only=True)
    assert fast.returncode == slow.returncode, (fast.stderr, slow.stderr)
    if args[0] == "check" and "--json" in args:
        a, b = json.loads(fast.stdout), json.loads(slow.stdout)
        assert (a["verdict"], a["passed"], a["total"]) == (b["verdict"], b["passed"], b["total"])
    else:
        assert fast.stdout == slow.stdout
        assert fast.stderr.replace("drill: created a workspace", "") == slow.stderr.replace("drill: created a workspace", "")


def test_help_is_click_s_own_text_kept_for_the_next_time(env, tmp_path):
    first = run(["--help"], env)
    kept = list((tmp_path / "cache" / "drill").glob("help-*.txt"))
    assert len(kept) == 1 and kept[0].read_text() == first.stdout
    second = run(["-h"], env)
    assert first.returncode == second.returncode == 0
    assert second.stdout == first.stdout == run(["--help"], env, click_only=True).stdout
    assert "Commands:" in first.stdout and "check" in first.stdout
    # A kept text is served as it is: proof that the second run did not render it again.
    kept[0].write_text("kept\n")
    assert run(["--help"], env).stdout == "kept\n"
    assert run(["list", "--help"], env).stdout.startswith("Usage: drill list")  # a command's help: click's


def test_the_catalog_is_kept_and_read_again_only_where_a_problem_toml_changed(tmp_path, monkeypatch):
    import shutil

    from drill import catalog

    bank = tmp_path / "bank"
    for slug in ("two-sum", "3sum"):
        shutil.copytree(REPO / "problems" / slug, bank / slug)
    monkeypatch.setenv("DRILL_PROBLEMS", str(bank))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first, broken = catalog.catalog()
    assert [s.slug for s in first] == ["3sum", "two-sum"] and broken == []
    assert list((tmp_path / "cache" / "drill").glob("catalog-*.marshal"))
    meta = bank / "two-sum" / "problem.toml"
    meta.write_text(meta.read_text().replace('title = "Two Sum"', 'title = "Two Sum, renamed"'))
    again, _ = catalog.catalog()
    assert [s.title for s in again] == [first[0].title, "Two Sum, renamed"]
    meta.write_text("title = \n")
    shutil.rmtree(bank / "3sum")
    last, broken = catalog.catalog()
    assert last == [] and len(broken) == 1 and broken[0].startswith("bank/two-sum/problem.toml: cannot be read")
