# verdict: wrong_answer
# mistake: starts prev at head instead of None, so the old head keeps its link forward and the first two nodes point at each other
class Solution:
    def reverseList(self, head):
        if head is None:
            return None
        prev, curr = head, head.next
        while curr:
            nxt = curr.next
            curr.next = prev
            prev, curr = curr, nxt
        return prev
