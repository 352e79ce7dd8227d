# ListNode is provided by the judge: ListNode(val=0, next=None), fields .val and .next.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        """
        Do not return anything, modify head in-place instead.
        """
        pass
