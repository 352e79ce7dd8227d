# verdict: wrong_answer
# mistake: counts n from the front of the list instead of from the end
class Solution:
    def removeNthFromEnd(self, head, n):
        anchor = ListNode(0, head)
        prev = anchor
        for _ in range(n - 1):
            prev = prev.next
        prev.next = prev.next.next
        return anchor.next
