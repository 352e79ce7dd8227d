# verdict: wrong_answer
# mistake: uses a placeholder to unlink the node but returns the original head, which is the removed node when n is the length
class Solution:
    def removeNthFromEnd(self, head, n):
        anchor = ListNode(0, head)
        lead = trail = anchor
        for _ in range(n):
            lead = lead.next
        while lead.next:
            lead = lead.next
            trail = trail.next
        trail.next = trail.next.next
        return head
