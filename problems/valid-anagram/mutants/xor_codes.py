# verdict: wrong_answer
# mistake: XORs all character codes and tests for zero, but letters paired with themselves cancel ("aa" vs "bb")
class Solution:
    def isAnagram(self, s, t):
        x = 0
        for c in s + t:
            x ^= ord(c)
        return len(s) == len(t) and x == 0
