# verdict: wrong_answer
# mistake: loops while curr.next exists, so the last node is never linked in and the answer starts one node short
class Solution:
    def reverseList(self, head):
        if head is None:
            return None
        prev, curr = None, head
        while curr.next:
            nxt = curr.next
            curr.next = prev
            prev, curr = curr, nxt
        return prev if prev else curr
