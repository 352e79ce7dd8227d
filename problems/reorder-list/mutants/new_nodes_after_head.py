# verdict: wrong_answer
# mistake: reads the values, then hangs new nodes after head in the reordered order instead of relinking the given nodes
class Solution:
    def reorderList(self, head):
        vals = []
        node = head
        while node:
            vals.append(node.val)
            node = node.next
        order = []
        i, j = 0, len(vals) - 1
        while i <= j:
            order.append(vals[i])
            if i != j:
                order.append(vals[j])
            i, j = i + 1, j - 1
        tail = head
        for v in order[1:]:
            tail.next = ListNode(v)
            tail = tail.next
        if tail is not None:
            tail.next = None
