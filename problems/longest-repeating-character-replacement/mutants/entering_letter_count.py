# verdict: wrong_answer
# mistake: tests the window against the count of the letter that just entered instead of the window's most common letter
class Solution:
    def characterReplacement(self, s, k):
        count = defaultdict(int)
        left = best = 0
        for right, c in enumerate(s):
            count[c] += 1
            while right - left + 1 - count[c] > k:
                count[s[left]] -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
