# verdict: wrong_answer
# mistake: weaves the second half in its original order instead of reversing it first
class Solution:
    def reorderList(self, head):
        slow = fast = head
        while fast.next and fast.next.next:
            slow, fast = slow.next, fast.next.next
        second, slow.next = slow.next, None
        first = head
        while second:
            a, b = first.next, second.next
            first.next, second.next = second, a
            first, second = a, b
