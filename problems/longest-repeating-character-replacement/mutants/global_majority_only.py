# verdict: wrong_answer
# mistake: runs the window only for the letter most frequent in the whole string, but the best run may be of another letter
class Solution:
    def characterReplacement(self, s, k):
        target = Counter(s).most_common(1)[0][0]
        left = best = other = 0
        for right, c in enumerate(s):
            if c != target:
                other += 1
            while other > k:
                if s[left] != target:
                    other -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
