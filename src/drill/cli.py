"""The command line: parse, call the library, render. Nothing is decided here."""

from __future__ import annotations

import sys

import click

from . import errors
from .vocab import CATEGORIES, DIFFICULTIES, RATINGS, STATUSES


def _run(module: str, function: str, *args) -> int:
    """Call a command of the command layer (imported only now: start-up stays fast); its exit code."""
    import importlib

    return getattr(importlib.import_module(f"drill.commands.{module}"), function)(*args)


JSON = click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")


def _complete_slug(ctx, param, incomplete):
    from .problems import slugs

    return [s for s in slugs() if s.startswith(incomplete)]


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="drill", message="drill %(version)s")
@click.pass_context
def cli(ctx):
    """drill: a local judge for the Blind 75 interview problems."""
    if ctx.invoked_subcommand is None:
        from .commands import browse

        browse.where_am_i()


@cli.command()
@click.argument("slug", required=False, shell_complete=_complete_slug)
@click.option("--file", "file", type=click.Path(dir_okay=True), help="Judge this file instead of solutions/<slug>.py.")
@click.option("--thorough", is_flag=True, help="Ten times more random tests, with a fresh seed.")
@click.option("--seed", type=int, help="The seed for --thorough (repeat a run).")
@JSON
def check(slug, file, thorough, seed, as_json):
    """Grade a solution: edge cases, random tests, scale. Exit 0 only when accepted."""
    sys.exit(_run("check", "run", slug, file, thorough, seed, as_json))


@cli.command()
@click.argument("slug", required=False, shell_complete=_complete_slug)
def watch(slug):
    """Check the current problem on every save, until q or Ctrl-C."""
    sys.exit(_run("watch", "run", slug))


@cli.command()
@click.argument("slug", required=False, shell_complete=_complete_slug)
@click.option(
    "--input",
    "input_path",
    metavar="FILE|-",
    help="Inputs in LeetCode's test-case notation: one value per line, several cases one after another"
    " (- reads stdin). Default: the prompt's examples.",
)
@JSON
def run(slug, input_path, as_json):
    """Run your solution on your own input: your output beside the reference's (a run, not a check)."""
    sys.exit(_run("run", "run", slug, input_path, as_json))


@cli.command()
@JSON
def stats(as_json):
    """Your progress: per category, practice days, time to solve, failing checks, help used."""
    sys.exit(_run("progress", "stats", as_json))


@cli.command()
@click.option(
    "--days", type=click.Choice(["14", "28", "60"]), help="Make a new plan of this many days (re-planning keeps what you solved)."
)
@click.option("--start", metavar="DATE", help="The plan's first day, YYYY-MM-DD (default: today).")
@click.option("--per-day", type=click.IntRange(min=1), help="Problems a day (default: spread evenly over the plan).")
@click.option("--all", "show_all", is_flag=True, help="Show every day of the plan.")
@JSON
def plan(days, start, per_day, show_all, as_json):
    """A 14-, 28- or 60-day study plan: today's problems, what is overdue, ahead or behind."""
    sys.exit(_run("progress", "plan", int(days) if days else None, start, per_day, show_all, as_json))


@cli.command()
@click.argument("slugs", nargs=-1, shell_complete=_complete_slug)
@JSON
@click.option("--jobs", type=int, default=2, show_default=True, help="Problems checked in parallel.")
def verify(slugs, as_json, jobs):
    """The author's check of problem folders (all when none is named)."""
    sys.exit(_run("verify", "run", list(slugs), as_json, jobs))


@cli.command(name="list")
@click.option("--category", type=click.Choice(CATEGORIES))
@click.option("--difficulty", type=click.Choice(DIFFICULTIES))
@click.option("--status", type=click.Choice(STATUSES))
@JSON
def list_(category, difficulty, status, as_json):
    """The problems by category, with your status, attempts and best time."""
    sys.exit(_run("browse", "list_problems", category, difficulty, status, as_json))


@cli.command()
@click.argument("name", shell_complete=_complete_slug)
@click.option("--edit", is_flag=True, help="Open the solution in $VISUAL / $EDITOR.")
def start(name, edit):
    """Show the prompt, put the stub in solutions/, start the clock (NAME: slug or LeetCode number)."""
    sys.exit(_run("practice", "start", name, edit))


@cli.command()
@click.argument("name", required=False, shell_complete=_complete_slug)
@JSON
def hint(name, as_json):
    """The next of three graded hints (recorded)."""
    sys.exit(_run("hints", "hint", name, as_json))


@cli.command()
@click.argument("name", required=False, shell_complete=_complete_slug)
@click.option("--yes", is_flag=True, help="Reveal an unsolved problem without asking.")
@JSON
def reveal(name, yes, as_json):
    """The reference and brute force, the notes and the follow-up's strong answer (recorded)."""
    sys.exit(_run("hints", "reveal", name, yes, as_json))


