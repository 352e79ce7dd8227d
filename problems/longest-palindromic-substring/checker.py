"""Accepts any palindromic substring of s whose length is the longest possible."""


def check(inputs, expected, got):
    s = inputs["s"]
    if not isinstance(got, str):
        return False, f"expected a string, got {type(got).__name__} {got!r}"
    if got != got[::-1]:
        return False, f"{_short(got)} is not a palindrome"
    if got not in s:
        return False, f"{_short(got)} is not a substring of s"
    if len(got) != len(expected):
        return False, f"{_short(got)} has length {len(got)}, but a palindrome of length {len(expected)} exists (for example {_short(expected)})"
    return True, ""


def _short(text, limit=60):
    if len(text) <= limit:
        return repr(text)
    return repr(text[: limit // 2]) + "..." + repr(text[-limit // 2 :]) + f" ({len(text)} characters)"
