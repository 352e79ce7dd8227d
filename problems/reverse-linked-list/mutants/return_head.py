# verdict: wrong_answer
# mistake: reverses the links correctly but returns the old head, which is now the last node
class Solution:
    def reverseList(self, head):
        prev, curr = None, head
        while curr:
            nxt = curr.next
            curr.next = prev
            prev, curr = curr, nxt
        return head
