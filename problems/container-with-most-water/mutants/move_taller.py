# verdict: wrong_answer
# mistake: moves the taller wall inward, so the lower wall that caps the water stays and better pairs are skipped
class Solution:
    def maxArea(self, height):
        lo, hi = 0, len(height) - 1
        best = 0
        while lo < hi:
            best = max(best, min(height[lo], height[hi]) * (hi - lo))
            if height[lo] > height[hi]:
                lo += 1
            else:
                hi -= 1
        return best
