"""`drill followup`: answer the speech-serving follow-up in a file, then score it against the rubric."""

from __future__ import annotations

from .. import clock, errors, followups, mock, problems
from ..errors import DrillError
from . import Session, ask_yes, interactive, json_out, say


def followup(name: str | None, done: bool, covered: str | None, edit: bool, as_json: bool) -> int:
    from ..render import followup as render

    session = Session(create=True)
    slug = session.slug_or_current(name)
    problem = problems.load(slug)
    path, created = followups.open_answer(session.ws, problem)
    text = followups.answer_text(path)
    if not done:
        if covered is not None:
            raise DrillError("--covered scores an answer: use it with --done")
        if as_json:
            json_out({"version": 1, "slug": slug, "scenario": problem.follow_up["Scenario"], "question": problem.follow_up["Question"],
                      "answer_file": str(path), "created": created, "words": len(text.split())})
        else:
            say(render.question_lines(problem, path, created, len(text.split())))
        if edit:
            from .practice import open_editor

            open_editor(path)
        return errors.EXIT_OK
    mock.forbid_reveal_during_round(session.state)  # the strong answer is part of what a round locks
    if not text:
        raise DrillError(f"write your answer in {path} first (under '{followups.ANSWER_HEADING}'), then drill followup {slug} --done")
    mentioned = followups.mentioned(problem, text)
    total = len(problem.rubric)
    earlier = followups.scores(session.state, slug)
    if covered is None and (as_json or not interactive()):
        how = render.tick_with(slug, total)
        if as_json:
            json_out({"version": 1, "slug": slug, "strong_answer": problem.follow_up["Strong answer"], "rubric": _rubric(problem, None, mentioned),
                      "recorded": False, "answer_with": how})
        else:
            say([*render.strong_answer_lines(problem), *render.rubric_lines(problem, None, mentioned), how])
        return errors.EXIT_OK
    if covered is None:
        say([*render.strong_answer_lines(problem), *render.rubric_lines(problem, None, mentioned), ""])
        ticks = [i for i, point in enumerate(problem.rubric, 1) if ask_yes(f"Did your answer make point {i} ({point.phrase})?", default=i in mentioned)]
    else:
        ticks = followups.parse_covered(covered, total)
    score = followups.Score(slug, clock.now(), ticks, total)
    followups.record(session.state, score)
    if as_json:
        json_out({"version": 1, "slug": slug, "strong_answer": problem.follow_up["Strong answer"], "rubric": _rubric(problem, ticks, mentioned),
                  "recorded": True, "score": len(ticks), "total": total, "earlier": [{"at": s.at, "score": len(s.covered), "total": s.total} for s in earlier]})
    else:
        head = render.strong_answer_lines(problem) if covered is not None else []
        say([*head, *render.rubric_lines(problem, ticks, mentioned), *render.score_lines(score, earlier)])
    return errors.EXIT_OK


def _rubric(problem, ticks, mentioned) -> list[dict]:
    return [
        {"number": i, "phrase": p.phrase, "says": p.says, "mentioned": i in mentioned, **({} if ticks is None else {"covered": i in ticks})}
        for i, p in enumerate(problem.rubric, 1)
    ]
