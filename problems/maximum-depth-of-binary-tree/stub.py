class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        pass
