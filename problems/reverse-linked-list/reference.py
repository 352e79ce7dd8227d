class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # prev is the head of the part already reversed, curr the head of the
        # part not yet touched; the two parts share no node.
        prev, curr = None, head
        while curr is not None:
            # Save the rest before the link to it is overwritten.
            rest = curr.next
            curr.next = prev
            prev, curr = curr, rest
        # curr fell off the end: every node has been moved onto prev.
        return prev
