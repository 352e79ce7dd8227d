class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        pass
