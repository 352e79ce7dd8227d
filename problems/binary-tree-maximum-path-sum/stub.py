class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        pass
