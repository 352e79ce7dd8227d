# verdict: wrong_answer
# mistake: keeps a separate open count per bracket kind, which cannot see that ([)] crosses its pairs
class Solution:
    def isValid(self, s):
        counts = {"(": 0, "[": 0, "{": 0}
        partner = {")": "(", "]": "[", "}": "{"}
        for ch in s:
            if ch in counts:
                counts[ch] += 1
            else:
                counts[partner[ch]] -= 1
                if counts[partner[ch]] < 0:
                    return False
        return all(c == 0 for c in counts.values())
