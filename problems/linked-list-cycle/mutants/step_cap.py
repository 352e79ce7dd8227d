# verdict: wrong_answer
# mistake: walks a fixed number of steps and calls anything longer a loop
class Solution:
    def hasCycle(self, head):
        node = head
        for _ in range(1000):
            if node is None:
                return False
            node = node.next
        return True
