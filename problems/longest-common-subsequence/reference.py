class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # L(i, j) = length of the longest common subsequence of the first i
        # letters of text1 and the first j letters of text2.
        #   L(i, 0) = L(0, j) = 0                       (an empty prefix shares nothing)
        #   L(i, j) = L(i-1, j-1) + 1                   if text1[i-1] == text2[j-1]
        #   L(i, j) = max(L(i-1, j), L(i, j-1))         otherwise
        # Row i needs only row i - 1, so two rows of len(text2) + 1 suffice.
        m = len(text2)
        prev = [0] * (m + 1)  # row i - 1
        for i in range(len(text1)):
            cur = [0] * (m + 1)  # row i; cur[0] = 0 is the base case
            for j in range(m):
                if text1[i] == text2[j]:
                    cur[j + 1] = prev[j] + 1
                else:
                    cur[j + 1] = max(prev[j + 1], cur[j])
            prev = cur
        return prev[m]
