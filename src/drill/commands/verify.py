"""`drill verify`: the author's checks of problem folders."""

from __future__ import annotations

from .. import errors, problems
from ..errors import DrillError
from . import json_out, say


def run(slugs: list[str], as_json: bool, jobs: int) -> int:
    from .. import verify
    from ..render.verify import result_lines, summary_line

    names = [problems.resolve(s) for s in slugs] if slugs else problems.slugs()
    if not names:
        raise DrillError(f"no problems found in {problems.bank_dir()}")
    progress = None if as_json else (lambda result: say(result_lines(result)))
    results = verify.verify_all(names, jobs=jobs, progress=progress)
    ok = all(r.ok for r in results)
    if as_json:
        json_out({"version": 1, "ok": ok, "problems": [r.to_dict() for r in results]})
    else:
        say([summary_line(results)])
    return errors.EXIT_OK if ok else errors.EXIT_FAILED
