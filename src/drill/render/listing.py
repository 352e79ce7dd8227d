"""The bank as a table, and where the learner stands."""

from __future__ import annotations

import math

from . import text

from ..vocab import SOLVED

# Which common list holds a problem: the original Blind 75, NeetCode's, or both.
LIST_NAMES = {("blind75", "neetcode-blind75"): "both", ("blind75",): "Blind 75", ("neetcode-blind75",): "NeetCode"}
STATUS_STYLE = {"new": "dim", "started": "cyan", "attempted": "yellow", "solved": "green", "optimal": "bold green", "revealed": "magenta"}


def until(due: float | None, now: float) -> str:
    """When a review falls due, short (for tables): due, in 5h, in 3d, or — (not dated)."""
    if due is None:
        return "—"
    left = due - now
    if left <= 0:
        return "due"
    days = round(left / 86400)
    return f"in {days}d" if days else f"in {math.ceil(left / 3600)}h"


def _review_cell(shown: str) -> tuple[str, str]:
    return shown, "bold yellow" if shown == "due" else ""


def list_lines(rows: list[dict], on: bool, now: float) -> list[str]:
    """The bank by category (plain text: `drill list` must start fast); colour when `on`. The review
    column says when a reviewed problem comes back (due, in 3d)."""
    from .plain import paint, table

    if not rows:
        return ["No problem matches."]
    out: list[str] = []
    by_cat: dict[str, list[dict]] = {}
    for row in rows:
        by_cat.setdefault(row["category"], []).append(row)
    headers = [("#", ">"), ("problem", "<"), ("difficulty", "<"), ("status", "<"), ("attempts", ">"), ("best", ">"), ("review", "<"), ("list", "<")]
    for cat in sorted(by_cat):
        cells = [
            [
                (str(r["leetcode"]), ""),
                (r["slug"], ""),
                (r["difficulty"], ""),
                (r["status"], STATUS_STYLE.get(r["status"], "")),
                (str(r["attempts"]), ""),
                (text.duration(r["best_seconds"]), ""),
                _review_cell(until(r.get("review_due_at"), now)),
                (LIST_NAMES.get(tuple(r["lists"]), ", ".join(r["lists"])), ""),
            ]
            for r in sorted(by_cat[cat], key=lambda r: r["leetcode"])
        ]
        out += [paint(cat, "bold", on), *table(headers, cells, on, indent=" "), ""]
    solved = sum(1 for r in rows if r["status"] in SOLVED)
    optimal = sum(1 for r in rows if r["status"] == "optimal")
    out.append(f"{solved}/{len(rows)} solved, {optimal} of them at the optimal class")
    return out


def status_lines(data: dict, now: float = 0.0) -> list[str]:
    if not data["current"]:
        return [f"No current problem in {data['workspace']}. Start one: [bold]drill start two-sum[/]"]
    if data["status"] == "optimal":
        optimal_later = data.get("optimal_seconds") not in (None, data["solve_seconds"])
        timer = f"solved in {text.duration(data['solve_seconds'])}" + (
            f", at the optimal class in {text.duration(data['optimal_seconds'])}" if optimal_later else ", at the optimal class"
        )
    elif data["status"] == "solved":
        timer = f"solved in {text.duration(data['solve_seconds'])}, not yet at the optimal class"
    else:
        timer = f"clock running {text.duration(data['running_seconds'])}"
    lines = [
        f"[bold]{data['current']}[/] — {data['status']}, {timer}",
        f"attempts: {data['attempts']}, last verdict: {data['last_verdict'] or '—'}, hints: {data['hints_shown']}",
        f"solution: {data['solution']}",
    ]
    review = data.get("review")
    if review and review["open"]:
        lines.append(f"review open: clock running {text.duration(review['running_seconds'])}")
    elif review:
        from .retention import when

        lines.append(f"next review: {when(review['due_at'], now)}")
    if data.get("mock_round"):
        lines.append(f"mock round running: {text.duration(data['mock_round']['seconds_left'])} left (drill mock status)")
    return lines


def where_lines(current: str | None, solution_path, due: list = ()) -> list[str]:
    from .retention import due_line

    lines = ["[bold]drill[/] — a local judge for the Blind 75."]
    if due_line(due):
        lines.append(due_line(due))
    if current:
        lines.append(f"Current problem: [bold]{current}[/] ({solution_path})")
        lines.append("Next: edit the file, then [bold]drill check[/] (or drill hint / drill status).")
    else:
        lines.append("Next: [bold]drill list[/] to see the problems, [bold]drill start two-sum[/] to begin.")
    lines.append("All commands: drill --help")
    return lines
