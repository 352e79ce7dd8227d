# verdict: wrong_answer
# mistake: measures the window as right - left in the validity test, so it tolerates k + 1 changes
class Solution:
    def characterReplacement(self, s, k):
        count = defaultdict(int)
        left = top = best = 0
        for right, c in enumerate(s):
            count[c] += 1
            top = max(top, count[c])
            while right - left - top > k:
                count[s[left]] -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
