# verdict: accepted
# optimal: false
# mistake: keeps originals and copies in two parallel lists, so every look-up scans a list
class Solution:
    def cloneGraph(self, node):
        if node is None:
            return None
        originals = [node]
        copies = [Node(node.val)]
        queue = deque([node])
        while queue:
            original = queue.popleft()
            copy = copies[originals.index(original)]
            for neighbor in original.neighbors:
                if neighbor in originals:
                    twin = copies[originals.index(neighbor)]
                else:
                    twin = Node(neighbor.val)
                    originals.append(neighbor)
                    copies.append(twin)
                    queue.append(neighbor)
                copy.neighbors.append(twin)
        return copies[0]
