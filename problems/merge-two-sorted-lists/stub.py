# ListNode is provided by the judge: ListNode(val=0, next=None), fields .val and .next.
class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        pass
