# verdict: wrong_answer
# mistake: measures the width as the number of walls (hi - lo + 1) rather than the distance
class Solution:
    def maxArea(self, height):
        lo, hi = 0, len(height) - 1
        best = 0
        while lo < hi:
            best = max(best, min(height[lo], height[hi]) * (hi - lo + 1))
            if height[lo] < height[hi]:
                lo += 1
            else:
                hi -= 1
        return best
