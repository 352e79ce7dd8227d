class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        if head is None:
            return
        # 1. Find the end of the first half: slow stops at node (n-1)//2, so
        #    the first half keeps the extra node when n is odd.
        slow = fast = head
        while fast.next is not None and fast.next.next is not None:
            slow = slow.next
            fast = fast.next.next
        # 2. Cut the list there and reverse the second half in place.
        second, slow.next = slow.next, None
        prev = None
        while second is not None:
            second.next, prev, second = prev, second, second.next
        # 3. Weave: after each node of the first half, splice in the next node
        #    of the reversed second half (which is never longer).
        first, second = head, prev
        while second is not None:
            after_first, after_second = first.next, second.next
            first.next = second
            second.next = after_first
            first, second = after_first, after_second
