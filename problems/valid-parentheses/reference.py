class Solution:
    def isValid(self, s: str) -> bool:
        # open_brackets holds the brackets still open, most recent on top; each
        # closer must match the top one exactly.
        partner = {")": "(", "]": "[", "}": "{"}
        open_brackets = []
        for ch in s:
            if ch in partner:
                if not open_brackets or open_brackets.pop() != partner[ch]:
                    return False
            else:
                open_brackets.append(ch)
        return not open_brackets
