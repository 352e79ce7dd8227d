# verdict: runtime_error
# mistake: divide and conquer that returns lists[0] without handling an input with no lists at all
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

        while len(lists) > 1:
            merged = [merge(lists[i], lists[i + 1]) for i in range(0, len(lists) - 1, 2)]
            if len(lists) % 2:
                merged.append(lists[-1])
            lists = merged
        return lists[0]
