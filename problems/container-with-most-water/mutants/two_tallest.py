# verdict: wrong_answer
# mistake: pairs the two tallest walls, ignoring that width can matter more than height
class Solution:
    def maxArea(self, height):
        order = sorted(range(len(height)), key=lambda i: height[i], reverse=True)
        a, b = order[0], order[1]
        return min(height[a], height[b]) * abs(a - b)
