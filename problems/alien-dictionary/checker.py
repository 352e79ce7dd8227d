"""Accepts any alphabet consistent with the words; "" exactly when none exists."""


def _rules(words):
    """The ordering rules the words imply: a list of (a, b, left, right), meaning
    a must come before b because `left` comes right before `right`. Also returns
    the first pair (left, right) where a word is followed by its own proper prefix,
    or None."""
    rules = []
    for left, right in zip(words, words[1:]):
        for a, b in zip(left, right):
            if a != b:
                rules.append((a, b, left, right))
                break
        else:
            if len(left) > len(right):
                return rules, (left, right)
    return rules, None


def _cycle(rules):
    """One cycle of letters in the rules as a list [a, b, ..., a], or None."""
    after = {}
    for a, b, _, _ in rules:
        after.setdefault(a, []).append(b)
    state = {}  # 1: on the current path, 2: finished

    for start in after:
        if state.get(start):
            continue
        path = [start]
        state[start] = 1
        stack = [iter(after.get(start, ()))]
        while stack:
            b = next(stack[-1], None)
            if b is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(b) == 1:
                return path[path.index(b):] + [b]
            elif not state.get(b):
                state[b] = 1
                path.append(b)
                stack.append(iter(after.get(b, ())))
    return None


def _no_order_reason(words):
    rules, prefix = _rules(words)
    if prefix is not None:
        return f"{prefix[0]!r} comes right before its own prefix {prefix[1]!r}"
    cycle = _cycle(rules)
    if cycle is not None:
        return "the words force the cycle " + " < ".join(cycle)
    return None


def check(inputs, expected, got):
    words = inputs["words"]
    if not isinstance(got, str):
        return False, f"expected a string, got {type(got).__name__} {got!r}"

    reason = _no_order_reason(words)
    if expected == "" or reason is not None:
        if got == "":
            return True, ""
        return False, f'no order exists ({reason or "see the expected answer"}), so the answer is "", not {got!r}'

    if got == "":
        return False, f'an order exists (for example {expected!r}), but got ""'

    letters = set("".join(words))
    placed = set()
    for c in got:
        if c not in letters:
            return False, f"{c!r} appears in no word, so it must not be in the answer"
        if c in placed:
            return False, f"{c!r} appears {got.count(c)} times in {got!r}: each letter exactly once"
        placed.add(c)
    missing = sorted(letters - set(got))
    if missing:
        return False, f"{missing[0]!r} is missing from {got!r}: every letter that occurs in the words must appear"

    position = {c: i for i, c in enumerate(got)}
    rules, _ = _rules(words)
    for a, b, left, right in rules:
        if position[a] > position[b]:
            return False, f"{a!r} must come before {b!r} (from {left!r} < {right!r})"
    return True, ""
