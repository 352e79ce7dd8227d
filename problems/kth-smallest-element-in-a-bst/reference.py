class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        # In-order visits a BST's values in increasing order. Walk it with an
        # explicit stack (trees may be 10^4 deep) and stop at the k-th visit:
        # O(h + k) time, no list of all the values.
        stack, node = [], root
        while True:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            node = node.right
