# verdict: runtime_error
# mistake: reads head.next before checking that the list has any node
class Solution:
    def reverseList(self, head):
        prev, curr = head, head.next
        prev.next = None
        while curr:
            nxt = curr.next
            curr.next = prev
            prev, curr = curr, nxt
        return prev
