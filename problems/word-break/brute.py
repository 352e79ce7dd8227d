class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        # Every split point: can[i] says whether s[i:] can be cut, trying each
        # possible first piece s[i:j] whatever its length.
        words = set(wordDict)
        n = len(s)
        can = [False] * n + [True]
        for i in range(n - 1, -1, -1):
            can[i] = any(s[i:j] in words and can[j] for j in range(i + 1, n + 1))
        return can[0]
