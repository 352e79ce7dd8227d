# verdict: wrong_answer
# mistake: counts the letters the two strings share (a Counter intersection), ignoring their order
from collections import Counter


class Solution:
    def longestCommonSubsequence(self, text1, text2):
        return sum((Counter(text1) & Counter(text2)).values())
