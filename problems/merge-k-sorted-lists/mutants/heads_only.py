# verdict: wrong_answer
# mistake: pops the smallest head but never pushes that list's next node, so only the first node of each list is merged
class Solution:
    def mergeKLists(self, lists):
        heap = [(node.val, i, node) for i, node in enumerate(lists) if node]
        heapq.heapify(heap)
        anchor = tail = ListNode()
        while heap:
            _, i, node = heapq.heappop(heap)
            tail.next = tail = node
        tail.next = None
        return anchor.next
