# verdict: wrong_answer
# mistake: merges the lists in pairs, round after round, but drops the last list of a round with an odd count
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

        if not lists:
            return None
        while len(lists) > 1:
            lists = [merge(lists[i], lists[i + 1]) for i in range(0, len(lists) - 1, 2)]
        return lists[0]
