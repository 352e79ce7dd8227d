"""Accepts any shortest window of s that holds t's letters with their counts."""

from collections import Counter


def check(inputs, expected, got):
    s, t = inputs["s"], inputs["t"]
    if not isinstance(got, str):
        return False, f"expected a string, got {type(got).__name__} {got!r}"
    if expected == "":
        if got == "":
            return True, ""
        return False, f'no window of s holds all of t, so the answer is "", not a string of length {len(got)}'
    if got == "":
        return False, f'a window exists (for example {expected!r}, of length {len(expected)}), but got ""'
    short = got if len(got) <= 40 else got[:37] + "..."
    if got not in s:
        return False, f"{short!r} is not a substring of s"
    lacking = Counter(t) - Counter(got)
    if lacking:
        c = sorted(lacking)[0]
        return False, f"t needs {Counter(t)[c]} of {c!r}, but {short!r} holds {got.count(c)}"
    if len(got) != len(expected):
        return False, f"{short!r} holds t but has length {len(got)}; the shortest window has length {len(expected)}"
    return True, ""
