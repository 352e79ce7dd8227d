"""The command line: parse, call the library, render. Nothing is decided here."""

from __future__ import annotations

import os
import sys

import click

from . import errors
from .errors import DrillError


def _complete_slug(ctx, param, incomplete):
    from .problems import slugs

    return [s for s in slugs() if s.startswith(incomplete)]


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="drill", message="drill %(version)s")
@click.pass_context
def cli(ctx):
    """drill: a local judge for the Blind 75 interview problems."""
    if ctx.invoked_subcommand is None:
        from . import commands

        commands.where_am_i()


@cli.command()
@click.argument("slug", required=False, shell_complete=_complete_slug)
@click.option("--file", "file", type=click.Path(dir_okay=True), help="Judge this file instead of solutions/<slug>.py.")
@click.option("--thorough", is_flag=True, help="Ten times more random tests, with a fresh seed.")
@click.option("--seed", type=int, help="The seed for --thorough (repeat a run).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
def check(slug, file, thorough, seed, as_json):
    """Grade a solution: edge cases, random tests, scale. Exit 0 only when accepted."""
    from . import commands

    code = commands.check(slug, file, thorough, seed, as_json)
    sys.exit(code)


@cli.command()
@click.argument("slugs", nargs=-1, shell_complete=_complete_slug)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
@click.option("--jobs", type=int, default=2, show_default=True, help="Problems checked in parallel.")
def verify(slugs, as_json, jobs):
    """The author's check of problem folders (all when none is named)."""
    from . import commands

    sys.exit(commands.verify(list(slugs), as_json, jobs))


@cli.command(name="list")
@click.option("--category", type=click.Choice(["array", "binary", "dynamic-programming", "graph", "interval", "linked-list", "matrix", "string", "tree", "heap"]))
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]))
@click.option("--status", type=click.Choice(["new", "started", "attempted", "solved", "revealed"]))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
def list_(category, difficulty, status, as_json):
    """The problems by category, with your status, attempts and best time."""
    from . import commands

    sys.exit(commands.list_problems(category, difficulty, status, as_json))


@cli.command()
@click.argument("name", shell_complete=_complete_slug)
@click.option("--edit", is_flag=True, help="Open the solution in $VISUAL / $EDITOR.")
def start(name, edit):
    """Show the prompt, put the stub in solutions/, start the clock (NAME: slug or LeetCode number)."""
    from . import commands

    sys.exit(commands.start(name, edit))


@cli.command()
@click.argument("name", required=False, shell_complete=_complete_slug)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
def hint(name, as_json):
    """The next of three graded hints (recorded)."""
    from . import commands

    sys.exit(commands.hint(name, as_json))


@cli.command()
@click.argument("name", required=False, shell_complete=_complete_slug)
@click.option("--yes", is_flag=True, help="Reveal an unsolved problem without asking.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
def reveal(name, yes, as_json):
    """The reference and brute force, the notes and the follow-up's strong answer (recorded)."""
    from . import commands

    sys.exit(commands.reveal(name, yes, as_json))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
def status(as_json):
    """The current problem, the clock, attempts and the last verdict."""
    from . import commands

    sys.exit(commands.status(as_json))


@cli.command()
@click.argument("name", shell_complete=_complete_slug)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def reset(name, yes):
    """Put the stub back, keeping the current attempt as a timestamped backup."""
    from . import commands

    sys.exit(commands.reset(name, yes))


@cli.command()
@click.argument("name", required=False, shell_complete=_complete_slug)
def prompt(name):
    """Show a problem's prompt again."""
    from . import commands

    sys.exit(commands.prompt(name))


@cli.group(invoke_without_command=True)
@click.option("--count", default=2, show_default=True, help="How many problems.")
@click.option("--minutes", default=45.0, show_default=True, help="The round's length.")
@click.option("--category", help="Only problems of this category.")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]), help="Only problems of this difficulty.")
@click.option("--seed", type=int, help="Make the pick repeatable.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
@click.pass_context
def mock(ctx, count, minutes, category, difficulty, seed, as_json):
    """A timed mock interview round (default: 2 problems in 45 minutes)."""
    if ctx.invoked_subcommand is None:
        from . import mock_commands

        sys.exit(mock_commands.start(count, minutes, category, difficulty, seed, as_json))


@mock.command(name="status")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
def mock_status(as_json):
    """Time left and, per problem, the verdict so far."""
    from . import mock_commands

    sys.exit(mock_commands.status(as_json))


@mock.command(name="watch")
def mock_watch():
    """A live view that re-checks a solution when its file is saved."""
    from . import mock_commands

    sys.exit(mock_commands.watch())


@mock.command(name="end")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
def mock_end(as_json):
    """Close the round now: report, score, and the notes unlocked."""
    from . import mock_commands

    sys.exit(mock_commands.end(as_json))


@mock.command(name="history")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
def mock_history(as_json):
    """Past rounds and their scores."""
    from . import mock_commands

    sys.exit(mock_commands.history(as_json))


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(errors.EXIT_INTERRUPTED)
    except click.ClickException as e:
        e.show()
        sys.exit(errors.EXIT_USAGE)
    except DrillError as e:
        click.echo(f"drill: {e.message}", err=True)
        sys.exit(e.code)
    except KeyboardInterrupt:
        click.echo("drill: interrupted", err=True)
        sys.exit(errors.EXIT_INTERRUPTED)
    except BrokenPipeError:
        sys.exit(errors.EXIT_OK)
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, exit 3
        if os.environ.get("DRILL_DEBUG"):
            raise
        click.echo(f"drill: internal error: {type(e).__name__}: {e} (set DRILL_DEBUG=1 for the traceback)", err=True)
        sys.exit(errors.EXIT_INTERNAL)
