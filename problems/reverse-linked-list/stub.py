# ListNode is provided by the judge: ListNode(val=0, next=None), fields .val and .next.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        pass
