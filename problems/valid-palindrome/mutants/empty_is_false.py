# verdict: wrong_answer
# mistake: treats a string with no letters or digits as not a palindrome
class Solution:
    def isPalindrome(self, s):
        kept = "".join(c.lower() for c in s if c.isalnum())
        if not kept:
            return False
        return kept == kept[::-1]
