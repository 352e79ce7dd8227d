# verdict: wrong_answer
# mistake: stops when one list runs out and never attaches what is left of the other
class Solution:
    def mergeTwoLists(self, list1, list2):
        anchor = ListNode()
        tail = anchor
        while list1 and list2:
            if list1.val <= list2.val:
                tail.next = list1
                list1 = list1.next
            else:
                tail.next = list2
                list2 = list2.next
            tail = tail.next
        tail.next = None
        return anchor.next
