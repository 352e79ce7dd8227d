# verdict: wrong_answer
# mistake: the recursion's base case returns 1 for a grid with no rows or no columns, so stepping off the grid counts as a route
class Solution:
    def uniquePaths(self, m, n):
        @cache
        def count(r, c):
            if r == 0 or c == 0:
                return 1
            return count(r - 1, c) + count(r, c - 1)

        return count(m, n)
