# verdict: wrong_answer
# mistake: builds the reordered list from new nodes and returns it, leaving the given list untouched
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
        dummy = tail = ListNode()
        for v in order:
            tail.next = ListNode(v)
            tail = tail.next
        return dummy.next
