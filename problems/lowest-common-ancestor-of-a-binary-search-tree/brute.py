class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        # Ignore the BST order: search the whole tree, recording each node's
        # parent, then climb from p marking its ancestors and from q until the
        # first marked one. O(n) time and space.
        parent = {root: None}
        stack = [root]
        while stack:
            node = stack.pop()
            for child in (node.left, node.right):
                if child is not None:
                    parent[child] = node
                    stack.append(child)
        above_p = set()
        node = p
        while node is not None:
            above_p.add(node)
            node = parent[node]
        node = q
        while node not in above_p:
            node = parent[node]
        return node
