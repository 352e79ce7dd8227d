# verdict: wrong_answer
# mistake: starts the weave with the reversed second half, so the last node comes first and head is no longer first
class Solution:
    def reorderList(self, head):
        slow = fast = head
        while fast.next and fast.next.next:
            slow, fast = slow.next, fast.next.next
        second, slow.next = slow.next, None
        prev = None
        while second:
            second.next, prev, second = prev, second, second.next
        first, second = prev, head
        while first and second:
            a, b = first.next, second.next
            first.next = second
            if a:
                second.next = a
            first, second = a, b
