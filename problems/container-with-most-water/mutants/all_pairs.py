# verdict: time_limit_exceeded
# mistake: measures every pair with two nested loops: O(n²)
class Solution:
    def maxArea(self, height):
        best = 0
        for i in range(len(height)):
            for j in range(i + 1, len(height)):
                area = min(height[i], height[j]) * (j - i)
                if area > best:
                    best = area
        return best
