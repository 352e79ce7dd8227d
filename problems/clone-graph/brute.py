class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if node is None:
            return None
        # Pass 1: find every node reachable from the start.
        found = [node]
        seen = {node}
        stack = [node]
        while stack:
            current = stack.pop()
            for neighbor in current.neighbors:
                if neighbor not in seen:
                    seen.add(neighbor)
                    found.append(neighbor)
                    stack.append(neighbor)
        # Pass 2: make every copy first, then wire the edges between copies.
        copies = {original: Node(original.val) for original in found}
        for original in found:
            copies[original].neighbors = [copies[n] for n in original.neighbors]
        return copies[node]
