# verdict: wrong_answer
# mistake: matches each letter of text1 with its first occurrence in text2 after the previous match; an early match can block better ones
class Solution:
    def longestCommonSubsequence(self, text1, text2):
        count, pos = 0, 0
        for ch in text1:
            k = text2.find(ch, pos)
            if k != -1:
                count += 1
                pos = k + 1
        return count
