# verdict: accepted
# optimal: false
# mistake: inserts each node of list2 into list1 by walking from the head every time, O(n·m)
class Solution:
    def mergeTwoLists(self, list1, list2):
        anchor = ListNode(0, list1)
        while list2:
            node, list2 = list2, list2.next
            prev = anchor
            while prev.next and prev.next.val <= node.val:
                prev = prev.next
            node.next = prev.next
            prev.next = node
        return anchor.next
