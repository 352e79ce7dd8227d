"""Shared fixtures: an isolated workspace, solution files judged for real, a private bank."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from drill import judge, problems

REPO = Path(__file__).resolve().parent.parent
BANK = REPO / "problems"


@pytest.fixture(autouse=True)
def drill_home(tmp_path, monkeypatch):
    """Every test gets its own workspace, and the checkout's bank unless it asks for another."""
    home = tmp_path / "drill-home"
    home.mkdir()
    monkeypatch.setenv("DRILL_HOME", str(home))
    monkeypatch.delenv("DRILL_PROBLEMS", raising=False)
    monkeypatch.delenv("DRILL_DEBUG", raising=False)
    return home


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A workspace not made yet (ws/ under tmp_path), plain output, the real clock."""
    ws = tmp_path / "ws"
    monkeypatch.setenv("DRILL_HOME", str(ws))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("DRILL_CLOCK_OFFSET", raising=False)
    return ws


def small_bank_env(tmp_path: Path, slugs) -> dict:
    """An environment for `python -m drill` over a bank of only these problems (what commands pick then
    does not depend on the bank's growth), its workspace ws/ under tmp_path."""
    bank = tmp_path / "bank"
    for slug in slugs:
        shutil.copytree(BANK / slug, bank / slug, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(BANK / "patterns.toml", bank / "patterns.toml")
    env = dict(os.environ, DRILL_HOME=str(tmp_path / "ws"), NO_COLOR="1", DRILL_PROBLEMS=str(bank))
    env.pop("DRILL_CLOCK_OFFSET", None)
    return env


def drill_at(env: dict, *args, offset: float = 0) -> subprocess.CompletedProcess:
    """`python -m drill ARGS` in `env`, the clock moved `offset` seconds ahead."""
    e = dict(env, DRILL_CLOCK_OFFSET=str(offset))
    return subprocess.run([sys.executable, "-m", "drill", *args], capture_output=True, text=True, env=e, stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def write_solution(tmp_path):
    """Write `source` (dedented) to a file in tmp_path and return its path."""
    counter = {"n": 0}

    def write(source: str, name: str | None = None) -> Path:
        counter["n"] += 1
        path = tmp_path / (name or f"solution{counter['n']}.py")
        path.write_text(textwrap.dedent(source).lstrip("\n"), encoding="utf-8")
        return path

    return write


@pytest.fixture
def check(write_solution):
    """Judge a solution given as source text: check(slug, source, **kwargs) -> Report."""

    def run(slug: str, source: str, name: str | None = None, **kwargs) -> judge.Report:
        path = write_solution(source, name)
        return judge.check(problems.load(slug), str(path), **kwargs)

    return run


@pytest.fixture
def tmp_bank(tmp_path, monkeypatch):
    """copy(slug) puts a copy of a bank problem in a private bank (DRILL_PROBLEMS) and returns its folder.

    The bank folder is itself named `problems`, so defects read `problems/<slug>/...`
    exactly as they do in the checkout.
    """
    bank = tmp_path / "bank" / "problems"
    bank.mkdir(parents=True)
    shutil.copy(BANK / "patterns.toml", bank / "patterns.toml")
    monkeypatch.setenv("DRILL_PROBLEMS", str(bank))

    def copy(slug: str) -> Path:
        dest = bank / slug
        shutil.copytree(BANK / slug, dest, ignore=shutil.ignore_patterns("__pycache__"))
        return dest

    copy.bank = bank
    return copy


@pytest.fixture
def drill(tmp_path):
    """drill(*args) runs `python -m drill ARGS` in tmp_path, as a learner would."""

    def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "drill", *args],
            cwd=tmp_path,
            env=dict(os.environ),
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    return run
