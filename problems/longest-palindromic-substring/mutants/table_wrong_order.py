# verdict: wrong_answer
# mistake: fills the table with i ascending, so pal[i + 1][j - 1] is read before it is computed
class Solution:
    def longestPalindrome(self, s):
        n = len(s)
        pal = [[False] * n for _ in range(n)]
        best = (0, 1)
        for i in range(n):
            pal[i][i] = True
            for j in range(i + 1, n):
                if s[i] == s[j] and (j - i < 3 or pal[i + 1][j - 1]):
                    pal[i][j] = True
                    if j - i + 1 > best[1] - best[0]:
                        best = (i, j + 1)
        return s[best[0] : best[1]]
