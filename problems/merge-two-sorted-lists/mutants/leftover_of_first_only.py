# verdict: wrong_answer
# mistake: after the loop attaches only list1's remainder, losing list2's tail
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
        tail.next = list1
        return anchor.next
