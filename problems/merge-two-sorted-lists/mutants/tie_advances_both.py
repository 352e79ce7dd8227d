# verdict: wrong_answer
# mistake: on equal values takes one node but advances both lists, losing the other copy
class Solution:
    def mergeTwoLists(self, list1, list2):
        anchor = ListNode()
        tail = anchor
        while list1 and list2:
            if list1.val < list2.val:
                tail.next = list1
                list1 = list1.next
            elif list2.val < list1.val:
                tail.next = list2
                list2 = list2.next
            else:
                tail.next = list1
                list1 = list1.next
                list2 = list2.next
            tail = tail.next
        tail.next = list1 or list2
        return anchor.next
