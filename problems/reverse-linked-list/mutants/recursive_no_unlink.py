# verdict: wrong_answer
# mistake: the recursive reversal turns head.next back toward head but never clears head.next, leaving a two-node cycle at the end
class Solution:
    def reverseList(self, head):
        if head is None or head.next is None:
            return head
        new_head = self.reverseList(head.next)
        head.next.next = head
        return new_head
