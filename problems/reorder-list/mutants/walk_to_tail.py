# verdict: time_limit_exceeded
# mistake: walks to the tail again for every node it moves: correct, but O(n^2)
class Solution:
    def reorderList(self, head):
        node = head
        while node and node.next and node.next.next:
            before = node
            while before.next.next:
                before = before.next
            tail = before.next
            before.next = None
            tail.next = node.next
            node.next = tail
            node = tail.next
