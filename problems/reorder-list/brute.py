class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        # Repeatedly detach the current tail and splice it in after `node`,
        # then step past it: a fresh walk to the tail each time, O(n^2).
        node = head
        while node is not None and node.next is not None and node.next.next is not None:
            before_tail = node
            while before_tail.next.next is not None:
                before_tail = before_tail.next
            tail = before_tail.next
            before_tail.next = None
            tail.next = node.next
            node.next = tail
            node = tail.next
