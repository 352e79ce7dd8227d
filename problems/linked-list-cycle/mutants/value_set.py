# verdict: wrong_answer
# mistake: remembers values instead of nodes, so a repeated value looks like a loop
class Solution:
    def hasCycle(self, head):
        seen = set()
        node = head
        while node:
            if node.val in seen:
                return True
            seen.add(node.val)
            node = node.next
        return False
