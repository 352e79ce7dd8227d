# verdict: runtime_error
# mistake: pops on every closer without checking that the stack is non-empty, so "]" raises IndexError
class Solution:
    def isValid(self, s):
        partner = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in partner:
                if stack.pop() != partner[ch]:
                    return False
            else:
                stack.append(ch)
        return not stack
