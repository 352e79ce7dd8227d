# verdict: wrong_answer
# mistake: only checks whether the head points to itself, missing every longer loop
class Solution:
    def hasCycle(self, head):
        return head is not None and head.next is head
