import random
import string

from hypothesis import strategies as st

LETTERS = string.ascii_lowercase


@st.composite
def _instance(draw):
    # Words over two or three letters overlap and prefix one another, which is
    # where greedy cuts go wrong; the whole alphabet covers unrelated words.
    alphabet = draw(st.sampled_from(["ab", "abc", LETTERS]))
    short = st.text(alphabet=alphabet, min_size=1, max_size=4)
    word = short | st.text(alphabet=alphabet, min_size=1, max_size=20)
    words = draw(st.lists(word, min_size=1, max_size=6, unique=True) | st.lists(word, min_size=1, max_size=1000, unique=True))
    # Build s from dictionary words (so true answers are common), then maybe
    # spoil it: change, drop or add a letter.
    picks = draw(st.lists(st.sampled_from(words), min_size=1, max_size=12) | st.lists(st.sampled_from(words), min_size=1, max_size=150))
    s = "".join(picks)[:300]
    edit = draw(st.sampled_from(["keep", "keep", "change", "drop", "add"]))
    if edit != "keep":
        i = draw(st.integers(0, len(s) - 1))
        ch = draw(st.sampled_from(alphabet))
        if edit == "change":
            s = s[:i] + ch + s[i + 1 :]
        elif edit == "drop" and len(s) > 1:
            s = s[:i] + s[i + 1 :]
        elif edit == "add" and len(s) < 300:
            s = s[:i] + ch + s[i:]
    return [s, words]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n letters: a run of a's ending in b, with the words a, aa, ..., up to 20
    # a's, plus other words (3 per letter of s: 920 in all at n = 300, close to
    # the 1,000 allowed). Every cut of the a's into pieces of at most 20 is
    # valid until the b, so backtracking without a memo explores exponentially
    # many of them before answering false. The dictionary grows with n so that
    # the reference's time (which includes building its set of words) grows
    # with the input, and solutions that scan every word at every position show
    # the extra factor of the dictionary's size.
    words = ["a" * k for k in range(1, 21)]
    seen = set(words)
    while len(words) < min(1000, 20 + 3 * n):
        w = "".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 20)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    rng.shuffle(words)
    return ["a" * (n - 1) + "b", words]


def check_input(s, wordDict):
    # LeetCode's constraints (prompt.md): 1 <= s.length <= 300, 1 <= wordDict.length <= 1000,
    # 1 <= wordDict[i].length <= 20, lowercase English letters only, distinct words.
    if not 1 <= len(s) <= 300:
        return f"s has {len(s):,} letters; it takes 1 to 300"
    for i, ch in enumerate(s):
        if not "a" <= ch <= "z":
            return f"s[{i}] is {ch!r}; s holds lowercase English letters only"
    if not 1 <= len(wordDict) <= 1000:
        return f"wordDict has {len(wordDict):,} words; it takes 1 to 1,000"
    seen = {}
    for i, w in enumerate(wordDict):
        if not 1 <= len(w) <= 20:
            return f"wordDict[{i}] has {len(w):,} letters; every word has 1 to 20"
        if not all("a" <= ch <= "z" for ch in w):
            return f"wordDict[{i}] is {w!r}; words hold lowercase English letters only"
        if w in seen:
            return f"wordDict[{i}] is {w!r}, as is wordDict[{seen[w]}]; the words are distinct"
        seen[w] = i
    return None
