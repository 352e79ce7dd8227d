# verdict: wrong_answer
# mistake: compares pre-order lists of values without markers for missing children, so different shapes look equal
class Solution:
    def isSameTree(self, p, q):
        def values(node, out):
            if node is not None:
                out.append(node.val)
                values(node.left, out)
                values(node.right, out)
            return out

        return values(p, []) == values(q, [])
