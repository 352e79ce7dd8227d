# verdict: wrong_answer
# mistake: remembers which originals were visited but not their copies, so edges back to them are dropped
class Solution:
    def cloneGraph(self, node):
        if node is None:
            return None
        visited = set()

        def clone(original):
            visited.add(original)
            copy = Node(original.val)
            for neighbor in original.neighbors:
                if neighbor not in visited:
                    copy.neighbors.append(clone(neighbor))
            return copy

        return clone(node)
