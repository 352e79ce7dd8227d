class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        # Copy the values, drop the one n places from the end, build a new list.
        values = []
        node = head
        while node is not None:
            values.append(node.val)
            node = node.next
        del values[len(values) - n]
        result = None
        for v in reversed(values):
            result = ListNode(v, result)
        return result
