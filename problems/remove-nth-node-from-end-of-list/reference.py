class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        # A placeholder before head gives even the first node a predecessor,
        # so removing the head needs no special case.
        anchor = ListNode(0, head)
        lead = trail = anchor
        # Open a gap of n nodes between the two pointers.
        for _ in range(n):
            lead = lead.next
        # Move both until lead sits on the last node: trail is then n + 1
        # nodes from the end, the predecessor of the node to remove.
        while lead.next is not None:
            lead = lead.next
            trail = trail.next
        trail.next = trail.next.next
        return anchor.next
