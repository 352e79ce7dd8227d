class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Give every distinct subtree (shape and values) one small integer ID,
        # shared by both trees: the ID of a node is determined by its value
        # and its children's IDs, so two subtrees are equal exactly when their
        # IDs are (a collision-free form of Merkle hashing). O(n + m).
        ids = {}

        def label(top):
            # Children before parents: a pre-order listing, read backwards.
            order, stack = [], [top]
            while stack:
                node = stack.pop()
                order.append(node)
                if node.left is not None:
                    stack.append(node.left)
                if node.right is not None:
                    stack.append(node.right)
            node_id = {None: 0}  # 0 stands for the empty tree
            for node in reversed(order):
                key = (node.val, node_id[node.left], node_id[node.right])
                node_id[node] = ids.setdefault(key, len(ids) + 1)
            return node_id

        wanted = label(subRoot)[subRoot]
        return wanted in label(root).values()
