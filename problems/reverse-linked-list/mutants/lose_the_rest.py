# verdict: wrong_answer
# mistake: overwrites curr.next before saving it, so the step forward follows the new backward link and the rest of the list is lost
class Solution:
    def reverseList(self, head):
        prev, curr = None, head
        while curr:
            curr.next = prev
            prev = curr
            curr = curr.next
        return prev
