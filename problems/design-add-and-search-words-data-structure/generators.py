import random
import string

from hypothesis import strategies as st

# Two- or three-letter alphabets and short words make shared prefixes, repeated
# words and near misses common; the long branch reaches LeetCode's 25 letters.
_WORD = (
    st.text(alphabet="ab", min_size=1, max_size=4)
    | st.text(alphabet="abc", min_size=1, max_size=8)
    | st.text(alphabet="abc", min_size=20, max_size=25)
)
# A search is either a fresh word or derived from an added one (picked by
# index): kept as is, one letter shorter or longer, or with one letter changed.
# Then up to two positions (taken modulo its length) become dots.
_SEARCH = st.tuples(
    _WORD,
    st.integers(0, 50) | st.none(),
    st.sampled_from(["same", "shorter", "longer", "letter"]),
    st.lists(st.integers(0, 24), max_size=2),
)
_CALL = st.one_of(st.tuples(st.just("addWord"), _WORD), st.tuples(st.just("search"), _SEARCH))


def _pattern(spec, added):
    fresh, pick, edit, dots = spec
    base = list(fresh if pick is None or not added else added[pick % len(added)])
    if pick is not None and added:
        if edit == "shorter" and len(base) > 1:
            base.pop()
        elif edit == "longer" and len(base) < 25:
            base.append("c")
        elif edit == "letter":
            i = (pick + 1) % len(base)
            base[i] = "b" if base[i] == "a" else "a"
    for d in dots:
        base[d % len(base)] = "."
    return "".join(base)


@st.composite
def _sequence(draw):
    # One to three instances, each a constructor followed by its own calls, so
    # storage that outlives its instance answers later searches wrongly.
    blocks = draw(st.lists(st.lists(_CALL, max_size=12), min_size=1, max_size=3))
    ops, args = [], []
    for calls in blocks:
        ops.append("WordDictionary")
        args.append([])
        added: list[str] = []
        for name, spec in calls:
            ops.append(name)
            if name == "addWord":
                added.append(spec)
                args.append([spec])
            else:
                args.append([_pattern(spec, added)])
    return [ops, args]


def random_input():
    return _sequence()


def scale_input(n: int, rng: random.Random) -> list:
    # One instance: n/2 adds of 25-letter words, then n/2 searches of the same
    # length, so a scan compares the pattern with every stored word. Most searches
    # are near misses and most carry one or two dots; one in six puts both dots in
    # front, where the trie is bushiest.
    letters = string.ascii_lowercase
    adds = max(1, (n - 1) // 2)
    searches = n - 1 - adds
    words = ["".join(rng.choices(letters, k=25)) for _ in range(adds)]
    ops = ["WordDictionary"] + ["addWord"] * adds + ["search"] * searches
    args = [[]] + [[w] for w in words]
    for q in range(searches):
        w = list(rng.choice(words))
        if q % 4 != 0:
            w[rng.randrange(2, 25)] = rng.choice(letters)  # a near miss (or, rarely, a hit)
        kind = q % 6
        if kind in (1, 2):
            w[rng.randrange(25)] = "."
        elif kind in (3, 4):
            for i in rng.sample(range(25), 2):
                w[i] = "."
        elif kind == 5:
            w[0] = w[1] = "."
        args.append(["".join(w)])
    return [ops, args]


MAX_CALLS = 10**4
MAX_WORD = 25


def check_input(operations, arguments):
    # LeetCode's constraints (prompt.md): at most 10^4 calls to addWord and search in all; every word has
    # 1 to 25 characters; addWord takes lowercase English letters, search also "." (at most 2 of them).
    calls = sum(1 for op in operations if op != "WordDictionary")
    if calls > MAX_CALLS:
        return f"operations makes {calls:,} calls; at most 10^4"
    for i, (op, args) in enumerate(zip(operations, arguments)):
        if op == "WordDictionary":
            continue
        word = args[0]
        if not 1 <= len(word) <= MAX_WORD:
            return f"arguments[{i}] holds a word of {len(word):,} characters; a word has 1 to 25"
        if op == "addWord":
            if not all("a" <= ch <= "z" for ch in word):
                return f"arguments[{i}] is {word!r}; addWord takes lowercase English letters only"
        else:
            if not all("a" <= ch <= "z" or ch == "." for ch in word):
                return f"arguments[{i}] is {word!r}; search takes lowercase English letters and '.' only"
            if word.count(".") > 2:
                return f"arguments[{i}] is {word!r}, with {word.count('.')} dots; a search has at most 2"
    return None
