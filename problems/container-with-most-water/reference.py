class Solution:
    def maxArea(self, height: List[int]) -> int:
        # Every pair (a, b) with lo <= a < b <= hi is still a candidate. The shorter
        # of the two end walls caps every container that uses it with a partner
        # inside [lo, hi], and such containers are narrower, so that wall is done.
        lo, hi = 0, len(height) - 1
        best = 0
        while lo < hi:
            left, right = height[lo], height[hi]
            if left < right:
                best = max(best, left * (hi - lo))
                lo += 1
            else:
                best = max(best, right * (hi - lo))
                hi -= 1
        return best
