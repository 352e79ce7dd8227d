# ListNode is provided by the judge: ListNode(val=0, next=None), fields .val and .next.
class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        pass
