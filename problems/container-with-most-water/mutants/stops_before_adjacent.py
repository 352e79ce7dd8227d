# verdict: wrong_answer
# mistake: loops while lo < hi - 1, so the last (adjacent) pair is never measured
class Solution:
    def maxArea(self, height):
        lo, hi = 0, len(height) - 1
        best = 0
        while lo < hi - 1:
            best = max(best, min(height[lo], height[hi]) * (hi - lo))
            if height[lo] < height[hi]:
                lo += 1
            else:
                hi -= 1
        return best
