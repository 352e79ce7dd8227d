# verdict: runtime_error
# mistake: puts every list's head into the heap without skipping empty lists, so None.val raises
class Solution:
    def mergeKLists(self, lists):
        heap = [(node.val, i, node) for i, node in enumerate(lists)]
        heapq.heapify(heap)
        anchor = tail = ListNode()
        while heap:
            _, i, node = heapq.heappop(heap)
            tail.next = tail = node
            if node.next:
                heapq.heappush(heap, (node.next.val, i, node.next))
        return anchor.next
