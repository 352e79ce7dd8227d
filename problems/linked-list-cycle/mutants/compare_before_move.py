# verdict: wrong_answer
# mistake: compares slow and fast before moving them, and both start at head, so any list of two or more nodes "has a cycle"
class Solution:
    def hasCycle(self, head):
        slow = fast = head
        while fast and fast.next:
            if slow is fast:
                return True
            slow = slow.next
            fast = fast.next.next
        return False
