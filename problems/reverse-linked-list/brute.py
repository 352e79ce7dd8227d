class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Copy the values out, then build a fresh list from the last value back.
        values = []
        node = head
        while node is not None:
            values.append(node.val)
            node = node.next
        result = None
        for v in values:
            result = ListNode(v, result)
        return result
