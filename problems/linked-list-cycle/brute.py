class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Remember every node (by identity, not by value) already passed.
        seen = set()
        node = head
        while node is not None:
            if node in seen:
                return True
            seen.add(node)
            node = node.next
        return False
