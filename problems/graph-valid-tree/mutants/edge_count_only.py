# verdict: wrong_answer
# mistake: checks only that there are n - 1 edges; a cycle plus a cut-off node has that many too
class Solution:
    def validTree(self, n, edges):
        return len(edges) == n - 1
