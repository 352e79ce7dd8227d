# verdict: runtime_error
# mistake: reads head.next before checking that the list has any node
class Solution:
    def hasCycle(self, head):
        slow, fast = head, head.next
        while fast and fast.next:
            if slow is fast:
                return True
            slow = slow.next
            fast = fast.next.next
        return False
