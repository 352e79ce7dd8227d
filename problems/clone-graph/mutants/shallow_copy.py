# verdict: wrong_answer
# mistake: copies only the start node; its neighbour list still points at the original nodes
class Solution:
    def cloneGraph(self, node):
        if node is None:
            return None
        return Node(node.val, list(node.neighbors))
