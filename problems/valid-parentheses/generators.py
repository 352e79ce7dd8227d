import random

from hypothesis import strategies as st

OPEN = "([{"
CLOSE = ")]}"
MAX_LENGTH = 10**4


@st.composite
def _balanced(draw):
    # Each step either opens a bracket of some kind or closes the latest open
    # one; whatever is still open at the end gets closed. Steps of 0 open "(",
    # so shrinking gives short strings such as "()" and "(())".
    # The second form first draws a length, so long strings (up to 2,000 steps)
    # show up too; the length shrinks to 0 like everything else.
    low = draw(st.integers(0, 2000)) if draw(st.booleans()) else 0
    steps = draw(st.lists(st.integers(0, 3), min_size=low, max_size=max(low, 60)))
    out, stack = [], []
    for step in steps:
        if step == 3 and stack:
            out.append(CLOSE[stack.pop()])
        else:
            kind = step % 3
            stack.append(kind)
            out.append(OPEN[kind])
    while stack:
        out.append(CLOSE[stack.pop()])
    return "".join(out)


@st.composite
def _string(draw):
    s = draw(_balanced())
    # Half are valid; the rest carry one small defect, the kind a wrong
    # solution trips on: a changed character, a lost or extra one, a swap.
    damage = draw(st.sampled_from(["none", "none", "change", "drop", "insert", "swap", "any"]))
    chars = list(s)
    if damage == "change" and chars:
        i = draw(st.integers(0, len(chars) - 1))
        chars[i] = draw(st.sampled_from(OPEN + CLOSE))
    elif damage == "drop" and len(chars) > 1:
        del chars[draw(st.integers(0, len(chars) - 1))]
    elif damage == "insert" and len(chars) < MAX_LENGTH:
        chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(OPEN + CLOSE)))
    elif damage == "swap" and len(chars) > 1:
        i = draw(st.integers(0, len(chars) - 2))
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    elif damage == "any":
        chars = list(draw(st.text(alphabet=OPEN + CLOSE, min_size=1, max_size=20)))
    s = "".join(chars) or "()"
    return [s[:MAX_LENGTH]]


def random_input():
    return _string()


def scale_input(n: int, rng: random.Random) -> list:
    # n characters (n even): one bracket kind nested n/2 deep. Removing
    # adjacent pairs peels exactly one layer per pass, whatever order the
    # kinds are tried in, so the pair-removal loop makes n/2 passes over a
    # long string; the stack walks it once.
    kind = rng.randrange(3)
    return [OPEN[kind] * (n // 2) + CLOSE[kind] * (n // 2)]


def check_input(s):
    # LeetCode's constraints (prompt.md): 1 <= s.length <= 10^4, only the characters ()[]{}.
    if not 1 <= len(s) <= MAX_LENGTH:
        return f"s has {len(s):,} characters; it takes 1 to 10^4"
    for i, ch in enumerate(s):
        if ch not in OPEN + CLOSE:
            return f"s holds {ch!r} at index {i}; it holds only the characters ()[]{{}}"
    return None
