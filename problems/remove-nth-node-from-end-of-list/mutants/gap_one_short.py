# verdict: wrong_answer
# mistake: starts both pointers at the placeholder but opens a gap of n - 1, so it removes the node after the target (or crashes at the tail)
class Solution:
    def removeNthFromEnd(self, head, n):
        anchor = ListNode(0, head)
        lead = trail = anchor
        for _ in range(n - 1):
            lead = lead.next
        while lead.next:
            lead = lead.next
            trail = trail.next
        if trail.next:
            trail.next = trail.next.next
        return anchor.next
