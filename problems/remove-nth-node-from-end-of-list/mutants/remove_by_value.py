# verdict: wrong_answer
# mistake: finds the target's value, then removes the first node holding that value, which is another node when values repeat
class Solution:
    def removeNthFromEnd(self, head, n):
        length, node = 0, head
        while node:
            length += 1
            node = node.next
        node = head
        for _ in range(length - n):
            node = node.next
        target = node.val
        anchor = ListNode(0, head)
        prev = anchor
        while prev.next.val != target:
            prev = prev.next
        prev.next = prev.next.next
        return anchor.next
