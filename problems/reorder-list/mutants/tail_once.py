# verdict: wrong_answer
# mistake: moves only the last node to second place, instead of repeating for every pair
class Solution:
    def reorderList(self, head):
        if head is None or head.next is None or head.next.next is None:
            return
        before = head
        while before.next.next is not None:
            before = before.next
        tail = before.next
        before.next = None
        tail.next = head.next
        head.next = tail
