# verdict: accepted
# why: searches its own process for anything of the problem's hidden folder (the reference, the brute force, generators, cases, a checker): loaded modules, every function and code object the GC knows, open file descriptors, at import and on every call; it answers wrongly if it finds any, so accepted proves the worker (however prepared or reused for speed) holds none of it
import gc
import os
import sys


def _from_a_problem_folder(path):
    try:
        return bool(path) and os.path.exists(os.path.join(os.path.dirname(os.path.abspath(path)), "problem.toml"))
    except (TypeError, ValueError, OSError):
        return False


def _leaks():
    found = []
    for module in list(sys.modules.values()):
        if _from_a_problem_folder(getattr(module, "__file__", None)):
            found.append(module.__file__)
    for obj in gc.get_objects():
        code = getattr(obj, "__code__", None) if callable(obj) else None
        if code is not None and _from_a_problem_folder(code.co_filename):
            found.append(code.co_filename)
    try:
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if _from_a_problem_folder(target):
                found.append(target)
    except OSError:
        pass
    return found


AT_IMPORT = _leaks()


class Solution:
    def twoSum(self, nums, target):
        if AT_IMPORT or _leaks():
            return []
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