@cli.command()
@JSON
def status(as_json):
    """The current problem, the clock, attempts and the last verdict."""
    sys.exit(_run("browse", "status", as_json))


@cli.command()
@click.argument("name", shell_complete=_complete_slug)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def reset(name, yes):
    """Put the stub back, keeping the current attempt as a timestamped backup."""
    sys.exit(_run("practice", "reset", name, yes))


@cli.command()
@click.argument("name", required=False, shell_complete=_complete_slug)
def prompt(name):
    """Show a problem's prompt again."""
    sys.exit(_run("browse", "prompt", name))


@cli.command(name="next")
@click.option("--rate", type=click.Choice(RATINGS), help="Override the rating of the last review (from the evidence) first.")
@JSON
def next_(rate, as_json):
    """What to do now: a review that is due (re-opened with a fresh stub), else new work; opened, clock started."""
    sys.exit(_run("retention", "next_", rate, as_json))


@cli.command()
@click.argument("name", required=False, shell_complete=_complete_slug)
@click.option("--answer", help="The pattern: a letter of the choices or the pattern's name (asked at a terminal).")
@click.option("--invariant", help="The invariant, in one line (optional).")
@click.option("--seed", type=int, help="Other distractors (the default is fixed per problem).")
@JSON
def classify(name, answer, invariant, seed, as_json):
    """Name a problem's pattern (multiple choice) and state its invariant; then compare with the notes."""
    sys.exit(_run("recognition", "classify", name, answer, invariant, seed, as_json))


@cli.command()
@click.option("--count", default=5, show_default=True, help="How many prompts.")
@click.option("--category", type=click.Choice(CATEGORIES), help="Only prompts of this category.")
@click.option("--seed", type=int, help="Make the quiz repeatable (shown when not given).")
@click.option("--answer", "answers", multiple=True, help="One answer per question, in order: a letter or a pattern name (a,b,c works too).")
@JSON
def quiz(count, category, seed, answers, as_json):
    """Pattern recognition: read prompts, name each one's pattern, see the answer and why (scored per pattern)."""
    sys.exit(_run("recognition", "quiz", count, category, seed, answers, as_json))


@cli.command()
@click.argument("name", required=False, shell_complete=_complete_slug)
@click.option("--done", is_flag=True, help="Show the strong answer and its rubric; score your answer.")
@click.option("--covered", help="With --done: the rubric points your answer made (1,3 · all · none); asked at a terminal.")
@click.option("--edit", is_flag=True, help="Open the answer file in $VISUAL / $EDITOR.")
@JSON
def followup(name, done, covered, edit, as_json):
    """The speech-serving follow-up as an exercise: answer in solutions/followups/<slug>.md, then --done."""
    sys.exit(_run("followup", "followup", name, done, covered, edit, as_json))


@cli.group(invoke_without_command=True)
@click.option("--count", default=2, show_default=True, help="How many problems.")
@click.option("--minutes", default=45.0, show_default=True, help="The round's length.")
@click.option("--category", type=click.Choice(CATEGORIES), help="Only problems of this category.")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES), help="Only problems of this difficulty.")
@click.option("--seed", type=int, help="Make the pick repeatable.")
@JSON
@click.pass_context
def mock(ctx, count, minutes, category, difficulty, seed, as_json):
    """A timed mock interview round (default: 2 problems in 45 minutes)."""
    if ctx.invoked_subcommand is None:
        sys.exit(_run("mock", "start", count, minutes, category, difficulty, seed, as_json))


@mock.command(name="status")
@JSON
def mock_status(as_json):
    """Time left and, per problem, the verdict so far."""
    sys.exit(_run("mock", "status", as_json))


@mock.command(name="watch")
def mock_watch():
    """A live view that re-checks a solution when its file is saved."""
    sys.exit(_run("mock", "watch"))


@mock.command(name="end")
@JSON
def mock_end(as_json):
    """Close the round now: report, score, and the notes unlocked."""
    sys.exit(_run("mock", "end", as_json))


@mock.command(name="history")
@JSON
def mock_history(as_json):
    """Past rounds and their scores."""
    sys.exit(_run("mock", "history", as_json))


def main() -> None:
    """Parse with click (drill.entry serves the fast commands first); errors as one line and an exit code."""
    from .entry import guarded, keep_help

    def run() -> int:
        try:
            if sys.argv[1:] in (["--help"], ["-h"]):
                with click.Context(cli, info_name="drill", **cli.context_settings) as ctx:
                    text = cli.get_help(ctx) + "\n"
                keep_help(text)
                sys.stdout.write(text)
                return errors.EXIT_OK
            cli.main(standalone_mode=False)
            return errors.EXIT_OK
        except click.exceptions.Exit as e:
            return e.exit_code
        except click.exceptions.Abort:
            click.echo("Aborted.", err=True)
            return errors.EXIT_INTERRUPTED
        except click.ClickException as e:
            e.show()
            return errors.EXIT_USAGE

    sys.exit(guarded(run))
