# verdict: accepted
# optimal: false
# mistake: peels characters off the ends by slicing, copying the rest of the string each time: O(n^2)
class Solution:
    def isPalindrome(self, s):
        while len(s) > 1:
            if not s[0].isalnum():
                s = s[1:]
            elif not s[-1].isalnum():
                s = s[:-1]
            elif s[0].lower() != s[-1].lower():
                return False
            else:
                s = s[1:-1]
        return True
