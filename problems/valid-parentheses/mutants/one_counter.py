# verdict: wrong_answer
# mistake: one depth counter for all kinds, so (] looks balanced
class Solution:
    def isValid(self, s):
        depth = 0
        for ch in s:
            if ch in "([{":
                depth += 1
            else:
                depth -= 1
                if depth < 0:
                    return False
        return depth == 0
