# verdict: wrong_answer
# mistake: reverses the second half but never ends the first half, so the weave links back into itself
class Solution:
    def reorderList(self, head):
        slow = fast = head
        while fast.next and fast.next.next:
            slow, fast = slow.next, fast.next.next
        prev, cur = None, slow.next
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        first, second = head, prev
        while second:
            a, b = first.next, second.next
            first.next, second.next = second, a
            first, second = a, b
