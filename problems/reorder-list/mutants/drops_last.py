# verdict: wrong_answer
# mistake: the weave stops while the second half still has one node, which is then lost
class Solution:
    def reorderList(self, head):
        slow = fast = head
        while fast.next and fast.next.next:
            slow, fast = slow.next, fast.next.next
        second, slow.next = slow.next, None
        prev = None
        while second:
            second.next, prev, second = prev, second, second.next
        first, second = head, prev
        while second and second.next:
            a, b = first.next, second.next
            first.next, second.next = second, a
            first, second = a, b
