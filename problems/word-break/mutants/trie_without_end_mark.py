# verdict: wrong_answer
# mistake: walks a trie of the words but treats reaching the end of s inside the trie as a complete word, without an end-of-word mark
class Solution:
    def wordBreak(self, s, wordDict):
        trie = {}
        for w in wordDict:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = True
        n = len(s)
        ok = [True] + [False] * n
        for i in range(n):
            if not ok[i]:
                continue
            node = trie
            for j in range(i, n):
                node = node.get(s[j])
                if node is None:
                    break
                if "$" in node or j == n - 1:
                    ok[j + 1] = True
        return ok[n]
