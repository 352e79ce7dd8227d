# verdict: accepted
# optimal: false
# mistake: merges each list into the running result in turn, re-walking the growing result k times: O(k·N)
class Solution:
    def mergeKLists(self, lists):
        def merge(a, b):
            anchor = tail = ListNode()
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a or b
            return anchor.next

        result = None
        for head in lists:
            result = merge(result, head)
        return result
