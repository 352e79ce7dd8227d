# verdict: wrong_answer
# mistake: returns the longest common substring of s and its reverse, which need not be a palindrome
class Solution:
    def longestPalindrome(self, s):
        r = s[::-1]
        n = len(s)
        best_len, best_end = 0, 0
        prev = [0] * (n + 1)
        for i in range(1, n + 1):
            cur = [0] * (n + 1)
            for j in range(1, n + 1):
                if s[i - 1] == r[j - 1]:
                    cur[j] = prev[j - 1] + 1
                    if cur[j] > best_len:
                        best_len, best_end = cur[j], i
            prev = cur
        return s[best_end - best_len : best_end]
