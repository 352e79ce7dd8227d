# verdict: wrong_answer
# mistake: returns true after the loop without checking that nothing is left open
class Solution:
    def isValid(self, s):
        partner = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in partner:
                if not stack or stack.pop() != partner[ch]:
                    return False
            else:
                stack.append(ch)
        return True
