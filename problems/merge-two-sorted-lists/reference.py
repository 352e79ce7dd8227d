class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        # A placeholder head means the first node needs no special case;
        # tail is always the last node of the merged part.
        anchor = ListNode()
        tail = anchor
        a, b = list1, list2
        while a is not None and b is not None:
            # `<=` takes list1's node on a tie: nothing is skipped and the merge is stable.
            if a.val <= b.val:
                tail.next, a = a, a.next
            else:
                tail.next, b = b, b.next
            tail = tail.next
        # At most one list has nodes left, already sorted and all >= tail.val.
        tail.next = a if a is not None else b
        return anchor.next
