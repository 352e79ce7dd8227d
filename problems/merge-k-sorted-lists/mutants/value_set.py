# verdict: wrong_answer
# mistake: collects the values in a set before sorting, so values repeated within or across lists are kept once
class Solution:
    def mergeKLists(self, lists):
        values = set()
        for node in lists:
            while node:
                values.add(node.val)
                node = node.next
        anchor = tail = ListNode()
        for v in sorted(values):
            tail.next = tail = ListNode(v)
        return anchor.next
