# verdict: time_limit_exceeded
# mistake: finds the smallest front by scanning all k lists for every node taken: O(k·N)
class Solution:
    def mergeKLists(self, lists):
        lists = list(lists)
        anchor = tail = ListNode()
        while True:
            best = -1
            for i, node in enumerate(lists):
                if node and (best < 0 or node.val < lists[best].val):
                    best = i
            if best < 0:
                break
            tail.next = tail = lists[best]
            lists[best] = lists[best].next
        return anchor.next
