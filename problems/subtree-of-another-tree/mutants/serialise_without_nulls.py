# verdict: wrong_answer
# mistake: searches for subRoot's pre-order values inside root's, without markers for missing children
class Solution:
    def isSubtree(self, root, subRoot):
        def pre(node, out):
            if node is not None:
                out.append("," + str(node.val))
                pre(node.left, out)
                pre(node.right, out)
            return out

        return "".join(pre(subRoot, [])) in "".join(pre(root, []))
