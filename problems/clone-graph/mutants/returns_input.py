# verdict: wrong_answer
# mistake: returns the original node: the "copy" is the input graph itself
class Solution:
    def cloneGraph(self, node):
        return node
