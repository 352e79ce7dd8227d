# verdict: accepted
# optimal: false
# mistake: repeatedly walks from the head to detach the last node and append it to the answer, O(n²)
class Solution:
    def reverseList(self, head):
        anchor = ListNode(0, head)
        new_head = tail = None
        while anchor.next:
            before = anchor
            while before.next.next:
                before = before.next
            last = before.next
            before.next = None
            if new_head is None:
                new_head = tail = last
            else:
                tail.next = last
                tail = last
        return new_head
