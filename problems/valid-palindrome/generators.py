import random
import string

from hypothesis import strategies as st

MAX_LENGTH = 2 * 10**5
ALNUM = string.ascii_letters + string.digits
FILLER = "".join(c for c in string.printable[:95] if not c.isalnum())  # space and punctuation


@st.composite
def _mirrored(draw):
    # A palindrome of letters and digits (few distinct ones, so repeats are
    # common), then random case, then filler characters inserted anywhere, so
    # the raw string is usually no palindrome while the filtered one is.
    alphabet = draw(st.sampled_from(["ab", "a1", "xyz09", ALNUM]))
    low = draw(st.integers(0, 3000)) if draw(st.booleans()) else 0
    half = draw(st.text(alphabet=alphabet, min_size=low, max_size=max(low, 20)))
    middle = draw(st.sampled_from(["", "", "m", "7"]))
    core = half + middle + half[::-1]
    if len(core) <= 60:
        flips = draw(st.lists(st.booleans(), min_size=len(core), max_size=len(core)))
    else:  # long cores: case from a drawn seed, cheaper than a boolean per letter
        rnd = random.Random(draw(st.integers(0, 2**16)))
        flips = rnd.choices((False, True), k=len(core))
    chars = [c.upper() if f else c.lower() for c, f in zip(core, flips)]
    inserts = draw(st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(FILLER)), max_size=12))
    for pos, c in inserts:
        chars.insert(pos % (len(chars) + 1), c)
    # Some inputs get one letter or digit changed, so the answer is false.
    if draw(st.booleans()) and core:
        spots = [i for i, c in enumerate(chars) if c.isalnum()]
        i = spots[draw(st.integers(0, len(spots) - 1))]
        chars[i] = draw(st.sampled_from(ALNUM))
    s = "".join(chars) or draw(st.sampled_from(FILLER))
    return [s[:MAX_LENGTH]]


def random_input():
    # Mostly near-palindromes; also arbitrary printable text, which is rarely one.
    anything = st.text(alphabet=string.printable[:95], min_size=1, max_size=40).map(lambda s: [s])
    return st.one_of(_mirrored(), anything)


def scale_input(n: int, rng: random.Random) -> list:
    # n characters, about 80% of them letters and digits forming a palindrome in
    # random case, with filler scattered at random: the answer is true, so both
    # ends have to be walked all the way to the middle, and the filtered string
    # is long (which is what copying-based quadratic solutions pay for).
    k = n * 4 // 5
    half = rng.choices(string.ascii_lowercase + string.digits, k=k // 2)
    core = half + ([rng.choice(string.ascii_lowercase)] if k % 2 else []) + half[::-1]
    upper = rng.choices((False, True), k=len(core))
    core = [c.upper() if u else c for c, u in zip(core, upper)]
    core = "".join(core)
    filler_at = sorted(rng.sample(range(n), n - len(core)))
    pieces, taken, previous = [], 0, 0
    for pos, c in zip(filler_at, rng.choices(FILLER, k=len(filler_at))):
        pieces.append(core[taken : taken + pos - previous])
        taken += pos - previous
        pieces.append(c)
        previous = pos + 1
    pieces.append(core[taken:])
    return ["".join(pieces)]


def check_input(s):
    # LeetCode's constraints (prompt.md): 1 <= s.length <= 2 * 10^5, printable ASCII only (space to ~).
    if not 1 <= len(s) <= MAX_LENGTH:
        return f"s has {len(s):,} characters; it takes 1 to 2 * 10^5"
    if not (s.isascii() and s.isprintable()):  # exactly the characters from " " to "~"
        i = next(i for i, ch in enumerate(s) if not " " <= ch <= "~")
        return f"s[{i}] is {s[i]!r}; s holds printable ASCII characters only (space to ~)"
    return None
