class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        # Gather every value, sort, and build a fresh list.
        values = []
        for node in lists:
            while node is not None:
                values.append(node.val)
                node = node.next
        values.sort()
        head = None
        for v in reversed(values):
            head = ListNode(v, head)
        return head
