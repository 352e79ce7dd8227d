# verdict: runtime_error
# mistake: pushes (value, node) pairs, so two equal values make heapq compare ListNodes, which have no ordering (TypeError)
class Solution:
    def mergeKLists(self, lists):
        heap = [(node.val, node) for node in lists if node]
        heapq.heapify(heap)
        anchor = tail = ListNode()
        while heap:
            _, node = heapq.heappop(heap)
            tail.next = tail = node
            if node.next:
                heapq.heappush(heap, (node.next.val, node.next))
        return anchor.next
