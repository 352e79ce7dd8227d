class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        pass
