# verdict: wrong_answer
# mistake: serialises with null markers but no separator before each value, so "2" is found inside "12"
class Solution:
    def isSubtree(self, root, subRoot):
        def pre(node, out):
            if node is None:
                out.append("#,")
                return out
            out.append(str(node.val) + ",")
            pre(node.left, out)
            pre(node.right, out)
            return out

        return "".join(pre(subRoot, [])) in "".join(pre(root, []))
