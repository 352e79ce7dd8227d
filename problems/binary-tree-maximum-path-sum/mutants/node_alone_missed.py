# verdict: wrong_answer
# mistake: extends every node by one or both children but never considers the node by itself, so negative children are forced in
class Solution:
    def maxPathSum(self, root):
        res = float("-inf")

        def dfs(n):
            nonlocal res
            if not n:
                return 0
            l, r = dfs(n.left), dfs(n.right)
            res = max(res, n.val + max(l, r), n.val + l + r)
            return n.val + max(l, r)

        dfs(root)
        return res
