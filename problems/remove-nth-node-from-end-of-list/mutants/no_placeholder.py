# verdict: runtime_error
# mistake: opens the gap from head without a placeholder node, so when n is the whole length the lead pointer is None and lead.next crashes
class Solution:
    def removeNthFromEnd(self, head, n):
        lead = trail = head
        for _ in range(n):
            lead = lead.next
        while lead.next:
            lead = lead.next
            trail = trail.next
        trail.next = trail.next.next
        return head
