class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Floyd: fast moves two nodes per step, slow one. Without a cycle fast
        # falls off the end; with one, fast gains a node on slow every step
        # inside the loop, so it lands on slow within one lap.
        slow = fast = head
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                return True
        return False
