# verdict: accepted
# optimal: false
# mistake: at every node, walks to the end to count how many nodes follow it, O(sz²)
class Solution:
    def removeNthFromEnd(self, head, n):
        anchor = ListNode(0, head)
        prev = anchor
        while True:
            after, node = 0, prev.next
            while node:
                after += 1
                node = node.next
            if after == n:
                prev.next = prev.next.next
                return anchor.next
            prev = prev.next
