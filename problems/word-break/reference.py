class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        longest = max(len(w) for w in words)
        n = len(s)
        # ok[i] is True when the prefix s[:i] can be cut into dictionary words.
        # Base case: ok[0] = True, the empty prefix needs no words at all.
        ok = [True] + [False] * n
        for i in range(1, n + 1):
            # The last piece of s[:i] is s[j:i] for some j; it is at most
            # `longest` letters long, and the part before it must be cuttable.
            for j in range(max(0, i - longest), i):
                if ok[j] and s[j:i] in words:
                    ok[i] = True
                    break
        return ok[n]
