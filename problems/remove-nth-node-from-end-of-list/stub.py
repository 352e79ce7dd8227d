# ListNode is provided by the judge: ListNode(val=0, next=None), fields .val and .next.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        pass
