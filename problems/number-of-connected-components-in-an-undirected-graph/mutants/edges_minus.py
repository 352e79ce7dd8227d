# verdict: wrong_answer
# mistake: returns n - len(edges), as if every edge merged two groups (an edge closing a cycle merges nothing)
class Solution:
    def countComponents(self, n, edges):
        return n - len(edges)
