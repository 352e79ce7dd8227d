class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        # The heap holds the current front node of every list that still has
        # nodes, keyed (value, list index): the index breaks ties between equal
        # values, so two ListNodes (which have no ordering) are never compared.
        heap = [(node.val, i, node) for i, node in enumerate(lists) if node is not None]
        heapq.heapify(heap)
        anchor = ListNode()
        tail = anchor
        while heap:
            _, i, node = heapq.heappop(heap)
            tail.next = node
            tail = node
            # The popped list's next node (if any) becomes its new front.
            if node.next is not None:
                heapq.heappush(heap, (node.next.val, i, node.next))
        tail.next = None
        return anchor.next
