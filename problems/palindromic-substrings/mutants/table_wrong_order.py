# verdict: wrong_answer
# mistake: fills the table with i ascending, so pal[i + 1][j - 1] is read before it is computed
class Solution:
    def countSubstrings(self, s):
        n = len(s)
        pal = [[False] * n for _ in range(n)]
        total = 0
        for i in range(n):
            for j in range(i, n):
                if s[i] == s[j] and (j - i < 3 or pal[i + 1][j - 1]):
                    pal[i][j] = True
                    total += 1
        return total
