class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        pass
