import random

from hypothesis import strategies as st

# A two- or three-letter alphabet and short strings make shared prefixes, repeated
# words and "prefix of a stored word" queries common; the longer branch still
# exercises deeper paths.
_SHORT = st.text(alphabet="ab", min_size=1, max_size=4)
_LONGER = st.text(alphabet="abc", min_size=1, max_size=12)
_TEXT = _SHORT | _LONGER
_CALL = st.tuples(st.sampled_from(["insert", "search", "startsWith"]), _TEXT)


@st.composite
def _sequence(draw):
    # One to four instances, each a constructor followed by its own calls, so a
    # trie whose storage outlives its instance answers later queries wrongly.
    blocks = draw(st.lists(st.lists(_CALL, max_size=15), min_size=1, max_size=4))
    ops, args = [], []
    for calls in blocks:
        ops.append("Trie")
        args.append([])
        for name, text in calls:
            ops.append(name)
            args.append([text])
    return [ops, args]


def random_input():
    return _sequence()


def scale_input(n: int, rng: random.Random) -> list:
    # One instance: the first half inserts words that share a few stems, the second
    # half asks questions that mostly miss, so a list scan reads every stored word
    # on almost every call while the trie walks at most one word's length.
    alphabet = "abc"
    stems = ["".join(rng.choices(alphabet, k=12)) for _ in range(8)]
    inserts = max(1, (n - 1) // 2)
    queries = n - 1 - inserts
    words = [rng.choice(stems) + "".join(rng.choices(alphabet, k=12)) for _ in range(inserts)]
    ops = ["Trie"] + ["insert"] * inserts
    args = [[]] + [[w] for w in words]
    for q in range(queries):
        stem = rng.choice(stems)
        if q % 8 == 0:
            w = rng.choice(words)
            ops.append("startsWith")
            args.append([w[: rng.randint(1, len(w))]])
        elif q % 8 == 1:
            ops.append("search")
            args.append([stem + "".join(rng.choices(alphabet, k=12))])
        else:
            # "d" never occurs in a stored word: the query shares a long stem but misses.
            ops.append("startsWith")
            args.append([stem + "".join(rng.choices(alphabet, k=rng.randint(0, 8))) + "d"])
    return [ops, args]


MAX_CALLS = 3 * 10**4
MAX_WORD = 2000


def check_input(operations, arguments):
    # LeetCode's constraints (prompt.md): 1 <= word.length, prefix.length <= 2000, lowercase English letters,
    # at most 3 * 10^4 calls to insert, search and startsWith.
    calls = sum(1 for op in operations if op != "Trie")
    if calls > MAX_CALLS:
        return f"operations makes {calls:,} calls; at most 3 * 10^4"
    for i, (op, args) in enumerate(zip(operations, arguments)):
        if op == "Trie":
            continue
        word = args[0]
        if not 1 <= len(word) <= MAX_WORD:
            return f"arguments[{i}] holds a word of {len(word):,} letters; a word or prefix has 1 to 2,000"
        if not all("a" <= ch <= "z" for ch in word):
            return f"arguments[{i}] is {word!r}; words and prefixes hold lowercase English letters only"
    return None
