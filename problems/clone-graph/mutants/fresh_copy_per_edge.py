# verdict: wrong_answer
# mistake: a visited set stops the walk but each edge makes a new copy, so one node has several copies
class Solution:
    def cloneGraph(self, node):
        if node is None:
            return None
        start = Node(node.val)
        visited = {node}
        queue = deque([(node, start)])
        while queue:
            original, copy = queue.popleft()
            for neighbor in original.neighbors:
                twin = Node(neighbor.val)
                copy.neighbors.append(twin)
                if neighbor not in visited:
                    visited.add(neighbor)
                    queue.append((neighbor, twin))
        return start
