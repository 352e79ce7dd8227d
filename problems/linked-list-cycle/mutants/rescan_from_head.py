# verdict: accepted
# optimal: false
# mistake: for each node, walks from the head to see whether its next was passed before, O(n²)
class Solution:
    def hasCycle(self, head):
        node, index = head, 0
        while node:
            probe = head
            for _ in range(index + 1):
                if probe is node.next:
                    return True
                probe = probe.next
            node = node.next
            index += 1
        return False
